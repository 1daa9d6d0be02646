// /brief: everything is answered from the in-memory index, so the reply goes out directly, well inside
// Discord's 3 seconds. A name that matches no actor gets the closest ones as buttons; pressing one
// answers the brief of that actor for the same dates.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, RepliableInteraction } from 'discord.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { IndexUnavailableError } from '../../src/discord/errors.js';
import { noteOutcome } from '../../src/discord/interactionLog.js';
import { findActor, parseDateRange, parseText } from '../../src/discord/options.js';
import { replyEphemeral, replyUserError, sendPages } from '../../src/discord/replies.js';
import {
  autocompleteChoices,
  BRIEF_LIMITS,
  renderBriefPages,
  renderUnknownActor,
  suggestionButtons,
} from '../../src/discord/render/index.js';
import type { AttacheIndex, DateRange } from '../../src/index/api.js';
import { LIMITS } from '../../src/platform/limits.js';
import { actorRow, unknownActorView } from '../../src/views/actors.js';
import { briefView } from '../../src/views/brief.js';
import { pictureButtonRows } from '../contacts/pictureButton.js';
import { parseSuggestionId, suggestionCustomId } from './suggestions.js';

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
    const buttons = suggestionButtons(unknown, (actorId) => suggestionCustomId(actorId, range.value));
    const content = renderUnknownActor(unknown);
    return replyEphemeral(interaction, { content, components: buttons ? [buttons] : [] }, 'unknown-actor');
  }
  await sendBrief(interaction, ctx, index, resolution.actor.id, range.value);
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
    ctx.logger.warn('autocomplete failed', { command: 'brief', typed: String(focused.value).slice(0, 100), error });
  }
  await interaction.respond([...choices]);
}

/** A "did you mean" button: the brief of that actor, for the same dates. */
export async function button(interaction: ButtonInteraction, ctx: CommandContext): Promise<void> {
  const press = parseSuggestionId(interaction.customId);
  const index = ctx.index();
  const actor = press ? index.actor(press.actorId) : undefined;
  // The index may have been reloaded since the suggestion was made.
  if (!press || !actor) return replyEphemeral(interaction, 'That actor is no longer in the index; run /brief again.', 'expired');
  await sendBrief(interaction, ctx, index, actor.id, press.range);
}

async function sendBrief(
  interaction: RepliableInteraction,
  ctx: CommandContext,
  index: AttacheIndex,
  actorId: string,
  range: DateRange,
): Promise<void> {
  // Only what a reply can show is materialised: the busiest actors have tens of thousands of statements.
  const brief = index.brief(actorId, range, { limit: BRIEF_LIMITS.statements });
  // Under every page: the picture of the same contacts (/contacts), for whoever presses it.
  const rows = pictureButtonRows(actorId, range, brief.contactCount);
  await sendPages(interaction, ctx, renderBriefPages(briefView(brief, index, range)), { command: 'brief', rows });
}
