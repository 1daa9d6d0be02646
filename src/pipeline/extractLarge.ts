// Articles longer than one extraction window, each on a worker thread of its own with a time budget.
// Extraction is linear in an article's length (src/extract/windows.ts), but a 1 MB file still takes about
// a second: on the main thread that is a second with no reply to Discord, no /health and no SIGTERM. And
// should some text still make the rules slow, the worker is stopped when the budget runs out and the
// article is reported and skipped; the next one gets a fresh worker.
import type { Worker } from 'node:worker_threads';
import type { Dictionary } from '../extract/dictionary.js';
import type { Article } from '../model.js';
import { DecodedExtractions } from './extractionCodec.js';
import type { ExtractResult, FromWorker, ToWorker, WorkerReady } from './extractWorker.js';
import { startWorker } from './workers.js';

/** How long one article may take: ten times what 1 MB (the default size limit) takes here. */
export const ARTICLE_TIME_BUDGET_MS = 10_000;

export interface LargeOutcome {
  /** Aligned with the input. */
  readonly results: readonly ExtractResult[];
  /** Each extracted article's encoded chunk (for the cache), with its position in the input. */
  readonly chunks: readonly { readonly bytes: Uint8Array; readonly position: number }[];
  /** Why no worker could be started; the articles are then not extracted. */
  readonly workerError?: string;
}

/** Extracts each article on a worker, one at a time, stopping any that runs over `budgetMs`. */
export async function extractLargeArticles(
  articles: readonly Article[],
  keys: readonly string[],
  dictionary: Dictionary,
  budgetMs = ARTICLE_TIME_BUDGET_MS,
): Promise<LargeOutcome> {
  const results: ExtractResult[] = [];
  const chunks: { bytes: Uint8Array; position: number }[] = [];
  let worker: Worker | null = null;
  try {
    for (let i = 0; i < articles.length; i++) {
      if (!worker) {
        const started = await startedWorker(dictionary);
        if (typeof started === 'string') return { results, chunks, workerError: started };
        worker = started;
      }
      const outcome = await oneArticle(worker, articles[i]!, keys[i]!, budgetMs);
      if (outcome.kind === 'done') {
        const decoded = DecodedExtractions.from(outcome.reply.chunk);
        const failure = outcome.reply.failures[0];
        if (failure) results.push({ ok: false, message: failure.message });
        else {
          results.push({ ok: true, extraction: decoded.at(0) });
          chunks.push({ bytes: outcome.reply.chunk, position: i });
        }
        continue;
      }
      results.push({ ok: false, message: outcome.message });
      // A worker stopped mid-article, or one that died, is not used again.
      const stopped: Worker = worker;
      worker = null;
      await stopped.terminate();
    }
    return { results, chunks };
  } finally {
    await worker?.terminate();
  }
}

/** How long a worker may take to start (loading the extractor's modules) before it is given up on. */
const START_TIMEOUT_MS = 30_000;

/** A worker that holds the dictionary and waits for an article; or why none could be had. */
function startedWorker(dictionary: Dictionary): Promise<Worker | string> {
  let worker: Worker;
  try {
    worker = startWorker('extractWorker');
  } catch (err) {
    return Promise.resolve((err as Error).message);
  }
  return new Promise((resolve) => {
    const finish = (outcome: Worker | string) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (typeof outcome === 'string') void worker.terminate();
      resolve(outcome);
    };
    const onMessage = (msg: WorkerReady | FromWorker) => msg.type === 'ready' && finish(worker);
    const onError = (err: Error) => finish(`the extraction worker failed to start: ${err.message}`);
    const onExit = (code: number) => finish(`the extraction worker exited with code ${code} as it started`);
    const timer = setTimeout(() => finish(`the extraction worker did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ type: 'init', actors: dictionary.actors } satisfies ToWorker);
  });
}

type ArticleOutcome = { readonly kind: 'done'; readonly reply: FromWorker } | { readonly kind: 'failed'; readonly message: string };

function oneArticle(worker: Worker, article: Article, key: string, budgetMs: number): Promise<ArticleOutcome> {
  return new Promise((resolve) => {
    const finish = (outcome: ArticleOutcome) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (reply: FromWorker) => finish({ kind: 'done', reply });
    const onError = (err: Error) => finish({ kind: 'failed', message: `extraction failed: ${err.message}` });
    const onExit = (code: number) => finish({ kind: 'failed', message: `the extraction worker exited with code ${code}` });
    const timer = setTimeout(
      () =>
        finish({
          kind: 'failed',
          message: `extraction took longer than ${formatSeconds(budgetMs)}, so the article was skipped (${article.text.length.toLocaleString('en')} characters)`,
        }),
      budgetMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ type: 'batch', id: 0, articles: [article], keys: [key] } satisfies ToWorker);
  });
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s` : `${ms} ms`;
}
