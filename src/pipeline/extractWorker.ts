// A worker thread that extracts batches of articles: the parallel half of extractInParallel.ts.
import { parentPort } from 'node:worker_threads';
import type { Actor, Article, ArticleExtraction } from '../model.js';
import type { Dictionary } from '../extract/dictionary.js';
import { extractArticle } from '../extract/extractArticle.js';

export type ToWorker =
  | { readonly type: 'init'; readonly actors: readonly Actor[] }
  | { readonly type: 'batch'; readonly id: number; readonly articles: readonly Article[] };

export type ExtractResult = { readonly ok: true; readonly extraction: ArticleExtraction } | { readonly ok: false; readonly message: string };

export interface FromWorker {
  readonly type: 'result';
  readonly id: number;
  readonly results: readonly ExtractResult[];
}

export function extractSafely(article: Article, dictionary: Dictionary): ExtractResult {
  try {
    return { ok: true, extraction: extractArticle(article, dictionary) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

const port = parentPort;
if (port) {
  let dictionary: Dictionary = { actors: [], byId: new Map() };
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'init') {
      dictionary = { actors: msg.actors, byId: new Map(msg.actors.map((a) => [a.id, a])) };
      return;
    }
    const results = msg.articles.map((a) => extractSafely(a, dictionary));
    port.postMessage({ type: 'result', id: msg.id, results } satisfies FromWorker);
  });
}
