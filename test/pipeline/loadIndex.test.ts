import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeCacheFile, type ExtractionCache } from '../../src/pipeline/extractionCache.js';
import { loadIndex } from '../../src/pipeline/loadIndex.js';
import { ACTORS_JSON, articleText, seedsWith, tempDir } from './helpers.js';

let seeds: { dir: string; remove: () => Promise<void> };
let cache: { dir: string; remove: () => Promise<void> };
const load = () => loadIndex({ seedsDir: seeds.dir, cacheDir: cache.dir });
const fileStartingWith = async (prefix: string) => (await readdir(cache.dir)).find((f) => f.startsWith(prefix))!;

beforeEach(async () => {
  seeds = await tempDir('seeds');
  cache = await tempDir('cache');
  await seedsWith(seeds.dir, 3);
});

afterEach(async () => {
  await seeds.remove();
  await cache.remove();
});

describe('loadIndex', () => {
  it('loads every article of the folder and the dictionary', async () => {
    const { index, problems, timings } = await load();
    expect(problems).toEqual([]);
    expect(index.stats()).toMatchObject({ articles: 3, firstDate: '2022-03-10', lastDate: '2022-03-12' });
    expect(index.resolveActor('Mirzoyan')).toMatchObject({ kind: 'found', actor: { id: 'mirzoyan' } });
    expect(timings.totalMs).toBeGreaterThan(0);
  });

  it('extracts on a cold start and caches: a restart over unchanged files extracts nothing and rewrites nothing', async () => {
    const cold = await load();
    expect(cold.cache).toMatchObject({ hits: 0, extracted: 3 });
    const file = await fileStartingWith('extractions-');
    const written = (await stat(join(cache.dir, file))).mtimeMs;
    const warm = await load();
    expect(warm.cache).toMatchObject({ hits: 3, extracted: 0, warnings: [] });
    expect(warm.timings.cacheWriteMs).toBe(0);
    expect((await stat(join(cache.dir, file))).mtimeMs).toBe(written);
    expect(warm.index.stats().articles).toBe(3);
  });

  it('extracts again only a changed file', async () => {
    await load();
    await writeFile(join(seeds.dir, 'article-1.txt'), articleText('2022-03-11', '“We met again,” Blinken said.'));
    expect((await load()).cache).toMatchObject({ hits: 2, extracted: 1 });
    expect((await load()).cache).toMatchObject({ hits: 3, extracted: 0 });
  });

  it('extracts everything again when the dictionary changes', async () => {
    await load();
    const changed = JSON.parse(ACTORS_JSON);
    changed.actors.push({ id: 'aliyev', kind: 'person', name: 'Ilham Aliyev' });
    await writeFile(join(seeds.dir, 'actors.json'), JSON.stringify(changed));
    const again = await load();
    expect(again.cache).toMatchObject({ hits: 0, extracted: 3 });
    expect(again.index.resolveActor('Aliyev')).toMatchObject({ kind: 'found', actor: { id: 'aliyev' } });
  });

  it('reports a malformed file and skips it while the rest loads', async () => {
    await writeFile(join(seeds.dir, 'broken.txt'), 'no date here\n');
    await writeFile(join(seeds.dir, 'baddate.txt'), ' date 2022-02-30 Text.\n');
    const { index, problems } = await load();
    expect(index.stats().articles).toBe(3);
    expect(problems.map((p) => [p.source, p.file])).toEqual([
      ['corpus', 'baddate.txt'],
      ['corpus', 'broken.txt'],
    ]);
  });

  it('reports a broken dictionary and still loads the articles', async () => {
    await writeFile(join(seeds.dir, 'actors.json'), '{ not json');
    const { index, problems } = await load();
    expect(index.stats().articles).toBe(3);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ source: 'dictionary' });
  });

  it('drops a removed file from the index and from the cache', async () => {
    await load();
    await rm(join(seeds.dir, 'article-0.txt'));
    const after = await load();
    expect(after.index.stats().articles).toBe(2);
    expect(after.cache).toMatchObject({ hits: 2, extracted: 0 });
    expect(after.timings.cacheWriteMs).toBeGreaterThan(0);
  });

  it('opens the index from its snapshot when nothing changed, and rebuilds when something did', async () => {
    const cold = await load();
    expect(cold.cache.index).toBe('built');
    const warm = await load();
    expect(warm.cache).toMatchObject({ index: 'snapshot', hits: 3, extracted: 0 });
    expect(warm.index.stats()).toEqual({ ...cold.index.stats(), builtAt: cold.index.stats().builtAt });
    expect(warm.index.actors('', 25)).toEqual(cold.index.actors('', 25));
    await writeFile(join(seeds.dir, 'article-2.txt'), articleText('2022-03-12', '“Changed,” Blinken said.'));
    expect((await load()).cache).toMatchObject({ index: 'built', hits: 2, extracted: 1 });
  });

  it('ignores a corrupt extraction cache with a warning, then replaces it', async () => {
    await load();
    await writeFile(join(cache.dir, await fileStartingWith('extractions-')), 'garbage');
    await rm(join(cache.dir, await fileStartingWith('index-')));
    const next = await load();
    expect(next.cache.hits).toBe(0);
    expect(next.cache.warnings[0]).toMatch(/ignoring/);
    await rm(join(cache.dir, await fileStartingWith('index-')));
    expect((await load()).cache).toMatchObject({ hits: 3, index: 'built', warnings: [] });
  });

  it('ignores a corrupt index snapshot with a warning and rebuilds from the extraction cache', async () => {
    await load();
    await writeFile(join(cache.dir, await fileStartingWith('index-')), 'garbage');
    const next = await load();
    expect(next.cache).toMatchObject({ index: 'built', hits: 3, extracted: 0 });
    expect(next.cache.warnings.join('\n')).toMatch(/index snapshot/);
    expect((await load()).cache.index).toBe('snapshot');
  });

  it('works without a cache (cacheDir: null) and with an empty folder', async () => {
    const uncached = await loadIndex({ seedsDir: seeds.dir, cacheDir: null });
    expect(uncached.cache).toMatchObject({ file: null, hits: 0, extracted: 3 });
    const empty = await tempDir('empty');
    try {
      const nothing = await loadIndex({ seedsDir: empty.dir, cacheDir: cache.dir });
      expect(nothing.index.stats()).toMatchObject({ articles: 0, statements: 0, firstDate: null });
      expect(nothing.index.search('peace')).toEqual([]);
    } finally {
      await empty.remove();
    }
  });
});

