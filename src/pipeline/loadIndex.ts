// From a seeds folder to a ready index: read the dictionary and the articles, take each article's
// extraction from the cache or extract it, build the index. When nothing changed since the last build,
// the index itself comes from its snapshot instead (a restart). Problems are reported, never thrown: a
// bad file is skipped and the rest loads.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Dictionary } from '../extract/dictionary.js';
import { loadDictionary } from '../extract/loadDictionary.js';
import type { AttacheIndex } from '../index/api.js';
import { buildIndexData, INDEX_DATA_VERSION } from '../index/indexData.js';
import { openIndexSteps } from '../index/openIndex.js';
import type { Article, ArticleExtraction } from '../model.js';
import { runCooperatively, yieldToEventLoop } from './cooperative.js';
import { cacheFileFor, defaultCacheDir, keyPrefix, readExtractionCache, writeExtractionCache } from './extractionCache.js';
import { extractArticles, type ExtractOptions } from './extractInParallel.js';
import { readIndexSnapshot, snapshotFileFor, writeIndexSnapshot } from './indexSnapshot.js';
import { corpusProblem, dictionaryProblem, type LoadProblem } from './problems.js';
import { readArticles } from './readArticles.js';

export interface LoadOptions {
  readonly seedsDir: string;
  /** Where the caches live; default `CACHE_DIR` or `.cache/`. `null`: no cache at all. */
  readonly cacheDir?: string | null;
  /** Default `<seedsDir>/actors.json`. */
  readonly dictionaryFile?: string;
  readonly extract?: ExtractOptions;
}

export interface LoadTimings {
  /** Reading, parsing and hashing the article files, and reading the dictionary. */
  readonly readMs: number;
  /** Reading the extraction cache and decoding the extractions found in it. */
  readonly cacheReadMs: number;
  readonly extractMs: number;
  /** 0 when nothing changed and the cache was left as it was. */
  readonly cacheWriteMs: number;
  /** Building the index (or opening it from its snapshot). */
  readonly indexMs: number;
  /** Waiting for the index snapshot (read alongside the articles), or writing a new one. */
  readonly snapshotMs: number;
  readonly totalMs: number;
}

export interface CacheReport {
  /** The extraction cache; `null` when caching is off. */
  readonly file: string | null;
  /** Articles whose extraction came from the cache (all of them when the index came from its snapshot). */
  readonly hits: number;
  /** Articles extracted in this load. */
  readonly extracted: number;
  /** Worker threads used for extraction (0: on the main thread). */
  readonly workers: number;
  /** `snapshot`: the index was opened from the snapshot of an identical corpus, nothing was rebuilt. */
  readonly index: 'built' | 'snapshot';
  /** Why a cache file was ignored or not written, or workers not used: the load went on regardless. */
  readonly warnings: readonly string[];
}

export interface PreparedCorpus {
  readonly articles: readonly Article[];
  readonly extractions: readonly ArticleExtraction[];
  readonly dictionary: Dictionary;
  readonly problems: readonly LoadProblem[];
  readonly cache: CacheReport;
  readonly timings: Omit<LoadTimings, 'indexMs' | 'snapshotMs' | 'totalMs'>;
}

export interface LoadedIndex {
  readonly index: AttacheIndex;
  readonly problems: readonly LoadProblem[];
  readonly cache: CacheReport;
  readonly timings: LoadTimings;
}

export function dictionaryFileOf(options: Pick<LoadOptions, 'seedsDir' | 'dictionaryFile'>): string {
  return options.dictionaryFile ?? join(options.seedsDir, 'actors.json');
}

interface Seeds {
  readonly dictionary: Dictionary;
  readonly articles: readonly Article[];
  /** The cache key of each article: extractor version, dictionary, file name and bytes. */
  readonly keys: readonly string[];
  readonly problems: readonly LoadProblem[];
  readonly readMs: number;
}

function cacheDirOf(options: LoadOptions): string | null {
  return options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
}

async function readSeeds(options: LoadOptions): Promise<Seeds> {
  const t0 = performance.now();
  const dictionaryFile = dictionaryFileOf(options);
  // The dictionary first: it is part of every article's cache key, hashed as each file is read.
  const dict = await loadDictionary(dictionaryFile);
  const prefix = keyPrefix(dict.dictionary);
  const corpus = await readArticles(options.seedsDir, prefix);
  return {
    dictionary: dict.dictionary,
    articles: corpus.articles,
    keys: corpus.keys,
    problems: [...dict.problems.map((p) => dictionaryProblem(dictionaryFile, p)), ...corpus.problems.map(corpusProblem)],
    readMs: performance.now() - t0,
  };
}

