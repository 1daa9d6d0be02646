// What /brief and /contacts share: an `actor` option answered by autocomplete, and a period (`since`,
// `until`); read from an interaction, with the actor found, or the closest ones offered as buttons that
// answer the same command for the same dates.
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { SlashCommandBuilder } from 'discord.js';
import { ANYWHERE, type CommandContext } from '../src/discord/commandContract.js';
import { IndexUnavailableError } from '../src/discord/errors.js';
import { noteOutcome } from '../src/discord/interactionLog.js';
import { findActor, parseDateRange, parseText } from '../src/discord/options.js';
import { autocompleteChoices, renderUnknownActor, suggestionButtons } from '../src/discord/render/index.js';
import { replyEphemeral, replyUserError } from '../src/discord/replies.js';
import type { AttacheIndex, DateRange } from '../src/index/api.js';
import { LIMITS } from '../src/platform/limits.js';
import { actorRow, unknownActorView } from '../src/views/actors.js';

/** A command of an actor over a period, usable anywhere (user install too). */
export function actorAndPeriodCommand(name: string, description: string) {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setIntegrationTypes(...ANYWHERE.integrationTypes)
    .setContexts(...ANYWHERE.contexts)
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
}

export interface ActorAndPeriod {
  readonly index: AttacheIndex;
  readonly actorId: string;
  readonly range: DateRange;
}

/**
 * The actor and period asked for; null once the user has been answered instead (a bad option, or no such
 * actor: the closest ones as buttons, each made by `suggestionId` for the same dates).
 */
export async function readActorAndPeriod(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
  suggestionId: (actorId: string, range: DateRange) => string | null,
): Promise<ActorAndPeriod | null> {
  const query = parseText(
    'actor',
    interaction.options.getString('actor', true),
    'needs a name, e.g. Mirzoyan (start typing and pick one from the list).',
  );
  if (!query.ok) {
    await replyUserError(interaction, query.message);
    return null;
  }
  const range = parseDateRange(interaction.options.getString('since'), interaction.options.getString('until'));
  if (!range.ok) {
    await replyUserError(interaction, range.message);
    return null;
  }
  const index = ctx.index();
  const resolution = findActor(index, query.value);
  if (resolution.kind === 'unknown') {
    const unknown = unknownActorView(query.value, resolution.suggestions);
    const buttons = suggestionButtons(unknown, (actorId) => suggestionId(actorId, range.value));
    await replyEphemeral(interaction, { content: renderUnknownActor(unknown), components: buttons ? [buttons] : [] }, 'unknown-actor');
    return null;
  }
  return { index, actorId: resolution.actor.id, range: range.value };
}

/** Autocomplete of `actor` from memory; it never fails: an error is logged and answered with no choices. */
export function actorAutocomplete(command: string) {
  return async (interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> => {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== 'actor') return interaction.respond([]);
    let choices: ReturnType<typeof autocompleteChoices> = [];
    try {
      choices = autocompleteChoices(ctx.index().actors(String(focused.value), LIMITS.choices).map(actorRow));
    } catch (error) {
      noteOutcome(interaction, error instanceof IndexUnavailableError ? 'unavailable' : 'error');
      ctx.logger.warn('autocomplete failed', { command, typed: String(focused.value).slice(0, 100), error });
    }
    await interaction.respond([...choices]);
  };
}
