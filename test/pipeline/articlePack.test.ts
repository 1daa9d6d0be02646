// A restart over an unchanged folder reads the cache's pack of its articles instead of every file
// (issue #12), told unchanged by each file's size and modification time as git does; any change to an
// article, a metadata file, the dictionary or the size limit reads the folder again, as does a damaged pack.
import { readFile, truncate, utimes, writeFile } from 'node:fs/promises';
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

  it('reads the folder again when an article changed, even to the same size, and uses the new pack after', async () => {
    await load();
    const file = join(seeds.dir, 'article-2.txt');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('(2)', '(9)'));
    const changed = await load();
    expect(changed.cache.articlesFrom).toBe('files');
    expect(changed.index.article('article-2')!.text).toContain('(9)');
    expect((await load()).cache.articlesFrom).toBe('pack');
  });

  it('reads the folder again when a file is only touched, added or removed, or a metadata file appears', async () => {
    await load();
    const file = join(seeds.dir, 'article-1.txt');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect((await load()).cache.articlesFrom).toBe('files');
    await writeFile(join(seeds.dir, 'article-9.txt'), articleText('2022-05-01', '“New,” Mirzoyan said.'));
    expect((await load()).cache.articlesFrom).toBe('files');
    await writeFile(
      join(seeds.dir, 'article-9.meta.json'),
      JSON.stringify({ outlet: 'Test Wire', title: 'New', url: 'https://wire.example/new' }),
    );
    const withMeta = await load();
    expect(withMeta.cache.articlesFrom).toBe('files');
    expect((await load()).cache.articlesFrom).toBe('pack');
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
