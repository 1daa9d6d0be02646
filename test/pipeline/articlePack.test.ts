// A restart over an unchanged folder reads the cache's pack of its articles instead of every file
// (issue #12), told unchanged by each file's size and modification time as git does; a change to an
// article or a metadata file reads that article's files again and takes the rest from the pack (a bot that
// took in new articles restarts as fast); another dictionary or size limit reads the folder again, as does
// a damaged pack. Whatever the way, a load serves exactly what reading every file serves.
import { readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packFileFor } from '../../src/pipeline/articlePack.js';
import { loadIndex } from '../../src/pipeline/loadIndex.js';
import { articleText, seedsWith, tempDir } from './helpers.js';

let seeds: Awaited<ReturnType<typeof tempDir>>;
let cache: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  seeds = await tempDir('pack-seeds');
  cache = await tempDir('pack-cache');
  await seedsWith(seeds.dir, 5);
  // An article with no date line: a problem the restart must report again without reading it.
  await writeFile(join(seeds.dir, 'broken.txt'), 'no date line here\n');
});
afterEach(async () => {
  await seeds.remove();
  await cache.remove();
});

const load = (maxArticleBytes?: number) =>
  loadIndex({ seedsDir: seeds.dir, cacheDir: cache.dir, ...(maxArticleBytes ? { maxArticleBytes } : {}) });
/** The same folder read file by file, with no cache at all: what every load must serve. */
const loadWithoutPack = () => loadIndex({ seedsDir: seeds.dir, cacheDir: null });

/** What a load serves: every article's text and paragraphs, and the problems. */
function served(loaded: Awaited<ReturnType<typeof load>>) {
  const index = loaded.index;
  return {
    articles: index.articleIds().map((id) => ({ id, text: index.article(id)!.text, paragraphs: index.article(id)!.paragraphs })),
    statements: index.stats().statements,
    problems: loaded.problems,
  };
}

describe('the article pack', () => {
  it('serves a restart over an unchanged folder from the pack, exactly as the files did', async () => {
    const first = await load();
    expect(first.cache.articlesFrom).toBe('files');
    const restart = await load();
    expect(restart.cache).toMatchObject({ articlesFrom: 'pack', index: 'snapshot' });
    expect(served(restart)).toEqual(served(first));
    expect(served(restart).problems.map((p) => p.file)).toEqual(['broken.txt']);
  });

  it('keeps non-ASCII text as it was', async () => {
    await writeFile(
      join(seeds.dir, 'accents.txt'),
      articleText('2022-04-01', '“Erdoğan’s visit — to Tbilisi — went well,” Mirzoyan said.'),
    );
    const first = await load();
    const restart = await load();
    expect(restart.cache.articlesFrom).toBe('pack');
    expect(restart.index.article('accents')!.text).toBe(first.index.article('accents')!.text);
    expect(restart.index.article('accents')!.text).toContain('Erdoğan’s');
  });

  it('reads again only an article that changed, even to the same size, and uses the new pack after', async () => {
    await load();
    const file = join(seeds.dir, 'article-2.txt');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('(2)', '(9)'));
    const changed = await load();
    expect(changed.cache).toMatchObject({ articlesFrom: 'pack+changes', filesRead: 1 });
    expect(changed.index.article('article-2')!.text).toContain('(9)');
    expect(served(changed)).toEqual(served(await loadWithoutPack()));
    expect((await load()).cache.articlesFrom).toBe('pack');
  });

  it('reads again only the files touched or added, or whose metadata file appeared, changed or went', async () => {
    await load();
    const file = join(seeds.dir, 'article-1.txt');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect((await load()).cache).toMatchObject({ articlesFrom: 'pack+changes', filesRead: 1 });
    await writeFile(join(seeds.dir, 'article-9.txt'), articleText('2022-05-01', '“New,” Mirzoyan said.'));
    await writeFile(join(seeds.dir, 'article-0.txt'), articleText('2022-05-02', '“Newer,” Mirzoyan said.'));
    const added = await load();
    expect(added.cache).toMatchObject({ articlesFrom: 'pack+changes', filesRead: 2 });
    expect(served(added)).toEqual(served(await loadWithoutPack()));
    const meta = join(seeds.dir, 'article-9.meta.json');
    await writeFile(meta, JSON.stringify({ outlet: 'Test Wire', title: 'New', url: 'https://wire.example/new' }));
    const withMeta = await load();
    expect(withMeta.cache).toMatchObject({ articlesFrom: 'pack+changes', filesRead: 1 });
    expect(withMeta.index.article('article-9')!.source?.outlet).toBe('Test Wire');
    expect((await load()).cache.articlesFrom).toBe('pack');
    // A damaged metadata file: the article loads, its problem is reported, and reported again from the pack.
    await writeFile(meta, '{ "outlet": ');
    const damaged = await load();
    expect(damaged.cache).toMatchObject({ articlesFrom: 'pack+changes', filesRead: 1 });
    expect(damaged.index.article('article-9')!.source).toBeUndefined();
    const fromPack = await load();
    expect(fromPack.cache.articlesFrom).toBe('pack');
    expect(served(fromPack)).toEqual(served(await loadWithoutPack()));
    expect(fromPack.problems.map((p) => p.file)).toEqual(['article-9.meta.json', 'broken.txt']);
    await rm(meta);
    const gone = await load();
    expect(gone.cache).toMatchObject({ articlesFrom: 'pack+changes', filesRead: 1 });
    expect(served(gone)).toEqual(served(await loadWithoutPack()));
  });

  it('drops what was removed and reads nothing for it; a broken file fixed is read again', async () => {
    await load();
    await rm(join(seeds.dir, 'article-3.txt'));
    const removed = await load();
    expect(removed.cache).toMatchObject({ articlesFrom: 'pack+changes', filesRead: 0 });
    expect(removed.index.article('article-3')).toBeUndefined();
    expect(served(removed)).toEqual(served(await loadWithoutPack()));
    await writeFile(join(seeds.dir, 'broken.txt'), articleText('2022-06-01', '“Fixed,” Mirzoyan said.'));
    const fixed = await load();
    expect(fixed.cache).toMatchObject({ articlesFrom: 'pack+changes', filesRead: 1 });
    expect(fixed.problems).toEqual([]);
    expect(served(fixed)).toEqual(served(await loadWithoutPack()));
  });

  it('reads the folder again for another dictionary or size limit', async () => {
    await load();
    await writeFile(
      join(seeds.dir, 'actors.json'),
      JSON.stringify({ actors: [{ id: 'mirzoyan', kind: 'person', name: 'Ararat Mirzoyan' }] }),
    );
    expect((await load()).cache.articlesFrom).toBe('files');
    expect((await load(64 * 1024)).cache.articlesFrom).toBe('files');
  });

  it('reads the folder when the pack is damaged, and says nothing is wrong with the articles', async () => {
    const first = await load();
    await truncate(packFileFor(cache.dir, seeds.dir), 200);
    const again = await load();
    expect(again.cache.articlesFrom).toBe('files');
    expect(served(again)).toEqual(served(first));
  });
});
