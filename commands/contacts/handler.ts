// /contacts: the picture is drawn and rasterised here, in memory, in well under Discord's 3 seconds
// (about 0.1 s for 500 contacts: `npm run bench`), so the reply goes out directly: the PNG attached with its
// alt text, and the same rows as text in an embed beneath it. An actor with no contacts gets a sentence,
// not an empty picture. The button under a /brief (customIds.ts) opens the same picture for its actor and dates.
import type { ButtonInteraction, ChatInputCommandInteraction, RepliableInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { actorAutocomplete, readActorAndPeriod } from '../actorAndPeriod.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { inlineText, NO_PINGS } from '../../src/discord/render/index.js';
import { replyEphemeral } from '../../src/discord/replies.js';
import type { AttacheIndex, DateRange } from '../../src/index/api.js';
import { altText, pictureFileName, readContactsPicture, renderContactsPicture } from '../../src/picture/index.js';
import { contactsCustomId, parseContactsId } from './customIds.js';
import { contactsEmbed } from './reply.js';

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const asked = await readActorAndPeriod(interaction, ctx, (actorId, range) => contactsCustomId('suggestion', actorId, range));
  if (asked) await sendPicture(interaction, ctx, asked.index, asked.actorId, asked.range, { ephemeral: false });
}

export const autocomplete = actorAutocomplete('contacts');

/** The picture button under a /brief, or a "did you mean" suggestion of /contacts. */
export async function button(interaction: ButtonInteraction, ctx: CommandContext): Promise<void> {
  const press = parseContactsId(interaction.customId);
  const index = ctx.index();
  const actor = press ? index.actor(press.actorId) : undefined;
  // The index may have been reloaded since the button was made.
  if (!press || !actor) return replyEphemeral(interaction, 'That actor is no longer in the index; run /contacts again.', 'expired');
  await sendPicture(interaction, ctx, index, actor.id, press.range, { ephemeral: press.how === 'brief' });
}

async function sendPicture(
  interaction: RepliableInteraction,
  ctx: CommandContext,
  index: AttacheIndex,
  actorId: string,
  range: DateRange,
  options: { readonly ephemeral: boolean },
): Promise<void> {
  const view = readContactsPicture(index, actorId, range);
  if (view.rows.length === 0) {
    const when = range.since || range.until ? ' in that period' : '';
    const hint = when ? ' Try a wider period, or none.' : ' /brief shows what they said.';
    return replyEphemeral(interaction, `${inlineText(view.actor.name, 200)} has no calls, meetings or letters${when}.${hint}`, 'ok');
  }
  const started = performance.now();
  const picture = renderContactsPicture(view);
  ctx.logger.debug('contacts picture', {
    actor: actorId,
    contacts: view.read,
    rows: view.rows.length,
    bytes: picture.png.length,
    ms: Math.round(performance.now() - started),
  });
  // The picture first, then the embed with its rows: Discord shows attachments above embeds.
  await interaction.reply({
    embeds: [contactsEmbed(view)],
    files: [{ attachment: picture.png, name: pictureFileName(view), description: altText(view) }],
    allowedMentions: NO_PINGS,
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  });
}
