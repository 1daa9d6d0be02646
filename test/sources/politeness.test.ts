// The rules a polite crawler keeps: robots.txt, Crawl-delay, one request per host at a time with a pause,
// and no request to the operator's own network.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/sources/addresses.js';
import { describeFailure } from '../../src/sources/failures.js';
import { RSS, source, testFetcher } from './fixtures.js';
import { startNewsServer, type NewsServer } from './newsServer.js';

let site: NewsServer;
beforeEach(async () => {
  site = await startNewsServer({ '/feed.xml': { body: RSS }, '/other.xml': { body: RSS } });
});
afterEach(() => site.close());

describe('robots.txt', () => {
  it('is honoured: a disallowed feed is not requested, and the reason names it', async () => {
    site.route('/robots.txt', { body: 'User-agent: AttacheBot\nDisallow: /private/\n\nUser-agent: *\nDisallow:\n' });
    site.route('/private/feed.xml', { body: RSS });
    const { fetcher } = testFetcher();
    const outcome = await fetcher.fetchSource(source('private', site.url('/private/feed.xml')));
    expect(outcome).toEqual({ kind: 'failed', failure: { kind: 'robots-disallow', url: site.url('/private/feed.xml') } });
    expect(site.hits('/private/feed.xml')).toHaveLength(0);
    expect((await fetcher.fetchSource(source('public', site.url('/feed.xml')))).kind).toBe('fetched');
  });

  it('is read once per site and kept for a day', async () => {
    site.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
    const { fetcher, clock } = testFetcher();
    await fetcher.fetchSource(source('a', site.url('/feed.xml')));
    await fetcher.fetchSource(source('b', site.url('/other.xml')));
    expect(site.hits('/robots.txt')).toHaveLength(1);
    clock.advance(24 * 3_600_000 + 1);
    await fetcher.fetchSource(source('a', site.url('/feed.xml')));
    expect(site.hits('/robots.txt')).toHaveLength(2);
  });

  it('allows everything when missing, and nothing (for now) when the server fails to give it', async () => {
    const { fetcher } = testFetcher();
    expect((await fetcher.fetchSource(source('a', site.url('/feed.xml')))).kind).toBe('fetched');

    const failing = await startNewsServer({ '/robots.txt': { status: 503 }, '/feed.xml': { body: RSS } });
    try {
      const outcome = await testFetcher().fetcher.fetchSource(source('b', failing.url('/feed.xml')));
      expect(outcome.kind === 'failed' && outcome.failure).toEqual({ kind: 'robots-unreachable', detail: 'HTTP 503' });
      expect(failing.hits('/feed.xml')).toHaveLength(0);
    } finally {
      await failing.close();
    }
  });

  it("spaces requests to its site by its Crawl-delay when that is longer than the fetcher's own spacing", async () => {
    site.route('/robots.txt', { body: 'User-agent: *\nCrawl-delay: 7\n' });
    const { fetcher, clock } = testFetcher({ hostSpacingMs: 1_000 });
    await fetcher.fetchSource(source('a', site.url('/feed.xml')));
    await fetcher.fetchSource(source('b', site.url('/other.xml')));
    // robots.txt itself, then 7 s, the first feed, 7 s, the second.
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt', '/feed.xml', '/other.xml']);
    expect(clock.sleeps).toEqual([7_000, 7_000]);
  });
});

describe('one host at a time', () => {
  it('never has two requests in flight to one host, and pauses between them', async () => {
    site.route('/slow1.xml', { body: RSS, delayMs: 150 });
    site.route('/slow2.xml', { body: RSS, delayMs: 150 });
    const { fetcher, clock } = testFetcher({ hostSpacingMs: 2_000 });
    const outcomes = await Promise.all([
      fetcher.fetchSource(source('one', site.url('/slow1.xml'))),
      fetcher.fetchSource(source('two', site.url('/slow2.xml'))),
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['fetched', 'fetched']);
    expect(site.maxInFlight).toBe(1);
    const [first, second] = [site.hits('/slow1.xml')[0]!, site.hits('/slow2.xml')[0]!];
    expect(second.startedAt).toBeGreaterThanOrEqual(first.endedAt!);
    // robots.txt, then each feed: every request after the first waited the spacing on the fetcher's clock.
    expect(clock.sleeps).toEqual([2_000, 2_000]);
  });

  it('lets two hosts run side by side', async () => {
    const other = await startNewsServer({ '/feed.xml': { body: RSS, delayMs: 200 } });
    try {
      site.route('/feed.xml', { body: RSS, delayMs: 200 });
      const { fetcher } = testFetcher({ hostSpacingMs: 0 });
      await Promise.all([
        fetcher.fetchSource(source('a', site.url('/feed.xml'))),
        fetcher.fetchSource(source('b', other.url('/feed.xml'))),
      ]);
      const [a, b] = [site.hits('/feed.xml')[0]!, other.hits('/feed.xml')[0]!];
      expect(b.startedAt).toBeLessThan(a.endedAt!);
    } finally {
      await other.close();
    }
  });
});

describe('private addresses', () => {
  it('are refused without SOURCES_ALLOW_PRIVATE, before any request', async () => {
    const { fetcher } = testFetcher({ allowPrivate: false });
    const outcome = await fetcher.fetchSource(source('local', site.url('/feed.xml')));
    expect(outcome).toEqual({ kind: 'failed', failure: { kind: 'private-address', host: '127.0.0.1', address: '127.0.0.1' } });
    expect(site.requests).toHaveLength(0);
    if (outcome.kind === 'failed') expect(describeFailure(outcome.failure)).toContain('SOURCES_ALLOW_PRIVATE=true allows it');
  });

  it('are refused by what a name resolves to, also on a redirect', async () => {
    // feed.test stands for a public site (the policy lets this one loopback address through); intranet.test
    // resolves to a private address, as a hostile redirect would.
    const names: Record<string, string> = { 'feed.test': '127.0.0.1', 'intranet.test': '10.1.2.3', 'metadata.test': '169.254.169.254' };
    const resolve = async (host: string) => (names[host] ? [{ address: names[host], family: 4 }] : []);
    const addressPolicy = (address: string) => address === '127.0.0.1' || isPublicAddress(address);
    site.route('/jump', { status: 302, headers: { location: `http://intranet.test:${site.port}/admin` } });
    const { fetcher } = testFetcher({ allowPrivate: false, addressPolicy, resolve });

    expect((await fetcher.fetchSource(source('ok', `http://feed.test:${site.port}/feed.xml`))).kind).toBe('fetched');
    const jumped = await fetcher.fetchSource(source('jump', `http://feed.test:${site.port}/jump`));
    expect(jumped.kind === 'failed' && jumped.failure).toEqual({ kind: 'private-address', host: 'intranet.test', address: '10.1.2.3' });
    const direct = await fetcher.fetchSource(source('meta', `http://metadata.test:${site.port}/latest`));
    expect(direct.kind === 'failed' && direct.failure).toEqual({
      kind: 'private-address',
      host: 'metadata.test',
      address: '169.254.169.254',
    });
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt', '/feed.xml', '/jump']);
  });

  it('are told apart from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPublicAddress(address), address).toBe(false);
    for (const address of ['8.8.8.8', '151.101.1.69', '2a00:1450:4001:80b::200e', '172.32.0.1'])
      expect(isPublicAddress(address), address).toBe(true);
  });
});
