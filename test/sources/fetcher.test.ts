// The fetcher against a loopback news site: what each answer of a server (and each fault) becomes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/sources/encoding.js';
import type { FetchOutcome } from '../../src/sources/fetcher.js';
import { describeFailure } from '../../src/sources/failures.js';
import { RSS, source, testFetcher, TEST_USER_AGENT } from './fixtures.js';
import { startNewsServer, type NewsServer } from './newsServer.js';

let site: NewsServer;
beforeEach(async () => {
  site = await startNewsServer({ '/feed.xml': { body: RSS, headers: { 'content-type': 'application/rss+xml; charset=utf-8' } } });
});
afterEach(() => site.close());

function failure(outcome: FetchOutcome) {
  if (outcome.kind !== 'failed') throw new Error(`expected a failure, got ${outcome.kind}`);
  return outcome.failure;
}

describe('fetchSource', () => {
  it('returns the body with its content type and declared charset, and says who is asking', async () => {
    const { fetcher } = testFetcher();
    const outcome = await fetcher.fetchSource(source('agency', site.url('/feed.xml')));
    expect(outcome.kind).toBe('fetched');
    if (outcome.kind !== 'fetched') return;
    expect(decodeText(outcome.document.bytes, outcome.document.contentType)).toBe(RSS);
    expect(outcome.document.charset).toBe('utf-8');
    expect(outcome.document.movedTo).toBeNull();
    const request = site.hits('/feed.xml')[0]!;
    expect(request.headers['user-agent']).toBe(TEST_USER_AGENT);
    expect(request.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it.each(['gzip', 'br', 'deflate'] as const)('decompresses a %s body', async (encoding) => {
    site.route('/packed.xml', { body: RSS, encoding });
    const { fetcher } = testFetcher();
    const outcome = await fetcher.fetchSource(source('packed', site.url('/packed.xml')));
    expect(outcome.kind === 'fetched' && decodeText(outcome.document.bytes, outcome.document.contentType)).toBe(RSS);
  });

  it('reads a windows-1251 feed as the header declares it', async () => {
    const text = '<?xml version="1.0"?><rss><channel><title>Новости Армении</title></channel></rss>';
    site.route('/ru.xml', { body: iconv.encode(text, 'win1251'), headers: { 'content-type': 'text/xml; charset=windows-1251' } });
    const { fetcher } = testFetcher();
    const outcome = await fetcher.fetchSource(source('ru', site.url('/ru.xml')));
    if (outcome.kind !== 'fetched') throw new Error(outcome.kind);
    expect(outcome.document.charset).toBe('windows-1251');
    expect(decodeText(outcome.document.bytes, outcome.document.contentType)).toBe(text);
  });

  it.each([
    [404, 'HTTP 404 Not Found: no page at this address'],
    [410, 'HTTP 410 Gone: the feed was removed'],
    [500, 'HTTP 500 Internal Server Error'],
  ])('reports HTTP %i in words', async (status, words) => {
    site.route('/broken', { status, body: 'nope' });
    const { fetcher } = testFetcher();
    const f = failure(await fetcher.fetchSource(source('broken', site.url('/broken'))));
    expect(f).toEqual({ kind: 'http-status', status });
    expect(describeFailure(f)).toBe(words);
  });

  it("keeps a 429's Retry-After, in seconds or as a date", async () => {
    site.route('/busy', { status: 429, headers: { 'retry-after': '120' } });
    const { fetcher, clock } = testFetcher();
    const outcome = await fetcher.fetchSource(source('busy', site.url('/busy')));
    expect(outcome).toEqual({
      kind: 'failed',
      failure: { kind: 'http-status', status: 429, retryAfterMs: 120_000 },
      retryAfterMs: 120_000,
    });
    expect(describeFailure(failure(outcome))).toBe('HTTP 429 Too Many Requests (asked to wait 2 min)');

    site.route('/down', { status: 503, headers: { 'retry-after': new Date(clock.now() + 3_600_000).toUTCString() } });
    const down = await fetcher.fetchSource(source('down', site.url('/down')));
    expect(down.kind === 'failed' && down.retryAfterMs).toBe(3_600_000);
  });

  it('answers 304 as not modified when the server says the kept ETag still holds', async () => {
    site.route('/cond.xml', (req) =>
      req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { body: RSS, headers: { etag: '"v1"' } },
    );
    const { fetcher } = testFetcher();
    const feed = source('cond', site.url('/cond.xml'));
    const first = await fetcher.fetchSource(feed);
    if (first.kind !== 'fetched') throw new Error(first.kind);
    // Not kept until the caller says the body was read.
    expect((await fetcher.fetchSource(feed)).kind).toBe('fetched');
    await fetcher.commitValidators(feed.id, first.document);
    expect(await fetcher.fetchSource(feed)).toEqual({ kind: 'not-modified', url: feed.url });
    expect(site.hits('/cond.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined, '"v1"']);
  });

  it('sends Last-Modified back as If-Modified-Since, and forgets validators kept for another URL', async () => {
    const stamp = 'Wed, 14 Jan 2026 10:00:00 GMT';
    site.route('/lm.xml', { body: RSS, headers: { 'last-modified': stamp } });
    site.route('/lm2.xml', { body: RSS });
    const { fetcher } = testFetcher();
    const first = await fetcher.fetchSource(source('lm', site.url('/lm.xml')));
    if (first.kind !== 'fetched') throw new Error(first.kind);
    await fetcher.commitValidators('lm', first.document);
    await fetcher.fetchSource(source('lm', site.url('/lm.xml')));
    await fetcher.fetchSource(source('lm', site.url('/lm2.xml')));
    expect(site.hits('/lm.xml')[1]!.headers['if-modified-since']).toBe(stamp);
    expect(site.hits('/lm2.xml')[0]!.headers['if-modified-since']).toBeUndefined();
  });

  it('follows a few redirects and says when every hop was permanent', async () => {
    site.route('/old', { status: 301, headers: { location: '/older' } });
    site.route('/older', { status: 308, headers: { location: site.url('/feed.xml') } });
    const { fetcher } = testFetcher();
    const outcome = await fetcher.fetchSource(source('moved', site.url('/old')));
    expect(outcome.kind === 'fetched' && outcome.document.movedTo).toBe(site.url('/feed.xml'));
  });

  it('stops a redirect loop, and a chain longer than the limit', async () => {
    site.route('/a', { status: 302, headers: { location: '/b' } });
    site.route('/b', { status: 302, headers: { location: '/a' } });
    for (let i = 0; i < 8; i++) site.route(`/hop${i}`, { status: 307, headers: { location: `/hop${i + 1}` } });
    const { fetcher } = testFetcher({ maxRedirects: 5 });
    expect(failure(await fetcher.fetchSource(source('loop', site.url('/a'))))).toEqual({ kind: 'redirect-loop', url: site.url('/a') });
    expect(failure(await fetcher.fetchSource(source('long', site.url('/hop0'))))).toEqual({ kind: 'too-many-redirects', limit: 5 });
    expect(site.hits('/hop5')).toHaveLength(1);
    expect(site.hits('/hop6')).toHaveLength(0);
  });

  it('refuses a redirect to another scheme', async () => {
    site.route('/ftp', { status: 302, headers: { location: 'ftp://files.example/feed.xml' } });
    const { fetcher } = testFetcher();
    expect(failure(await fetcher.fetchSource(source('ftp', site.url('/ftp'))))).toEqual({
      kind: 'bad-url',
      url: 'redirect to ftp://files.example/feed.xml',
    });
  });

  it('gives up on a slow answer after the timeout', async () => {
    site.route('/slow', { body: RSS, delayMs: 3_000 });
    const { fetcher } = testFetcher({ timeoutMs: 300 });
    const started = Date.now();
    expect(failure(await fetcher.fetchSource(source('slow', site.url('/slow'))))).toEqual({ kind: 'timeout', afterMs: 300 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('aborts a 30 MB body as too large, declared or counted, and a compressed bomb', async () => {
    const MB = 1024 * 1024;
    site.route('/huge', { size: 30 * MB });
    site.route('/huge-chunked', { size: 30 * MB, chunked: true });
    site.route('/bomb', { body: Buffer.alloc(20 * MB, ' '), encoding: 'gzip' });
    const { fetcher } = testFetcher({ maxBytes: 5 * MB });
    for (const path of ['/huge', '/huge-chunked', '/bomb']) {
      const f = failure(await fetcher.fetchSource(source('huge', site.url(path))));
      expect(f, path).toEqual({ kind: 'too-large', limitBytes: 5 * MB });
      expect(describeFailure(f)).toBe('too large: more than 5 MB');
    }
  });

  it('names a bot wall instead of a bare 403', async () => {
    site.route('/walled', {
      status: 403,
      headers: { 'content-type': 'text/html', server: 'cloudflare' },
      body: '<html><head><title>Just a moment...</title></head><body><script src="/cdn-cgi/challenge-platform/x.js"></script></body></html>',
    });
    const { fetcher } = testFetcher();
    const f = failure(await fetcher.fetchSource(source('walled', site.url('/walled'))));
    expect(f).toEqual({ kind: 'bot-wall', status: 403, detail: 'Cloudflare challenge' });
  });

  it('reports a server that is not there as a network error', async () => {
    const closed = await startNewsServer();
    const url = closed.url('/feed.xml');
    await closed.close();
    const { fetcher } = testFetcher();
    expect(failure(await fetcher.fetchSource(source('gone', url)))).toMatchObject({ kind: 'network', code: 'ECONNREFUSED' });
  });
});
