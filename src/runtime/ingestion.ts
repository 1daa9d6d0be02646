// Whether this process ingests, and ingestion started when it does. INGEST unset: on with a Discord token,
// off in the sandbox (which has its own little news site, src/offline/news.ts). Every process that ingests
// runs the loop, but only the holder of the ingestion lease in the store polls (src/ingestion/loop.ts): under
// the shard manager one shard, into the seeds folder every shard of the host watches, and when it dies its
// lease runs out and another shard takes over. (Articles published to shards on other hosts, each with its
// own folder, are still to come.)
import { hostname } from 'node:os';
import type { Config as Settings } from '../config.js';
import { IngestionLoop, LOOP_DEFAULTS, loadCatalog, openIngestion, type LoopOptions, type SourcesCatalog } from '../ingestion/index.js';
import type { Logger } from '../log.js';
import type { KeyValueStore } from '../store/index.js';
import type { Mode } from './mode.js';

export interface RuntimeSources {
  /** The sources and their health, for /sources: shown even where this process does not ingest. */
  readonly catalog: SourcesCatalog;
  readonly ingesting: boolean;
  /** null when this process does not ingest. */
  readonly loop: IngestionLoop | null;
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
    return { catalog: await loadCatalog(settings.sources, store, logger), ingesting: false, loop: null };
  }
  const { catalog, poller } = await openIngestion({ settings: settings.sources, seedsDir: settings.seedsDir, store, logger });
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
  return { catalog, ingesting: true, loop };
}
