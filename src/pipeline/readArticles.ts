// The seeds folder's articles, read for the pipeline: the corpus module's listing and parser, but not
// `loadCorpus`'s fs/promises reads, which cost ~50–80 µs of main-thread time per file (open, stat,
// read, close, each a promise round trip): 5–8 s at 100k articles, more than the whole restart budget.
// Here a file is open + one read into a reused buffer + close, in short slices of the event loop; and
// for a large folder a worker thread reads the second half meanwhile (the second core). Same articles,
// same order, same problems as `loadCorpus`; each file's cache key is hashed from its bytes on the way.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { listArticleFiles } from '../corpus/loadCorpus.js';
import { runCooperatively } from './cooperative.js';
import { readFiles, type FilesRead } from './readFiles.js';
import type { ReadBatch, ReadJob } from './readWorker.js';
import { startWorker } from './workers.js';

export type { FilesRead as ReadArticles } from './readFiles.js';

export interface ReadOptions {
  /** Share the reading with a worker thread above this many files; default 4,000 (`Infinity`: never). */
  readonly parallelAbove?: number;
}

export async function readArticles(dir: string, prefix: string, options: ReadOptions = {}): Promise<FilesRead> {
  const files = await listArticleFiles(dir);
  const out: FilesRead = { articles: [], keys: [], problems: [] };
  if (files.length <= (options.parallelAbove ?? 4000) || availableParallelism() < 2) {
    await runCooperatively(readFiles(dir, files, prefix, out));
    return out;
  }
  const half = Math.floor(files.length / 2);
  const theirs = files.slice(half);
  let worker: Worker | null = null;
  let received: Promise<FilesRead>;
  try {
    worker = startWorker('readWorker', { workerData: { dir, files: theirs, prefix } satisfies ReadJob });
    received = collect(worker);
  } catch (err) {
    received = Promise.reject(err);
  }
  received.catch(() => undefined); // handled below, after our half
  await runCooperatively(readFiles(dir, files.slice(0, half), prefix, out));
  let rest: FilesRead;
  try {
    rest = await received;
  } catch {
    // The worker could not do its half: do it here.
    rest = { articles: [], keys: [], problems: [] };
    await runCooperatively(readFiles(dir, theirs, prefix, rest));
  } finally {
    await worker?.terminate();
  }
  out.articles.push(...rest.articles);
  out.keys.push(...rest.keys);
  out.problems.push(...rest.problems);
  return out;
}

function collect(worker: Worker): Promise<FilesRead> {
  const got: FilesRead = { articles: [], keys: [], problems: [] };
  return new Promise((resolve, reject) => {
    worker.on('message', (m: ReadBatch) => {
      if (m.done) return resolve(got);
      for (const a of m.batch.articles) got.articles.push(a);
      for (const k of m.batch.keys) got.keys.push(k);
      for (const p of m.batch.problems) got.problems.push(p);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the reading worker exited with code ${code} before it was done`)));
  });
}
