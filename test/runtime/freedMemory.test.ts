import { describe, expect, it } from 'vitest';
import { returnFreedMemory } from '../../src/runtime/freedMemory.js';

describe('returnFreedMemory', () => {
  it('runs a full collection there and then, without exposing gc to the rest of the process', async () => {
    // Nothing holds the object once this returns: only the WeakRef refers to it.
    const ref = ((): WeakRef<{ payload: number[] }> => new WeakRef({ payload: Array.from({ length: 100_000 }, (_, i) => i) }))();
    // A WeakRef keeps its target alive until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(returnFreedMemory()).toBe(true);
    expect(ref.deref()).toBeUndefined();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
