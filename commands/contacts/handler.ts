// /contacts: the picture is drawn and rasterised here, in memory, in well under Discord's 3 seconds
// (about 0.1 s for 500 contacts: `npm run bench`), so the reply goes out directly: the PNG attached with its
// alt text, and the same rows as text in an embed beneath it. An actor with no contacts gets a sentence,
// not an empty picture. The button under a /brief (customIds.ts) opens the same picture for its actor and dates.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, RepliableInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { IndexUnavailableError } from '../../src/discord/errors.js';
import { noteOutcome } from '../../src/discord/interactionLog.js';
import { findActor, parseDateRange, parseText } from '../../src/discord/options.js';
import { autocompleteChoices, inlineText, NO_PINGS, renderUnknownActor, suggestionButtons } from '../../src/discord/render/index.js';
import { replyEphemeral, replyUserError } from '../../src/discord/replies.js';
import type { AttacheIndex, DateRange } from '../../src/index/api.js';
import { LIMITS } from '../../src/platform/limits.js';
import { altText, pictureFileName, readContactsPicture, renderContactsPicture } from '../../src/picture/index.js';
import { actorRow, unknownActorView } from '../../src/views/actors.js';
import { contactsCustomId, parseContactsId } from './customIds.js';
import { contactsEmbed } from './reply.js';

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const query = parseText(
    'actor',
    interaction.options.getString('actor', true),
    'needs a name, e.g. Mirzoyan (start typing and pick one from the list).',
  );
  if (!query.ok) return replyUserError(interaction, query.message);
  const range = parseDateRange(interaction.options.getString('since'), interaction.options.getString('until'));
  if (!range.ok) return replyUserError(interaction, range.message);

  const index = ctx.index();
  const resolution = findActor(index, query.value);
  if (resolution.kind === 'unknown') {
    const unknown = unknownActorView(query.value, resolution.suggestions);
    const buttons = suggestionButtons(unknown, (actorId) => contactsCustomId('suggestion', actorId, range.value));
    const content = renderUnknownActor(unknown);
    return replyEphemeral(interaction, { content, components: buttons ? [buttons] : [] }, 'unknown-actor');
  }
  await sendPicture(interaction, ctx, index, resolution.actor.id, range.value, { ephemeral: false });
}

/** Autocomplete answers from memory and never fails: an error is logged and answered with no choices. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== 'actor') return interaction.respond([]);
  let choices: ReturnType<typeof autocompleteChoices> = [];
  try {
    choices = autocompleteChoices(ctx.index().actors(String(focused.value), LIMITS.choices).map(actorRow));
  } catch (error) {
    noteOutcome(interaction, error instanceof IndexUnavailableError ? 'unavailable' : 'error');
    ctx.logger.warn('autocomplete failed', { command: 'contacts', typed: String(focused.value).slice(0, 100), error });
  }
  await interaction.respond([...choices]);
}

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
