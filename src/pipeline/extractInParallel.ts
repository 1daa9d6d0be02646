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
   * The workers' batches as encoded cache chunks, with the keys given of the articles each holds (see
   * extractionCache.ts). Articles extracted on the main thread are in none.
   */
  readonly chunks: readonly EncodedBatch[];
}

export interface EncodedBatch {
  readonly bytes: Uint8Array;
  /** The cache keys of the articles it holds, in its order. */
  readonly keys: readonly string[];
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
  const stream = new ExtractionStream(dictionary, options, articles.length);
  stream.add(articles, keys);
  return stream.finish();
}

/**
 * Extraction fed as the articles are read: a cold start's workers take the first batches while the
 * rest of the folder is still being read, so the read (I/O-bound when the files are not in the page
 * cache) hides behind extraction instead of coming before it. `expected`, the number of articles to
 * come, decides whether workers are worth starting. `finish` gives the extractions in the order the
 * articles were added.
 */
export class ExtractionStream {
  private readonly added: Article[] = [];
  private readonly addedKeys: string[] = [];
  private readonly results = new Map<Article, ExtractResult>();
  /** Positions (into `added`) of the articles longer than one window: shared out at the end. */
  private readonly large: number[] = [];
  private readonly chunks: EncodedBatch[] = [];
  private readonly workerCount: number;
  private readonly useWorkers: boolean;
  private pending: number[] = [];
  private readonly queue: number[][] = [];
  private closed = false;
  private gaveUp = false;
  private wake: (() => void) | null = null;
  private running: Promise<{ used: number; error?: string }> | null = null;
  private startedAt: number | null = null;

  constructor(
    private readonly dictionary: Dictionary,
    private readonly options: ExtractOptions = {},
    expected: number,
  ) {
    this.workerCount = options.workers ?? Math.min(2, availableParallelism());
    this.useWorkers = this.workerCount > 1 && expected > (options.parallelAbove ?? 2000);
  }

  /** Abandoned (see `abandon`): what it was given is not extracted, and it takes nothing more. */
  get abandoned(): boolean {
    return this.gaveUp;
  }

  /** Milliseconds since the first article was added (0 before). */
  get elapsedMs(): number {
    return this.startedAt === null ? 0 : performance.now() - this.startedAt;
  }

  /** Takes articles in; `keys[i]` is the cache key of `articles[i]`. */
  add(articles: readonly Article[], keys: readonly string[]): void {
    if (this.closed) throw new Error('articles added to an extraction stream already finished');
    this.startedAt ??= performance.now();
    const size = Math.max(1, this.options.batch ?? BATCH);
    articles.forEach((article, k) => {
      const at = this.added.length;
      this.added.push(article);
      this.addedKeys.push(keys[k]!);
      if (this.options.unread?.(article))
        this.results.set(article, {
          ok: true,
          extraction: { article: article.id, actors: [], discovered: [], statements: [], contacts: [] },
        });
      else if (!fitsOneWindow(article)) this.large.push(at);
      else if (this.useWorkers) {
        this.pending.push(at);
        if (this.pending.length >= size) this.enqueue();
      }
    });
    if (this.useWorkers && this.queue.length) this.running ??= this.startWorkers();
  }

  /** The articles added so far, in the order `finish` gives their extractions. */
  get articles(): readonly Article[] {
    return this.added;
  }

  /**
   * Stops taking work and lets the workers end once their batch in hand is done (a load that found it needs
   * no extraction after all: an index snapshot written meanwhile). Resolves when they have ended.
   */
  async abandon(): Promise<void> {
    this.gaveUp = true;
    this.closed = true;
    this.queue.length = 0;
    this.pending = [];
    this.wake?.();
    await this.running;
  }

