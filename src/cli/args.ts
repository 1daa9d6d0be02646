// The command line as data: which command, its options and its words. Mistakes become UsageErrors (exit 2).
import { parseArgs } from 'node:util';
import { toIsoDate, type IsoDate } from '../model.js';

/** A mistake in how the CLI was called: reported with a hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

// Every option of every command, so that options may come before or after the command name; each
// command then says which of them it takes (see `CommandDefinition.options`).
const OPTIONS = {
  seeds: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  since: { type: 'string' },
  until: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  once: { type: 'boolean' },
  png: { type: 'string' },
} as const;

export type OptionName = keyof typeof OPTIONS;
export const COMMON_OPTIONS: readonly OptionName[] = ['seeds', 'help'];

export interface CommandLine {
  readonly command?: string;
  /** The words after the command. */
  readonly positionals: readonly string[];
  readonly values: { readonly [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs explains itself well ("Unknown option '--sinc'"); keep its words, drop its error code.
    throw new UsageError((err as Error).message);
  }
  const [command, ...positionals] = parsed.positionals;
  return { ...(command === undefined ? {} : { command }), positionals, values: parsed.values };
}

/** Rejects options the command does not take (`actors --since …`): silently ignoring them misleads. */
export function checkOptions(commandLine: CommandLine, command: string, allowed: readonly OptionName[]): void {
  for (const name of Object.keys(commandLine.values) as OptionName[]) {
    if (!COMMON_OPTIONS.includes(name) && !allowed.includes(name)) throw new UsageError(`"${command}" takes no --${name} option`);
  }
}

export function dateOption(value: string | undefined, name: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  const date = toIsoDate(value.trim());
  if (!date) throw new UsageError(`--${name} "${value}" is not a real calendar day written YYYY-MM-DD`);
  return date;
}

/** `--since` and `--until`, each a real day, in order; only those given. */
export function periodOptions(values: { readonly since?: string; readonly until?: string }): { since?: IsoDate; until?: IsoDate } {
  const since = dateOption(values.since, 'since');
  const until = dateOption(values.until, 'until');
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  return { ...(since ? { since } : {}), ...(until ? { until } : {}) };
}

export function countOption(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} "${value}" must be a whole number from 1 to ${max}`);
  return n;
}

/** Several words are one argument: `brief Ararat Mirzoyan` needs no quotes. */
export function joinedWords(positionals: readonly string[]): string {
  return positionals.join(' ').replace(/\s+/g, ' ').trim();
}
