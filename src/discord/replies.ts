// How every answer leaves the bot: never pinging anyone, ephemeral when it is only for the asker, and
// through whichever call the interaction's state allows (reply, edit of a deferral, or a follow-up).
import { MessageFlags, type ActionRowBuilder, type APIEmbed, type ButtonBuilder, type RepliableInteraction } from 'discord.js';
import type { CommandContext } from './commandContract.js';
import { noteOutcome, type Outcome } from './interactionLog.js';
import { pageMessage } from './paging.js';
import { NO_PINGS, type Page } from './render/index.js';

export interface Body {
  readonly content?: string;
  readonly embeds?: readonly APIEmbed[];
  readonly components?: readonly ActionRowBuilder<ButtonBuilder>[];
}

/** Sends `body` as the interaction's answer: the reply, the edit of a deferral, or a follow-up. */
export async function respond(
  interaction: RepliableInteraction,
  body: Body,
  options: { readonly ephemeral?: boolean } = {},
): Promise<void> {
  const payload = {
    ...(body.content !== undefined ? { content: body.content } : {}),
    ...(body.embeds ? { embeds: [...body.embeds] } : {}),
    ...(body.components ? { components: [...body.components] } : {}),
    // Statements quote articles, which may contain `@everyone` or `<@&id>`: shown, never pinging.
    allowedMentions: NO_PINGS,
  };
  const flags = options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  if (interaction.deferred && !interaction.replied) {
    // The deferral fixed the visibility already; an edit cannot change it.
    await interaction.editReply(payload);
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp({ ...payload, ...flags });
  } else {
    await interaction.reply({ ...payload, ...flags });
  }
}

/** A message only the asker sees, counted in the interaction log as `outcome`. */
export async function replyEphemeral(interaction: RepliableInteraction, body: Body | string, outcome: Outcome): Promise<void> {
  noteOutcome(interaction, outcome);
  await respond(interaction, typeof body === 'string' ? { content: body } : body, { ephemeral: true });
}

/** A bad option: say what would work, and only to the asker. */
export function replyUserError(interaction: RepliableInteraction, message: string): Promise<void> {
  return replyEphemeral(interaction, message, 'invalid');
}

/**
 * Sends a rendered answer: the first page, with Prev / Next when there are more. The pages are kept in
 * `ctx.paging` under the asker's id, so only they can turn them.
 */
export async function sendPages(
  interaction: RepliableInteraction,
  ctx: Pick<CommandContext, 'paging'>,
  pages: readonly Page[],
  /** `rows`: buttons of the command's own, under Prev / Next on every page. */
  options: { readonly command: string; readonly rows?: readonly ActionRowBuilder<ButtonBuilder>[] },
): Promise<void> {
  const all = pages.length > 0 ? pages : [{ embeds: [{ description: 'Nothing to show.' }] }];
  const rows = options.rows?.length ? { rows: options.rows } : {};
  const key = all.length > 1 ? ctx.paging.put(all, { ownerId: interaction.user.id, command: options.command, ...rows }) : '';
  const message = pageMessage({ key, pages: all, ...rows }, 0);
  await respond(interaction, message);
}
