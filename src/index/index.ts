// The index's public face: build one (or open one from its data), then query it through the
// AttacheIndex contract (./api.ts).
export type * from './api.js';
export { buildIndex, buildIndexSteps, runSteps, DEFAULT_SEARCH_LIMIT, type BuiltIndex, type IndexInput } from './buildIndex.js';
export { buildIndexData, INDEX_DATA_VERSION, type IndexData } from './indexData.js';
export { openIndexSteps } from './openIndex.js';
export { foldName, foldWords, foldNominal } from './foldName.js';
