// Article metadata (`<id>.meta.json`, written by src/ingest) read with the articles: outlet, title and
// address for citations. A folder without it reads as before; a broken one is named, and its article loads.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openableUrl, parseArticleMeta } from '../../src/pipeline/articleMeta.js';
import { LiveIndex } from '../../src/pipeline/liveIndex.js';
import { loadIndex } from '../../src/pipeline/loadIndex.js';
import { nextReload } from './helpers.js';
import { readArticles, type ReadOptions } from '../../src/pipeline/readArticles.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-meta-'));
});
afterEach(async () => {
  // A LiveIndex's background writes may still be finishing in the folder's cache: retried, not failed.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

const TITLE = 'Mirzoyan and Donfried discuss the situation';
const article = ` date 2022-03-25 ${TITLE}\n\nMirzoyan met Donfried, the ministry said.\n`;
const meta = (extra: object = {}) =>
  JSON.stringify({
    format: 'attache-article-meta/1',
    id: 'a',
    outlet: 'Armenpress',
    title: TITLE,
    url: 'https://armenpress.am/eng/news/1',
    language: 'en',
    ...extra,
  });

const modes: [string, ReadOptions][] = [
  ['on the main thread', { parallelAbove: Infinity }],
  ['on worker threads', { parallelAbove: 1 }],
];

describe.each(modes)('article metadata read %s', (_mode, options) => {
  it('gives each article its outlet, title and address, and the reprints its metadata lists', async () => {
    await writeFile(join(dir, 'a.txt'), article);
    await writeFile(
      join(dir, 'a.meta.json'),
      meta({ alsoFrom: [{ outlet: 'News.am', url: 'https://news.am/eng/news/2', title: null, match: 'near', similarity: 0.9 }] }),
    );
    await writeFile(join(dir, 'b.txt'), article);
    const { articles, problems } = await readArticles(dir, 'p', options);
    expect(problems).toEqual([]);
    expect(articles[0]!.source).toEqual({
      outlet: 'Armenpress',
      title: TITLE,
      url: 'https://armenpress.am/eng/news/1',
      others: [{ outlet: 'News.am', title: null, url: 'https://news.am/eng/news/2' }],
    });
    // Without metadata: exactly as before, no source at all.
    expect(articles[1]).not.toHaveProperty('source');
  });

  it('names a broken metadata file and its reason, and loads its article without it', async () => {
    await writeFile(join(dir, 'a.txt'), article);
    await writeFile(join(dir, 'a.meta.json'), '{"outlet": "Armenpress", ');
    await writeFile(join(dir, 'b.txt'), article);
    await writeFile(join(dir, 'b.meta.json'), JSON.stringify({ title: 'No outlet' }));
    const { articles, problems } = await readArticles(dir, 'p', options);
    expect(articles.map((a) => [a.id, a.source])).toEqual([
      ['a', undefined],
      ['b', undefined],
    ]);
    expect(problems.map((p) => p.file)).toEqual(['a.meta.json', 'b.meta.json']);
    expect(problems[0]!.message).toMatch(/^article metadata ignored: not valid JSON/);
    expect(problems[1]!.message).toBe('article metadata ignored: "outlet" is missing or not a non-empty string');
  });
});

describe('parseArticleMeta', () => {
  it('keeps only addresses a reader can open', () => {
    expect(openableUrl('javascript:alert(1)')).toBeNull();
    expect(openableUrl('not a url')).toBeNull();
    expect(openableUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(parseArticleMeta('x.meta.json', meta({ url: 'ftp://x/y' })).source?.url).toBeNull();
  });

  it('takes a missing or blank title as none', () => {
    expect(parseArticleMeta('x.meta.json', meta({ title: '  ' })).source?.title).toBeNull();
    expect(parseArticleMeta('x.meta.json', meta({ title: 3 })).problem?.message).toBe(
      'article metadata ignored: "title" is not a string or null',
    );
  });
});

describe('article metadata through a load', () => {
  it('reaches the index on a cold load and on a restart from the snapshot, and a broken sidecar is a load problem', async () => {
    await writeFile(join(dir, 'seeds.txt'), article);
    await writeFile(join(dir, 'a.txt'), article);
    await writeFile(join(dir, 'a.meta.json'), meta());
    await writeFile(join(dir, 'b.txt'), article);
    await writeFile(join(dir, 'b.meta.json'), 'not json');
    const cacheDir = join(dir, '.cache');
    const cold = await loadIndex({ seedsDir: dir, cacheDir });
    const warm = await loadIndex({ seedsDir: dir, cacheDir });
    expect(warm.cache.index).toBe('snapshot');
    for (const { index, problems } of [cold, warm]) {
      expect(index.article('a')?.source).toEqual({ outlet: 'Armenpress', title: TITLE, url: 'https://armenpress.am/eng/news/1' });
      expect(index.article('b')?.source).toBeUndefined();
      expect(index.article('seeds')?.source).toBeUndefined();
      expect(problems).toEqual([
        expect.objectContaining({
          source: 'corpus',
          file: 'b.meta.json',
          message: expect.stringMatching(/^article metadata ignored: not valid JSON/),
        }),
      ]);
    }
  });
});

describe('article metadata of an article taken one at a time', () => {
  it('comes with the new file, and its problem is reported once, and no longer once fixed', async () => {
    await writeFile(join(dir, 'a.txt'), article);
    await writeFile(join(dir, 'a.meta.json'), 'not json');
    const live = await LiveIndex.open({ seedsDir: dir, cacheDir: join(dir, '.cache'), debounceMs: 30, extract: { workers: 0 } });
    live.watch();
    try {
      const metaProblems = (problems: readonly { file?: string }[]) => problems.filter((p) => p.file === 'a.meta.json');
      let reloaded = nextReload(live);
      await writeFile(join(dir, 'a.txt'), article.replace('the ministry said', 'the ministry said again'));
      expect(metaProblems((await reloaded).problems)).toHaveLength(1);
      // Fixed metadata first, then its article (as ingestion writes them): the source is there, the problem gone.
      await writeFile(join(dir, 'b.meta.json'), meta({ id: 'b', outlet: 'News.am' }));
      await writeFile(join(dir, 'a.meta.json'), meta());
      reloaded = nextReload(live);
      await writeFile(join(dir, 'a.txt'), article);
      await writeFile(join(dir, 'b.txt'), article);
      let event = await reloaded;
      // The watcher may take the two files in one change or two.
      if (!live.index.article('b')) event = await nextReload(live);
      expect(metaProblems(event.problems)).toEqual([]);
      expect(live.index.article('a')?.source?.outlet).toBe('Armenpress');
      expect(live.index.article('b')?.source?.outlet).toBe('News.am');
    } finally {
      live.close();
      await live.settled();
    }
  });
});

describe('a sidecar rewritten on its own', () => {
  it('changes its article’s citation without the article being touched (another outlet carried it)', async () => {
    await writeFile(join(dir, 'a.txt'), article);
    await writeFile(join(dir, 'a.meta.json'), meta());
    const live = await LiveIndex.open({ seedsDir: dir, cacheDir: join(dir, '.cache'), debounceMs: 30, extract: { workers: 0 } });
    live.watch();
    try {
      expect(live.index.article('a')?.source?.others).toBeUndefined();
      const reloaded = nextReload(live);
      const reprint = {
        sourceId: 'news-am',
        outlet: 'News.am',
        url: 'https://news.am/eng/news/2',
        title: 'Reprint',
        fetchedAt: '2024-01-01T00:00:00Z',
        match: 'near',
        similarity: 0.9,
      };
      await writeFile(join(dir, 'a.meta.json'), meta({ alsoFrom: [reprint] }));
      const event = await reloaded;
      expect(event.changed).toEqual(['a.txt']);
      expect(live.index.article('a')?.source?.others?.map((o) => o.outlet)).toEqual(['News.am']);
      // Its journal is written in the background: done before the folder is removed.
      await event.persisted;
    } finally {
      live.close();
      await live.settled();
    }
  });
});