/** Each article's extraction, from the cache or extracted now; the cache rewritten when it changed. */
async function extractSeeds(seeds: Seeds, options: LoadOptions): Promise<PreparedCorpus> {
  const t1 = performance.now();
  const warnings: string[] = [];
  const cacheDir = cacheDirOf(options);
  const cacheFile = cacheDir === null ? null : cacheFileFor(cacheDir, options.seedsDir);
  const cached = cacheFile ? await readExtractionCache(cacheFile) : { ok: true as const, entries: null };
  if (!cached.ok) warnings.push(cached.error);
  const entries = cached.ok ? cached.entries : null;
  const { articles, keys, dictionary } = seeds;
  const problems = [...seeds.problems];
  const extractions: (ArticleExtraction | null)[] = new Array(articles.length).fill(null);
  const missing: number[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const hit = entries?.get(keys[i]!);
    if (hit && hit.article === articles[i]!.id) extractions[i] = hit;
    else missing.push(i);
    if (performance.now() - sliceStart > 15) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  const t2 = performance.now();

  const outcome = await extractArticles(
    missing.map((i) => articles[i]!),
    dictionary,
    options.extract,
  );
  if (outcome.workerError) warnings.push(`extraction workers failed, extracted on the main thread: ${outcome.workerError}`);
  missing.forEach((i, k) => (extractions[i] = outcome.extractions[k] ?? null));
  for (const f of outcome.failures) problems.push({ source: 'extraction', file: f.file, message: f.message });
  const t3 = performance.now();

  // Rewrite the cache when something was extracted or some entry is gone; failed articles stay out.
  const extracted = outcome.extractions.filter(Boolean).length;
  const stale = entries ? entries.size !== articles.length - missing.length : false;
  const rewrite = cacheFile !== null && (extracted > 0 || stale || !cached.ok);
  if (rewrite) {
    try {
      await writeExtractionCache(
        cacheFile,
        (function* () {
          for (let i = 0; i < articles.length; i++) {
            const extraction = extractions[i];
            if (extraction) yield { key: keys[i]!, extraction };
          }
        })(),
      );
    } catch (err) {
      warnings.push(`cannot write the extraction cache ${cacheFile}: ${(err as Error).message}`);
    }
  }
  const t4 = performance.now();

  return {
    articles,
    extractions: extractions.filter((e): e is ArticleExtraction => e !== null),
    dictionary,
    problems,
    cache: { file: cacheFile, hits: articles.length - missing.length, extracted, workers: outcome.workers, index: 'built', warnings },
    timings: { readMs: seeds.readMs, cacheReadMs: t2 - t1, extractMs: t3 - t2, cacheWriteMs: rewrite ? t4 - t3 : 0 },
  };
}

/** Everything the index is built from, extractions cached. */
export async function prepareCorpus(options: LoadOptions): Promise<PreparedCorpus> {
  return extractSeeds(await readSeeds(options), options);
}

/** What an index snapshot must match to be used: the same files, extractor and dictionary. */
function fingerprintOf(keys: readonly string[]): string {
  const hash = createHash('sha1').update(`index ${INDEX_DATA_VERSION}\n`);
  for (const k of keys) hash.update(k).update('\n');
  return hash.digest('base64url');
}

interface SnapshotMeta {
  readonly fingerprint: string;
  /** Articles the extractor failed on when the index was built: still reported on every load. */
  readonly problems: readonly LoadProblem[];
}

/** Loads a seeds folder into a new index, on the event loop without blocking it for long. */
export async function loadIndex(options: LoadOptions): Promise<LoadedIndex> {
  const t0 = performance.now();
  const cacheDir = cacheDirOf(options);
  const snapshotFile = cacheDir === null ? null : snapshotFileFor(cacheDir, options.seedsDir);
  // Read the snapshot while the articles are read: whether it is usable is known only after them.
  const snapshotRead = snapshotFile ? readIndexSnapshot(snapshotFile) : null;
  const seeds = await readSeeds(options);
  const fingerprint = fingerprintOf(seeds.keys);
  const warnings: string[] = [];

  if (snapshotRead) {
    const s0 = performance.now();
    const snapshot = await snapshotRead;
    const s1 = performance.now();
    if (!snapshot.ok) warnings.push(snapshot.error);
    const meta = snapshot.ok ? (snapshot.meta as SnapshotMeta | null) : null;
    if (snapshot.ok && snapshot.data && meta?.fingerprint === fingerprint) {
      try {
        const index = await runCooperatively(openIndexSteps(snapshot.data, seeds.articles));
        const t2 = performance.now();
        return {
          index,
          problems: [...seeds.problems, ...(meta.problems ?? [])],
          cache: { file: cacheFileFor(cacheDir!, options.seedsDir), hits: seeds.articles.length, extracted: 0, workers: 0, index: 'snapshot', warnings },
          timings: { readMs: seeds.readMs, cacheReadMs: 0, extractMs: 0, cacheWriteMs: 0, indexMs: t2 - s1, snapshotMs: s1 - s0, totalMs: t2 - t0 },
        };
      } catch (err) {
        warnings.push(`ignoring the index snapshot ${snapshotFile}: ${(err as Error).message}`);
      }
    }
  }

  const prepared = await extractSeeds(seeds, options);
  const t1 = performance.now();
  const data = await runCooperatively(buildIndexData(prepared));
  const index = await runCooperatively(openIndexSteps(data, prepared.articles));
  const t2 = performance.now();
  if (snapshotFile) {
    const meta: SnapshotMeta = { fingerprint, problems: prepared.problems.filter((p) => p.source === 'extraction') };
    try {
      await writeIndexSnapshot(snapshotFile, data, meta);
    } catch (err) {
      warnings.push(`cannot write the index snapshot ${snapshotFile}: ${(err as Error).message}`);
    }
  }
  const t3 = performance.now();
  return {
    index,
    problems: prepared.problems,
    cache: { ...prepared.cache, warnings: [...prepared.cache.warnings, ...warnings] },
    timings: { ...prepared.timings, indexMs: t2 - t1, snapshotMs: t3 - t2, totalMs: t3 - t0 },
  };
}
