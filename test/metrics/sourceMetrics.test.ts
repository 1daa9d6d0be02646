// The news sources in /metrics: polls by outcome and failure kind and the articles they wrote, counted as
// a real SourcePoller polls a loopback news site; the sources by state, read from the health book and
// kept current by each poll, and re-read from the store once they are older than a minute.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleArchive } from '../../src/ingest/index.js';
import { SourcePoller } from '../../src/ingestion/index.js';
import { createLogger } from '../../src/log.js';
import { createAttacheMetrics, MetricsRegistry, registerSourceMetrics, renderPrometheus } from '../../src/metrics/index.js';
import { SourceHealthBook, type SourceHealthView } from '../../src/sources/index.js';
import { siteRoutes } from '../ingestion/newsSite.js';
import { source, testFetcher } from '../sources/fixtures.js';
import { startNewsServer, type NewsServer } from '../sources/newsServer.js';

/** The value of one exposition line (`name{labels} value`), or undefined when the series is absent. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

let site: NewsServer;
let dir: string;

beforeEach(async () => {
  let origin = '';
  site = await startNewsServer({ ...siteRoutes(() => origin), '/gone.xml': { status: 404, body: 'no feed here' } });
  origin = site.origin;
  dir = await mkdtemp(join(tmpdir(), 'attache-source-metrics-'));
});

afterEach(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the news sources in /metrics', () => {
  it('counts polls by outcome, failures by kind and articles written, and the sources by state', async () => {
    const metrics = createAttacheMetrics();
    const before = metrics.render();
    expect(valueOf(before, 'attache_articles_ingested_total')).toBe(0);
    expect(before).not.toContain('attache_source_polls_total{');
    // Nothing known of the sources yet: no state series rather than zeros that look like a healthy empty list.
    expect(before).not.toContain('attache_sources{');

    const sources = [
      source('test-wire', site.url('/feed.xml')),
      source('gone-wire', site.url('/gone.xml')),
      source('old-wire', site.url('/old.xml'), { enabled: false }),
    ];
    const { fetcher, clock, store } = testFetcher();
    const health = new SourceHealthBook(store, { clock });
    const logger = createLogger({ level: 'silent' });
    const poller = new SourcePoller({ sources, fetcher, health, archive: await ArticleArchive.open(dir), logger, now: () => clock.now() });
    metrics.sources.follow(() => health.healthViews(sources));
    poller.onPolled((report) => metrics.sources.polled(report));
    await settle();
    const fresh = metrics.render();
    expect(valueOf(fresh, 'attache_sources{state="new"}')).toBe(2);
    expect(valueOf(fresh, 'attache_sources{state="disabled"}')).toBe(1);
    expect(valueOf(fresh, 'attache_sources{state="ok"}')).toBe(0);

    await poller.pollAll();
    const first = metrics.render();
    expect(valueOf(first, 'attache_source_polls_total{outcome="read"}')).toBe(1);
    expect(valueOf(first, 'attache_source_polls_total{outcome="failed"}')).toBe(1);
    expect(valueOf(first, 'attache_source_poll_failures_total{kind="http-status"}')).toBe(1);
    expect(valueOf(first, 'attache_articles_ingested_total')).toBe(3);
    expect(['new', 'ok', 'failing', 'paused', 'disabled'].map((s) => valueOf(first, `attache_sources{state="${s}"}`))).toEqual([
      0, 1, 1, 0, 1,
    ]);

    await poller.pollAll();
    const second = metrics.render();
    expect(valueOf(second, 'attache_source_polls_total{outcome="not_modified"}')).toBe(1);
    expect(valueOf(second, 'attache_source_polls_total{outcome="failed"}')).toBe(2);
    expect(valueOf(second, 'attache_articles_ingested_total')).toBe(3);
    expect(second).toContain('# TYPE attache_sources gauge');
  });

  it('re-reads the states from the store once they are older than a minute, and keeps the last figures if it cannot', async () => {
    let now = 1_000_000;
    const registry = new MetricsRegistry();
    const metrics = registerSourceMetrics(registry, () => now);
    let views: Pick<SourceHealthView, 'id' | 'state'>[] = [
      { id: 'a', state: 'ok' },
      { id: 'b', state: 'ok' },
    ];
    let reads = 0;
    let broken = false;
    metrics.follow(async () => {
      reads++;
      if (broken) throw new Error('the store is down');
      return views;
    });
    await settle();
    const render = () => renderPrometheus([{ labels: {}, snapshot: registry.snapshot() }]);
    expect(valueOf(render(), 'attache_sources{state="ok"}')).toBe(2);

    // Another process polled: b is paused now. Within the minute this process still says what it knew.
    views = [
      { id: 'a', state: 'ok' },
      { id: 'b', state: 'paused' },
    ];
    now += 30_000;
    expect(valueOf(render(), 'attache_sources{state="paused"}')).toBe(0);
    expect(reads).toBe(1);
    now += 30_000;
    render(); // starts the re-read; a scrape never waits on the store
    await settle();
    expect(reads).toBe(2);
    expect(valueOf(render(), 'attache_sources{state="paused"}')).toBe(1);

    broken = true;
    now += 60_000;
    render();
    await settle();
    expect(reads).toBe(3);
    expect(valueOf(render(), 'attache_sources{state="ok"}')).toBe(1);
    expect(valueOf(render(), 'attache_sources{state="paused"}')).toBe(1);
  });

  it('keeps a poll reported while the store was being read: it is newer than what the read returns', async () => {
    const registry = new MetricsRegistry();
    const metrics = registerSourceMetrics(registry, () => 0);
    let answer: (views: Pick<SourceHealthView, 'id' | 'state'>[]) => void = () => undefined;
    metrics.follow(() => new Promise((resolve) => (answer = resolve)));
    const failed = { kind: 'failed', failure: { kind: 'timeout', afterMs: 30_000 } } as const;
    metrics.polled({ source: 'a', event: failed, health: { state: 'failing' } as never });
    answer([{ id: 'a', state: 'ok' }]);
    await settle();
    const text = renderPrometheus([{ labels: {}, snapshot: registry.snapshot() }]);
    expect(valueOf(text, 'attache_sources{state="failing"}')).toBe(1);
    expect(valueOf(text, 'attache_sources{state="ok"}')).toBe(0);
    expect(valueOf(text, 'attache_source_poll_failures_total{kind="timeout"}')).toBe(1);
  });
});
