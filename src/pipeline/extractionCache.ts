// The extraction cache on disk: one file per seeds folder, keyed per article by a hash of what its
// extraction depends on (the extractor version, the dictionary, the file name and its text), replaced
// whole and atomically (temporary file + rename), so a crash mid-write leaves the previous one intact.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Dictionary } from '../extract/dictionary.js';
import { runCooperatively } from './cooperative.js';
import { DecodedExtractions, encodeExtractions, type EncodedEntry } from './extractionCodec.js';
import { EXTRACTOR_VERSION } from '../extract/extractArticle.js';
import { writeAtomically } from './writeAtomically.js';

/** `CACHE_DIR`, else `.cache/` in the working directory (the project, when started through npm). */
export function defaultCacheDir(): string {
  return resolve(process.env.CACHE_DIR || '.cache');
}

/** One cache file per seeds folder, so a test or bench corpus never evicts the real one. */
export function cacheFileFor(cacheDir: string, seedsDir: string): string {
  const tag = createHash('sha1').update(resolve(seedsDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `extractions-${tag}.bin`);
}

/** The part of every key that is the same for all articles: extractor version and dictionary. */
export function keyPrefix(dictionary: Dictionary): string {
  const dict = createHash('sha1').update(JSON.stringify(dictionary.actors)).digest('base64url');
  return `${EXTRACTOR_VERSION}\u0000${dict}\u0000`;
}

export { articleKey } from './cacheKey.js';

export type CacheRead =
  | { readonly ok: true; readonly entries: DecodedExtractions | null }
  /** Unreadable or corrupt: treated as empty, and overwritten on the next write. */
  | { readonly ok: false; readonly error: string };

export async function readExtractionCache(file: string): Promise<CacheRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, entries: null };
    return { ok: false, error: `cannot read ${file}: ${(err as Error).message}` };
  }
  try {
    return { ok: true, entries: DecodedExtractions.from(bytes) };
  } catch (err) {
    return { ok: false, error: `ignoring ${file}: ${(err as Error).message}` };
  }
}

export async function writeExtractionCache(file: string, entries: Iterable<EncodedEntry>): Promise<void> {
  const bytes = await runCooperatively(encodeExtractions(entries));
  await writeAtomically(file, bytes);
}
