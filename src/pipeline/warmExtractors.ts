// Extraction workers kept started and warm for the long articles a running bot may be handed (issue #11:
// a 4 MB article in under 2 s). Sharing a long article out to fresh workers spent most of its time before
// any work: each worker loads the extractor's modules (~0.3 s under tsx) and then runs its first few
// hundred kilobytes at a fraction of full speed while V8 compiles the hot rules (~0.25 s more). Two idle
// workers cost a few tens of MB; a bot keeps them for its lifetime, a one-off load (the CLI) does not.
//
// The workers are lent out for one article at a time and given back; one stopped mid-article (over its
// time budget) or one that died is replaced, warmed again, in the background.
import type { Worker } from 'node:worker_threads';
import type { Dictionary } from '../extract/dictionary.js';
import type { AttacheIndex } from '../index/api.js';
import type { Actor } from '../model.js';
import { articleWindows } from '../extract/windows.js';
import { parseArticle } from '../corpus/parseArticle.js';
import type { FromWorker, ToWorker, WorkerReady } from './extractWorker.js';
import { startWorker } from './workers.js';

/** How long a worker may take to start (loading the extractor's modules) before it is given up on. */
const START_TIMEOUT_MS = 30_000;

/** Workers lent for one article: give them back with `healthy` false if any was stopped or failed. */
export interface LentExtractors {
  readonly workers: readonly Worker[];
  giveBack(healthy: boolean): Promise<void>;
}

/** Starts a worker, hands it the dictionary and waits until it says it is ready; or why it could not. */
export function startExtractor(dictionary: Dictionary): Promise<Worker | string> {
  let worker: Worker;
  try {
    worker = startWorker('extractWorker');
  } catch (err) {
    return Promise.resolve((err as Error).message);
  }
  return initExtractor(worker, dictionary.actors).then((outcome) => {
    if (typeof outcome === 'string') void worker.terminate();
    return outcome === null ? worker : outcome;
  });
}

