// Temporary seeds folders for pipeline tests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LiveIndex, ReloadedEvent } from '../../src/pipeline/liveIndex.js';

export const ACTORS_JSON = JSON.stringify({
  actors: [
    { id: 'mirzoyan', kind: 'person', name: 'Ararat Mirzoyan' },
    { id: 'blinken', kind: 'person', name: 'Antony Blinken' },
  ],
});

export function articleText(date: string, body: string): string {
  return ` date ${date} ${body}\n\nA second paragraph about the talks.\n`;
}

export async function tempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `attache-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A seeds folder with `n` articles and the dictionary. */
export async function seedsWith(dir: string, n: number): Promise<void> {
  await writeFile(join(dir, 'actors.json'), ACTORS_JSON);
  for (let i = 0; i < n; i++) {
    await writeFile(
      join(dir, `article-${i}.txt`),
      articleText(`2022-03-${String(10 + i).padStart(2, '0')}`, `“We met,” Mirzoyan said (${i}).`),
    );
  }
}

/** The next reload of `index` (rejects after `timeoutMs`). */
export function nextReload(index: LiveIndex, timeoutMs = 5000): Promise<ReloadedEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no reload')), timeoutMs);
    const off = index.onReloaded((e) => {
      clearTimeout(timer);
      off();
      resolve(e);
    });
  });
}
