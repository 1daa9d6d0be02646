// The CLI's use of the pipeline: load a seeds folder, say on stderr what went wrong, hand back the data.
import { access } from 'node:fs/promises';
import type { AttacheIndex } from '../index/api.js';
import {
  dictionaryFileOf,
  formatLoadProblem,
  loadIndex,
  prepareCorpus,
  type CacheReport,
  type LoadOptions,
  type LoadProblem,
  type PreparedCorpus,
} from '../pipeline/index.js';
import type { Output } from './command.js';

/** Which folder to load, and how large an article may be (MAX_ARTICLE_BYTES). */
export type SeedsSource = Pick<LoadOptions, 'seedsDir' | 'maxArticleBytes'>;

/** Problems as `file:line: message`, then why the cache was not used (the load went on regardless). */
function report(problems: readonly LoadProblem[], cache: CacheReport, out: Output): void {
  for (const p of problems) out.stderr(`${formatLoadProblem(p)}\n`);
  for (const w of cache.warnings) out.stderr(`warning: ${w}\n`);
}

/** The index for `brief`, `search` and `actors`; problems go to stderr and the rest loads. */
export async function loadIndexReporting(source: SeedsSource, out: Output): Promise<AttacheIndex> {
  const loaded = await loadIndex(source);
  report(loaded.problems, loaded.cache, out);
  return loaded.index;
}

/** Articles, their extractions and the dictionary, for `export`; problems go to stderr. */
export async function loadExtractionsReporting(source: SeedsSource, out: Output): Promise<PreparedCorpus> {
  const prepared = await prepareCorpus(source);
  report(prepared.problems, prepared.cache, out);
  return prepared;
}

export interface Validation {
  readonly problems: readonly string[];
  readonly articles: number;
  readonly dictionaryActors: number;
  readonly dictionaryFound: boolean;
}

/**
 * Everything a load of the folder would complain about: files skipped, dictionary entries left out, and
 * articles the extractor fails on, which only an extraction reveals (the cache makes a second run cheap).
 */
export async function validateSeeds(source: SeedsSource, out: Output): Promise<Validation> {
  const dictionaryFile = dictionaryFileOf(source);
  const [prepared, dictionaryFound] = await Promise.all([
    prepareCorpus(source),
    access(dictionaryFile).then(
      () => true,
      () => false,
    ),
  ]);
  // The problems are the command's output (stdout); only cache warnings go to stderr here.
  report([], prepared.cache, out);
  return {
    problems: prepared.problems.map(formatLoadProblem),
    articles: prepared.articles.length,
    dictionaryActors: prepared.dictionary.actors.length,
    dictionaryFound,
  };
}
