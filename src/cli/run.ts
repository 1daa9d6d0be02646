// Dispatch: command line → command → exit code. Every failure ends here as a message and a code.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkOptions, parseCommandLine, UsageError } from './args.js';
import type { CommandDefinition, Environment, Output } from './command.js';
import { actorsCommand } from './commands/actors.js';
import { briefCommand } from './commands/brief.js';
import { contactsCommand } from './commands/contacts.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { searchCommand } from './commands/search.js';
import { sourcesCommand } from './commands/sources.js';
import { validateCommand } from './commands/validate.js';
import { USAGE, USAGE_HINT } from './usage.js';

export const COMMANDS: ReadonlyMap<string, CommandDefinition> = new Map(
  [briefCommand, contactsCommand, searchCommand, actorsCommand, validateCommand, exportCommand, sourcesCommand, ingestCommand].map((c) => [
    c.name,
    c,
  ]),
);

export type { Environment };

export async function run(argv: readonly string[], out: Output, env: Environment): Promise<number> {
  try {
    const commandLine = parseCommandLine(argv);
    if (commandLine.values.help || commandLine.command === 'help') {
      out.stdout(USAGE);
      return 0;
    }
    if (commandLine.command === undefined) {
      out.stderr(USAGE);
      return 2;
    }
    const command = COMMANDS.get(commandLine.command);
    if (!command) {
      out.stderr(`Unknown command "${commandLine.command}".\n\n${USAGE}`);
      return 2;
    }
    checkOptions(commandLine, command.name, command.options);
    if (!command.takesWords && commandLine.positionals.length > 0) {
      throw new UsageError(`"${command.name}" takes no arguments (got "${commandLine.positionals.join(' ')}")`);
    }
    // Kept as typed, relative to the working directory: problems then name files the way the user does.
    const seedsDir = await seedsFolder(commandLine.values.seeds ?? env.seedsDir ?? 'seeds');
    const maxArticleBytes = articleLimit(env.maxArticleBytes);
    return await command.run({
      words: commandLine.positionals,
      values: commandLine.values,
      seedsDir,
      maxArticleBytes,
      environment: env,
      out,
    });
  } catch (err) {
    if (err instanceof UsageError) {
      out.stderr(`${err.message}\n${USAGE_HINT}\n`);
      return 2;
    }
    out.stderr(`Unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

async function seedsFolder(dir: string): Promise<string> {
  const found = await stat(dir).catch(() => null);
  if (!found?.isDirectory()) throw new UsageError(`No seeds folder at ${resolve(dir)}: pass --seeds DIR or set SEEDS_DIR`);
  return dir;
}

/** MAX_ARTICLE_BYTES as the bot reads it (src/config.ts): a whole number of bytes, 1 or more. */
function articleLimit(written: string | undefined): number | undefined {
  if (written === undefined || written.trim() === '') return undefined;
  if (!/^\d+$/.test(written.trim()) || Number(written) < 1)
    throw new UsageError(`MAX_ARTICLE_BYTES "${written}" must be a whole number of bytes, 1 or more (default 1048576, 1 MB)`);
  return Number(written);
}