  async finish(): Promise<ExtractOutcome> {
    this.closed = true;
    if (this.pending.length) this.enqueue();
    if (this.useWorkers && this.queue.length) this.running ??= this.startWorkers();
    this.wake?.();
    let used = 0;
    let workerError: string | undefined;
    if (this.running) {
      const outcome = await this.running;
      used = outcome.used;
      workerError = outcome.error;
    }
    // Very long articles, each shared out to the workers with a time budget, whatever the batch's size.
    if (this.large.length) {
      const outcome = await extractLargeArticles(
        this.large.map((at) => this.added[at]!),
        this.dictionary,
        {
          workers: this.workerCount,
          ...(this.options.budgetMs !== undefined ? { budgetMs: this.options.budgetMs } : {}),
          ...(this.options.extractors ? { extractors: this.options.extractors } : {}),
        },
      );
      outcome.results.forEach((r, k) => this.results.set(this.added[this.large[k]!]!, r));
      if (outcome.workerError) workerError ??= outcome.workerError;
      used = Math.max(used, outcome.workers);
    }
    // On the main thread: everything when small, whatever the workers left when they failed.
    let deadline = performance.now() + SLICE_MS;
    for (const article of this.added) {
      if (this.results.has(article)) continue;
      this.results.set(article, extractSafely(article, this.dictionary));
      if (performance.now() >= deadline) {
        await yieldToEventLoop();
        deadline = performance.now() + SLICE_MS;
      }
    }
    const failures: { file: string; message: string }[] = [];
    const extractions = this.added.map((article) => {
      const r = this.results.get(article);
      if (r?.ok) return r.extraction;
      failures.push({ file: article.file, message: r?.ok === false ? r.message : 'not extracted' });
      return null;
    });
    return { extractions, failures, workers: used, chunks: this.chunks, ...(workerError ? { workerError } : {}) };
  }

  private enqueue(): void {
    this.queue.push(this.pending);
    this.pending = [];
    this.wake?.();
  }

  /** The next batch for a worker; null once the stream is finished and nothing is left. */
  private async nextBatch(): Promise<number[] | null> {
    for (;;) {
      const batch = this.queue.shift();
      if (batch) return batch;
      if (this.closed) return null;
      await new Promise<void>((resolve) => {
        const before = this.wake;
        this.wake = () => {
          this.wake = null;
          before?.();
          resolve();
        };
      });
    }
  }

  private async startWorkers(): Promise<{ used: number; error?: string }> {
    const workers: Worker[] = [];
    // one object per discovered actor across the batches (see DiscoveredActors)
    const discovered: DiscoveredActors = new Map();
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
      worker.postMessage({ type: 'init', actors: this.dictionary.actors } satisfies ToWorker);
      while (!dead) {
        const members = await this.nextBatch();
        if (!members) break;
        if (dead) {
          this.queue.unshift(members);
          break;
        }
        const id = nextId++;
        const reply = new Promise<FromWorker>((resolve, reject) => pending.set(id, { resolve, reject }));
        worker.postMessage({
          type: 'batch',
          id,
          articles: members.map((at) => this.added[at]!),
          keys: members.map((at) => this.addedKeys[at]!),
        } satisfies ToWorker);
        try {
          const { chunk, failures } = await reply;
          const decoded = DecodedExtractions.from(chunk, discovered);
          const keys: string[] = [];
          let failed = 0;
          members.forEach((at, k) => {
            const failure = failures[failed];
            const article = this.added[at]!;
            if (failure?.at === k) {
              this.results.set(article, { ok: false, message: failure.message });
              failed++;
            } else {
              this.results.set(article, { ok: true, extraction: decoded.at(keys.length) });
              keys.push(this.addedKeys[at]!);
            }
          });
          this.chunks.push({ bytes: chunk, keys });
        } catch (e) {
          // Back in the queue for another worker, or for the main thread once every worker is gone.
          this.queue.unshift(members);
          throw e;
        }
      }
      if (dead) throw dead;
    };
    const settled = await Promise.allSettled(Array.from({ length: this.workerCount }, run));
    await Promise.all(workers.map((w) => w.terminate()));
    let error: string | undefined;
    for (const s of settled) if (s.status === 'rejected') error ??= s.reason instanceof Error ? s.reason.message : String(s.reason);
    return { used: settled.filter((s) => s.status === 'fulfilled').length, ...(error ? { error } : {}) };
  }
}
