// Runs the CLI as a user does, in a child process. `node --import tsx` starts in about a third of the
// time `npx tsx` takes (0.32 s against 1.0 s for an empty script, measured on Node 20), so it is used here.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS = join(PROJECT, 'seeds');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI with the arguments given. The extraction cache goes to `cacheDir` when given, else to a
 * fresh folder removed afterwards, so tests neither read a stale cache nor litter the project's `.cache/`.
 */
export async function runCli(args: readonly string[], env: Record<string, string | undefined> = {}, cacheDir?: string): Promise<CliResult> {
  const ownCache = cacheDir ? null : await mkdtemp(join(tmpdir(), 'attache-cache-'));
  // SEEDS_DIR from the developer's shell must not leak into tests that pass --seeds or set it themselves.
  const { SEEDS_DIR: _ignored, ...inherited } = process.env;
  try {
    return await new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', join(PROJECT, 'src/cli/main.ts'), ...args],
        { cwd: PROJECT, env: { ...inherited, CACHE_DIR: cacheDir ?? ownCache!, ...env }, maxBuffer: 64 * 1024 * 1024 },
        (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- an ExecFileException is an Error; @types/node types it as an Omit<> of one
          if (code === null) reject(err);
          else resolve({ code, stdout, stderr });
        },
      );
    });
  } finally {
    if (ownCache) await removeFolder(ownCache);
  }
}

/** A temporary seeds folder holding `files` (name → content), optionally the real seeds first. */
export async function seedsFolder(files: Record<string, string | Uint8Array>, options: { withRealSeeds?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'attache-cli-'));
  if (options.withRealSeeds) await cp(SEEDS, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

export function removeFolder(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

export const GOOD_ARTICLE = ' date 2022-03-25 Mirzoyan met Kasprzyk, the ministry said.\n\nHe stressed the need for peace.\n';

export const SMALL_DICTIONARY = JSON.stringify({
  actors: [
    {
      id: 'ararat-mirzoyan',
      kind: 'person',
      name: 'Ararat Mirzoyan',
      country: 'Armenia',
      aliases: ['Mirzoyan'],
      roles: [{ title: 'Foreign Minister of Armenia', from: '2021-08-19', to: null }],
    },
  ],
});
