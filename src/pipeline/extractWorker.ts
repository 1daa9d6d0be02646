// A worker thread that extracts batches of articles: the parallel half of extractInParallel.ts. A batch
// goes back as one encoded cache chunk (extractionCodec.ts), moved rather than copied: decoding it costs
// the main thread a third of what rebuilding the objects from a structured clone did, and the chunk is
// written to the cache file as it is.
import { parentPort } from 'node:worker_threads';
import { storedExtraction, type Actor, type Article, type StoredExtraction } from '../model.js';
import type { Dictionary } from '../extract/dictionary.js';
import { extractArticle } from '../extract/extractArticle.js';
import { encodeExtractions, type EncodedEntry } from './extractionCodec.js';

export type ToWorker =
  | { readonly type: 'init'; readonly actors: readonly Actor[] }
  | { readonly type: 'batch'; readonly id: number; readonly articles: readonly Article[]; readonly keys: readonly string[] };

export type ExtractResult = { readonly ok: true; readonly extraction: StoredExtraction } | { readonly ok: false; readonly message: string };

/** `ready`: the dictionary is in and the next batch starts at once (a time budget starts then). */
export type WorkerReady = { readonly type: 'ready' };

export interface FromWorker {
  readonly type: 'result';
  readonly id: number;
  /** The extracted articles of the batch, in order, keyed by their cache keys. */
  readonly chunk: Uint8Array;
  /** Positions in the batch of the articles the extractor failed on (absent from the chunk). */
  readonly failures: readonly { readonly at: number; readonly message: string }[];
}

export function extractSafely(article: Article, dictionary: Dictionary): ExtractResult {
  try {
    return { ok: true, extraction: storedExtraction(extractArticle(article, dictionary)) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** Extracts a batch and encodes it into one chunk. */
export function extractBatch(
  articles: readonly Article[],
  keys: readonly string[],
  dictionary: Dictionary,
): Omit<FromWorker, 'type' | 'id'> {
  const entries: EncodedEntry[] = [];
  const failures: { at: number; message: string }[] = [];
  articles.forEach((article, at) => {
    const result = extractSafely(article, dictionary);
    if (result.ok) entries.push({ key: keys[at]!, extraction: result.extraction });
    else failures.push({ at, message: result.message });
  });
  const steps = encodeExtractions(entries);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return { chunk: step.value, failures };
}

const port = parentPort;
if (port) {
  let dictionary: Dictionary = { actors: [], byId: new Map() };
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'init') {
      dictionary = { actors: msg.actors, byId: new Map(msg.actors.map((a) => [a.id, a])) };
      port.postMessage({ type: 'ready' } satisfies WorkerReady);
      return;
    }
    const { chunk, failures } = extractBatch(msg.articles, msg.keys, dictionary);
    port.postMessage({ type: 'result', id: msg.id, chunk, failures } satisfies FromWorker, [chunk.buffer as ArrayBuffer]);
  });
}
