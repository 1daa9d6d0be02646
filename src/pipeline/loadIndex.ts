// From a seeds folder to a ready index: read the dictionary and the articles, take each article's
// extraction from the cache or extract it, build the index. When nothing changed since the last build,
// the index itself comes from its snapshot instead (a restart). Problems are reported, never thrown: a
// bad file is skipped and the rest loads.
import type { Dictionary } from '../extract/dictionary.js';
import type { AttacheIndex } from '../index/api.js';
import { buildIndexSteps } from '../index/buildIndex.js';
import { openIndexSteps, type OpenedIndex } from '../index/openIndex.js';
import type { Article, StoredExtraction } from '../model.js';
import { runCooperatively, yieldToEventLoop } from './cooperative.js';
import { cacheFileFor, journalFileFor, readExtractionCache, writeExtractionCache } from './extractionCache.js';
import { inTurn, planCacheChunks } from './cacheWrites.js';
import { ExtractionStream } from './extractInParallel.js';
import type { ServedFile } from './fileTable.js';
import { fingerprintOf, readIndexSnapshot, snapshotFileFor, writeIndexSnapshot, type SnapshotMeta } from './indexSnapshot.js';
import { inUnreadLanguage } from './articleLanguage.js';
import type { LoadProblem } from './problems.js';
import type { ArticlesFrom } from './readFolder.js';
import type { LoadOptions } from './loadOptions.js';
import { cacheDirOf, readSeeds, type Seeds } from './readSeeds.js';

export { dictionaryFileOf } from './readSeeds.js';

export type { LoadOptions } from './loadOptions.js';

/** The writing of the extraction cache and the index snapshot after a build. */
export interface PersistReport {
  readonly cacheWriteMs: number;
  readonly snapshotMs: number;
  /** Why a file was not written (the index is served regardless; the next start extracts again). */
  readonly warnings: readonly string[];
}

export interface LoadTimings {
  /** Reading, parsing and hashing the article files, and reading the dictionary. */
  readonly readMs: number;
  /** Reading the extraction cache and decoding the extractions found in it. */
  readonly cacheReadMs: number;
  /**
   * From the first article handed to extraction to the last extracted. On a cold start extraction begins
   * while the files are read, so this overlaps `readMs`.
   */
  readonly extractMs: number;
  /** 0 when nothing changed and the cache was left as it was, or when it is written in the background. */
  readonly cacheWriteMs: number;
  /** Building the index (or opening it from its snapshot). */
  readonly indexMs: number;
  /** Waiting for the index snapshot (read alongside the articles), or writing a new one (0 in the background). */
  readonly snapshotMs: number;
  /** Until the index was ready (and, unless in the background, written). */
  readonly totalMs: number;
}

export type { ArticlesFrom } from './readFolder.js';

export interface CacheReport {
  /** The extraction cache; `null` when caching is off. */
  readonly file: string | null;
  /** Articles whose extraction came from the cache (all of them when the index came from its snapshot). */
  readonly hits: number;
  /** Articles extracted in this load. */
  readonly extracted: number;
  /** Worker threads used for extraction (0: on the main thread). */
  readonly workers: number;
  /**
   * `snapshot`: the index was opened from the snapshot of an identical corpus, nothing was rebuilt;
   * `layered`: changed files were taken one at a time over the index served (LiveIndex).
   */
  readonly index: 'built' | 'snapshot' | 'layered';
  /** Where the articles came from: the cache's pack (articlePack.ts), of an unchanged folder or with the changed files read, or the files themselves. */
  readonly articlesFrom?: ArticlesFrom;
  /** Article files read one by one (0 from a pack of an unchanged folder). */
  readonly filesRead?: number;
  /** Why a cache file was ignored or not written, or workers not used: the load went on regardless. */
  readonly warnings: readonly string[];
}

export interface PreparedCorpus {
  readonly articles: readonly Article[];
  readonly extractions: readonly StoredExtraction[];
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
  /** Settled (never rejected) once the cache and snapshot are written; already settled unless `persist: 'background'`. */
  readonly persisted: Promise<PersistReport>;
  /** What a later load should fall back on (LoadOptions.lastGoodDictionary): this load's dictionary if its file was good. */
  readonly lastGoodDictionary: Dictionary | null;
  /** What a LiveIndex needs to take later changes one article at a time (incremental.ts). */
  readonly layers: LoadedLayers;
}

