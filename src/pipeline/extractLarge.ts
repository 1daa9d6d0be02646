// Articles longer than one extraction window, off the main thread and within a time budget. Extraction
// is linear in an article's length (src/extract/windows.ts), but a 1 MB file still takes about a second:
// on the main thread that is a second with no reply to Discord, no /health and no SIGTERM. So an
// article's windows are shared out to the worker threads (two on this machine: a 4 MB article in half
// the time), and their extractions merged here, exactly as extractArticle merges them. Should some text
// still make the rules slow, the workers are stopped when the budget runs out and the article is
// reported and skipped; the next one gets fresh workers. A running bot lends its workers from a pool kept
// warm (warmExtractors.ts), which takes the start-up and the compiler's warm-up out of the article's time.
import type { Worker } from 'node:worker_threads';
import type { Dictionary } from '../extract/dictionary.js';
import { articleWindows, mergeWindowExtractions, type ArticleWindow } from '../extract/windows.js';
import type { Article } from '../model.js';
import { DecodedExtractions } from './extractionCodec.js';
import type { ExtractResult, FromWorker, ToWorker, WorkerReady } from './extractWorker.js';
import { WarmExtractors } from './warmExtractors.js';

/** How long one article may take: ten times what 1 MB (the default size limit) takes here. */
export const ARTICLE_TIME_BUDGET_MS = 10_000;

/** Milliseconds an article may take: the same for every article, or by its length in characters. */
export type ArticleBudget = number | ((chars: number) => number);

export interface LargeOutcome {
  /** Aligned with the input. */
  readonly results: readonly ExtractResult[];
  /** The most worker threads one article was shared out to. */
  readonly workers: number;
  /** Why no worker could be started; the articles left without a result are then not extracted. */
  readonly workerError?: string;
}

/** Extracts the articles one after the other, each over `workers` threads, stopping any that runs over `budgetMs`. */
export async function extractLargeArticles(
  articles: readonly Article[],
  dictionary: Dictionary,
  options: {
    readonly workers?: number;
    readonly budgetMs?: ArticleBudget;
    /** A running bot's warm workers (warmExtractors.ts); without them, workers are started for this call only. */
    readonly extractors?: WarmExtractors;
  } = {},
): Promise<LargeOutcome> {
  const budget = options.budgetMs ?? ARTICLE_TIME_BUDGET_MS;
  // Without a bot's pool: one started for these articles, with no warm-up (it would cost what it saves).
  const extractors = options.extractors ?? new WarmExtractors(options.workers ?? 2, '');
  const results: ExtractResult[] = [];
  let most = 0;
  try {
    for (const article of articles) {
      const windows = articleWindows(article);
      const lent = await extractors.lend(dictionary);
      if (typeof lent === 'string') return { results, workers: most, workerError: lent };
      const workers = lent.workers.slice(0, Math.max(1, windows.length));
      most = Math.max(most, workers.length);
      const budgetMs = typeof budget === 'number' ? budget : budget(article.text.length);
      const outcome = await extractShared(workers, article, windows, budgetMs);
      results.push(outcome);
      // Workers stopped mid-article, or one that died, are not used again.
      await lent.giveBack(outcome.ok);
    }
    return { results, workers: most };
  } finally {
    if (!options.extractors) await extractors.close();
  }
}

/**
 * The article's windows in small runs, each taken by whichever worker is free (so a worker slowed by
 * another process on its core does not hold the rest up), then merged; a failure if any run fails or
 * time runs out.
 */
async function extractShared(
  pool: readonly Worker[],
  article: Article,
  windows: readonly ArticleWindow[],
  budgetMs: number,
): Promise<ExtractResult> {
  const runs = runsOf(windows, pool.length * RUNS_PER_WORKER);
  const done: (DecodedExtractions | undefined)[] = [];
  let next = 0;
  let failure: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  const overBudget = new Promise<string>((resolve) => {
    timer = setTimeout(
      () =>
        resolve(
          `extraction took longer than ${formatSeconds(budgetMs)}, so the article was skipped (${article.text.length.toLocaleString('en')} characters)`,
        ),
      budgetMs,
    );
  });
  const worker = async (w: Worker): Promise<void> => {
    while (next < runs.length && failure === null) {
      const at = next++;
      const reply = await extractOnWorker(w, runs[at]!);
      if (typeof reply === 'string') failure ??= reply;
      else done[at] = reply;
    }
  };
  try {
    const outcome = await Promise.race([Promise.all(pool.map(worker)).then(() => failure), overBudget]);
    if (outcome !== null) return { ok: false, message: outcome };
    const parts = runs.flatMap((run, i) => run.map((w, k) => ({ offset: w.offset, extraction: done[i]!.at(k) })));
    return { ok: true, extraction: mergeWindowExtractions(article, parts) };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs handed out per worker: enough to even out a slow core, few enough that messages cost nothing. */
const RUNS_PER_WORKER = 4;

/** Consecutive windows in about `n` runs of about the same length. */
function runsOf(windows: readonly ArticleWindow[], n: number): ArticleWindow[][] {
  const total = windows.reduce((sum, w) => sum + w.article.text.length, 0);
  const runs: ArticleWindow[][] = [[]];
  let done = 0;
  for (const w of windows) {
    if (runs.length < n && done >= (total * runs.length) / n && runs.at(-1)!.length) runs.push([]);
    runs.at(-1)!.push(w);
    done += w.article.text.length;
  }
  return runs;
}

/** One run of windows as one batch; their extractions, or why there are none. */
function extractOnWorker(worker: Worker, run: readonly ArticleWindow[]): Promise<DecodedExtractions | string> {
  return new Promise((resolve) => {
    const finish = (outcome: DecodedExtractions | string) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (reply: FromWorker | WorkerReady) => {
      if (reply.type !== 'result') return;
      const failure = reply.failures[0];
      finish(failure ? `extraction failed: ${failure.message}` : DecodedExtractions.from(reply.chunk));
    };
    const onError = (err: Error) => finish(`extraction failed: ${err.message}`);
    const onExit = (code: number) => finish(`the extraction worker exited with code ${code}`);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const windows = run.map((w) => w.article);
    worker.postMessage({ type: 'batch', id: 0, articles: windows, keys: windows.map((_, k) => String(k)) } satisfies ToWorker);
  });
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s` : `${ms} ms`;
}
