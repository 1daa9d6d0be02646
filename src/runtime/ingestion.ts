// Whether this process ingests, and ingestion started when it does. INGEST unset: on with a Discord token,
// off in the sandbox (which has its own little news site, src/offline/news.ts). Every process that ingests
// runs the loop, but only the holder of the ingestion lease in the store polls (src/ingestion/loop.ts): under
// the shard manager one shard, into the seeds folder every shard of the host watches, and when it dies its
// lease runs out and another shard takes over. With redis, what the holder writes is also relayed to every
// other process (src/ingestion/articleLog.ts), so shards on other hosts, each with a folder of its own,
// get every new article too.
import { hostname } from 'node:os';
import type { Config as Settings } from '../config.js';
import type { ArticleArchive } from '../ingest/index.js';
import {
  ArticleFollower,
  articleLogOf,
  IngestionLoop,
  LOOP_DEFAULTS,
  loadCatalog,
  openIngestion,
  publishArchive,
  type LoopOptions,
  type SourcesCatalog,
} from '../ingestion/index.js';
import type { Logger } from '../log.js';
import type { SourceMetrics } from '../metrics/index.js';
import type { KeyValueStore } from '../store/index.js';
import type { Mode } from './mode.js';

export interface RuntimeSources {
  /** The sources and their health, for /sources: shown even where this process does not ingest. */
  readonly catalog: SourcesCatalog;
  readonly ingesting: boolean;
  /** null when this process does not ingest. */
  readonly loop: IngestionLoop | null;
  /** Writes the articles other hosts ingest into this one's folder; null where the store has no shared log. */
  readonly relay: { stop(): Promise<void> } | null;
}

export function ingestionWanted(settings: Pick<Settings, 'ingest'>, mode: Mode): boolean {
  return settings.ingest ?? mode === 'discord';
}

/** How many ticks a lease outlives its last renewal: a holder that died is replaced within this many. */
const LEASE_TICKS = 3;

/**
 * The sources for /sources, and the loop started when this process ingests. Null when there is no store to
 * keep their health in (logged: /sources then says sources are unavailable). Never throws for a bad
 * sources file: its problems are logged and the good entries run.
 */
export async function startSources(options: {
  readonly settings: Settings;
  readonly mode: Mode;
  readonly store: KeyValueStore | null;
  readonly logger: Logger;
  readonly loop?: LoopOptions;
  /** Counts the polls and reads the sources' states for /metrics (also where this process does not ingest). */
  readonly metrics?: SourceMetrics;
}): Promise<RuntimeSources | null> {
  const { settings, mode, store } = options;
  const logger = options.logger.child({ component: 'ingestion' });
  const wanted = ingestionWanted(settings, mode);
  if (!store) {
    if (wanted) logger.error('ingestion off', { reason: 'no store to keep the sources’ health in (STORE_URL)' });
    return null;
  }
  if (!wanted) {
    logger.info('ingestion off', { reason: `INGEST is off (${mode})`, sourcesFile: settings.sources.sourcesFile });
    const catalog = await loadCatalog(settings.sources, store, logger);
    options.metrics?.follow(() => catalog.health.healthViews(catalog.sources));
    return {
      catalog,
      ingesting: false,
      loop: null,
      relay: relayOf(settings, store, logger),
    };
  }
  const { catalog, poller, archive } = await openIngestion({ settings: settings.sources, seedsDir: settings.seedsDir, store, logger });
  const metrics = options.metrics;
  if (metrics) {
    metrics.follow(() => catalog.health.healthViews(catalog.sources));
    poller.onPolled((report) => metrics.polled(report));
  }
  const enabled = catalog.sources.filter((s) => s.enabled).length;
  logger.info('ingestion started', {
    sourcesFile: settings.sources.sourcesFile,
    sources: catalog.sources.length,
    enabled,
    seedsDir: settings.seedsDir,
  });
  const tickMs = options.loop?.tickMs ?? LOOP_DEFAULTS.tickMs;
  const holder = `${hostname()}:${process.pid}`;
  const lease = store.lease?.bind(store);
  const loop = new IngestionLoop(poller, logger, {
    ...options.loop,
    ...(lease ? { lease: () => lease('ingestion', holder, LEASE_TICKS * tickMs) } : {}),
  });
  loop.start();
  return { catalog, ingesting: true, loop, relay: relayOf(settings, store, logger, archive) };
}

/**
 * With a shared log (redis): follows it into this process's folder and, when this process ingests,
 * publishes what its archive writes. Every process follows, also the one ingesting (it finds its own
 * articles there already and writes nothing), so that whoever holds the lease next has them all.
 */
function relayOf(settings: Settings, store: KeyValueStore, logger: Logger, archive?: ArticleArchive): RuntimeSources['relay'] {
  const log = articleLogOf(store);
  if (!log) return null;
  const published = archive ? publishArchive(archive, log, logger) : null;
  const follower = new ArticleFollower({
    log,
    store,
    seedsDir: settings.seedsDir,
    logger,
    maxArticleBytes: settings.maxArticleBytes,
    ...(archive ? { onArticle: (meta) => archive.remember(meta) } : {}),
  });
  follower.start();
  logger.info('article relay on', { seedsDir: settings.seedsDir, publishing: archive !== undefined });
  return {
    stop: async () => {
      published?.stop();
      await follower.stop();
    },
  };
}
