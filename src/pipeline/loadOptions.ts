// What a load of a seeds folder is told (loadIndex.ts, readSeeds.ts, LiveIndex).
import type { Dictionary } from '../extract/dictionary.js';
import type { ExtractOptions } from './extractInParallel.js';

export interface LoadOptions {
  readonly seedsDir: string;
  /** Where the caches live; default `CACHE_DIR` or `.cache/`. `null`: no cache at all. */
  readonly cacheDir?: string | null;
  /** Default `<seedsDir>/actors.json`. */
  readonly dictionaryFile?: string;
  readonly extract?: ExtractOptions;
  /**
   * The dictionary to serve when actors.json is there but gives none (half-saved, not JSON): the last
   * good one, kept by LiveIndex across reloads. Without it such a load runs with no dictionary.
   */
  readonly lastGoodDictionary?: Dictionary;
  /** MAX_ARTICLE_BYTES: a larger article file is reported as too large and skipped (default 1 MB). */
  readonly maxArticleBytes?: number;
  /**
   * `await` (default): the extraction cache and the index snapshot are written before the load
   * resolves. `background`: the load resolves as soon as the index is ready and `persisted` settles
   * when they are written: what a bot wants, serving seconds earlier on a cold start.
   */
  readonly persist?: 'await' | 'background';
}
