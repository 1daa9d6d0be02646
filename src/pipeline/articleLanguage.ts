// Articles the extraction cannot read yet: an ingested article whose `<id>.meta.json` (src/ingest) names a
// language other than the ones EXTRACTED_LANGUAGES lists. They are listed and counted, with an empty
// extraction, instead of having the English rules run over them. An article without metadata is read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isExtractable, metaFileOf, type ArticleMeta } from '../ingest/articleFile.js';
import type { Article } from '../model.js';

export function inUnreadLanguage(seedsDir: string): (article: Article) => boolean {
  return (article) => {
    let meta: Pick<ArticleMeta, 'language'> | null;
    try {
      meta = JSON.parse(readFileSync(join(seedsDir, metaFileOf(article.id)), 'utf8')) as Pick<ArticleMeta, 'language'>;
    } catch {
      return false;
    }
    return typeof meta?.language === 'string' && !isExtractable(meta);
  };
}
