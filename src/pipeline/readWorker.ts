// A worker thread that reads and parses its share of the article files (see readArticles.ts) and sends
// them back in batches, each small enough to be taken in by the main thread without a long pause.
import { parentPort, workerData } from 'node:worker_threads';
import { readFiles, type FilesRead } from './readFiles.js';

export interface ReadJob {
  readonly dir: string;
  readonly files: readonly string[];
  readonly prefix: string;
}

export type ReadBatch = { readonly done: false; readonly batch: FilesRead } | { readonly done: true };

const BATCH = 2000;

const port = parentPort;
if (port && workerData) {
  const { dir, files, prefix } = workerData as ReadJob;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch: FilesRead = { articles: [], keys: [], problems: [] };
    const steps = readFiles(dir, files.slice(i, i + BATCH), prefix, batch);
    while (!steps.next().done);
    port.postMessage({ done: false, batch } satisfies ReadBatch);
  }
  port.postMessage({ done: true } satisfies ReadBatch);
}
