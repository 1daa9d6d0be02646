// Giving the memory of a dropped index back to the operating system. Since Node 22 (V8 13), pages the
// garbage collector frees go to a pool for reuse and stay resident until a "last resort" collection
// flushes it: after a cold build of 100,000 articles the pool held ~650 MB, and the bot's RSS was 1.65 GB
// instead of 1.0 GB (`npm run bench`; docs/index.md). Only a full collection of that flavour empties the
// pool, and Node exposes it only through the `gc` function of --expose-gc, taken here without exposing
// it to the rest of the process (the same way test runners measure leaks).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collect: Collect | null | undefined;

/**
 * A full, synchronous collection that also returns pooled pages to the OS (~0.4 s at 100,000 articles):
 * for after a large allocation is dropped, such as the previous index after a reload. `false` when the
 * runtime did not allow it (the collection then happens on V8's own schedule).
 */
export function returnFreedMemory(): boolean {
  collect ??= exposedCollector();
  if (!collect) return false;
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return true;
}

function exposedCollector(): Collect | null {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as Collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    return null;
  }
}
