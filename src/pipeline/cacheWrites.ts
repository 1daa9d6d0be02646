// The order and shape of cache writes: the chunks a new extraction cache file is made of, and writes of
// one seeds folder run in the order of their loads.
import type { StoredExtraction } from '../model.js';
import { encodeChunk, type ExtractionCache } from './extractionCache.js';

/**
 * The chunks of the new cache file: an old chunk whose entries are all still wanted is kept as it is,
 * the workers' new chunks as they came, and whatever else is wanted (extracted on the main thread, or
 * left in an old chunk with a changed or removed neighbour) is encoded into one new chunk.
 */
export async function planCacheChunks(
  old: ExtractionCache | null,
  fresh: readonly { readonly bytes: Uint8Array; readonly keys: readonly string[] }[],
  keys: readonly string[],
  extractions: readonly (StoredExtraction | null)[],
): Promise<Uint8Array[]> {
  const wanted = new Map<string, StoredExtraction>();
  keys.forEach((key, i) => {
    const e = extractions[i];
    if (e) wanted.set(key, e);
  });
  const chunks: Uint8Array[] = [];
  const take = (bytes: Uint8Array, chunkKeys: readonly string[]) => {
    chunks.push(bytes);
    for (const k of chunkKeys) wanted.delete(k);
  };
  for (const chunk of old?.chunks ?? []) {
    const chunkKeys = chunk.entries.keys;
    if (chunkKeys.length > 0 && chunkKeys.every((k) => wanted.has(k))) take(chunk.bytes, chunkKeys);
  }
  for (const chunk of fresh) if (chunk.keys.every((k) => wanted.has(k))) take(chunk.bytes, chunk.keys);
  if (wanted.size) chunks.push(await encodeChunk([...wanted].map(([key, extraction]) => ({ key, extraction }))));
  return chunks;
}

/**
 * Writes for one seeds folder run one after the other, in the order of their loads: a slow background
 * write of an older load never lands after the write of a newer one.
 */
const writesInFlight = new Map<string, Promise<unknown>>();

export function inTurn<T>(key: string, write: () => Promise<T>): Promise<T> {
  const previous = writesInFlight.get(key) ?? Promise.resolve();
  const next = previous.then(write, write);
  writesInFlight.set(key, next);
  void next.finally(() => {
    if (writesInFlight.get(key) === next) writesInFlight.delete(key);
  });
  return next;
}
