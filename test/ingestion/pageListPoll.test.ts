// A `page-list` source end to end: a ministry's press-release list served by the loopback news site, polled
// through SourcePoller into an articles folder: each release's page fetched politely and written as an
// article the index reads; nothing else of the list fetched (PDF, pagination, categories); a second poll
// writes nothing, whether the site answers 304 or sends the list again; a page with no releases is that
// source's failure, in words.
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleArchive } from '../../src/ingest/index.js';
import { SourcePoller } from '../../src/ingestion/index.js';
import { createLogger } from '../../src/log.js';
import { loadIndex } from '../../src/pipeline/index.js';
import { SourceHealthBook, type Source } from '../../src/sources/index.js';
import { sourcesView } from '../../src/views/sources.js';
import { source, testFetcher } from '../sources/fixtures.js';
import { startNewsServer, type NewsServer, type Route } from '../sources/newsServer.js';
import { pageHtml, STORIES } from './newsSite.js';

const LIST = resolve(import.meta.dirname, '../ingest/fixtures/lists/ministry-press.html');
const ETAG = '"press-list-v1"';
/** The list's releases → the stories their pages tell (Pashinyan, Mirzoyan, Bayramov). */
const RELEASES: Record<string, string> = {
  '/en/press/1189': 'pashinyan-agenda',
  '/en/press/1188': 'mirzoyan-crossings',
  '/en/press/1187': 'bayramov-agreement',
};

let site: NewsServer;
let dir: string;
let lines: Record<string, unknown>[];

beforeEach(async () => {
  // The template links one release by absolute address on the ministry's own host: here, the loopback site.
  const list = (await readFile(LIST, 'utf8')).replaceAll('https://www.ministry.example', '');
  site = await startNewsServer({
    '/en/press': (request: IncomingMessage): Route =>
      request.headers['if-none-match'] === ETAG
        ? { status: 304, headers: { etag: ETAG } }
        : { headers: { 'content-type': 'text/html; charset=utf-8', etag: ETAG }, body: list },
    // The same list from a site that sends no validators: read again at every poll.
    '/en/press-plain': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: list.replaceAll('/en/press', '/en/press-plain') },
    '/en/about': {
      headers: { 'content-type': 'text/html' },
      body: '<!doctype html><html><body><nav><a href="/en/about/1">The ministry’s history and its people</a></nav><p>About us.</p></body></html>',
    },
  });
  for (const [path, slug] of Object.entries(RELEASES)) {
    const story = STORIES.find((s) => s.slug === slug)!;
    const route = { headers: { 'content-type': 'text/html; charset=utf-8' }, body: pageHtml(story) };
    site.route(path, route);
    site.route(path.replace('/en/press/', '/en/press-plain/'), route);
  }
  dir = await mkdtemp(join(tmpdir(), 'attache-page-list-'));
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
  return { poller: new SourcePoller({ sources, fetcher, health, archive, logger, now: () => clock.now() }), health, clock };
}

const files = async (suffix: string) => (await readdir(dir)).filter((f) => f.endsWith(suffix)).sort();
const listSource = (id: string, path: string) => source(id, site.url(path), { kind: 'page-list', name: 'Ministry of Foreign Affairs' });
const pagesFetched = () => site.requests.map((r) => r.path).filter((p) => p !== '/robots.txt');

describe('a press-release list page as a source', () => {
  it('writes each release of the list as an article the index reads, fetching nothing else of the list; a 304 then writes nothing', async () => {
    await copyFile(resolve(import.meta.dirname, '../../seeds/actors.json'), join(dir, 'actors.json'));
    const { poller: p } = await poller([listSource('mfa', '/en/press')]);
    const first = await p.pollAll();
    expect(first.written).toBe(3);
    expect(lines.find((l) => l.event === 'source polled')).toMatchObject({ source: 'mfa', items: 3, new: 3 });
    // The list, then its three releases: no PDF, no page 2, no category, no link a script would have written.
    expect(pagesFetched()).toEqual(['/en/press', '/en/press/1189', '/en/press/1188', '/en/press/1187']);
    expect(await files('.txt')).toHaveLength(3);

    const metas = await Promise.all((await files('.meta.json')).map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8'))));
    expect(metas.map((m) => [m.url, m.date, m.sourceId, m.outlet]).sort()).toEqual([
      [site.url('/en/press/1187'), '2026-03-10', 'mfa', 'Ministry of Foreign Affairs'],
      [site.url('/en/press/1188'), '2026-03-10', 'mfa', 'Ministry of Foreign Affairs'],
      [site.url('/en/press/1189'), '2026-03-11', 'mfa', 'Ministry of Foreign Affairs'],
    ]);
    const { index } = await loadIndex({ seedsDir: dir, cacheDir: null });
    expect(index.stats()).toMatchObject({ articles: 3 });
    expect(index.stats().statements).toBeGreaterThanOrEqual(3);

    const before = await files('');
    const second = await p.pollAll();
    expect(second).toMatchObject({ written: 0, reports: [{ outcome: 'not-modified' }] });
    expect(site.hits('/en/press').at(-1)?.headers['if-none-match']).toBe(ETAG);
    expect(pagesFetched()).toHaveLength(5);
    expect(await files('')).toEqual(before);
  });

  it('reads a list sent again without validators, but fetches and writes none of the releases it holds', async () => {
    const { poller: p } = await poller([listSource('mfa-plain', '/en/press-plain')]);
    expect((await p.pollAll()).written).toBe(3);
    const before = await files('');
    const second = await p.pollAll();
    expect(second).toMatchObject({ written: 0, reports: [{ outcome: 'fetched', event: { kind: 'read', items: 3, newItems: 0 } }] });
    expect(site.hits('/en/press-plain')).toHaveLength(2);
    for (const path of Object.keys(RELEASES)) expect(site.hits(path.replace('/en/press/', '/en/press-plain/'))).toHaveLength(1);
    expect(await files('')).toEqual(before);
  });

  it('records a page with no releases as that source’s failure, in words, in the log and the health view', async () => {
    const sources = [listSource('about', '/en/about')];
    const { poller: p, health, clock } = await poller(sources);
    const round = await p.pollAll();
    expect(round.reports.map((r) => r.event.kind)).toEqual(['failed']);
    expect(lines.find((l) => l.event === 'source poll failed')).toMatchObject({
      source: 'about',
      kind: 'not-a-list-page',
      reason: 'not a press-release list: no article links found',
      state: 'failing',
    });
    const view = sourcesView(await health.healthViews(sources), true, clock.now());
    expect(view.sources[0]).toMatchObject({ state: 'failing', reason: 'not a press-release list: no article links found' });
    expect(await files('.txt')).toEqual([]);
  });
});
