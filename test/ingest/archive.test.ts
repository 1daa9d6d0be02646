// From feed items to article files: written once, in the seeds format, with their metadata; duplicates,
// reprints, other languages, and a folder that keeps reading as before.
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isArticleFile, listArticleFiles } from '../../src/corpus/articleFiles.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { textOf } from '../../src/model.js';
import { readArticles } from '../../src/pipeline/readArticles.js';
import {
  ArticleArchive,
  ingestFeed,
  ingestItem,
  isArticleMetaFile,
  isExtractable,
  type ArticleMeta,
  type FeedItem,
  type ItemOutcome,
} from '../../src/ingest/index.js';
import { feedText, fixtureFetcher } from './fixtures.js';

const WIRE = { id: 'caucasus-wire', name: 'Caucasus Wire', language: 'en' };
const DESK = { id: 'regional-desk', name: 'Regional Desk', language: 'en' };
const now = new Date('2024-06-01T08:00:00Z');
const AGENCY_URL = 'https://wire.example/politics/2024/05/01/geneva-talks?utm_source=rss&utm_medium=feed';
const REPRINT_URL = 'https://desk.example/a/777?fbclid=IwAR3xyz';

const item = (fields: Partial<FeedItem>): FeedItem => ({
  link: null,
  title: null,
  date: null,
  content: null,
  summary: null,
  guid: null,
  language: null,
  ...fields,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-ingest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const written = (o: ItemOutcome) => (o.outcome === 'written' ? o.id : null);
const meta = async (id: string) => JSON.parse(await readFile(join(dir, `${id}.meta.json`), 'utf8')) as ArticleMeta;
async function article(id: string) {
  const parsed = parseArticle(`${id}.txt`, await readFile(join(dir, `${id}.txt`)));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return { ...parsed.article, texts: parsed.article.paragraphs.map((p) => textOf(parsed.article, p)) };
}
async function snapshot() {
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map(async (n) => `${n} ${(await stat(join(dir, n))).mtimeMs} ${(await readFile(join(dir, n))).length}`));
}

describe('ingesting a feed', () => {
  it('writes an item carrying its full text as an article parseArticle reads, paragraphs intact, with its metadata beside it', async () => {
    const archive = await ArticleArchive.open(dir);
    const fetchPage = fixtureFetcher({});
    const result = await ingestFeed(archive, feedText('rss2.xml'), 'https://wire.example/rss', { source: WIRE, fetchPage, now });
    if (!result.ok) throw new Error(result.detail);
    expect(result.outcomes.map((o) => o.outcome)).toEqual(['written', 'skipped', 'skipped']);
    expect(result.outcomes[1]).toMatchObject({ reason: 'the page could not be fetched: HTTP 404' });
    expect(result.outcomes[2]).toMatchObject({ reason: 'the item has neither text nor a link' });
    // The item had its full text: no page was fetched for it.
    expect(fetchPage.calls).toEqual(['https://wire.example/politics/2024/05/02/eu-envoy-tbilisi']);

    const id = written(result.outcomes[0]!)!;
    expect(id).toMatch(/^2024-05-01_caucasus-wire_[0-9a-f]{12}$/);
    const a = await article(id);
    expect(a.date).toBe('2024-05-01');
    expect(a.texts).toEqual([
      'Mirzoyan and Bayramov meet in Geneva & agree on next round',
      'Foreign Minister of Armenia Ararat Mirzoyan and Foreign Minister of Azerbaijan Jeyhun Bayramov met in Geneva on Wednesday, the two ministries said.',
      '“We agreed to continue the work on the text of the peace treaty,” Mirzoyan told reporters after the talks.',
      'Bayramov said the next round would take place within weeks, without naming a venue.',
    ]);
    expect(await meta(id)).toMatchObject({
      format: 'attache-article-meta/1',
      id,
      outlet: 'Caucasus Wire',
      sourceId: 'caucasus-wire',
      title: 'Mirzoyan and Bayramov meet in Geneva & agree on next round',
      url: 'https://wire.example/politics/2024/05/01/geneva-talks',
      guid: 'wire-2024-0501-geneva',
      fetchedAt: '2024-06-01T08:00:00.000Z',
      language: 'en',
      extract: true,
      date: '2024-05-01',
      dateFrom: 'feed',
      textFrom: 'feed',
      alsoFrom: [],
    });
    // The metadata is never taken for an article; nothing temporary is left behind.
    const names = await readdir(dir);
    expect(names.sort()).toEqual([`${id}.meta.json`, `${id}.txt`]);
    expect(names.filter(isArticleFile)).toEqual([`${id}.txt`]);
    expect(isArticleMetaFile(`${id}.meta.json`)).toBe(true);
  });

  it('run twice over the same feed, fetches no known item again and writes nothing the second time, also after a restart', async () => {
    const fetchPage = fixtureFetcher({ [AGENCY_URL]: 'agency.html' });
    const items = [item({ link: AGENCY_URL, title: 'Geneva talks', guid: 'g-1' })];
    const first = await ingestItem(await ArticleArchive.open(dir), items[0]!, { source: WIRE, fetchPage, now });
    expect(first.outcome).toBe('written');
    const before = await snapshot();
    for (const archive of [await ArticleArchive.open(dir), await ArticleArchive.open(dir)]) {
      const again = await ingestItem(archive, items[0]!, { source: WIRE, fetchPage, now: new Date('2024-06-02T00:00:00Z') });
      expect(again).toMatchObject({ outcome: 'duplicate', match: 'url' });
    }
    expect(fetchPage.calls).toHaveLength(1);
    expect(await snapshot()).toEqual(before);
  });

  it("reads the linked page when the item has no full text: Readability's paragraphs, JSON-LD date, clean canonical URL", async () => {
    const archive = await ArticleArchive.open(dir);
    const fetchPage = fixtureFetcher({ [AGENCY_URL]: 'agency.html' });
    const outcome = await ingestItem(archive, item({ link: AGENCY_URL, date: 'Sun, 28 Apr 2024 10:00:00 GMT' }), {
      source: WIRE,
      fetchPage,
      now,
    });
    const id = written(outcome)!;
    const m = await meta(id);
    expect(m).toMatchObject({
      url: 'https://wire.example/politics/2024/05/01/geneva-talks?id=884',
      links: ['https://wire.example/politics/2024/05/01/geneva-talks'],
      date: '2024-05-01',
      dateFrom: 'json-ld',
      textFrom: 'page',
      title: 'Mirzoyan and Bayramov meet in Geneva',
    });
    const a = await article(id);
    // The title, then the page's seven paragraphs (its own headline not repeated).
    expect(a.texts).toHaveLength(8);
    expect(a.texts[0]).toBe('Mirzoyan and Bayramov meet in Geneva');
    expect(a.texts[3]).toMatch(/^“We agreed to continue the work on the text of the peace treaty and to instruct/);
  });

  it('records a reprint by another outlet as a second source of the kept article, and writes no second article', async () => {
    const archive = await ArticleArchive.open(dir);
    const fetchPage = fixtureFetcher({ [AGENCY_URL]: 'agency.html', [REPRINT_URL]: 'wire-reprint.html' });
    const kept = written(await ingestItem(archive, item({ link: AGENCY_URL }), { source: WIRE, fetchPage, now }))!;
    const reprint = await ingestItem(archive, item({ link: REPRINT_URL, title: 'Armenia, Azerbaijan FMs hold talks in Geneva' }), {
      source: DESK,
      fetchPage,
      now,
    });
    expect(reprint).toMatchObject({ outcome: 'source-added', id: kept, match: 'near' });
    expect(reprint.outcome === 'source-added' && reprint.similarity).toBeGreaterThan(0.5);
    expect((await meta(kept)).alsoFrom).toEqual([
      {
        sourceId: 'regional-desk',
        outlet: 'Regional Desk',
        url: 'https://desk.example/a/777',
        title: 'Armenia, Azerbaijan FMs hold talks in Geneva',
        fetchedAt: '2024-06-01T08:00:00.000Z',
        match: 'near',
        similarity: expect.any(Number),
      },
    ]);
    expect(await listArticleFiles(dir)).toEqual([`${kept}.txt`]);
    // The reprint's address is now known: a later run neither fetches it nor records it twice.
    const again = await ingestItem(await ArticleArchive.open(dir), item({ link: REPRINT_URL }), { source: DESK, fetchPage, now });
    expect(again).toMatchObject({ outcome: 'duplicate', id: kept });
    expect(fetchPage.calls).toEqual([AGENCY_URL, REPRINT_URL]);
  });

  it('takes the same text under another address as one article, from the same outlet or another', async () => {
    const archive = await ArticleArchive.open(dir);
    const fetchPage = fixtureFetcher({});
    const content = { type: 'html' as const, text: `<p>${'The ministers met in Geneva and agreed to meet again. '.repeat(6)}</p>` };
    const first = await ingestItem(archive, item({ link: 'https://a.example/1', content }), { source: WIRE, fetchPage, now });
    const sameOutlet = await ingestItem(archive, item({ link: 'https://a.example/1-amp', content }), { source: WIRE, fetchPage, now });
    const otherOutlet = await ingestItem(archive, item({ link: 'https://b.example/9', content }), { source: DESK, fetchPage, now });
    expect([first.outcome, sameOutlet.outcome, otherOutlet.outcome]).toEqual(['written', 'duplicate', 'source-added']);
    expect(otherOutlet).toMatchObject({ match: 'text', similarity: 1 });
    expect(await listArticleFiles(dir)).toHaveLength(1);
  });

  it('stores a non-English item with its language, marked not to be extracted, and decodes a windows-1251 page', async () => {
    const archive = await ArticleArchive.open(dir);
    const fetchPage = fixtureFetcher({ 'https://mid.example/news/1': 'windows-1251.html.bin' });
    const json = await ingestFeed(archive, feedText('feed.json'), 'https://eurasia.example/feed.json', { source: DESK, fetchPage, now });
    if (!json.ok) throw new Error(json.detail);
    const [en, ru] = json.outcomes.map((o) => written(o)!);
    expect(await meta(en!)).toMatchObject({ language: 'en', extract: true, url: 'https://eurasia.example/news/7781?ref=home' });
    expect(await meta(ru!)).toMatchObject({ language: 'ru', extract: false, date: '2024-05-08', title: 'Заявление МИД' });
    expect(isExtractable(await meta(ru!))).toBe(false);
    expect((await article(ru!)).texts).toEqual([
      'Заявление МИД',
      'Министр иностранных дел провёл переговоры.',
      'Стороны обсудили повестку.',
    ]);

    const page = await ingestItem(archive, item({ link: 'https://mid.example/news/1' }), {
      source: { id: 'mid', name: 'МИД России', language: 'ru' },
      fetchPage,
      now,
    });
    const id = written(page)!;
    // The outlet's name has no ASCII letters: the file name says `source`.
    expect(id).toMatch(/^2024-05-10_source_[0-9a-f]{12}$/);
    expect(await meta(id)).toMatchObject({
      language: 'ru',
      extract: false,
      dateFrom: 'meta',
      title: 'Лавров провёл переговоры с Мирзояном',
    });
    expect((await article(id)).texts[1]).toMatch(/^Министр иностранных дел России Сергей Лавров провёл в Москве переговоры/);
  });

  it('dates an article by its URL when neither page nor feed does, and by the day of fetching when nothing does', async () => {
    const archive = await ArticleArchive.open(dir);
    const fetchPage = fixtureFetcher({
      'https://mfa.example/2024/05/12/statement': 'scripts.html',
      'https://mfa.example/statements/12': 'scripts.html',
    });
    const byUrl = written(
      await ingestItem(archive, item({ link: 'https://mfa.example/2024/05/12/statement' }), { source: WIRE, fetchPage, now }),
    )!;
    expect(await meta(byUrl)).toMatchObject({ date: '2024-05-12', dateFrom: 'url' });
    const other = { id: 'mfa', name: 'MFA', language: 'en' };
    const outcome = await ingestItem(archive, item({ link: 'https://mfa.example/statements/12' }), { source: other, fetchPage, now });
    // The same statement under two addresses: one article, and the second outlet recorded.
    expect(outcome).toMatchObject({ outcome: 'source-added', id: byUrl, match: 'text' });
  });

  it('writes both files again when a crash left metadata without its article', async () => {
    const fetchPage = fixtureFetcher({ [AGENCY_URL]: 'agency.html' });
    const id = written(await ingestItem(await ArticleArchive.open(dir), item({ link: AGENCY_URL }), { source: WIRE, fetchPage, now }))!;
    await rm(join(dir, `${id}.txt`));
    const archive = await ArticleArchive.open(dir);
    expect(archive.size).toBe(0);
    expect(await ingestItem(archive, item({ link: AGENCY_URL }), { source: WIRE, fetchPage, now })).toMatchObject({
      outcome: 'written',
      id,
    });
    expect((await article(id)).texts).toHaveLength(8);
  });

  it('leaves a folder of hand-made articles reading as before, new articles beside them', async () => {
    const seeds = join(import.meta.dirname, '../../seeds');
    await cp(seeds, dir, { recursive: true, filter: (s) => s === seeds || s.endsWith('.txt') });
    const before = await readArticles(dir, '');
    const archive = await ArticleArchive.open(dir);
    expect([archive.size, archive.problems]).toEqual([0, []]);
    const fetchPage = fixtureFetcher({ [AGENCY_URL]: 'agency.html' });
    const id = written(await ingestItem(archive, item({ link: AGENCY_URL }), { source: WIRE, fetchPage, now }))!;
    const after = await readArticles(dir, '');
    expect(after.problems).toEqual([]);
    expect(after.articles.map((a) => a.id)).toEqual([...before.articles.map((a) => a.id), id].sort());
    expect(after.articles.filter((a) => a.id !== id)).toEqual(before.articles);
  });

  it('reports unreadable metadata by name and keeps going', async () => {
    const fetchPage = fixtureFetcher({ [AGENCY_URL]: 'agency.html' });
    const id = written(await ingestItem(await ArticleArchive.open(dir), item({ link: AGENCY_URL }), { source: WIRE, fetchPage, now }))!;
    await writeFile(join(dir, `${id}.meta.json`), '{"torn":');
    const archive = await ArticleArchive.open(dir);
    expect(archive.problems).toEqual([expect.stringMatching(new RegExp(`^${id}\\.meta\\.json: `))]);
  });
});
