// Whether this process ingests, and ingestion started when it does. INGEST unset: on with a Discord token,
// off in the sandbox (which has its own little news site, src/offline/news.ts). Under the shard manager
// only shard 0 ingests, into the seeds folder every shard of the host watches (a lease in the store, so that
// another shard takes over when it dies, and articles published to other hosts, are still to come).
import type { Config as Settings } from '../config.js';
import { IngestionLoop, loadCatalog, openIngestion, type LoopOptions, type SourcesCatalog } from '../ingestion/index.js';
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

export function ingestionWanted(settings: Pick<Settings, 'ingest' | 'shard'>, mode: Mode): boolean {
  return (settings.ingest ?? mode === 'discord') && (!settings.shard || settings.shard.id === 0);
}

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
    const why = settings.shard && settings.shard.id !== 0 ? 'shard 0 ingests for this host' : `INGEST is off (${mode})`;
    logger.info('ingestion off', { reason: why, sourcesFile: settings.sources.sourcesFile });
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
  const loop = new IngestionLoop(poller, logger, options.loop);
  loop.start();
  return { catalog, ingesting: true, loop };
}
