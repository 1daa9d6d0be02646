// What `npm start` does, from its flags, the token and whether a person is at the terminal.
import { parseArgs } from 'node:util';

/**
 * - discord: a token is configured: connect to Discord.
 * - prompt: no token, a terminal: the sandbox with a prompt.
 * - demo: a short scripted sandbox session, printed; exits when done.
 * - serve: the sandbox with no prompt, running until a signal (health checks, shutdown tests).
 */
export type Mode = 'discord' | 'prompt' | 'demo' | 'serve';

export const START_USAGE = `Usage: npm start [-- --demo | --sandbox-serve]

  (no flag)          with DISCORD_TOKEN: connect to Discord
                     without: the sandbox, a local Discord emulator, with a prompt (the scripted demo
                     when there is no terminal)
  --demo             run the scripted sandbox session, print it and exit (never uses the token)
  --sandbox-serve    the sandbox without a prompt, until SIGTERM or SIGINT
  --help             this text

Settings come from the environment or .env; see .env.example.
`;

export class UsageError extends Error {}

export function parseStartArgs(argv: readonly string[]): { demo: boolean; serve: boolean; help: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { demo: { type: 'boolean' }, 'sandbox-serve': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const demo = values.demo === true;
  const serve = values['sandbox-serve'] === true;
  if (demo && serve) throw new UsageError('--demo and --sandbox-serve exclude each other');
  return { demo, serve, help: values.help === true };
}

export function chooseMode(flags: { demo: boolean; serve: boolean }, hasToken: boolean, interactive: boolean): Mode {
  if (flags.demo) return 'demo';
  if (flags.serve) return 'serve';
  if (hasToken) return 'discord';
  // Without a terminal nobody can type at a prompt: run the demo and exit rather than hang (CI, pipes).
  return interactive ? 'prompt' : 'demo';
}
