// From a seeds folder to a served index: load once, cache extractions, reload on change.
export {
  loadIndex,
  prepareCorpus,
  dictionaryFileOf,
  type LoadOptions,
  type LoadedIndex,
  type LoadTimings,
  type CacheReport,
  type PreparedCorpus,
} from './loadIndex.js';
export { WarmExtractors, warmUpSample } from './warmExtractors.js';
export { LiveIndex, type LiveIndexOptions, type ReloadedEvent, type ReloadReason } from './liveIndex.js';
export { formatLoadProblem, type LoadProblem } from './problems.js';
export { defaultCacheDir, cacheFileFor } from './extractionCache.js';