/** Sends the dictionary; `null` once the worker is ready, or why it is not. */
function initExtractor(worker: Worker, actors: readonly Actor[]): Promise<string | null> {
  return new Promise((resolve) => {
    const finish = (outcome: string | null) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (msg: WorkerReady | FromWorker) => msg.type === 'ready' && finish(null);
    const onError = (err: Error) => finish(`the extraction worker failed to start: ${err.message}`);
    const onExit = (code: number) => finish(`the extraction worker exited with code ${code} as it started`);
    const timer = setTimeout(() => finish(`the extraction worker did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ type: 'init', actors } satisfies ToWorker);
  });
}

/** Runs one batch on the worker and waits for its reply (the warm-up's; its result is not used). */
function runBatch(worker: Worker, batch: Extract<ToWorker, { type: 'batch' }>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      worker.off('message', onMessage).off('error', done).off('exit', done);
      resolve();
    };
    const onMessage = (msg: FromWorker | WorkerReady) => msg.type === 'result' && done();
    worker.on('message', onMessage).on('error', done).on('exit', done);
    worker.postMessage(batch);
  });
}

export class WarmExtractors {
  private idle: Worker[] = [];
  /** The actors the idle workers hold: a new dictionary (by identity) is sent before they are lent. */
  private actors: readonly Actor[] | null = null;
  private filling: Promise<void> | null = null;
  private closed = false;
  private lent = false;
  private sample: string | null = null;

  constructor(
    private readonly count: number,
    /** Text run once through each new worker so that its rules are compiled before a real article. */
    private readonly warmUp: string = WARM_UP_TEXT,
  ) {}

  /**
   * Starts and warms the workers in the background; a later `lend` waits for them. `sample`: text to warm
   * them on, best the archive's own (`warmUpSample`); else the built-in text.
   */
  warm(dictionary: Dictionary, sample?: string): Promise<void> {
    if (sample) this.sample = sample;
    this.filling ??= this.fill(dictionary).finally(() => (this.filling = null));
    return this.filling;
  }

  /**
   * `count` ready workers holding `dictionary`, or why there are none. One article at a time: while
   * they are lent, a second caller gets fresh workers of its own (terminated when given back).
   */
  async lend(dictionary: Dictionary): Promise<LentExtractors | string> {
    if (this.closed || this.lent) return this.fresh(dictionary);
    await this.warm(dictionary);
    if (this.idle.length < this.count) return this.fresh(dictionary);
    if (this.actors !== dictionary.actors) {
      const failures = (await Promise.all(this.idle.map((w) => initExtractor(w, dictionary.actors)))).filter((f) => f !== null);
      if (failures.length) {
        await this.replaceAll(dictionary);
        return failures[0]!;
      }
      this.actors = dictionary.actors;
    }
    this.lent = true;
    const workers = this.idle;
    return {
      workers,
      giveBack: async (healthy) => {
        this.lent = false;
        if (!healthy || this.closed) await this.replaceAll(dictionary);
      },
    };
  }

  /** Terminates the workers; later loans start fresh workers and end them. */
  async close(): Promise<void> {
    this.closed = true;
    await this.filling;
    await this.terminateIdle();
  }

  private async fresh(dictionary: Dictionary): Promise<LentExtractors | string> {
    const started = await Promise.all(Array.from({ length: this.count }, () => startExtractor(dictionary)));
    const workers = started.filter((s): s is Worker => typeof s !== 'string');
    const failure = started.find((s): s is string => typeof s === 'string');
    if (failure !== undefined) {
      await Promise.all(workers.map((w) => w.terminate()));
      return failure;
    }
    return { workers, giveBack: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
  }

  private async replaceAll(dictionary: Dictionary): Promise<void> {
    await this.terminateIdle();
    if (!this.closed) void this.warm(dictionary);
  }

  private async terminateIdle(): Promise<void> {
    const idle = this.idle;
    this.idle = [];
    this.actors = null;
    await Promise.all(idle.map((w) => w.terminate()));
  }

  private async fill(dictionary: Dictionary): Promise<void> {
    if (this.closed || this.idle.length >= this.count) return;
    const started = await Promise.all(Array.from({ length: this.count - this.idle.length }, () => startExtractor(dictionary)));
    const workers = started.filter((s): s is Worker => typeof s !== 'string');
    if (workers.length < started.length || this.closed) {
      // Could not start them all: no pool; each loan tries fresh workers and reports why they fail.
      await Promise.all(workers.map((w) => w.terminate()));
      return;
    }
    const text = this.warmUp && (this.sample ?? this.warmUp);
    const parsed = text ? parseArticle('warm-up.txt', Buffer.from(` date 2024-01-01\n\n${text}`)) : null;
    if (parsed?.ok) {
      const windows = articleWindows(parsed.article).map((w) => w.article);
      const keys = windows.map((_, i) => String(i));
      await Promise.all(workers.map((w) => runBatch(w, { type: 'batch', id: -1, articles: windows, keys })));
    }
    // Workers warmed with another dictionary would be re-sent this one on lending anyway.
    if (this.actors !== null && this.actors !== dictionary.actors) await this.terminateIdle();
    this.idle.push(...workers);
    this.actors = dictionary.actors;
  }
}

/**
 * Up to `maxChars` of the archive's own articles (the newest first), to warm the workers on: measured at
 * 4 MB, workers warmed on the archive's text spent ~1 s less CPU on their first long article than workers
 * warmed on the built-in text (V8 optimises for the shapes and paths it has seen; what it has not seen
 * costs a deoptimisation and a recompile on the compiler threads, which compete with the workers).
 */
export function warmUpSample(index: Pick<AttacheIndex, 'articleIds' | 'article'>, maxChars = 1 << 20): string {
  const parts: string[] = [];
  let size = 0;
  for (const id of index.articleIds()) {
    const article = index.article(id);
    const first = article?.paragraphs[0];
    if (!article || !first) continue;
    const body = article.text.slice(first.start, article.paragraphs.at(-1)!.end);
    parts.push(body);
    size += body.length + 2;
    if (size >= maxChars) break;
  }
  return parts.join('\n\n');
}

/**
 * Diplomatic prose in the register of the archive, written for this purpose, repeated to a few hundred
 * kilobytes: enough calls of every rule (quotes, reported speech, offices, contacts, dates) for V8 to
 * optimise them (~380 kB). Measured: the first 256 kB of a cold worker run at a third of full speed.
 */
const WARM_UP_PARAGRAPHS = [
  'YEREVAN, March 4 - Foreign Minister Ararat Mirzoyan met his Georgian counterpart on Tuesday in Tbilisi, the ministry said in a statement.',
  '“We discussed the regional situation and the opening of communications,” Mirzoyan told reporters after the talks. He added that the sides agreed to meet again in May.',
  'According to the press service, the ministers also held a telephone conversation with the EU Special Representative, who stressed the importance of dialogue.',
  'Azerbaijani Foreign Minister Jeyhun Bayramov said on Wednesday that Baku was ready to continue negotiations. “The peace agreement is within reach,” he said.',
  'The US Secretary of State spoke by phone with President Ilham Aliyev and Prime Minister Nikol Pashinyan on Thursday, the State Department said.',
  'Russian Deputy Prime Minister Alexei Overchuk will visit Yerevan next week to hold talks with his Armenian and Azerbaijani counterparts, TASS reported.',
  'It was noted that the trilateral working group will meet in Moscow later this month. The spokesperson declined to comment on the date.',
  'In a letter to the OSCE Chairman-in-Office, the foreign ministry called for an end to the blockade, saying that humanitarian access must be restored.',
];
const WARM_UP_TEXT = Array.from({ length: 320 }, (_, i) => WARM_UP_PARAGRAPHS.map((p) => p.replace(/March 4/, `March ${1 + (i % 28)}`)))
  .flat()
  .join('\n\n');
