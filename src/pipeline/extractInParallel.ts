// Extraction of many articles: on worker threads when there are many (the CPU-bound part of a cold
// start: two workers on a 2-core machine), else on the event loop in short slices. Either way the event
// loop stays free for replies.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Article, StoredExtraction } from '../model.js';
import type { Dictionary } from '../extract/dictionary.js';
import { yieldToEventLoop } from './cooperative.js';
import { fitsOneWindow } from '../extract/windows.js';
import { DecodedExtractions, type DiscoveredActors } from './extractionCodec.js';
import { extractLargeArticles, type ArticleBudget } from './extractLarge.js';
import { extractSafely, type ExtractResult, type FromWorker, type ToWorker, type WorkerReady } from './extractWorker.js';
import type { WarmExtractors } from './warmExtractors.js';
import { startWorker } from './workers.js';

export interface ExtractOptions {
  /** Worker threads to use for a large batch; default: 2, or 1 (none) on a single core. */
  readonly workers?: number;
  /** Use workers only above this many articles (starting one costs ~100 ms); default 2,000. */
  readonly parallelAbove?: number;
  /** Articles per worker batch (and per cache chunk); default 250. */
  readonly batch?: number;
  /** How long one article longer than an extraction window may take before it is skipped (extractLarge.ts). */
  readonly budgetMs?: ArticleBudget;
  /** A running bot's warm workers for the long articles (warmExtractors.ts); else started for the call. */
  readonly extractors?: WarmExtractors;
  /** Articles given an empty extraction instead (a language the rules do not read: articleLanguage.ts). */
  readonly unread?: (article: Article) => boolean;
}

export interface ExtractOutcome {
  /** Aligned with the input; `null` where extraction failed. */
  readonly extractions: readonly (StoredExtraction | null)[];
  readonly failures: readonly { readonly file: string; readonly message: string }[];
  /** Worker threads that did the work (0: all on the main thread). */
  readonly workers: number;
  /** Why workers could not be used, when they could not. */
  readonly workerError?: string;
  /**
   * The workers' batches as encoded cache chunks, keyed by the keys given (see extractionCache.ts), with
   * the positions (in the input) of the articles each holds. Articles extracted on the main thread are in none.
   */
  readonly chunks: readonly EncodedBatch[];
}

export interface EncodedBatch {
  readonly bytes: Uint8Array;
  readonly positions: readonly number[];
}

const BATCH = 250;
const SLICE_MS = 15;

/** `keys[i]` is the cache key of `articles[i]`; without keys, chunks are keyed by position (of no use to a cache). */
export async function extractArticles(
  articles: readonly Article[],
  dictionary: Dictionary,
  options: ExtractOptions = {},
  keys: readonly string[] = articles.map((_, i) => String(i)),
): Promise<ExtractOutcome> {
  const results = new Array<ExtractResult | undefined>(articles.length);
  const chunks: EncodedBatch[] = [];
  const workerCount = options.workers ?? Math.min(2, availableParallelism());
  let used = 0;
  let workerError: string | undefined;
  articles.forEach((a, i) => {
    if (options.unread?.(a))
      results[i] = { ok: true, extraction: { article: a.id, actors: [], discovered: [], statements: [], contacts: [] } };
  });
  // Very long articles first, each shared out to the workers with a time budget, whatever the batch's size.
  const large = articles.flatMap((a, i) => (results[i] || fitsOneWindow(a) ? [] : [i]));
  if (large.length) {
    const outcome = await extractLargeArticles(
      large.map((i) => articles[i]!),
      dictionary,
      {
        workers: workerCount,
        ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
        ...(options.extractors ? { extractors: options.extractors } : {}),
      },
    );
    outcome.results.forEach((r, k) => (results[large[k]!] = r));
    if (outcome.workerError) workerError = outcome.workerError;
    used = outcome.workers;
  }
  const rest = articles.length - large.length;
  if (workerCount > 1 && rest > (options.parallelAbove ?? 2000)) {
    const outcome = await extractOnWorkers(articles, keys, dictionary, workerCount, results, chunks, options.batch ?? BATCH);
    used = Math.max(used, outcome.used);
    workerError ??= outcome.error;
  }
  // On the main thread: everything when small, whatever the workers left when they failed.
  let deadline = performance.now() + SLICE_MS;
  for (let i = 0; i < articles.length; i++) {
    if (results[i]) continue;
    results[i] = extractSafely(articles[i]!, dictionary);
    if (performance.now() >= deadline) {
      await yieldToEventLoop();
      deadline = performance.now() + SLICE_MS;
    }
  }
  const failures: { file: string; message: string }[] = [];
  const extractions = results.map((r, i) => {
    if (r?.ok) return r.extraction;
    failures.push({ file: articles[i]!.file, message: r?.ok === false ? r.message : 'not extracted' });
    return null;
  });
  return { extractions, failures, workers: used, chunks, ...(workerError ? { workerError } : {}) };
}

async function extractOnWorkers(
  articles: readonly Article[],
  keys: readonly string[],
  dictionary: Dictionary,
  count: number,
  results: (ExtractResult | undefined)[],
  chunks: EncodedBatch[],
  batch: number,
): Promise<{ used: number; error?: string }> {
  const size = Math.max(1, batch);
  // Batches of the positions still to do (the long articles are done already).
  const todo = articles.flatMap((_, i) => (results[i] ? [] : [i]));
  const batches: number[][] = [];
  for (let i = 0; i < todo.length; i += size) batches.push(todo.slice(i, i + size));
  const workers: Worker[] = [];
  // one object per discovered actor across the batches (see DiscoveredActors)
  const discovered: DiscoveredActors = new Map();
  let error: string | undefined;
  let nextId = 0;
  const run = async (): Promise<void> => {
    const worker = startWorker('extractWorker');
    workers.push(worker);
    const pending = new Map<number, { resolve: (r: FromWorker) => void; reject: (e: Error) => void }>();
    const failAll = (e: Error) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    };
    let dead: Error | undefined;
    worker.on('message', (msg: FromWorker | WorkerReady) => {
      if (msg.type !== 'result') return;
      pending.get(msg.id)?.resolve(msg);
      pending.delete(msg.id);
    });
    worker.on('error', (e: Error) => failAll((dead = e)));
    worker.on('exit', (code) => failAll((dead = new Error(`worker exited with code ${code}`))));
    worker.postMessage({ type: 'init', actors: dictionary.actors } satisfies ToWorker);
    while (batches.length && !dead) {
      const members = batches.shift()!;
      const id = nextId++;
      const reply = new Promise<FromWorker>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({
        type: 'batch',
        id,
        articles: members.map((i) => articles[i]!),
        keys: members.map((i) => keys[i]!),
      } satisfies ToWorker);
      try {
        const { chunk, failures } = await reply;
        const decoded = DecodedExtractions.from(chunk, discovered);
        const positions: number[] = [];
        let failed = 0;
        members.forEach((position, at) => {
          const failure = failures[failed];
          if (failure?.at === at) {
            results[position] = { ok: false, message: failure.message };
            failed++;
          } else {
            results[position] = { ok: true, extraction: decoded.at(positions.length) };
            positions.push(position);
          }
        });
        chunks.push({ bytes: chunk, positions });
      } catch (e) {
        batches.unshift(members);
        throw e;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: count }, run));
  await Promise.all(workers.map((w) => w.terminate()));
  for (const s of settled) if (s.status === 'rejected') error ??= s.reason instanceof Error ? s.reason.message : String(s.reason);
  return { used: settled.filter((s) => s.status === 'fulfilled').length, ...(error ? { error } : {}) };
}
