// LiveIndex takes a changed article file alone: read, extracted and laid over the index served, which
// is swapped in whole; the rest is neither read nor extracted again, and a restart loads the same state.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/buildIndex.js';
import type { AttacheIndex } from '../../src/index/api.js';
import { LiveIndex, type ReloadedEvent } from '../../src/pipeline/liveIndex.js';
import { loadIndex, prepareCorpus } from '../../src/pipeline/loadIndex.js';
import { articleText, nextReload, seedsWith, tempDir } from './helpers.js';

let seeds: { dir: string; remove: () => Promise<void> };
let cache: { dir: string; remove: () => Promise<void> };
let live: LiveIndex | undefined;

beforeEach(async () => {
  seeds = await tempDir('incr');
  cache = await tempDir('incr-cache');
  await seedsWith(seeds.dir, 3);
  // Statements the extractor finds (a full name: it does not guess who a bare surname is).
  await writeFile(
    join(seeds.dir, 'article-1.txt'),
    articleText('2022-03-11', '“We met in Brussels,” Ararat Mirzoyan told reporters on Monday.'),
  );
  await writeFile(join(seeds.dir, 'article-2.txt'), articleText('2022-03-12', '“We met again,” Antony Blinken told reporters on Tuesday.'));
});

afterEach(async () => {
  live?.close();
  await live?.settled();
  live = undefined;
  await seeds.remove();
  await cache.remove();
});

async function change(index: LiveIndex, act: () => Promise<void>): Promise<ReloadedEvent> {
  const reloaded = nextReload(index);
  await act();
  return reloaded;
}

const said = (index: AttacheIndex, words: string) => index.search(words).map((h) => index.statementText(h.statement));

/** What a build from scratch of the folder answers (no cache involved). */
async function fromScratch(): Promise<AttacheIndex> {
  const { articles, extractions, dictionary } = await prepareCorpus({ seedsDir: seeds.dir, cacheDir: null });
  return buildIndex({ articles, extractions, dictionary });
}

function sameAnswers(a: AttacheIndex, b: AttacheIndex): void {
  const { builtAt: _a, ...sa } = a.stats();
  const { builtAt: _b, ...sb } = b.stats();
  expect(sa).toEqual(sb);
  expect(a.articleIds()).toEqual(b.articleIds());
  for (const id of ['mirzoyan', 'blinken']) expect(JSON.stringify(a.brief(id))).toBe(JSON.stringify(b.brief(id)));
  for (const q of ['met', 'we', 'ceasefire', 'Mirzoyan', 'sign']) expect(JSON.stringify(a.search(q))).toBe(JSON.stringify(b.search(q)));
  expect(JSON.stringify(a.actors(''))).toBe(JSON.stringify(b.actors('')));
}

describe('LiveIndex, one article at a time', () => {
  it('answers from a new file, a replaced one and without a removed one, reading and extracting only that file', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir, debounceMs: 30 });
    live.watch();
    const before = live.index;

    let event = await change(live, () =>
      writeFile(join(seeds.dir, 'new.txt'), articleText('2022-04-01', '“A ceasefire now,” Antony Blinken told reporters on Friday.')),
    );
    expect(event.cache).toMatchObject({ index: 'layered', extracted: 1 });
    expect(event.changed).toEqual(['new.txt']);
    expect(said(live.index, 'ceasefire')).toEqual(['A ceasefire now,']);
    expect(live.index.brief('blinken').statementCount).toBe(2);
    expect(before.stats().articles).toBe(3);
    sameAnswers(live.index, await fromScratch());

    event = await change(live, () =>
      writeFile(join(seeds.dir, 'new.txt'), articleText('2022-04-01', '“No ceasefire,” Ararat Mirzoyan told reporters on Friday.')),
    );
    expect(event.cache).toMatchObject({ index: 'layered', extracted: 1 });
    expect(said(live.index, 'ceasefire')).toEqual(['No ceasefire,']);
    expect(live.index.brief('blinken').statementCount).toBe(1);
    sameAnswers(live.index, await fromScratch());

    event = await change(live, () => rm(join(seeds.dir, 'article-1.txt')));
    expect(event.cache).toMatchObject({ index: 'layered', extracted: 0 });
    expect(live.index.article('article-1')).toBeUndefined();
    expect(said(live.index, 'Brussels')).toEqual([]);
    expect(live.index.stats().articles).toBe(3);
    sameAnswers(live.index, await fromScratch());
  });

  it('reports a malformed file and skips it, the rest still served', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir, debounceMs: 30 });
    live.watch();
    await change(live, () =>
      writeFile(join(seeds.dir, 'good.txt'), articleText('2022-05-01', '“All good,” Antony Blinken told reporters on Friday.')),
    );
    const event = await change(live, () => writeFile(join(seeds.dir, 'good.txt'), 'no date line at all'));
    expect(event.cache.index).toBe('layered');
    expect(event.problems).toMatchObject([{ source: 'corpus', file: 'good.txt' }]);
    expect(live.index.article('good')).toBeUndefined();
    expect(said(live.index, 'met')).toHaveLength(2);
    sameAnswers(live.index, await fromScratch());
    // Fixed: the problem goes, the article is back.
    const fixed = await change(live, () =>
      writeFile(join(seeds.dir, 'good.txt'), articleText('2022-05-01', '“Fixed at last,” Antony Blinken told reporters on Friday.')),
    );
    expect(fixed.problems).toEqual([]);
    expect(said(live.index, 'fixed')).toEqual(['Fixed at last,']);
  });

  it('folds the layers into a new base in the background, answering the same before and after', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir, debounceMs: 30, compactAt: 2 });
    live.watch();
    await change(live, () =>
      writeFile(join(seeds.dir, 'a.txt'), articleText('2022-06-01', '“First we talk,” Antony Blinken told reporters on Friday.')),
    );
    await change(live, () =>
      writeFile(join(seeds.dir, 'b.txt'), articleText('2022-06-02', '“Then we sign,” Ararat Mirzoyan told reporters on Friday.')),
    );
    await live.settled();
    expect((live.index as { overlaySize?: number }).overlaySize ?? 0).toBe(0);
    sameAnswers(live.index, await fromScratch());
    await change(live, () => rm(join(seeds.dir, 'a.txt')));
    sameAnswers(live.index, await fromScratch());
  });

  it('a restart after articles taken one at a time loads the same state and extracts nothing again', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir, debounceMs: 30, persist: 'background' });
    live.watch();
    const event = await change(live, () =>
      writeFile(join(seeds.dir, 'new.txt'), articleText('2022-04-01', '“Later we meet,” Antony Blinken told reporters on Friday.')),
    );
    await event.persisted;
    await change(live, () => rm(join(seeds.dir, 'article-0.txt')));
    live.close();
    await live.settled();
    const restarted = await loadIndex({ seedsDir: seeds.dir, cacheDir: cache.dir });
    expect(restarted.cache).toMatchObject({ extracted: 0 });
    sameAnswers(restarted.index, live.index);
    sameAnswers(restarted.index, await fromScratch());
  });
});
