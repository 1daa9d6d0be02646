// Articles + extractions + dictionary → an immutable AttacheIndex. Pure. The build is a generator that
// yields between slices of work, so the pipeline can build on the event loop without freezing it;
// `buildIndex` runs it straight through.
import type { AttacheIndex } from './api.js';
import { buildIndexData, type IndexInput } from './indexData.js';
import { openIndexSteps } from './openIndex.js';

export type { IndexInput } from './indexData.js';
export { DEFAULT_SEARCH_LIMIT } from './openIndex.js';

export function buildIndex(input: IndexInput): AttacheIndex {
  return runSteps(buildIndexSteps(input));
}

export function* buildIndexSteps(input: IndexInput): Generator<void, AttacheIndex, void> {
  const data = yield* buildIndexData(input);
  return yield* openIndexSteps(data, input.articles);
}

/** Runs a stepwise computation to the end, synchronously. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
