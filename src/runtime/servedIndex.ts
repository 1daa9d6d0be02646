// The index the bot serves, with its reloads logged: one line per (re)load with the figures, one line
// per skipped file or dictionary entry, so an operator can see at a glance what a reload picked up and
// what it left out. Also keeps what /health and /about report: when the index was last loaded and how
// many problems that load had.
import { availableParallelism } from 'node:os';
import { emptyDictionary } from '../extract/dictionary.js';
import type { IndexHealth } from '../health.js';
import type { Logger } from '../log.js';
import { returnFreedMemory } from './freedMemory.js';
import { LiveIndex, WarmExtractors, warmUpSample, formatLoadProblem, type LoadProblem, type ReloadedEvent } from '../pipeline/index.js';

export interface ServedIndexOptions {
  readonly seedsDir: string;
  readonly cacheDir: string | null;
  /** MAX_ARTICLE_BYTES: a larger article file is reported and skipped. */
  readonly maxArticleBytes?: number;
  readonly logger: Logger;
  /** Quiet time after the last file change before reloading; default LiveIndex's (300 ms). */
  readonly debounceMs?: number;
  readonly now?: () => number;
}

export interface ServedIndex {
  readonly live: LiveIndex;
  freshness(): { lastReload: number | null; problems: number };
  health(): IndexHealth | null;
  /** The message of the last reload that failed as a whole, until a reload succeeds again. */
  reloadError(): string | null;
  /** Reloads when a file in the seeds folder is added, changed or removed. */
  watch(): void;
  /** Stops watching, then waits for the caches of the last load to be written (so the next start can use them). */
  close(): Promise<void>;
}

/** Loads the index (rejects if the folder cannot be loaded at all) and logs every later reload. */
export async function openServedIndex(options: ServedIndexOptions): Promise<ServedIndex> {
  const { logger } = options;
  const now = options.now ?? Date.now;
  // The caches are written after the new index is in service: on a cold start of a large archive the
  // bot answers seconds earlier, and a write that fails costs only the next start's time.
  // Long articles arriving later are shared out to two workers kept started and warm (issue #11).
  const extractors = new WarmExtractors(Math.min(2, availableParallelism()));
  const live = new LiveIndex({
    seedsDir: options.seedsDir,
    cacheDir: options.cacheDir,
    extract: { extractors },
    ...(options.maxArticleBytes !== undefined ? { maxArticleBytes: options.maxArticleBytes } : {}),
    persist: 'background',
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
  });
  let lastReload: number | null = null;
  let problems = 0;
  let lastError: string | null = null;
  let written: Promise<unknown> = Promise.resolve();
  live.onReloaded((event) => {
    // Once the caches are written, the previous index and the build's scratch are garbage: give their
    // memory back now rather than keep it pooled (freedMemory.ts). Not after an article taken alone:
    // its garbage is small, and the collection costs ~0.4 s of main thread at 100,000 articles.
    written = event.cache.index === 'layered' ? event.persisted : event.persisted.then(returnFreedMemory);
    lastReload = now();
    problems = event.problems.length;
    lastError = null;
    logReload(logger, event);
  });
  live.onError((err) => {
    lastError = err.message;
    logger.error('index reload failed', { seedsDir: options.seedsDir, err, note: 'the previous index stays in service' });
  });
  // Listeners first, then the first load: its problems are logged like any later reload's.
  try {
    await live.reload('start');
  } catch (err) {
    await extractors.close();
    throw err;
  }
  void extractors.warm(live.dictionary ?? emptyDictionary(), warmUpSample(live.index));
  return {
    live,
    freshness: () => ({ lastReload, problems }),
    health: () => {
      if (!live.ready) return null;
      const s = live.index.stats();
      return {
        articles: s.articles,
        actors: s.actors,
        statements: s.statements,
        lastReload: lastReload === null ? null : new Date(lastReload).toISOString(),
        problems,
      };
    },
    reloadError: () => lastError,
    watch: () => {
      live.watch();
      logger.info('watching seeds', { seedsDir: options.seedsDir });
    },
    close: async () => {
      live.close();
      await live.settled();
      await written;
      await extractors.close();
    },
  };
}

function logReload(logger: Logger, event: ReloadedEvent): void {
  const { stats, cache, timings } = event;
  logger.info(event.reason === 'start' ? 'index loaded' : 'index reloaded', {
    reason: event.reason,
    ...(event.changed.length ? { changed: event.changed } : {}),
    articles: stats.articles,
    actors: stats.actors,
    statements: stats.statements,
    contacts: stats.contacts,
    problems: event.problems.length,
    cacheHits: cache.hits,
    extracted: cache.extracted,
    ms: Math.round(timings.totalMs),
  });
  for (const p of event.problems) logger.warn('index problem', problemFields(p));
  for (const warning of cache.warnings) logger.warn('extraction cache', { warning });
  void event.persisted.then((written) => {
    for (const warning of written.warnings) logger.warn('extraction cache', { warning });
    if (written.cacheWriteMs || written.snapshotMs)
      logger.debug('caches written', { cacheMs: Math.round(written.cacheWriteMs), snapshotMs: Math.round(written.snapshotMs) });
  });
}

function problemFields(p: LoadProblem): Record<string, unknown> {
  return {
    source: p.source,
    file: p.file,
    ...(p.source === 'corpus' ? { line: p.line } : {}),
    problem: formatLoadProblem(p),
    skipped: true,
  };
}
