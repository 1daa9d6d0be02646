// Reading and parsing a list of article files: the part of readArticles that runs on either thread.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type CorpusProblem } from '../corpus/parseArticle.js';
import type { Article } from '../model.js';
import { readArticleMeta, withSource } from './articleMeta.js';
import { articleKey } from './cacheKey.js';

export interface FilesRead {
  readonly articles: Article[];
  /** `keys[i]` is the cache key of `articles[i]`. */
  readonly keys: string[];
  readonly problems: CorpusProblem[];
}

/** Articles are a few kB; a larger file is read on its own. */
const BUFFER = 1 << 20;

/**
 * Reads `files` of `dir` in order into `into`, yielding every `every` files so a caller on the event
 * loop can let other work in. An unreadable file is a problem on line 1, the rest is parseArticle's.
 */
export function* readFiles(
  dir: string,
  files: readonly string[],
  prefix: string,
  /** A larger file is a problem ("too large"), and is not read beyond this. */
  maxBytes: number,
  into: FilesRead,
  every = 200,
  /** Called with each article's bytes as it is kept (a view, valid only during the call). */
  onArticleBytes?: (bytes: Uint8Array) => void,
  /** The folder's `.meta.json` files, listed once (listMetaFiles); without it each article's is tried (a few files). */
  metaFiles: ReadonlySet<string> | null = null,
): Generator<void, void, void> {
  const outlets = new Map<string, string>();
  // One byte more than the limit, when the limit is below the buffer: a file that fills it is too large.
  const buffer = new Uint8Array(Math.min(BUFFER, maxBytes + 1));
  for (let i = 0; i < files.length; i++) {
    if (i % every === every - 1) yield;
    const file = files[i]!;
    let bytes: Uint8Array;
    try {
      const read = readBytes(join(dir, file), buffer, maxBytes);
      if (typeof read === 'number') {
        into.problems.push({ file, line: 1, message: tooLarge(read, maxBytes) });
        continue;
      }
      bytes = read;
    } catch (err) {
      // Gone between listing and reading, or unreadable (a folder, a dangling link): reported, the rest read.
      into.problems.push({ file, line: 1, message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      continue;
    }
    const parsed = parseArticle(file, bytes);
    if (parsed.ok) {
      const meta = readArticleMeta(dir, parsed.article.id, metaFiles);
      if (meta.problem) into.problems.push(meta.problem);
      into.articles.push(meta.source ? withSource(parsed.article, meta.source, outlets) : parsed.article);
      into.keys.push(articleKey(prefix, file, bytes));
      onArticleBytes?.(bytes);
    } else into.problems.push(parsed.problem);
  }
}

/**
 * The file's bytes: open, one read into `buffer`, close (a view of `buffer`, valid until the next read);
 * or its size, when that is over `maxBytes` (nothing more is read of it).
 */
function readBytes(path: string, buffer: Uint8Array, maxBytes: number): Uint8Array | number {
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    if (n <= maxBytes && n < buffer.length) return buffer.subarray(0, n);
    const size = fstatSync(fd).size;
    if (size > maxBytes || n > maxBytes) return Math.max(size, n);
  } finally {
    closeSync(fd);
  }
  return readFileSync(path);
}

function tooLarge(size: number, maxBytes: number): string {
  const kb = (n: number) => `${Math.ceil(n / 1024).toLocaleString('en')} kB`;
  return `too large: ${kb(size)}, over the ${kb(maxBytes)} an article may have (MAX_ARTICLE_BYTES); skipped`;
}
