// What a command is: plain data (name, options it takes) plus the code that runs it with its services.
import type { CommandLine, OptionName } from './args.js';

/** Where a command writes. Injected, so that nothing below `run` touches `process`. */
export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Wrap human output to this many columns; none when piped. */
  readonly width?: number;
}

export interface CommandInput {
  readonly words: readonly string[];
  readonly values: CommandLine['values'];
  /** The seeds folder as given (relative to the working directory), known to exist. */
  readonly seedsDir: string;
  /** MAX_ARTICLE_BYTES from the environment; absent: the default (1 MB). */
  readonly maxArticleBytes?: number;
  /** STORE_URL and the SOURCES_* values as written, for `sources` and `ingest` (src/cli/sources.ts). */
  readonly environment?: Environment;
  readonly out: Output;
}

/** The settings the CLI reads from the environment (or .env), as written; the commands check them. */
export interface Environment {
  /** `SEEDS_DIR`. */
  readonly seedsDir?: string;
  /** `MAX_ARTICLE_BYTES`. */
  readonly maxArticleBytes?: string;
  readonly storeUrl?: string;
  readonly sourcesFile?: string;
  readonly sourcesAllowPrivate?: string;
  readonly sourcesContactUrl?: string;
}

export interface CommandDefinition {
  readonly name: string;
  /** Options beyond the common `--seeds` and `--help`. */
  readonly options: readonly OptionName[];
  /** Whether words may follow the command name (`brief Ararat Mirzoyan`); each command checks its own. */
  readonly takesWords: boolean;
  /** Validates its input before any loading, so a typo fails fast. Returns the exit code. */
  readonly run: (input: CommandInput) => Promise<number>;
}
