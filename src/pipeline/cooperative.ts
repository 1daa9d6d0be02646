// Long CPU work on the event loop in slices, so that Discord's 3-second acknowledgement and every other
// reply still get their turn while an index is built or a cache decoded.

/** Lets everything queued on the event loop run before continuing. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs a stepwise computation to the end, yielding to the event loop every `sliceMs` or so. */
export async function runCooperatively<T>(steps: Generator<void, T, void>, sliceMs = 15): Promise<T> {
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() >= deadline) {
      await yieldToEventLoop();
      deadline = performance.now() + sliceMs;
    }
  }
}
