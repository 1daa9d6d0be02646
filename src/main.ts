// The process edge of the bot (`npm start`): flags, .env, settings, logger, then src/runtime/app.ts.
//   npm start                      DISCORD_TOKEN set: Discord; else the sandbox prompt (the demo without a terminal)
//   npm start -- --demo            the scripted sandbox session, printed; exits 0 when every step was answered
//   npm start -- --sandbox-serve   the sandbox with no prompt, until SIGTERM/SIGINT
import { config as loadDotenv } from 'dotenv';
import { ConfigError } from './config.js';
import { createLogger, type LogLevel } from './log.js';
import { startApp } from './runtime/app.js';
import { chooseMode, parseStartArgs, START_USAGE, UsageError } from './runtime/mode.js';
import { readConfig as readSettings, type Config as Settings } from './config.js';
import { SANDBOX_TOKEN } from './offline/host.js';

// Quiet: dotenv otherwise prints a line of its own on stdout, in the middle of the sandbox's output.
loadDotenv({ quiet: true });

let flags: ReturnType<typeof parseStartArgs>;
let settings: Settings;
try {
  flags = parseStartArgs(process.argv.slice(2));
  if (flags.help) {
    process.stdout.write(START_USAGE);
    process.exit(0);
  }
  settings = readSettings();
} catch (err) {
  if (err instanceof ConfigError || err instanceof UsageError) {
    process.stderr.write(`${err.message}\n${err instanceof UsageError ? START_USAGE : 'See .env.example for every setting.\n'}`);
    process.exit(1);
  }
  throw err;
}

const mode = chooseMode(flags, settings.discordToken !== null, process.stdin.isTTY === true && process.stdout.isTTY === true);
// A person reading the sandbox's conversation does not want JSON lines in between: warnings and errors
// only, unless LOG_LEVEL asks for more. On Discord (and in --sandbox-serve) the log is the output.
const level: LogLevel = (mode === 'prompt' || mode === 'demo') && !process.env.LOG_LEVEL?.trim() ? 'warn' : settings.logLevel;
// Under the shard manager every process writes to the same stream: each line says which shard wrote it.
const logger = createLogger(
  { level, secrets: [settings.discordToken ?? '', SANDBOX_TOKEN] },
  settings.shard ? { shard: settings.shard.id } : {},
);
// discord.js's Client takes SHARD_COUNT from the environment by itself, which is right in a process the
// shard manager spawned (it sets the number) and wrong here: `npm start` is one process and one shard,
// and an operator's SHARD_COUNT=auto (meant for start:sharded) would not even parse as a count.
if (!settings.shard) delete process.env.SHARD_COUNT;

process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { err: reason }));

startApp({ settings, mode, logger, print: (text) => void process.stdout.write(`${text}\n`) });
