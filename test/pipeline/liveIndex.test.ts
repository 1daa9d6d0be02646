import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveIndex, type ReloadedEvent } from '../../src/pipeline/liveIndex.js';
import { articleText, nextReload, seedsWith, tempDir } from './helpers.js';

let seeds: { dir: string; remove: () => Promise<void> };
let cache: { dir: string; remove: () => Promise<void> };
let live: LiveIndex | undefined;

beforeEach(async () => {
  seeds = await tempDir('live');
  cache = await tempDir('live-cache');
  await seedsWith(seeds.dir, 2);
});

afterEach(async () => {
  live?.close();
  live = undefined;
  await seeds.remove();
  await cache.remove();
});

describe('LiveIndex', () => {
  it('serves the index loaded at start', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir });
    expect(live.ready).toBe(true);
    expect(live.index.stats().articles).toBe(2);
  });

  it('swaps in a new index whole after a file is added; the old one is left untouched', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir, debounceMs: 50 });
    const before = live.index;
    live.watch();
    const reloaded = nextReload(live);
    await writeFile(join(seeds.dir, 'new.txt'), articleText('2022-04-01', '“Hello,” Blinken said.'));
    const event = await reloaded;
    expect(event).toMatchObject({ reason: 'files changed', stats: { articles: 3 }, problems: [] });
    expect(event.changed).toContain('new.txt');
    expect(event.cache).toMatchObject({ hits: 2, extracted: 1 });
    expect(live.index.stats().articles).toBe(3);
    expect(live.index).not.toBe(before);
    expect(before.stats().articles).toBe(2);
  });

  it('reloads on a removed file and on a dictionary change, and reports problems', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir, debounceMs: 50 });
    live.watch();
    let reloaded = nextReload(live);
    await rm(join(seeds.dir, 'article-0.txt'));
    expect((await reloaded).stats.articles).toBe(1);
    reloaded = nextReload(live);
    await writeFile(join(seeds.dir, 'actors.json'), '{ broken');
    const event = await reloaded;
    expect(event.changed).toEqual(['actors.json']);
    expect(event.problems).toMatchObject([{ source: 'dictionary' }]);
  });

  it('debounces a burst of changes into one reload', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir, debounceMs: 150 });
    live.watch();
    const events: ReloadedEvent[] = [];
    live.onReloaded((e) => events.push(e));
    for (let i = 0; i < 5; i++) await writeFile(join(seeds.dir, `burst-${i}.txt`), articleText('2022-04-02', `Burst ${i}.`));
    await new Promise((r) => setTimeout(r, 800));
    expect(events).toHaveLength(1);
    expect(events[0]!.stats.articles).toBe(7);
  });

  it('ignores files that are neither articles nor the dictionary', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir, debounceMs: 30 });
    live.watch();
    const events: ReloadedEvent[] = [];
    live.onReloaded((e) => events.push(e));
    await writeFile(join(seeds.dir, 'notes.md'), 'not an article');
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
  });

  it('coalesces reloads asked for while one runs into a single next one', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir });
    const first = live.reload();
    const second = live.reload();
    const third = live.reload();
    expect(third).toBe(second);
    expect(second).not.toBe(first);
    await Promise.all([first, second]);
  });

  it('keeps the previous index and tells error listeners when a reload fails as a whole', async () => {
    live = await LiveIndex.open({ seedsDir: seeds.dir, cacheDir: cache.dir });
    const before = live.index;
    const errors: Error[] = [];
    live.onError((e) => errors.push(e));
    await seeds.remove();
    await expect(live.reload()).rejects.toThrow();
    expect(errors).toHaveLength(1);
    expect(live.index).toBe(before);
  });
});
