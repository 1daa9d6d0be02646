// `src/main.ts` as a child process, the way `npm start` runs it: output collected, log lines parsed, and
// helpers to wait for a line or for the exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A token-shaped value that is not a real token (readConfig checks the shape only). */
export const FAKE_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0';

export interface LogLine {
  readonly level: string;
  readonly event: string;
  readonly [field: string]: unknown;
}

export interface MainProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The stderr lines that parse as JSON log records. */
  logs(): LogLine[];
  waitForLog(event: string, timeoutMs?: number): Promise<LogLine>;
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  kill(): void;
}

/**
 * Runs `node --import tsx src/main.ts ...args` with a clean environment for the settings: no token, no
 * health port, the given overrides. stdin is a pipe, so the process is never "interactive".
 */
export function runMain(args: readonly string[], env: Record<string, string> = {}, script = 'src/main.ts'): MainProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      // Set, even if empty: values in the environment win over a developer's .env.
      DISCORD_TOKEN: '',
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: '',
      HEALTH_PORT: '',
      HEALTH_HOST: '',
      LOG_LEVEL: '',
      // No stray data/attache.sqlite in the project from a test that does not care about the store.
      STORE_URL: 'sqlite://:memory:',
      // Nothing in the tests reaches the internet: the shipped sources are never polled unless a test says so.
      INGEST: 'off',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const started = performance.now();
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const w of waiters) w();
  };
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    notify();
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    notify();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolveExit) => {
    child.on('exit', (code, signal) => {
      resolveExit({ code, signal, ms: performance.now() - started });
      notify();
    });
  });
  const logs = (): LogLine[] =>
    err
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as LogLine);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    logs,
    waitForLog(event, timeoutMs = 15_000) {
      return new Promise<LogLine>((resolveLine, reject) => {
        const check = () => {
          const line = logs().find((l) => l.event === event);
          if (line) {
            done();
            resolveLine(line);
          } else if (child.exitCode !== null) {
            done();
            reject(new Error(`exited (${child.exitCode}) before logging "${event}"\n${err}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no "${event}" log line within ${timeoutMs} ms\n${err}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    exited(timeoutMs = 15_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms\n${err}`)), timeoutMs);
      });
      return Promise.race([exit, timeout]).finally(() => clearTimeout(timer));
    },
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** A copy of the repository's seeds in a temporary folder, with a cache folder beside it. */
export async function tempSeeds(): Promise<{ seedsDir: string; cacheDir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'attache-app-'));
  const seedsDir = join(dir, 'seeds');
  await cp(join(ROOT, 'seeds'), seedsDir, { recursive: true });
  return { seedsDir, cacheDir: join(dir, 'cache'), remove: () => rm(dir, { recursive: true, force: true }) };
}
