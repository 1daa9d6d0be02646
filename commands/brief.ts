// /brief actor:<autocomplete> [since] [until]: who the actor is, what they said (newest first, each
// statement dated, attributed and traced to its article), and whom they met. Everything is answered from
// the in-memory index, so the reply goes out directly, well inside Discord's 3 seconds.
import {
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { IndexUnavailableError } from '../src/discord/errors.js';
import { noteOutcome } from '../src/discord/interactionLog.js';
import { parseDateRange, parseText } from '../src/discord/options.js';
import { replyEphemeral, replyUserError, sendPages } from '../src/discord/replies.js';
import { autocompleteChoices, BRIEF_LIMITS, renderBriefPages, renderUnknownActor, suggestionButtons } from '../src/discord/render/index.js';
import type { ActorResolution, AttacheIndex, DateRange } from '../src/index/api.js';
import { LIMITS } from '../src/platform/limits.js';
import type { CommandContext } from '../src/discord/commandContract.js';
import { actorRow, unknownActorView } from '../src/views/actors.js';
import { briefView } from '../src/views/brief.js';

export const data = new SlashCommandBuilder()
  .setName('brief')
  .setDescription("An actor's statements, newest first, and the contacts they had")
  .addStringOption((o) =>
    o
      .setName('actor')
      .setDescription('A name or alias, e.g. Mirzoyan or Pashinyan')
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addStringOption((o) => o.setName('since').setDescription('From this day on, written YYYY-MM-DD, e.g. 2022-03-25').setMaxLength(32))
  .addStringOption((o) => o.setName('until').setDescription('Up to this day, written YYYY-MM-DD, e.g. 2022-04-30').setMaxLength(32));

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
    choices = autocompleteChoices(ctx.index().actors(String(focused.value), LIMITS.choices).map(actorRow)).slice(0, LIMITS.choices);
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
  await sendPages(interaction, ctx, renderBriefPages(briefView(brief, index, range)), { command: 'brief' });
}

/**
 * An autocomplete pick arrives as the choice's value, which may be the actor id; typed text goes through
 * the index's name resolution (exact names and aliases first, then fuzzy).
 */
export function findActor(index: Pick<AttacheIndex, 'actor' | 'resolveActor'>, text: string): ActorResolution {
  const byId = index.actor(text);
  return byId ? { kind: 'found', actor: byId, match: 'exact' } : index.resolveActor(text);
}

// `brief:<actor id>:<since or ->:<until or ->`, within Discord's 100 characters; longer ids get no button.
const SUGGESTION_ID = /^brief:([^:]{1,80}):(\d{4}-\d{2}-\d{2}|-):(\d{4}-\d{2}-\d{2}|-)$/;

export function suggestionCustomId(actorId: string, range: DateRange): string | null {
  const id = `brief:${actorId}:${range.since ?? '-'}:${range.until ?? '-'}`;
  return SUGGESTION_ID.test(id) && id.length <= LIMITS.customId ? id : null;
}

export function parseSuggestionId(customId: string): { actorId: string; range: DateRange } | null {
  const m = SUGGESTION_ID.exec(customId);
  if (!m) return null;
  const since = m[2] === '-' ? undefined : m[2];
  const until = m[3] === '-' ? undefined : m[3];
  // Dates were checked when the button was made; re-check so a forged id cannot carry anything else.
  const range = parseDateRange(since, until);
  return range.ok ? { actorId: m[1]!, range: range.value } : null;
}
