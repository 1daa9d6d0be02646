// Freshness: the time from a new article file in the seeds folder to an index that answers from it, as
// the bot serves it (LiveIndex over the folder, its watcher and its default 300 ms debounce), and the
// CPU the process spends on each (every thread: the watcher, reading, extraction, the new layered index).
// Articles arrive one after the other; each is checked to be searchable before the next is written.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LiveIndex, type ReloadedEvent } from '../src/pipeline/liveIndex.js';

export interface Freshness {
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** CPU per arrival (median), all threads of the process. */
  readonly cpuMs: number;
  readonly arrivals: number;
  /** What each layered index took to make (median): read, extract, index. */
  readonly applyMs: { readonly readMs: number; readonly extractMs: number; readonly indexMs: number };
}

export async function measureFreshness(seedsDir: string, cacheDir: string, speaker: string, arrivals = 50): Promise<Freshness> {
  const live = await LiveIndex.open({ seedsDir, cacheDir, persist: 'background' });
  live.watch();
  const written: string[] = [];
  const wall: number[] = [];
  const cpu: number[] = [];
  const phases: { readMs: number; extractMs: number; indexMs: number }[] = [];
  try {
    for (let i = 0; i < arrivals; i++) {
      const file = `zz-fresh-${String(i).padStart(3, '0')}.txt`;
      const word = `freshword${i}x`;
      const text = ` date 2026-01-${String(1 + (i % 28)).padStart(2, '0')} “We discussed the ${word} question at length,” ${speaker} told reporters on Monday.\n\nThe talks went on.\n`;
      const reloaded = new Promise<ReloadedEvent>((resolve) => {
        const off = live.onReloaded((e) => {
          if (!e.changed.includes(file)) return;
          off();
          resolve(e);
        });
      });
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await writeFile(join(seedsDir, file), text);
      written.push(file);
      const event = await reloaded;
      wall.push(performance.now() - t0);
      const used = process.cpuUsage(c0);
      cpu.push((used.user + used.system) / 1000);
      phases.push({ readMs: event.timings.readMs, extractMs: event.timings.extractMs, indexMs: event.timings.indexMs });
      if (!live.index.search(word).length) throw new Error(`the new article ${file} is not answerable`);
      await event.persisted;
    }
  } finally {
    live.close();
    await live.settled();
    await Promise.all(written.map((f) => rm(join(seedsDir, f), { force: true })));
  }
  const median = (xs: number[]) => percentile(xs, 0.5);
  return {
    p50Ms: median(wall),
    p99Ms: percentile(wall, 0.99),
    cpuMs: median(cpu),
    arrivals,
    applyMs: {
      readMs: median(phases.map((p) => p.readMs)),
      extractMs: median(phases.map((p) => p.extractMs)),
      indexMs: median(phases.map((p) => p.indexMs)),
    },
  };
}

function percentile(xs: readonly number[], p: number): number {
  const d = [...xs].sort((a, b) => a - b);
  return d[Math.max(0, Math.ceil(p * d.length) - 1)] ?? 0;
}
