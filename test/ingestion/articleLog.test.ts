// New articles relayed between hosts through the store's shared log (issue #12): the ingesting host's
// archive publishes what it writes, each host follows the log into its own folder, a host that was away
// catches up from where it got to, and nothing that is not an article of ours is ever written. Against a
// real redis-server, each side on a connection of its own, as processes on two hosts are.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArticleArchive, ingestItem, type FeedItem } from '../../src/ingest/index.js';
import { ArticleFollower, articleLogOf, positionKey, publishArchive, readEntry } from '../../src/ingestion/articleLog.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/index.js';
import { fixtureFetcher } from '../ingest/fixtures.js';
import { redisBackend } from '../store/backends.js';

const redis = redisBackend();
beforeAll(() => redis.setup());
afterAll(() => redis.teardown());

const WIRE = { id: 'caucasus-wire', name: 'Caucasus Wire', language: 'en' };
const DESK = { id: 'regional-desk', name: 'Regional Desk', language: 'en' };
const AGENCY_URL = 'https://wire.example/politics/2024/05/01/geneva-talks';
const REPRINT_URL = 'https://desk.example/a/777';
const now = new Date('2024-06-01T08:00:00Z');
const item = (link: string): FeedItem => ({ link, title: null, date: null, content: null, summary: null, guid: null, language: null });
const fetchPage = fixtureFetcher({ [AGENCY_URL]: 'agency.html', [REPRINT_URL]: 'wire-reprint.html' });

let hostA: string;
let hostB: string;
beforeEach(async () => {
  hostA = await mkdtemp(join(tmpdir(), 'attache-host-a-'));
  hostB = await mkdtemp(join(tmpdir(), 'attache-host-b-'));
});
afterEach(async () => {
  await rm(hostA, { recursive: true, force: true });
  await rm(hostB, { recursive: true, force: true });
});

function quietLogger() {
  const lines: Record<string, unknown>[] = [];
  return { logger: createLogger({ level: 'debug', write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) }), lines };
}

async function folder(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)));
}

describe('the article log between hosts', () => {
  it.skipIf(redis.unavailable !== null)(
    'writes what host A ingests into host B’s folder byte for byte, then its new sources; A’s own follower writes nothing',
    async () => {
      const { reopen } = await redis.fresh();
      const storeA = await reopen();
      const storeB = await reopen();
      const { logger } = quietLogger();
      const archive = await ArticleArchive.open(hostA);
      const published = publishArchive(archive, articleLogOf(storeA)!, logger);
      const followA = new ArticleFollower({ log: articleLogOf(storeA)!, store: storeA, seedsDir: hostA, logger, maxArticleBytes: 1 << 20 });
      const followB = new ArticleFollower({ log: articleLogOf(storeB)!, store: storeB, seedsDir: hostB, logger, maxArticleBytes: 1 << 20 });

      const first = await ingestItem(archive, item(AGENCY_URL), { source: WIRE, fetchPage, now });
      expect(first.outcome).toBe('written');
      await waitUntil(async () => (await followB.catchUp()) > 0);
      expect(await folder(hostB)).toEqual(await folder(hostA));
      expect(Object.keys(await folder(hostB))).toHaveLength(2);
      expect(await followA.catchUp()).toBe(0);

      // The same story from another outlet: only the kept article's metadata changes, on both hosts.
      const reprint = await ingestItem(archive, item(REPRINT_URL), { source: DESK, fetchPage, now });
      expect(reprint.outcome).toBe('source-added');
      await waitUntil(async () => (await followB.catchUp()) > 0);
      expect(await folder(hostB)).toEqual(await folder(hostA));
      expect(Object.values(await folder(hostB)).some((text) => text.includes('"Regional Desk"'))).toBe(true);
      published.stop();
      await Promise.all([storeA.close(), storeB.close()]);
    },
  );

  it.skipIf(redis.unavailable !== null)('lets a host that was away catch up from where it got to, and no further back', async () => {
    const { reopen, url, namespace } = await redis.fresh();
    const store = await reopen();
    const { logger } = quietLogger();
    const archive = await ArticleArchive.open(hostA);
    const published = publishArchive(archive, articleLogOf(store)!, logger);
    await ingestItem(archive, item(AGENCY_URL), { source: WIRE, fetchPage, now });
    const b1 = await openStore(url, { namespace });
    const follow = () => new ArticleFollower({ log: articleLogOf(b1)!, store: b1, seedsDir: hostB, logger, maxArticleBytes: 1 << 20 });
    await waitUntil(async () => (await follow().catchUp()) > 0);
    expect(await b1.get(positionKey(hostB))).toMatch(/^\d+-\d+$/);
    // B is away: it forgets nothing on disk, and a new follower (a restart) finds nothing new to write.
    await rm(join(hostB, Object.keys(await folder(hostB))[0]!));
    expect(await follow().catchUp()).toBe(0);
    published.stop();
    await Promise.all([store.close(), b1.close()]);
  });

  it.skipIf(redis.unavailable !== null)('logs and skips an entry that is not one of our articles, and writes the next', async () => {
    const { reopen } = await redis.fresh();
    const store = await reopen();
    const { logger, lines } = quietLogger();
    const log = articleLogOf(store)!;
    await log.append({ id: '../../etc/cron.d/x', meta: '{}', text: ' date 2024-01-01 x' });
    const archive = await ArticleArchive.open(hostA);
    publishArchive(archive, log, logger);
    await ingestItem(archive, item(AGENCY_URL), { source: WIRE, fetchPage, now });
    const follower = new ArticleFollower({ log, store, seedsDir: hostB, logger, maxArticleBytes: 1 << 20 });
    await waitUntil(async () => (await follower.catchUp()) > 0);
    expect(Object.keys(await folder(hostB))).toHaveLength(2);
    expect(lines.find((l) => l.event === 'relayed article skipped')).toMatchObject({ reason: '"../../etc/cron.d/x" is not an article id' });
    await store.close();
  });
});

describe('readEntry', () => {
  const meta = (id: string) => JSON.stringify({ format: 'attache-article-meta/1', id });
  it.each([
    [{ id: 'a/b', meta: meta('a/b') }, '"a/b" is not an article id'],
    [{ id: 'abc', meta: 'nope' }, 'its metadata is not JSON'],
    [{ id: 'abc', meta: meta('other') }, 'its metadata is not attache-article-meta/1 for abc'],
    [{ id: 'abc', meta: meta('abc'), text: 'hello' }, 'its text is not an article file (` date YYYY-MM-DD` first)'],
    [{ id: 'abc', meta: meta('abc'), text: ` date 2024-01-01 ${'x'.repeat(3000)}` }, 'too large: 3 kB, over MAX_ARTICLE_BYTES'],
  ])('refuses %j', (fields, reason) => {
    expect(readEntry(fields, 2048)).toEqual({ ok: false, reason });
  });
  it('takes an article and a metadata update', () => {
    expect(readEntry({ id: 'abc', meta: meta('abc'), text: ' date 2024-01-01 Body.' }, 2048)).toMatchObject({
      ok: true,
      text: ' date 2024-01-01 Body.',
    });
    expect(readEntry({ id: 'abc', meta: meta('abc') }, 2048)).toMatchObject({ ok: true, text: null });
  });
});

async function waitUntil(probe: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
