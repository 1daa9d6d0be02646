// Ingestion in the sandbox's demo: the little news site (newsSite.ts) as the one source, ingested once into
// a copy of the seeds folder, so that the operator's own folder never receives the sandbox's made-up
// articles; the copy is what the demo's bot serves, and it is removed at the end.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttacheIndex } from '../index/api.js';
import { SourcePoller } from '../ingestion/index.js';
import { ArticleArchive } from '../ingest/index.js';
import type { Logger } from '../log.js';
import { isoDateOf } from '../model.js';
import { SourceFetcher, SourceHealthBook, userAgentFor, type Source } from '../sources/index.js';
import { openStore, type KeyValueStore } from '../store/index.js';
import { pollRows, sourcesView, type SourcesView } from '../views/sources.js';
import { plural } from '../views/text.js';
import { startNewsSite, type NewsSite } from './newsSite.js';

export interface SandboxNews {
  /** The copy of the seeds folder to serve. */
  readonly seedsDir: string;
  /** Polls the site once, waits until the index holds the new articles; lines to print. */
  ingest(index: () => AttacheIndex): Promise<string[]>;
  view(): Promise<SourcesView>;
  stop(): Promise<void>;
}

export async function startSandboxNews(options: { readonly seedsDir: string; readonly logger: Logger }): Promise<SandboxNews> {
  const logger = options.logger.child({ component: 'sandbox news' });
  const folder = await mkdtemp(join(tmpdir(), 'attache-sandbox-'));
  const seedsDir = join(folder, 'seeds');
  let site: NewsSite | null = null;
  let store: KeyValueStore;
  try {
    await cp(options.seedsDir, seedsDir, { recursive: true });
    site = await startNewsSite(isoDateOf(new Date()));
    store = await openStore('sqlite://:memory:');
  } catch (err) {
    await site?.close();
    await rm(folder, { recursive: true, force: true });
    throw err;
  }
  const source: Source = {
    id: 'sandbox-wire',
    name: 'Sandbox Wire',
    url: site.feedUrl,
    language: 'en',
    interval: 15,
    kind: 'feed',
    fullText: false,
    enabled: true,
  };
  const health = new SourceHealthBook(store);
  // SOURCES_ALLOW_PRIVATE, in effect: the site is on 127.0.0.1. No spacing: it is our own.
  const fetcher = new SourceFetcher({ store, userAgent: userAgentFor(null), allowPrivate: true, hostSpacingMs: 0 });
  const archive = await ArticleArchive.open(seedsDir);
  const poller = new SourcePoller({ sources: [source], fetcher, health, archive, logger });
  const openedSite = site;

  return {
    seedsDir,
    async ingest(index) {
      const before = index().stats().articles;
      const round = await poller.pollAll();
      const lines = pollRows(round.reports).map((r) =>
        r.result === 'failed'
          ? `[ingest] ${source.name}: failed (${r.reason})`
          : `[ingest] ${source.name} (${openedSite.feedUrl}): ${plural(r.items ?? 0, 'item')}, ${plural(r.newItems, 'new article')} written`,
      );
      // The watcher takes the new files in, as it does for any file; the demo waits for it.
      const deadline = Date.now() + 15_000;
      while (round.written > 0 && index().stats().articles < before + round.written && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const after = index().stats().articles;
      lines.push(
        after > before ? `[index] ${plural(after - before, 'new article')} taken in by the watcher` : '[index] nothing new to take in',
      );
      return lines;
    },
    view: async () => sourcesView(await health.healthViews([source]), true, Date.now()),
    async stop() {
      poller.stop();
      await openedSite.close();
      await store.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
