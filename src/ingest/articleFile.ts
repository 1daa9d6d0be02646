// An ingested article as files: `<id>.txt` in the seeds format that src/corpus/parseArticle.ts reads, and
// `<id>.meta.json` beside it with where it came from (docs/ingest.md, "The metadata"). The metadata ends in
// `.json`, so isArticleFile never takes it for an article, and a folder without it reads as before.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { IsoDate } from '../model.js';
import type { TextFingerprint } from './fingerprint.js';
import type { DateSource } from './publicationDate.js';

export const META_SUFFIX = '.meta.json';
export const META_FORMAT = 'attache-article-meta/1';

/** Languages the extraction reads today; an article in another is stored and listed but not extracted. */
export const EXTRACTED_LANGUAGES: readonly string[] = ['en'];

/** An outlet that carried the same story (a reprint) or the same article under another address. */
export interface OtherSource {
  readonly sourceId: string;
  readonly outlet: string;
  readonly url: string;
  readonly title: string | null;
  readonly fetchedAt: string;
  /** `url` (the same canonical URL), `text` (the same normalised text) or `near` (a reprint). */
  readonly match: 'url' | 'text' | 'near';
  /** Estimated Jaccard similarity of the two texts' shingles (1 for `url` and `text`). */
  readonly similarity: number;
}

export interface ArticleMeta {
  readonly format: typeof META_FORMAT;
  /** The file name without `.txt`: the Article id src/corpus gives it. */
  readonly id: string;
  readonly outlet: string;
  readonly title: string | null;
  /** The canonical URL, tracking parameters removed. */
  readonly url: string;
  /** Other addresses of the same article (the feed's link, the page's final URL), cleaned the same way. */
  readonly links: readonly string[];
  readonly guid: string | null;
  readonly sourceId: string;
  /** ISO 8601 timestamp. */
  readonly fetchedAt: string;
  /** Primary language subtag (`en`, `ru`), or `und` when nothing said. */
  readonly language: string;
  /** False when the extraction does not read `language` yet: the wiring leaves the article out of extraction. */
  readonly extract: boolean;
  readonly date: IsoDate;
  readonly dateFrom: DateSource;
  /** `feed` (the item carried the full text), `page` (read from the linked page by Readability). */
  readonly textFrom: 'feed' | 'page';
  readonly fingerprint: TextFingerprint;
  readonly alsoFrom: readonly OtherSource[];
}

/** Whether a folder entry is an article's metadata (never an article: it does not end in `.txt`). */
export function isArticleMetaFile(name: string): boolean {
  return name.endsWith(META_SUFFIX);
}

export function metaFileOf(id: string): string {
  return `${id}${META_SUFFIX}`;
}

/** Whether the extraction should read the article that `meta` describes (no metadata: always). */
export function isExtractable(meta: Pick<ArticleMeta, 'language'> | null | undefined): boolean {
  return !meta || meta.language === 'und' || EXTRACTED_LANGUAGES.includes(meta.language);
}

/**
 * `2024-05-01_caucasus-wire_3f2a9c1b7d04`: the date, the outlet as ASCII, and 48 bits of the SHA-256 of the
 * canonical URL. Stable (the same article gets the same name), safe on every file system (`[a-z0-9_-]`,
 * at most 57 characters), and sorted by date in a listing.
 */
export function articleIdFor(date: IsoDate, outlet: string, canonicalUrl: string): string {
  const hash = createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 12);
  return `${date}_${slug(outlet)}_${hash}`;
}

/** An outlet's name as a file-name part: ASCII letters and digits, dashes between words, ≤ 32 characters. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return s || 'source';
}

/** Most of MAX_ARTICLE_BYTES's 1 MB default: a longer text is cut at a paragraph so the reader keeps it. */
export const MAX_TEXT_BYTES = 900 * 1024;

/**
 * The article in the seeds format: ` date YYYY-MM-DD Title`, a blank line, then the paragraphs with a
 * blank line between them. A paragraph that repeats the title (a page's own headline) is left out.
 */
export function formatArticle(date: IsoDate, title: string | null, paragraphs: readonly string[]): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const head = title ? oneLine(title) : '';
  const body: string[] = [];
  let bytes = 0;
  for (const p of paragraphs.map(oneLine)) {
    if (!p || (body.length === 0 && p === head)) continue;
    bytes += Buffer.byteLength(p) + 2;
    if (bytes > MAX_TEXT_BYTES) break;
    body.push(p);
  }
  return `${[` date ${date}${head ? ` ${head}` : ''}`, ...body].join('\n\n')}\n`;
}
