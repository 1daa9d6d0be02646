// Ingestion wired: a loopback news site polled into an articles folder through the polite fetcher, one log
// line per poll, nothing stored twice, a failing source recorded with its reason, and an article in a
// language the rules do not read listed without being extracted.
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSources } from '../../src/format/formatSources.js';
import { ArticleArchive } from '../../src/ingest/index.js';
import { IngestionLoop, SourcePoller } from '../../src/ingestion/index.js';
import { createLogger } from '../../src/log.js';
import { loadIndex } from '../../src/pipeline/index.js';
import { SourceHealthBook, type Source } from '../../src/sources/index.js';
import { sourcesView } from '../../src/views/sources.js';
import { source, testFetcher } from '../sources/fixtures.js';
import { startNewsServer, type NewsServer } from '../sources/newsServer.js';
import { siteRoutes } from './newsSite.js';

let site: NewsServer;
let dir: string;
let lines: Record<string, unknown>[];

beforeEach(async () => {
  let origin = '';
  site = await startNewsServer(siteRoutes(() => origin));
  origin = site.origin;
  dir = await mkdtemp(join(tmpdir(), 'attache-ingestion-'));
  lines = [];
});

afterEach(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

async function poller(sources: readonly Source[]) {
  const { fetcher, clock, store } = testFetcher();
  const health = new SourceHealthBook(store, { clock });
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  const archive = await ArticleArchive.open(dir);
  return { poller: new SourcePoller({ sources, fetcher, health, archive, logger, now: () => clock.now() }), health, logger, clock };
}

const files = async (suffix: string) => (await readdir(dir)).filter((f) => f.endsWith(suffix)).sort();
const polled = () => lines.filter((l) => l.event === 'source polled' || l.event === 'source poll failed');

describe('ingestion', () => {
  it('writes a feed of three items as three articles with metadata, and a second poll (304) writes nothing', async () => {
    const { poller: p } = await poller([source('test-wire', site.url('/feed.xml'))]);
    const first = await p.pollAll();
    expect(first.written).toBe(3);
    expect(await files('.txt')).toHaveLength(3);
    expect(await files('.meta.json')).toHaveLength(3);
    expect(polled()).toEqual([expect.objectContaining({ level: 'info', source: 'test-wire', items: 3, new: 3 })]);

    const before = await files('');
    const second = await p.pollAll();
    expect(second).toMatchObject({ written: 0, reports: [{ outcome: 'not-modified' }] });
    expect(site.hits('/feed.xml').at(-1)?.headers['if-none-match']).toBe('"three-items-v1"');
    expect(await files('')).toEqual(before);
    expect(polled().at(-1)).toMatchObject({ source: 'test-wire', new: 0, notModified: true });
  });

  it('polls only due sources at each tick, and records a failing one with its reason in the log and the health view', async () => {
    site.route('/gone.xml', { status: 404, body: 'no feed here' });
    const sources = [source('test-wire', site.url('/feed.xml')), source('gone-wire', site.url('/gone.xml'))];
    const { poller: p, health, logger, clock } = await poller(sources);
    const loop = new IngestionLoop(p, logger, { tickMs: 3_600_000 });
    await loop.tick();
    expect(polled()).toHaveLength(2);
    expect(polled().find((l) => l.source === 'gone-wire')).toMatchObject({
      level: 'warn',
      event: 'source poll failed',
      reason: 'HTTP 404 Not Found: no page at this address',
      kind: 'http-status',
      state: 'failing',
      failures: 1,
    });
    await loop.tick();
    expect(polled()).toHaveLength(2); // nothing due yet
    await loop.stop();

    const text = formatSources(sourcesView(await health.healthViews(sources), true, clock.now()));
    expect(text).toMatch(/^2 sources: ok 1, failing 1\n/);
    expect(text).toMatch(/test-wire\s+ok\s+now\s+3 \(3 new\)\s+0\s+in 15 min/);
    expect(text).toMatch(/gone-wire\s+failing \(1 in a row\)/);
    expect(text).toContain('gone-wire: HTTP 404 Not Found: no page at this address');
  });

  it('never crashes on a bad feed: malformed or not a feed is a failure with its reason', async () => {
    const malformed = await readFile(resolve(import.meta.dirname, '../ingest/fixtures/feeds/malformed.xml'));
    site.route('/broken.xml', { headers: { 'content-type': 'application/rss+xml' }, body: malformed });
    site.route('/page.html', { headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><body><p>Hello</p></body></html>' });
    const { poller: p } = await poller([source('broken', site.url('/broken.xml')), source('page', site.url('/page.html'))]);
    const round = await p.pollAll();
    expect(round.reports.map((r) => r.event.kind)).toEqual(['failed', 'failed']);
    expect(polled().map((l) => [l.source, l.kind])).toEqual(
      expect.arrayContaining([
        ['broken', 'malformed'],
        ['page', 'not-a-feed'],
      ]),
    );
    expect(await files('.txt')).toEqual([]);
  });

  it('lists an article in a language the rules do not read, without extracting it', async () => {
    await site.close();
    let origin = '';
    site = await startNewsServer(siteRoutes(() => origin, 'ru'));
    origin = site.origin;
    await copyFile(resolve(import.meta.dirname, '../../seeds/actors.json'), join(dir, 'actors.json'));
    const { poller: p } = await poller([source('ru-wire', site.url('/feed.xml'), { language: 'ru' })]);
    expect((await p.pollAll()).written).toBe(3);
    const { index } = await loadIndex({ seedsDir: dir, cacheDir: null });
    expect(index.stats()).toMatchObject({ articles: 3, statements: 0 });
  });
});
