// Articles the extraction cannot read yet: an ingested article whose `<id>.meta.json` (src/ingest) names a
// language other than the ones EXTRACTED_LANGUAGES lists. They are listed and counted, with an empty
// extraction, instead of having the English rules run over them. An article without metadata is read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isExtractable, metaFileOf, type ArticleMeta } from '../ingest/articleFile.js';
import type { Article } from '../model.js';

/** Above this many articles to check, one listing of the folder costs less than a failed open each. */
const LIST_ABOVE = 200;

/**
 * The test for `articles` articles of `seedsDir`. For many (a load), the folder is listed once rather
 * than one open tried per article: a folder of hand-written articles has no metadata at all, and at
 * 100,000 articles the failed opens held the main thread 0.8 s of a cold start (0.09 s listed). For a few
 * (a changed file), the open alone is cheaper than listing a large folder.
 */
export function inUnreadLanguage(seedsDir: string, articles: number): (article: Article) => boolean {
  let names: ReadonlySet<string> | null = null;
  if (articles > LIST_ABOVE) {
    try {
      names = new Set(readdirSync(seedsDir).filter((name) => name.endsWith(metaFileOf(''))));
    } catch {
      return () => false;
    }
  }
  return (article) => {
    const file = metaFileOf(article.id);
    if (names && !names.has(file)) return false;
    let meta: Pick<ArticleMeta, 'language'> | null;
    try {
      meta = JSON.parse(readFileSync(join(seedsDir, file), 'utf8')) as Pick<ArticleMeta, 'language'>;
    } catch {
      return false;
    }
    return typeof meta?.language === 'string' && !isExtractable(meta);
  };
}
