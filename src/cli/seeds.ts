// The CLI's use of the pipeline: load a seeds folder, say on stderr what went wrong, hand back the data.
import { access } from 'node:fs/promises';
import type { AttacheIndex } from '../index/api.js';
import {
  dictionaryFileOf,
  formatLoadProblem,
  loadIndex,
  prepareCorpus,
  type CacheReport,
  type LoadProblem,
  type PreparedCorpus,
} from '../pipeline/index.js';
import type { Output } from './command.js';

/** Problems as `file:line: message`, then why the cache was not used (the load went on regardless). */
function report(problems: readonly LoadProblem[], cache: CacheReport, out: Output): void {
  for (const p of problems) out.stderr(`${formatLoadProblem(p)}\n`);
  for (const w of cache.warnings) out.stderr(`warning: ${w}\n`);
}

/** The index for `brief`, `search` and `actors`; problems go to stderr and the rest loads. */
export async function loadIndexReporting(seedsDir: string, out: Output): Promise<AttacheIndex> {
  const loaded = await loadIndex({ seedsDir });
  report(loaded.problems, loaded.cache, out);
  return loaded.index;
}

/** Articles, their extractions and the dictionary, for `export`; problems go to stderr. */
export async function loadExtractionsReporting(seedsDir: string, out: Output): Promise<PreparedCorpus> {
  const prepared = await prepareCorpus({ seedsDir });
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
export async function validateSeeds(seedsDir: string, out: Output): Promise<Validation> {
  const dictionaryFile = dictionaryFileOf({ seedsDir });
  const [prepared, dictionaryFound] = await Promise.all([
    prepareCorpus({ seedsDir }),
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
