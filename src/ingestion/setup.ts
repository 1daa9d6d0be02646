// Putting ingestion together from the settings: the sources file read (each bad entry logged by name and
// field, the rest kept), the fetcher and the health book on the store, the articles folder opened. The bot
// (src/runtime/ingestion.ts) and the CLI (`sources`, `ingest --once`) both start here.
import { ArticleArchive } from '../ingest/index.js';
import type { Logger } from '../log.js';
import {
  formatSourcesProblem,
  loadSourcesFile,
  SourceFetcher,
  SourceHealthBook,
  type FetcherOptions,
  type Source,
  type SourcesSettings,
} from '../sources/index.js';
import type { KeyValueStore } from '../store/index.js';
import { sourcesView, type SourcesView } from '../views/sources.js';
import { SourcePoller } from './poller.js';

export interface SourcesCatalog {
  readonly sources: readonly Source[];
  readonly health: SourceHealthBook;
  /** Every source's health now, for /sources and `cli sources`. */
  view(ingesting: boolean | null): Promise<SourcesView>;
}

/** The sources file and the health book; a file's problems are logged one per line (`sources.json entry 3 …`). */
export async function loadCatalog(settings: SourcesSettings, store: KeyValueStore, logger: Logger): Promise<SourcesCatalog> {
  const { sources, problems } = await loadSourcesFile(settings.sourcesFile);
  for (const p of problems) logger.warn('source skipped', { problem: formatSourcesProblem(p, settings.sourcesFile) });
  const health = new SourceHealthBook(store);
  return {
    sources,
    health,
    view: async (ingesting) => sourcesView(await health.healthViews(sources), ingesting, Date.now()),
  };
}

export interface IngestionOptions {
  readonly settings: SourcesSettings;
  /** Where the articles are written: the seeds folder the watcher serves. */
  readonly seedsDir: string;
  readonly store: KeyValueStore;
  readonly logger: Logger;
  /** Timeouts, spacing… (tests shorten them). */
  readonly fetcher?: Partial<Omit<FetcherOptions, 'store' | 'userAgent' | 'allowPrivate'>>;
}

export interface Ingestion {
  readonly catalog: SourcesCatalog;
  readonly poller: SourcePoller;
  /** The articles folder as ingestion keeps it (for relaying its writes to other hosts: articleLog.ts). */
  readonly archive: ArticleArchive;
}

export async function openIngestion(options: IngestionOptions): Promise<Ingestion> {
  const { settings, store, logger } = options;
  const catalog = await loadCatalog(settings, store, logger);
  if (!settings.contactUrl)
    logger.warn('no contact for news sites', {
      note: 'set SOURCES_CONTACT_URL: it goes into the User-Agent, so a site owner can reach you',
    });
  const archive = await ArticleArchive.open(options.seedsDir);
  for (const problem of archive.problems) logger.warn('article metadata unreadable', { problem });
  const fetcher = new SourceFetcher({ ...options.fetcher, store, userAgent: settings.userAgent, allowPrivate: settings.allowPrivate });
  const poller = new SourcePoller({ sources: catalog.sources, fetcher, health: catalog.health, archive, logger });
  return { catalog, poller, archive };
}
