// The first step of a load: the dictionary and the articles of a seeds folder (from the cache's pack or
// the files), with each article's cache key. On a cold start, extraction begins on the articles as they are
// read (extractInParallel.ts's ExtractionStream), so the read hides behind it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../corpus/articleFiles.js';
import type { Dictionary, DictionaryProblem } from '../extract/dictionary.js';
import { loadDictionary, type LoadedDictionary } from '../extract/loadDictionary.js';
import type { Article } from '../model.js';
import { inUnreadLanguage } from './articleLanguage.js';
import { packFileFor } from './articlePack.js';
import { ExtractionStream } from './extractInParallel.js';
import { cacheFileFor, defaultCacheDir, journalFileFor, keyPrefix } from './extractionCache.js';
import { snapshotFileFor } from './indexSnapshot.js';
import type { LoadOptions } from './loadOptions.js';
import { corpusProblem, dictionaryProblem, type LoadProblem } from './problems.js';
import type { OnBatch } from './readArticles.js';
import { readFolder, type ArticlesFrom } from './readFolder.js';

export function dictionaryFileOf(options: Pick<LoadOptions, 'seedsDir' | 'dictionaryFile'>): string {
  return options.dictionaryFile ?? join(options.seedsDir, 'actors.json');
}

export interface Seeds {
  readonly dictionary: Dictionary;
  readonly prefix: string;
  readonly lastGoodDictionary: Dictionary | null;
  readonly articles: readonly Article[];
  /** The cache key of each article: extractor version, dictionary, file name and bytes. */
  readonly keys: readonly string[];
  readonly problems: readonly LoadProblem[];
  readonly readMs: number;
  /**
   * 'pack': from the cache's pack of the folder (articlePack.ts), nothing read; 'pack+changes': from the
   * pack, with the files changed since read and those gone dropped; else read file by file.
   */
  readonly from: ArticlesFrom;
  /** Article files read from the folder (those given, not the problems). */
  readonly filesRead: number;
  /** When read file by file with a cache: the pack to write for the next start. */
  readonly pack: (() => Promise<string | null>) | null;
  /** On a cold start: the extraction begun as the files were read (articles it was not told of still to add). */
  readonly extraction: ExtractionStream | null;
}

export function cacheDirOf(options: LoadOptions): string | null {
  return options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
}

/**
 * Nothing of this folder's is cached (no extraction cache, no journal, no index snapshot): every article
 * will be extracted, so extraction may start on the first articles read. Where anything is cached, the
 * articles are read first and looked up (a restart mostly extracts nothing).
 */
function isColdStart(options: LoadOptions): boolean {
  const cacheDir = cacheDirOf(options);
  if (cacheDir === null) return true;
  const cacheFile = cacheFileFor(cacheDir, options.seedsDir);
  return ![cacheFile, journalFileFor(cacheFile), snapshotFileFor(cacheDir, options.seedsDir)].some((f) => existsSync(f));
}

export async function readSeeds(options: LoadOptions): Promise<Seeds> {
  const t0 = performance.now();
  const dictionaryFile = dictionaryFileOf(options);
  // The dictionary first: it is part of every article's cache key, hashed as each file is read.
  const dict = dictionaryOrLastGood(await loadDictionary(dictionaryFile), options.lastGoodDictionary);
  const prefix = keyPrefix(dict.dictionary);
  const terms = { prefix, maxBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES };
  const cacheDir = cacheDirOf(options);
  let extraction: ExtractionStream | null = null;
  const onBatch: OnBatch | undefined = isColdStart(options)
    ? (articles, keys, files) => {
        extraction ??= new ExtractionStream(
          dict.dictionary,
          { ...options.extract, unread: inUnreadLanguage(options.seedsDir, files) },
          files,
        );
        extraction.add(articles, keys);
      }
    : undefined;
  const folder = await readFolder(options.seedsDir, terms, cacheDir === null ? null : packFileFor(cacheDir, options.seedsDir), onBatch);
  const corpus = folder.read;
  return {
    extraction,
    from: folder.from,
    filesRead: folder.filesRead,
    pack: folder.writePack,
    dictionary: dict.dictionary,
    prefix,
    lastGoodDictionary: dict.lastGood,
    articles: corpus.articles,
    keys: corpus.keys,
    problems: [...dict.problems.map((p) => dictionaryProblem(dictionaryFile, p)), ...corpus.problems.map(corpusProblem)],
    readMs: performance.now() - t0,
  };
}

/**
 * A half-saved actors.json must not strip every role, alias, nominal and metonym from the index: while
 * the file gives no dictionary at all, the last good one stays in use, and its problem says so.
 */
function dictionaryOrLastGood(
  loaded: LoadedDictionary,
  lastGood: Dictionary | undefined,
): { dictionary: Dictionary; lastGood: Dictionary | null; problems: readonly DictionaryProblem[] } {
  if (!loaded.broken) return { dictionary: loaded.dictionary, lastGood: loaded.dictionary, problems: loaded.problems };
  const note = lastGood
    ? 'the dictionary loaded before stays in use until the file is fixed'
    : 'there is no dictionary loaded before to fall back on, so none is used until the file is fixed';
  const problems = loaded.problems.map((p) => ({ ...p, message: `${p.message}; ${note}` }));
  return { dictionary: lastGood ?? loaded.dictionary, lastGood: lastGood ?? null, problems };
}
