// A poll end to end against the loopback site: fetch, read, validators and health kept in the store, and
// what survives a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { DAY_MS, MINUTE_MS } from '../../src/sources/health.js';
import { pollSource, SourceHealthBook, type ReadDocument } from '../../src/sources/poll.js';
import { memoryStore, RSS, source, testFetcher } from './fixtures.js';
import { JumpingClock, startNewsServer, type NewsServer } from './newsServer.js';

let site: NewsServer;
let dir: string | null = null;
beforeEach(async () => {
  site = await startNewsServer();
});
afterEach(async () => {
  await site.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

const readAll: ReadDocument = async (document) => ({
  ok: true,
  items: (
    Buffer.from(document.bytes)
      .toString()
      .match(/<item>/g) ?? []
  ).length,
  newItems: 1,
});

describe('pollSource', () => {
  it('asks conditionally after a restart: ETag and health reloaded from the store', async () => {
    dir = await mkdtemp(join(tmpdir(), 'attache-sources-'));
    const url = `sqlite://${join(dir, 'store.sqlite')}`;
    site.route('/feed.xml', (req) =>
      req.headers['if-none-match'] === '"rev-7"' ? { status: 304 } : { body: RSS, headers: { etag: '"rev-7"' } },
    );
    const feed = source('agency', site.url('/feed.xml'));
    const clock = new JumpingClock();

    const before = await openStore(url);
    const first = testFetcher({ store: before, clock });
    const report = await pollSource(feed, { fetcher: first.fetcher, health: new SourceHealthBook(before, { clock }) }, readAll);
    expect(report).toMatchObject({ outcome: 'fetched', health: { state: 'ok', items: 1 } });
    await before.close();

    // The bot restarts: a new store handle, a new fetcher, nothing in memory.
    clock.advance(15 * MINUTE_MS);
    const after = await openStore(url);
    try {
      const second = testFetcher({ store: after, clock });
      const book = new SourceHealthBook(after, { clock });
      expect(await book.dueSources([feed])).toEqual([feed]);
      const again = await pollSource(feed, { fetcher: second.fetcher, health: book }, readAll);
      expect(again).toMatchObject({ outcome: 'not-modified', health: { state: 'ok', items: 1, newItems: 0 } });
      expect(site.hits('/feed.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, '"rev-7"']);
    } finally {
      await after.close();
    }
  });

  it('keeps no validators for a body it could not read, so the next poll fetches it whole', async () => {
    site.route('/feed.xml', { body: '<html>not a feed</html>', headers: { etag: '"x"' } });
    const { fetcher, clock, store } = testFetcher();
    const book = new SourceHealthBook(store, { clock });
    const feed = source('agency', site.url('/feed.xml'));
    const notAFeed: ReadDocument = async () => ({ ok: false, failure: { kind: 'not-a-feed', detail: 'an HTML page' } });
    const report = await pollSource(feed, { fetcher, health: book }, notAFeed);
    expect(report.health).toMatchObject({ state: 'failing', failure: { kind: 'not-a-feed' } });
    await pollSource(feed, { fetcher, health: book }, notAFeed);
    expect(site.hits('/feed.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined]);
  });

  it('records a reader that throws as malformed and hands the error back', async () => {
    site.route('/feed.xml', { body: RSS });
    const { fetcher, clock, store } = testFetcher();
    const report = await pollSource(
      source('agency', site.url('/feed.xml')),
      { fetcher, health: new SourceHealthBook(store, { clock }) },
      () => Promise.reject(new Error('unclosed tag at line 3')),
    );
    expect(report.health.failure).toEqual({ kind: 'malformed', detail: 'unclosed tag at line 3' });
    expect((report.error as Error).message).toBe('unclosed tag at line 3');
  });

  it('backs a failing server off, doubling up to a day, then pauses it, and sees it come back', async () => {
    site.route('/feed.xml', { status: 500 });
    const { fetcher, clock, store } = testFetcher();
    const book = new SourceHealthBook(store, { clock, policy: { pauseAfter: 10, backoffBaseMs: 5 * MINUTE_MS, backoffCapMs: DAY_MS } });
    const feed = source('agency', site.url('/feed.xml'), { interval: 30 });
    const waits: number[] = [];
    const states: string[] = [];
    for (let i = 0; i < 10; i++) {
      expect(await book.dueSources([feed])).toEqual([feed]);
      const { health } = await pollSource(feed, { fetcher, health: book }, readAll);
      waits.push((health.nextPollAt - clock.now()) / MINUTE_MS);
      states.push(health.state);
      expect(await book.dueSources([feed])).toEqual([]);
      clock.time = health.nextPollAt;
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1440, 1440, 1440, 1440]);
    expect(states).toEqual([...Array<string>(9).fill('failing'), 'paused']);
    expect((await book.healthViews([feed]))[0]).toMatchObject({
      status: 'paused after 10 failures, retried daily',
      reason: 'HTTP 500 Internal Server Error',
    });

    site.route('/feed.xml', { body: RSS });
    const back = await pollSource(feed, { fetcher, health: book }, readAll);
    expect(back.health).toMatchObject({ state: 'ok', failures: 0, nextPollAt: clock.now() + 30 * MINUTE_MS });
  });

  it('honours Retry-After on 429 before asking again', async () => {
    site.route('/feed.xml', { status: 429, headers: { 'retry-after': '7200' } });
    const { fetcher, clock, store } = testFetcher();
    const book = new SourceHealthBook(store, { clock });
    const { health } = await pollSource(source('busy', site.url('/feed.xml')), { fetcher, health: book }, readAll);
    expect(health.nextPollAt - clock.now()).toBe(7_200_000);
    const [view] = await book.healthViews([source('busy', site.url('/feed.xml'))]);
    expect(view).toMatchObject({ reason: 'HTTP 429 Too Many Requests (asked to wait 2 h)', note: 'the server asked to wait 2 h' });
  });

  it('starts a source afresh when its URL changes in the sources file', async () => {
    const store = memoryStore();
    const clock = new JumpingClock();
    const book = new SourceHealthBook(store, { clock });
    const old = source('agency', 'https://old.example/rss');
    await book.record(old, { kind: 'failed', failure: { kind: 'http-status', status: 410 } });
    expect((await book.get(old)).state).toBe('paused');
    expect((await book.get({ ...old, url: 'https://new.example/rss' })).state).toBe('new');
  });
});
