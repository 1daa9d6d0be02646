// One log line per interaction: what was asked (command, guild, user id), how long the answer took and how
// it ended. Handlers note an outcome other than "ok" as they answer; the router writes the line at the end.
import type { BaseInteraction } from 'discord.js';
import type { Logger } from '../log.js';

export type Outcome =
  /** Answered as asked. */
  | 'ok'
  /** A bad option: answered with what would work. */
  | 'invalid'
  /** No actor by that name: answered with suggestions. */
  | 'unknown-actor'
  /** A page button pressed by someone other than the asker. */
  | 'refused'
  /** A page button whose pages are gone. */
  | 'expired'
  /** The index was not loaded yet. */
  | 'unavailable'
  /** Nothing here handles it (an unknown command or button). */
  | 'unhandled'
  /** An unexpected error: logged, and answered with an apology where possible. */
  | 'error';

const outcomes = new WeakMap<BaseInteraction, Outcome>();

/** Records how `interaction` ended; the last note wins. */
export function noteOutcome(interaction: BaseInteraction, outcome: Outcome): void {
  outcomes.set(interaction, outcome);
}

export function outcomeOf(interaction: BaseInteraction): Outcome {
  return outcomes.get(interaction) ?? 'ok';
}

export type InteractionKind = 'command' | 'autocomplete' | 'button' | 'other';

/** What identifies an interaction in the logs; never its token. */
export function describeInteraction(interaction: BaseInteraction): {
  kind: InteractionKind;
  command: string | null;
  customId?: string;
  guild: string | null;
  user: string;
  interaction: string;
} {
  const base = { guild: interaction.guildId, user: interaction.user.id, interaction: interaction.id };
  if (interaction.isChatInputCommand()) return { kind: 'command', command: interaction.commandName, ...base };
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', command: interaction.commandName, ...base };
  if (interaction.isButton()) return { kind: 'button', command: null, customId: interaction.customId, ...base };
  if (interaction.isCommand()) return { kind: 'other', command: interaction.commandName, ...base };
  return { kind: 'other', command: null, ...base };
}

export interface InteractionLogLine {
  readonly latencyMs: number;
  readonly outcome: Outcome;
  readonly error?: unknown;
  /** More to know when something went wrong (the options given, the step that failed). */
  readonly context?: Readonly<Record<string, unknown>>;
}

/** The line itself: `info` for anything answered, `error` for an unexpected failure. */
export function logInteraction(logger: Logger, interaction: BaseInteraction, line: InteractionLogLine): void {
  const fields = {
    ...describeInteraction(interaction),
    latencyMs: Math.round(line.latencyMs * 10) / 10,
    outcome: line.outcome,
    ...line.context,
    ...(line.error !== undefined ? { error: line.error } : {}),
  };
  if (line.outcome === 'error') logger.error('interaction', fields);
  else logger.info('interaction', fields);
}
