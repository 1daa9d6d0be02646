// The seeds folder's articles: the one reading path, taken by the bot, the CLI and the tests alike.
// The listing and the parser are the corpus module's; the reads are synchronous: open + one read into a
// reused buffer + close. (fs/promises reads cost ~50–80 µs of main-thread time per file, each step a
// promise round trip: 5–8 s at 100k articles, more than the whole restart budget.) A large folder is
// read by worker threads, a share each, which hand back packed batches (readWorker.ts): the main thread
// only turns bytes into strings, and stays free for the index snapshot read meanwhile. Either way the
// articles, their order and the problems are the same; each file's cache key is hashed from its bytes
// on the way.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_ARTICLE_BYTES, isArticleFile, listArticleFiles } from '../corpus/articleFiles.js';
import { isArticleMetaFile } from '../ingest/articleFile.js';
import { listMetaFiles } from './articleMeta.js';
import { runCooperatively } from './cooperative.js';
import { readFiles, type FilesRead } from './readFiles.js';
import { unpack, type ReadBatch, type ReadJob } from './readWorker.js';
import { startWorker } from './workers.js';
import type { Article } from '../model.js';

export type { FilesRead as ReadArticles } from './readFiles.js';

export interface ReadOptions {
  /** Read on two worker threads above this many files; default 4,000 (`Infinity`: never). */
  readonly parallelAbove?: number;
  /** A larger file is reported as too large and skipped; default MAX_ARTICLE_BYTES's, 1 MB. */
  readonly maxBytes?: number;
  /** The folder's names, when the caller has just listed it (a listing of 100,000 names is ~80 ms). */
  readonly names?: readonly string[];
  /** Reading worker threads for a large folder (default READ_WORKERS; at least two). */
  readonly workers?: number;
  /**
   * Called with each batch of articles as it is read (in no particular order across batches), so a cold
   * start can extract while the rest is read. The result still holds every article, in order; one a
   * failed reading worker had handed over is read again and not told twice, so a caller takes any
   * article of the result it was not told of.
   */
  readonly onBatch?: OnBatch;
}

/** `files`: how many article files are being read in all (the batches' articles add up to at most that). */
export type OnBatch = (articles: readonly Article[], keys: readonly string[], files: number) => void;

/**
 * One more reader than cores: where the files are not in the page cache, a reader waits on the disk most
 * of the time. 100,000 bench articles read from disk (caches dropped) took 16–21 s on two readers and
 * 10–12 s on three, four or eight, on this 2-core machine; from the page cache 3.5–4 s whichever.
 */
const READ_WORKERS = Math.min(8, availableParallelism() + 1);

const empty = (): FilesRead => ({ articles: [], keys: [], problems: [] });

export async function readArticles(dir: string, prefix: string, options: ReadOptions = {}): Promise<FilesRead> {
  const files = options.names ? options.names.filter(isArticleFile).sort() : await listArticleFiles(dir);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  // Which articles have metadata (outlet, title, address): one listing, not an open tried per article.
  const metaFiles = (options.names ? new Set(options.names.filter(isArticleMetaFile)) : listMetaFiles(dir)) ?? new Set<string>();
  if (files.length <= (options.parallelAbove ?? 4000) || availableParallelism() < 2) {
    const out = empty();
    await runCooperatively(readFiles(dir, files, prefix, maxBytes, out, undefined, undefined, metaFiles));
    options.onBatch?.(out.articles, out.keys, files.length);
    return out;
  }
  const count = Math.max(2, options.workers ?? READ_WORKERS);
  const size = Math.ceil(files.length / count);
  const shares = Array.from({ length: count }, (_, k) => files.slice(k * size, (k + 1) * size));
  const parts = await Promise.all(
    shares.map((share) =>
      readOnWorker(dir, share, prefix, maxBytes, metaFiles, options.onBatch && ((a, k) => options.onBatch!(a, k, files.length))),
    ),
  );
  const out = empty();
  for (const part of parts) {
    out.articles.push(...part.articles);
    out.keys.push(...part.keys);
    out.problems.push(...part.problems);
  }
  return out;
}

/** One share on a worker thread; on the event loop instead when the worker fails. */
async function readOnWorker(
  dir: string,
  files: readonly string[],
  prefix: string,
  maxBytes: number,
  metaFiles: ReadonlySet<string>,
  onBatch: Told | undefined,
): Promise<FilesRead> {
  let worker: Worker | null = null;
  try {
    worker = startWorker('readWorker', { workerData: { dir, files, prefix, maxBytes, metaFiles: [...metaFiles] } satisfies ReadJob });
    return await collect(worker, onBatch);
  } catch {
    const out = empty();
    await runCooperatively(readFiles(dir, files, prefix, maxBytes, out, undefined, undefined, metaFiles));
    // Not told: what the worker handed over before it failed is read again here as other objects, and
    // the caller takes any article it was not told of (loadIndex.ts).
    return out;
  } finally {
    await worker?.terminate();
  }
}

/** A reading worker's batches, each told on the way. */
type Told = (articles: readonly Article[], keys: readonly string[]) => void;

function collect(worker: Worker, onBatch: Told | undefined): Promise<FilesRead> {
  const got = empty();
  return new Promise((resolve, reject) => {
    worker.on('message', (m: ReadBatch) => {
      if (m.done) return resolve(got);
      const from = got.articles.length;
      unpack(m.batch, got);
      onBatch?.(got.articles.slice(from), got.keys.slice(from));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the reading worker exited with code ${code} before it was done`)));
  });
}
