// A worker thread that reads and parses its share of the article files (see readArticles.ts) and sends
// them back in batches. A batch travels as the files' bytes in one transferred buffer plus small
// columns (dates, paragraph offsets, keys): moving it costs nothing, and the main thread only turns
// bytes into strings, a few µs an article, instead of reading, parsing and hashing them itself.
import { isAscii } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusProblem } from '../corpus/parseArticle.js';
import type { Article, ArticleSource, IsoDate } from '../model.js';
import { withSource } from './articleMeta.js';
import { readFiles, type FilesRead } from './readFiles.js';

export interface ReadJob {
  readonly dir: string;
  readonly files: readonly string[];
  readonly prefix: string;
  readonly maxBytes: number;
  /** The folder's `.meta.json` files (listed once by readArticles). */
  readonly metaFiles: readonly string[];
}

/** Articles of one batch, packed. */
export interface PackedArticles {
  readonly bytes: Uint8Array;
  /** Article i's bytes are bytes[ends[i-1] .. ends[i]) (from 0 for the first). */
  readonly ends: Int32Array;
  /** 1 where the article is plain ASCII (decoded as latin1, several times faster than UTF-8). */
  readonly ascii: Uint8Array;
  readonly files: readonly string[];
  readonly ids: readonly string[];
  readonly dates: readonly IsoDate[];
  /** Article i's paragraphs are pairs (start, end) in paragraphs[2 * firsts[i] .. 2 * firsts[i + 1]). */
  readonly firsts: Int32Array;
  readonly paragraphs: Int32Array;
  readonly keys: readonly string[];
  /** Each article's source from its metadata, or null. */
  readonly sources: readonly (ArticleSource | null)[];
  readonly problems: readonly CorpusProblem[];
}

export type ReadBatch = { readonly done: false; readonly batch: PackedArticles } | { readonly done: true };

const BATCH = 2000;

/** Reads `files` of `dir` into packed batches (same articles, order and problems as readFiles). */
export function* readPacked(
  dir: string,
  files: readonly string[],
  prefix: string,
  maxBytes: number,
  metaFiles: ReadonlySet<string> | null = null,
): Generator<PackedArticles, void, void> {
  for (let i = 0; i < files.length; i += BATCH) {
    const read: FilesRead = { articles: [], keys: [], problems: [] };
    const bytesOf: Uint8Array[] = [];
    const steps = readFiles(
      dir,
      files.slice(i, i + BATCH),
      prefix,
      maxBytes,
      read,
      undefined,
      (bytes) => bytesOf.push(bytes.slice()),
      metaFiles,
    );
    while (!steps.next().done);
    yield pack(read, bytesOf);
  }
}

function pack(read: FilesRead, bytesOf: readonly Uint8Array[]): PackedArticles {
  const n = read.articles.length;
  const total = bytesOf.reduce((sum, b) => sum + b.byteLength, 0);
  const bytes = new Uint8Array(total);
  const ends = new Int32Array(n);
  const ascii = new Uint8Array(n);
  const firsts = new Int32Array(n + 1);
  let at = 0;
  let paragraphCount = 0;
  read.articles.forEach((a, k) => {
    bytes.set(bytesOf[k]!, at);
    at += bytesOf[k]!.byteLength;
    ends[k] = at;
    ascii[k] = isAscii(bytesOf[k]!) ? 1 : 0;
    firsts[k] = paragraphCount;
    paragraphCount += a.paragraphs.length;
  });
  firsts[n] = paragraphCount;
  const paragraphs = new Int32Array(2 * paragraphCount);
  let p = 0;
  for (const a of read.articles) {
    for (const span of a.paragraphs) {
      paragraphs[p++] = span.start;
      paragraphs[p++] = span.end;
    }
  }
  return {
    bytes,
    ends,
    ascii,
    files: read.articles.map((a) => a.file),
    ids: read.articles.map((a) => a.id),
    dates: read.articles.map((a) => a.date),
    firsts,
    paragraphs,
    keys: read.keys,
    // The title goes as the metadata has it; unpack makes it a slice of the text again where it can.
    sources: read.articles.map((a) => a.source ?? null),
    problems: read.problems,
  };
}

/** The articles of a packed batch, appended to `into`. */
/** `keep`: which files' articles and problems to take (all without it). */
export function unpack(batch: PackedArticles, into: FilesRead, keep?: (file: string) => boolean): void {
  const buffer = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  let start = 0;
  const outlets = new Map<string, string>();
  for (let k = 0; k < batch.ids.length; k++) {
    const end = batch.ends[k]!;
    const from = start;
    start = end;
    if (keep && !keep(batch.files[k]!)) continue;
    const text = buffer.toString(batch.ascii[k] ? 'latin1' : 'utf8', from, end);
    const paragraphs = [];
    for (let p = batch.firsts[k]!; p < batch.firsts[k + 1]!; p++)
      paragraphs.push({ start: batch.paragraphs[2 * p]!, end: batch.paragraphs[2 * p + 1]! });
    const article: Article = { id: batch.ids[k]!, file: batch.files[k]!, date: batch.dates[k]!, text, paragraphs };
    const source = batch.sources[k];
    into.articles.push(source ? withSource(article, source, outlets) : article);
    into.keys.push(batch.keys[k]!);
  }
  for (const p of batch.problems) if (!keep || keep(p.file)) into.problems.push(p);
}

const port = parentPort;
if (port && workerData) {
  const { dir, files, prefix, maxBytes, metaFiles } = workerData as ReadJob;
  for (const batch of readPacked(dir, files, prefix, maxBytes, new Set(metaFiles))) {
    port.postMessage({ done: false, batch } satisfies ReadBatch, [
      batch.bytes.buffer as ArrayBuffer,
      batch.ends.buffer as ArrayBuffer,
      batch.paragraphs.buffer as ArrayBuffer,
    ]);
  }
  port.postMessage({ done: true } satisfies ReadBatch);
}
