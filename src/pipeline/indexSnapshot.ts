// The index snapshot on disk, next to the extraction cache: one file per seeds folder, replaced whole
// and atomically. It is only ever used for the exact corpus it was built from (see loadIndex).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { IndexData } from '../index/indexData.js';
import { decodeIndexData, encodeIndexData } from '../index/snapshot.js';
import { writeAtomically } from './writeAtomically.js';

export function snapshotFileFor(cacheDir: string, seedsDir: string): string {
  const tag = createHash('sha1').update(resolve(seedsDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `index-${tag}.bin`);
}

export type SnapshotRead =
  | { readonly ok: true; readonly data: IndexData | null; readonly meta: unknown }
  /** Unreadable or corrupt: ignored, and replaced after the next build. */
  | { readonly ok: false; readonly error: string };

export async function readIndexSnapshot(file: string): Promise<SnapshotRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, data: null, meta: null };
    return { ok: false, error: `cannot read ${file}: ${(err as Error).message}` };
  }
  try {
    return { ok: true, ...decodeIndexData(bytes) };
  } catch (err) {
    return { ok: false, error: `ignoring the index snapshot ${file}: ${(err as Error).message}` };
  }
}

export async function writeIndexSnapshot(file: string, data: IndexData, meta: unknown): Promise<void> {
  const bytes = encodeIndexData(data, meta);
  await writeAtomically(file, bytes);
}
