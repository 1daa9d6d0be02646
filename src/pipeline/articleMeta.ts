// Where an article was published, read from the `<id>.meta.json` beside it (src/ingest writes it): its
// outlet, title and address, which citations show (src/views/citations.ts). A hand-written folder has no
// metadata, and reads as it always did. A sidecar that is not usable is a problem named with its reason,
// and the article loads without it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArticleMetaFile, metaFileOf } from '../ingest/articleFile.js';
import type { CorpusProblem } from '../corpus/parseArticle.js';
import type { Article, ArticleSource } from '../model.js';

/** Sidecars are a few hundred bytes; a larger one is not a sidecar src/ingest wrote. */
const MAX_META_BYTES = 64 * 1024;
const MAX_OUTLET = 200;
const MAX_TITLE = 500;
const MAX_URL = 2000;

/**
 * Which articles of `dir` have metadata: the folder listed once (at 100,000 articles, one open tried per
 * article cost 0.8 s of main thread; the listing 0.09 s). Null when it cannot be listed.
 */
export function listMetaFiles(dir: string): Set<string> | null {
  try {
    return new Set(readdirSync(dir).filter(isArticleMetaFile));
  } catch {
    return null;
  }
}

export type MetaRead = { readonly source: ArticleSource | null; readonly problem?: CorpusProblem };

/**
 * The metadata of article `id` of `dir`: none when `listed` (the folder's sidecars) does not have it;
 * without a listing (a file or two changed), the open tells. Never throws.
 */
export function readArticleMeta(dir: string, id: string, listed: ReadonlySet<string> | null): MetaRead {
  const file = metaFileOf(id);
  if (listed && !listed.has(file)) return { source: null };
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // No sidecar (or gone since the listing): an article without metadata.
    if (code === 'ENOENT') return { source: null };
    return problem(file, `cannot be read (${code ?? String(err)})`);
  }
  if (bytes.byteLength > MAX_META_BYTES) return problem(file, `too large for article metadata (${bytes.byteLength} bytes)`);
  return parseArticleMeta(file, bytes.toString('utf8'));
}

/** The citation part of a sidecar's JSON, or the reason it has none usable. Pure. */
export function parseArticleMeta(file: string, json: string): MetaRead {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return problem(file, `not valid JSON (${err instanceof SyntaxError ? err.message : String(err)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem(file, 'not a JSON object');
  const { outlet, title, url, alsoFrom } = value as Record<string, unknown>;
  if (typeof outlet !== 'string' || outlet.trim() === '') return problem(file, '"outlet" is missing or not a non-empty string');
  if (title !== undefined && title !== null && typeof title !== 'string') return problem(file, '"title" is not a string or null');
  if (url !== undefined && url !== null && typeof url !== 'string') return problem(file, '"url" is not a string or null');
  if (alsoFrom !== undefined && !Array.isArray(alsoFrom)) return problem(file, '"alsoFrom" is not a list');
  const main = citationPart(outlet, title, url);
  // A reprint's entry that is not usable is left out; the article's own source still counts.
  const others = (alsoFrom ?? []).flatMap((o: unknown) => {
    if (typeof o !== 'object' || o === null) return [];
    const other = o as Record<string, unknown>;
    if (typeof other.outlet !== 'string' || other.outlet.trim() === '') return [];
    const part = citationPart(other.outlet, typeof other.title === 'string' ? other.title : null, other.url);
    return part.outlet === main.outlet && part.url === main.url ? [] : [part];
  });
  return { source: others.length ? { ...main, others } : main };
}

function citationPart(outlet: string, title: unknown, url: unknown): Omit<ArticleSource, 'others'> {
  return {
    outlet: outlet.trim().slice(0, MAX_OUTLET),
    title: typeof title === 'string' && title.trim() ? title.trim().slice(0, MAX_TITLE) : null,
    url: typeof url === 'string' ? openableUrl(url) : null,
  };
}

/** An absolute http(s) URL a reader can open, normalised by the URL parser; null for anything else. */
export function openableUrl(text: string): string | null {
  if (text.length > MAX_URL) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The article with its source. The title is very often the article's first paragraph (src/ingest writes the
 * headline after the date): then it is that slice of the text, which costs no second copy of the string.
 */
export function withSource(article: Article, source: ArticleSource, outlets: Map<string, string>): Article {
  let outlet = outlets.get(source.outlet);
  if (outlet === undefined) outlets.set(source.outlet, (outlet = source.outlet));
  const first = article.paragraphs[0];
  const title =
    first && source.title !== null && first.end - first.start === source.title.length && article.text.startsWith(source.title, first.start)
      ? article.text.slice(first.start, first.end)
      : source.title;
  return { ...article, source: { ...source, outlet, title } };
}

function problem(file: string, reason: string): MetaRead {
  return { source: null, problem: { file, line: 1, message: `article metadata ignored: ${reason}` } };
}