describe('the extraction cache file', () => {
  const cacheFile = async () => decodeCacheFile(await readFile(join(cache.dir, await fileStartingWith('extractions-'))));
  const articlesOf = (c: ExtractionCache) =>
    c.chunks
      .map((chunk) =>
        chunk.entries.keys
          .map((k) => c.get(k)!.article)
          .sort()
          .join(' '),
      )
      .sort();

  it("holds the workers' chunks as they came, and after an edit carries the untouched ones over byte for byte", async () => {
    await seedsWith(seeds.dir, 6);
    const cold = await loadIndex({ seedsDir: seeds.dir, cacheDir: cache.dir, extract: { workers: 2, parallelAbove: 0, batch: 2 } });
    expect(cold.cache).toMatchObject({ extracted: 6, workers: 2 });
    const before = await cacheFile();
    expect(articlesOf(before)).toEqual(['article-0 article-1', 'article-2 article-3', 'article-4 article-5']);

    await writeFile(join(seeds.dir, 'article-3.txt'), articleText('2022-03-13', '“We met again,” Antony Blinken said.'));
    expect((await load()).cache).toMatchObject({ hits: 5, extracted: 1 });
    const after = await cacheFile();
    expect(articlesOf(after)).toEqual(['article-0 article-1', 'article-2 article-3', 'article-4 article-5']);
    const bytesOf = (c: ExtractionCache, first: string) =>
      c.chunks.find((chunk) => chunk.entries.keys.some((k) => c.get(k)!.article === first))!.bytes;
    expect(bytesOf(after, 'article-0')).toEqual(bytesOf(before, 'article-0'));
    expect(bytesOf(after, 'article-4')).toEqual(bytesOf(before, 'article-4'));
    expect(bytesOf(after, 'article-2')).not.toEqual(bytesOf(before, 'article-2'));
    const edited = after.chunks.flatMap((chunk) => chunk.entries.keys.map((k) => after.get(k)!)).find((e) => e.article === 'article-3')!;
    expect(edited.actors).toContain('blinken');
    expect((await load()).cache).toMatchObject({ hits: 6, extracted: 0 });
  });

  it('ignores a cache file of another format, says so, and replaces it', async () => {
    await load();
    const file = join(cache.dir, await fileStartingWith('extractions-'));
    await writeFile(file, new Uint8Array([0x41, 0x54, 0x43, 0x58, 1, 0, 0, 0, 0, 0, 0, 0]));
    await rm(join(cache.dir, await fileStartingWith('index-')));
    const again = await load();
    expect(again.cache).toMatchObject({ hits: 0, extracted: 3 });
    expect(again.cache.warnings.join('\n')).toMatch(/not an extraction cache|another cache format/);
    expect((await cacheFile()).size).toBe(3);
  });

  it('in the background, serves the index first and writes the cache and snapshot after; the next start uses them', async () => {
    const cold = await loadIndex({ seedsDir: seeds.dir, cacheDir: cache.dir, persist: 'background' });
    expect(cold.index.stats().articles).toBe(3);
    expect(cold.timings.cacheWriteMs).toBe(0);
    const report = await cold.persisted;
    expect(report.warnings).toEqual([]);
    expect(report.cacheWriteMs).toBeGreaterThan(0);
    const warm = await load();
    expect(warm.cache).toMatchObject({ index: 'snapshot', hits: 3, extracted: 0 });
  });
});