export interface LoadedLayers {
  /** `index` itself, with the parts a layered index reads. */
  readonly base: OpenedIndex;
  readonly dictionary: Dictionary;
  /** The prefix of every article's cache key (extractor version and dictionary). */
  readonly prefix: string;
  /** Per article file served: its cache key and article id. */
  readonly files: ReadonlyMap<string, ServedFile>;
}

interface Extracted extends PreparedCorpus {
  /** Writes the extraction cache when it changed; resolves with a warning when it could not. */
  readonly writeCache: () => Promise<{ readonly ms: number; readonly warning?: string }>;
}

/** Each article's extraction, from the cache or extracted now; and how to rewrite the cache when it changed. */
async function extractSeeds(seeds: Seeds, options: LoadOptions): Promise<Extracted> {
  const t1 = performance.now();
  const warnings: string[] = [];
  const cacheDir = cacheDirOf(options);
  const cacheFile = cacheDir === null ? null : cacheFileFor(cacheDir, options.seedsDir);
  const cached = cacheFile ? await readExtractionCache(cacheFile) : { ok: true as const, entries: null };
  if (!cached.ok) warnings.push(cached.error);
  const entries = cached.ok ? cached.entries : null;
  // Articles a LiveIndex took one at a time since: their extractions, until this load folds them in.
  const journal = cacheFile ? await readExtractionCache(journalFileFor(cacheFile)) : null;
  const added = journal?.ok ? journal.entries : null;
  const { articles, keys, dictionary } = seeds;
  const problems = [...seeds.problems];
  const extractions = new Array<StoredExtraction | null>(articles.length).fill(null);
  const missing: number[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const hit = entries?.get(keys[i]!) ?? added?.get(keys[i]!);
    if (hit && hit.article === articles[i]!.id) extractions[i] = hit;
    else missing.push(i);
    if (performance.now() - sliceStart > 15) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  const t2 = performance.now();

  // On a cold start the extraction began as the files were read: the articles it was not told of join it.
  const stream =
    (seeds.extraction?.abandoned ? null : seeds.extraction) ??
    new ExtractionStream(dictionary, { ...options.extract, unread: inUnreadLanguage(options.seedsDir, missing.length) }, missing.length);
  const told = new Set(stream.articles);
  const untold = missing.filter((i) => !told.has(articles[i]!));
  stream.add(
    untold.map((i) => articles[i]!),
    untold.map((i) => keys[i]!),
  );
  const outcome = await stream.finish();
  if (outcome.workerError) warnings.push(`extraction workers failed, extracted on the main thread: ${outcome.workerError}`);
  const at = new Map(stream.articles.map((article, k) => [article, k]));
  const why = new Map(outcome.failures.map((f) => [f.file, f.message]));
  for (const i of missing) {
    const extraction = outcome.extractions[at.get(articles[i]!)!] ?? null;
    extractions[i] = extraction;
    if (!extraction)
      problems.push({ source: 'extraction', file: articles[i]!.file, message: why.get(articles[i]!.file) ?? 'not extracted' });
  }
  // From the first article handed over: on a cold start, while the files were still being read.
  const extractMs = seeds.extraction ? stream.elapsedMs : performance.now() - t2;

  // Rewrite the cache when something was extracted or some entry is gone; failed articles stay out.
  const extracted = missing.filter((i) => extractions[i]).length;
  const fromJournal = added ? keys.some((k, i) => extractions[i] && !entries?.get(k)) : false;
  const stale = fromJournal || (entries ? entries.size !== articles.length - missing.length : false);
  const rewrite = cacheFile !== null && (extracted > 0 || stale || !cached.ok);
  const writeCache = async (): Promise<{ ms: number; warning?: string }> => {
    if (!rewrite) return { ms: 0 };
    const w0 = performance.now();
    try {
      const fresh = outcome.chunks;
      const chunks = await planCacheChunks(entries, fresh, keys, extractions);
      await writeExtractionCache(cacheFile, chunks);
      return { ms: performance.now() - w0 };
    } catch (err) {
      return { ms: performance.now() - w0, warning: `cannot write the extraction cache ${cacheFile}: ${(err as Error).message}` };
    }
  };

  return {
    articles,
    extractions: extractions.filter((e): e is StoredExtraction => e !== null),
    dictionary,
    problems,
    cache: {
      file: cacheFile,
      hits: articles.length - missing.length,
      extracted,
      workers: outcome.workers,
      index: 'built',
      articlesFrom: seeds.from,
      filesRead: seeds.filesRead,
      warnings,
    },
    timings: { readMs: seeds.readMs, cacheReadMs: t2 - t1, extractMs, cacheWriteMs: 0 },
    writeCache,
  };
}

/** Everything the index is built from, extractions cached. */
export async function prepareCorpus(options: LoadOptions): Promise<PreparedCorpus> {
  const { writeCache, ...prepared } = await extractSeeds(await readSeeds(options), options);
  const written = await writeCache();
  return {
    ...prepared,
    cache: { ...prepared.cache, warnings: [...prepared.cache.warnings, ...(written.warning ? [written.warning] : [])] },
    timings: { ...prepared.timings, cacheWriteMs: written.ms },
  };
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
        // (a snapshot written since this load found none, by an earlier load's background write: the extraction
        // begun as the files were read is not needed)
        void seeds.extraction?.abandon();
        const index = await runCooperatively(openIndexSteps(snapshot.data, seeds.articles));
        const t2 = performance.now();
        const persisted = writePack(seeds);
        if (options.persist !== 'background') await persisted;
        return {
          index,
          problems: [...seeds.problems, ...(meta.problems ?? [])],
          cache: {
            file: cacheFileFor(cacheDir!, options.seedsDir),
            hits: seeds.articles.length,
            extracted: 0,
            workers: 0,
            index: 'snapshot',
            articlesFrom: seeds.from,
            filesRead: seeds.filesRead,
            warnings,
          },
          timings: {
            readMs: seeds.readMs,
            cacheReadMs: 0,
            extractMs: 0,
            cacheWriteMs: 0,
            indexMs: t2 - s1,
            snapshotMs: s1 - s0,
            totalMs: t2 - t0,
          },
          persisted,
          lastGoodDictionary: seeds.lastGoodDictionary,
          layers: layersOf(index, seeds),
        };
      } catch (err) {
        warnings.push(`ignoring the index snapshot ${snapshotFile}: ${(err as Error).message}`);
      }
    }
  }

  const { writeCache, ...prepared } = await extractSeeds(seeds, options);
  const t1 = performance.now();
  const { index, data } = await runCooperatively(buildIndexSteps(prepared));
  const t2 = performance.now();
  const persist = async (): Promise<PersistReport> => {
    const written = await writeCache();
    const s0 = performance.now();
    const persistWarnings = written.warning ? [written.warning] : [];
    if (snapshotFile) {
      const meta: SnapshotMeta = { fingerprint, problems: prepared.problems.filter((p) => p.source === 'extraction') };
      try {
        await writeIndexSnapshot(snapshotFile, data, meta);
      } catch (err) {
        persistWarnings.push(`cannot write the index snapshot ${snapshotFile}: ${(err as Error).message}`);
      }
    }
    const packWarning = await seeds.pack?.();
    if (packWarning) persistWarnings.push(packWarning);
    return { cacheWriteMs: written.ms, snapshotMs: performance.now() - s0, warnings: persistWarnings };
  };
  const base = { index, problems: prepared.problems, lastGoodDictionary: seeds.lastGoodDictionary, layers: layersOf(index, seeds) };
  if (options.persist === 'background') {
    return {
      ...base,
      cache: { ...prepared.cache, warnings: [...prepared.cache.warnings, ...warnings] },
      timings: { ...prepared.timings, indexMs: t2 - t1, snapshotMs: 0, totalMs: t2 - t0 },
      persisted: inTurn(snapshotFile ?? '', persist),
    };
  }
  const report = await inTurn(snapshotFile ?? '', persist);
  const t3 = performance.now();
  return {
    ...base,
    cache: { ...prepared.cache, warnings: [...prepared.cache.warnings, ...warnings, ...report.warnings] },
    timings: { ...prepared.timings, cacheWriteMs: report.cacheWriteMs, indexMs: t2 - t1, snapshotMs: report.snapshotMs, totalMs: t3 - t0 },
    persisted: Promise.resolve(report),
  };
}

/** After a restart that read the folder file by file but needed no build: the pack for the next one. */
function writePack(seeds: Seeds): Promise<PersistReport> {
  const write = seeds.pack ?? (() => Promise.resolve(null));
  return write().then((warning) => ({ cacheWriteMs: 0, snapshotMs: 0, warnings: warning ? [warning] : [] }));
}

function layersOf(index: OpenedIndex, seeds: Seeds): LoadedLayers {
  const files = new Map<string, ServedFile>();
  seeds.articles.forEach((a, i) => files.set(a.file, { key: seeds.keys[i]!, id: a.id }));
  return { base: index, dictionary: seeds.dictionary, prefix: seeds.prefix, files };
}
