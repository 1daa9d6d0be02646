// Articles + extractions + dictionary → an immutable AttacheIndex. Pure. The build is a generator that
// yields between slices of work: the pipeline runs it on the event loop in slices (runCooperatively)
// and keeps its data for the index snapshot; `buildIndex` runs the same generator straight through.
import type { AttacheIndex } from './api.js';
import { buildIndexData, type IndexData, type IndexInput } from './indexData.js';
import { openIndexSteps, type OpenedIndex } from './openIndex.js';

export type { IndexInput } from './indexData.js';
export { DEFAULT_SEARCH_LIMIT } from './openIndex.js';

/** A built index and the data it was opened from (what the pipeline writes as the index snapshot). */
export interface BuiltIndex {
  readonly index: OpenedIndex;
  readonly data: IndexData;
}

/** The one way an index is built, by the bot and by the tests alike. */
export function* buildIndexSteps(input: IndexInput): Generator<void, BuiltIndex, void> {
  const data = yield* buildIndexData(input);
  const index = yield* openIndexSteps(data, input.articles);
  return { index, data };
}

/** `buildIndexSteps` run to the end at once: for the tests and scripts that need no event loop. */
export function buildIndex(input: IndexInput): AttacheIndex {
  return runSteps(buildIndexSteps(input)).index;
}

/** Runs a stepwise computation to the end, synchronously. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
