// Which files of a seeds folder are articles. Reading them is the pipeline's (src/pipeline/readArticles.ts):
// there is one reading path, which the bot, the CLI and the tests all take.
import { readdir } from 'node:fs/promises';

/**
 * MAX_ARTICLE_BYTES's default, 1 MB: a long news article is 10–50 kB; a file much larger is most likely
 * not one article, and would cost seconds to extract (a larger one is reported and skipped).
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

/** By name only: a directory or a dangling link named *.txt is read, fails, and is reported, never silently skipped. */
export function isArticleFile(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

/** The article files of `dir`, sorted by name, so every load of the same folder gives the same order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .map((e) => e.name)
    .filter(isArticleFile)
    .sort();
}
