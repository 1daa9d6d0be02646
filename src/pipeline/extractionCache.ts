// The extraction cache on disk: one file per seeds folder, keyed per article by a hash of what its
// extraction depends on (the extractor version, the dictionary, the file name and its text), replaced
// whole and atomically (temporary file + rename), so a crash mid-write leaves the previous one intact.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Dictionary } from '../extract/dictionary.js';
import type { StoredExtraction } from '../model.js';
import { runCooperatively } from './cooperative.js';
import { DecodedExtractions, encodeExtractions, type DiscoveredActors, type EncodedEntry } from './extractionCodec.js';
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

/**
 * Beside the cache: the extractions of articles a LiveIndex took one at a time since the last full
 * load (the same format), read by the next load along with the cache, which then holds them.
 */
export function journalFileFor(cacheFile: string): string {
  return cacheFile.replace(/\.bin$/, '.added.bin');
}

/** The part of every key that is the same for all articles: extractor version and dictionary. */
export function keyPrefix(dictionary: Dictionary): string {
  const dict = createHash('sha1').update(JSON.stringify(dictionary.actors)).digest('base64url');
  return `${EXTRACTOR_VERSION}\u0000${dict}\u0000`;
}

export { articleKey } from './cacheKey.js';

/**
 * The cache file: a list of chunks, each an encoded batch of extractions (extractionCodec.ts). Chunks
 * come whole from the extraction workers, and a chunk whose articles are all unchanged is carried into
 * the next file as it is: a cold build encodes nothing on the main thread, and an edit re-encodes only
 * what shared a chunk with the edited article.
 *   u32 magic "ATCF" | u32 format | u32 chunk count | u32 byte length of each chunk | the chunks, each padded to 4 bytes
 */
const FILE_MAGIC = 0x46435441; // "ATCF" little-endian
const FILE_FORMAT = 2;

export interface CacheChunk {
  readonly bytes: Uint8Array;
  readonly entries: DecodedExtractions;
}

/** A cache file, read: every chunk decoded lazily, entry by entry. */
export class ExtractionCache {
  private readonly where = new Map<string, { chunk: DecodedExtractions; entry: number }>();

  constructor(readonly chunks: readonly CacheChunk[]) {
    for (const { entries } of chunks) entries.keys.forEach((key, entry) => this.where.set(key, { chunk: entries, entry }));
  }

  get size(): number {
    return this.where.size;
  }

  get(key: string): StoredExtraction | undefined {
    const at = this.where.get(key);
    return at && at.chunk.at(at.entry);
  }
}

export function decodeCacheFile(bytes: Uint8Array): ExtractionCache {
  if (bytes.byteLength < 12) throw new Error('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== FILE_MAGIC) throw new Error('not an extraction cache');
  if (view.getUint32(4, true) !== FILE_FORMAT) throw new Error('another cache format');
  const count = view.getUint32(8, true);
  let at = 12 + 4 * count;
  if (at > bytes.byteLength) throw new Error('truncated chunk table');
  const chunks: CacheChunk[] = [];
  const discovered: DiscoveredActors = new Map();
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(12 + 4 * i, true);
    if (at + length > bytes.byteLength) throw new Error('truncated chunk');
    const chunk = bytes.subarray(at, at + length);
    chunks.push({ bytes: chunk, entries: DecodedExtractions.from(chunk, discovered) });
    at += (length + 3) & ~3;
  }
  return new ExtractionCache(chunks);
}

export function encodeCacheFile(chunks: readonly Uint8Array[]): Uint8Array {
  const head = 12 + 4 * chunks.length;
  const total = chunks.reduce((sum, c) => sum + ((c.byteLength + 3) & ~3), head);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, FILE_MAGIC, true);
  view.setUint32(4, FILE_FORMAT, true);
  view.setUint32(8, chunks.length, true);
  let at = head;
  chunks.forEach((c, i) => {
    view.setUint32(12 + 4 * i, c.byteLength, true);
    out.set(c, at);
    at += (c.byteLength + 3) & ~3;
  });
  return out;
}

export type CacheRead =
  | { readonly ok: true; readonly entries: ExtractionCache | null }
  /** Unreadable, corrupt or of an older format: treated as empty, and overwritten on the next write. */
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
    return { ok: true, entries: decodeCacheFile(bytes) };
  } catch (err) {
    return { ok: false, error: `ignoring ${file}: ${(err as Error).message}` };
  }
}

/** Encodes entries into one chunk, in short slices of the event loop. */
export function encodeChunk(entries: Iterable<EncodedEntry>): Promise<Uint8Array> {
  return runCooperatively(encodeExtractions(entries));
}

export async function writeExtractionCache(file: string, chunks: readonly Uint8Array[]): Promise<void> {
  await writeAtomically(file, encodeCacheFile(chunks));
}
