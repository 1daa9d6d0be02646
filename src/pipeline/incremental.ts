// Changed article files into the served index one at a time: only those files are read and extracted
// (a file whose bytes are unchanged is left alone), and a new layered index (src/index/layered.ts) is
// made over the same base. The caller swaps it in whole. A change to the dictionary or the extractor is
// not taken here: LiveIndex reloads everything for those.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../corpus/articleFiles.js';
import { articleIdOf } from '../corpus/parseArticle.js';
import { metaFileOf } from '../ingest/articleFile.js';
import type { Dictionary } from '../extract/dictionary.js';
import type { AttacheIndex } from '../index/api.js';
import { buildIndexSteps } from '../index/buildIndex.js';
import { layeredSteps, LayeredIndex, type Changes, type LayerArticle } from '../index/layered.js';
import type { OpenedIndex } from '../index/openIndex.js';
import type { Article, StoredExtraction } from '../model.js';
import { runCooperatively } from './cooperative.js';
import { extractArticles, type ExtractOptions } from './extractInParallel.js';
import { FileTable, type ServedFile } from './fileTable.js';
import { inUnreadLanguage } from './articleLanguage.js';
import { corpusProblem, type LoadProblem } from './problems.js';
import { readFiles, type FilesRead } from './readFiles.js';

/** What is served, and what the next change is applied to. */
export interface LiveLayers {
  readonly base: OpenedIndex;
  readonly dictionary: Dictionary;
  readonly prefix: string;
  readonly files: FileTable;
  /** Since the base, by article id. */
  readonly changes: Changes;
  readonly index: AttacheIndex;
  readonly problems: readonly LoadProblem[];
}

export interface IncrementalOptions {
  readonly maxArticleBytes?: number;
  readonly extract?: ExtractOptions;
}

export interface Applied {
  readonly layers: LiveLayers;
  /** Extracted now, by cache key: what the extraction journal gains. */
  readonly extracted: ReadonlyMap<string, StoredExtraction>;
  /** Files read whose bytes were those already served. */
  readonly unchanged: number;
  readonly timings: { readonly readMs: number; readonly extractMs: number; readonly indexMs: number; readonly totalMs: number };
}

/**
 * `names` (files of the seeds folder, added, changed or removed) applied to `layers`; `null` when the
 * change cannot be taken one article at a time (two files with one article id): reload everything.
 */
export async function applyFiles(
  layers: LiveLayers,
  seedsDir: string,
  names: readonly string[],
  options: IncrementalOptions,
): Promise<Applied | null> {
  const t0 = performance.now();
  const files = layers.files;
  const fileChanges = new Map<string, ServedFile | null>();
  const served = (name: string) => (fileChanges.has(name) ? (fileChanges.get(name) ?? undefined) : files.get(name));
  const changes = new Map(layers.changes);
  // A file's problems are its own and its metadata's (read with it): both are looked at again.
  const touched = new Set(names.flatMap((name) => [name, metaFileOf(articleIdOf(name))]));
  const problems = layers.problems.filter((p) => p.source === 'dictionary' || !touched.has(p.file));
  const read: FilesRead = { articles: [], keys: [], problems: [] };
  const present = names.filter((name) => existsSync(join(seedsDir, name)));
  await runCooperatively(readFiles(seedsDir, present, layers.prefix, options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES, read));
  problems.push(...read.problems.map(corpusProblem));
  const t1 = performance.now();

  // Gone, unreadable or malformed: no longer served (as a load would skip it).
  const kept = new Set(read.articles.map((a) => a.file));
  for (const name of names) {
    const was = served(name);
    if (!was || kept.has(name)) continue;
    fileChanges.set(name, null);
    changes.set(was.id, null);
  }
  let unchanged = 0;
  const fresh: { index: number; key: string }[] = [];
  for (let i = 0; i < read.articles.length; i++) {
    const article = read.articles[i]!;
    const key = read.keys[i]!;
    // Same bytes and the same sidecar: nothing to do. A sidecar rewritten alone (another outlet carried the
    // article) is taken like a change: its citations are part of what is served.
    if (served(article.file)?.key === key && sameSource(layers.index.article(article.id)?.source, article.source)) {
      unchanged++;
      continue;
    }
    const other = files.fileOf(article.id);
    if (other !== undefined && other !== article.file && !fileChanges.has(other)) return null;
    fresh.push({ index: i, key });
  }
  const outcome = await extractArticles(
    fresh.map((f) => read.articles[f.index]!),
    layers.dictionary,
    { ...options.extract, unread: inUnreadLanguage(seedsDir, fresh.length) },
    fresh.map((f) => f.key),
  );
  const extracted = new Map<string, StoredExtraction>();
  for (const f of outcome.failures) problems.push({ source: 'extraction', file: f.file, message: f.message });
  fresh.forEach((f, k) => {
    const article = read.articles[f.index]!;
    const extraction = outcome.extractions[k] ?? null;
    if (extraction) extracted.set(f.key, extraction);
    const was = served(article.file);
    if (was && was.id !== article.id) changes.set(was.id, null);
    fileChanges.set(article.file, { key: f.key, id: article.id });
    changes.set(article.id, { article, extraction } satisfies LayerArticle);
  });
  const t2 = performance.now();
  const previous =
    layers.index instanceof LayeredIndex || layers.index === layers.base ? (layers.index as LayeredIndex | OpenedIndex) : undefined;
  const index = await runCooperatively(layeredSteps(layers.base, changes, layers.dictionary, Date.now(), previous));
  const t3 = performance.now();
  return {
    layers: { ...layers, files: files.with(fileChanges), changes, index, problems },
    extracted,
    unchanged,
    timings: { readMs: t1 - t0, extractMs: t2 - t1, indexMs: t3 - t2, totalMs: t3 - t0 },
  };
}

function sameSource(a: Article['source'], b: Article['source']): boolean {
  return a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The layers folded into a new base (a build of the whole, from the base's data and the top layer's
 * articles: nothing is read or extracted), in slices of the event loop. Returns the new base.
 */
export async function compactLayers(index: LayeredIndex): Promise<OpenedIndex> {
  const built = await runCooperatively(buildIndexSteps(index.wholeInput()));
  return built.index;
}

/**
 * The changes made since `before` was taken, over a new base that holds `before`'s: what is left of
 * the top layer once a compaction that started at `before` is done.
 */
export function changesSince(before: Changes, now: Changes): Map<string, LayerArticle | null> {
  const left = new Map<string, LayerArticle | null>();
  for (const [id, change] of now) if (!before.has(id) || before.get(id) !== change) left.set(id, change);
  return left;
}

export { LayeredIndex };
