// The news sources' figures (issue #12: "nothing fails silently"): how many sources are in each state, and
// what each poll came to. The states live in the store, which a scrape must not wait on, so the gauges read
// what this process last knew: every poll it made (at once), and the whole health book re-read in the
// background when a scrape finds it older than a minute (a process that does not ingest, or a source
// disabled in the file). A store that cannot answer leaves the last figures standing; its outage is logged
// by the store's own watch.
import type { PollReport, SourceHealthView } from '../sources/index.js';
import type { MetricsRegistry } from './registry.js';

export const SOURCE_STATES = ['new', 'ok', 'failing', 'paused', 'disabled'] as const satisfies readonly SourceHealthView['state'][];

/** Polls as counted: the site's answer. */
export type PollOutcome = 'read' | 'not_modified' | 'failed';

export interface SourceMetrics {
  /** One poll, as SourcePoller reports it: counted by outcome (and failure kind), its articles added, its state kept. */
  polled(report: Pick<PollReport, 'source' | 'event' | 'health'>): void;
  /**
   * Where the state gauges are read from: every source's health view (SourceHealthBook.healthViews). Read once
   * now, then again when a scrape finds the figures older than `maxAgeMs`. Until the first answer the gauges
   * are absent.
   */
  follow(read: () => Promise<readonly Pick<SourceHealthView, 'id' | 'state'>[]>, options?: { readonly maxAgeMs?: number }): void;
}

/** A minute: the shortest poll interval is five, so a scrape every 30 s sees every change within a minute or two. */
export const SOURCE_STATES_MAX_AGE_MS = 60_000;

export function registerSourceMetrics(registry: MetricsRegistry, now: () => number = Date.now): SourceMetrics {
  const polls = registry.counter({
    name: 'attache_source_polls_total',
    help: 'Polls of news sources, by outcome: read (a new document), not_modified (304) or failed.',
    labelNames: ['outcome'],
  });
  const failures = registry.counter({
    name: 'attache_source_poll_failures_total',
    help: 'Failed polls of news sources, by kind of failure (http-status, bot-wall, not-a-feed, not-a-list-page, ...).',
    labelNames: ['kind'],
  });
  const ingested = registry.counter({
    name: 'attache_articles_ingested_total',
    help: 'Articles written into the articles folder from the news sources.',
  });

  /** Source id → state, as last known; null before anything is known. */
  let states: Map<string, SourceHealthView['state']> | null = null;
  let read: (() => Promise<readonly Pick<SourceHealthView, 'id' | 'state'>[]>) | null = null;
  let maxAgeMs = SOURCE_STATES_MAX_AGE_MS;
  let readAt = -Infinity;
  let reading: Promise<void> | null = null;
  /** Polls reported while the store was being read: newer than what the read returns, so applied after it. */
  const polledWhileReading = new Map<string, SourceHealthView['state']>();

  const refresh = () => {
    if (!read || reading) return;
    readAt = now();
    polledWhileReading.clear();
    reading = read()
      .then((views) => {
        states = new Map(views.map((v) => [v.id, v.state]));
        for (const [id, state] of polledWhileReading) if (states.has(id)) states.set(id, state);
      })
      .catch(() => undefined)
      .finally(() => (reading = null));
  };

  registry.gauge({
    name: 'attache_sources',
    help: 'News sources by state: new (not polled yet), ok, failing, paused, disabled.',
    labelNames: ['state'],
    read: () => {
      if (now() - readAt >= maxAgeMs) refresh();
      if (!states) return null;
      const counts = new Map<string, number>(SOURCE_STATES.map((s) => [s, 0]));
      for (const state of states.values()) counts.set(state, (counts.get(state) ?? 0) + 1);
      return SOURCE_STATES.map((state) => ({ labels: { state }, value: counts.get(state)! }));
    },
  });

  return {
    polled: ({ source, event, health }) => {
      polls.inc({ outcome: event.kind === 'not-modified' ? 'not_modified' : event.kind });
      if (event.kind === 'failed') failures.inc({ kind: event.failure.kind });
      if (event.kind === 'read' && event.newItems > 0) ingested.inc({}, event.newItems);
      // A source polled is enabled: its state is the health's.
      if (states?.has(source)) states.set(source, health.state);
      if (reading) polledWhileReading.set(source, health.state);
    },
    follow: (reader, options = {}) => {
      read = reader;
      maxAgeMs = options.maxAgeMs ?? SOURCE_STATES_MAX_AGE_MS;
      readAt = -Infinity;
      refresh();
    },
  };
}
