// The articles of a seeds folder in one file of the cache, so that a restart over an unchanged folder
// reads one file instead of every article (issue #12: a restart at 100,000 articles ≤ 3 s; reading and
// hashing 100,000 files took 2–3.5 s of it). Whether the folder is unchanged is told as git tells it:
// each article and metadata file's size and modification time, taken by `stampFolder` BEFORE the files
// are read, against those kept in the pack. A file changed while it was being read has a later time than
// its stamp, so the next start reads the folder again: a stamp can only ever be older than what the pack
// holds, never newer.
//
// The pack holds what the reading gave (readFiles): each article's text (its bytes as read, UTF-8),
// paragraphs, id, date, cache key and source, and the problems of the files that gave no article.
import { statSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { isArticleFile } from '../corpus/articleFiles.js';
import type { CorpusProblem } from '../corpus/parseArticle.js';
import { isArticleMetaFile, META_SUFFIX, metaFileOf } from '../ingest/articleFile.js';
import { articleIdOf } from '../corpus/parseArticle.js';
import type { ArticleSource, IsoDate } from '../model.js';
import { yieldToEventLoop } from './cooperative.js';
import type { FilesRead } from './readFiles.js';
import { unpack, type PackedArticles } from './readWorker.js';

const FORMAT = 'attache-article-pack/1';

export function packFileFor(cacheDir: string, seedsDir: string): string {
  const tag = createHash('sha1').update(resolve(seedsDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `articles-${tag}.pack`);
}

/** Every article and metadata file of the folder, sorted, with its size and modification time. */
export interface FolderStamps {
  readonly names: readonly string[];
  readonly sizes: Float64Array;
  readonly mtimes: Float64Array;
}

/** Lists the folder and stats each article and metadata file (a few µs each), in slices. Null if it cannot. */
export async function stampFolder(names: readonly string[], dir: string): Promise<FolderStamps | null> {
  const kept = names.filter((n) => isArticleFile(n) || isArticleMetaFile(n)).sort();
  const sizes = new Float64Array(kept.length);
  const mtimes = new Float64Array(kept.length);
  let slice = performance.now();
  for (let i = 0; i < kept.length; i++) {
    const stats = statSync(join(dir, kept[i]!), { throwIfNoEntry: false });
    if (!stats) return null;
    sizes[i] = stats.size;
    mtimes[i] = stats.mtimeMs;
    if (performance.now() - slice > 15) {
      await yieldToEventLoop();
      slice = performance.now();
    }
  }
  return { names: kept, sizes, mtimes };
}

function sameStamps(a: FolderStamps, b: FolderStamps): boolean {
  if (a.names.length !== b.names.length) return false;
  for (let i = 0; i < a.names.length; i++)
    if (a.names[i] !== b.names[i] || a.sizes[i] !== b.sizes[i] || a.mtimes[i] !== b.mtimes[i]) return false;
  return true;
}

/** What a pack must match besides the stamps: the keys' prefix (extractor and dictionary) and the size limit. */
export interface PackTerms {
  readonly prefix: string;
  readonly maxBytes: number;
}

interface Header {
  readonly format: typeof FORMAT;
  readonly terms: PackTerms;
  readonly names: readonly string[];
  readonly files: readonly string[];
  readonly ids: readonly string[];
  readonly dates: readonly IsoDate[];
  readonly keys: readonly string[];
  readonly sources: readonly (ArticleSource | null)[];
  readonly problems: readonly CorpusProblem[];
  /** Byte lengths of the sections after the header, in order: sizes, mtimes, ends, ascii, firsts, paragraphs, bytes. */
  readonly sections: readonly number[];
}

/**
 * What the pack gives for the folder as it is now: every article when no stamp changed (`reread` empty);
 * else the articles and problems of the files whose stamps are unchanged, and the article files to read
 * again (changed or new, or whose metadata file changed, appeared or went). A file gone from the folder is
 * simply not given. Null when the pack is absent, damaged or of other terms (the caller reads the folder).
 * Never throws.
 */
export interface PackRead {
  readonly read: FilesRead;
  /** Whether the folder is as the pack was written (else the pack is to be written again). */
  readonly whole: boolean;
  /** Article files to read from the folder and merge in (mergeReads), sorted. */
  readonly reread: readonly string[];
}

export async function readArticlePack(file: string, stamps: FolderStamps, terms: PackTerms): Promise<PackRead | null> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    return null;
  }
  // A small file may come in a slice of Node's shared pool: the typed arrays below need 8-byte alignment.
  if (data.byteOffset % 8) data = copyAligned(data);
  try {
    const headerLength = data.readUInt32LE(0);
    const header = JSON.parse(data.toString('utf8', 4, 4 + headerLength)) as Header;
    if (header.format !== FORMAT || header.terms.prefix !== terms.prefix || header.terms.maxBytes !== terms.maxBytes) return null;
    // Sections start on 8-byte boundaries (after a padded header), so typed arrays view the file's bytes.
    let at = align(4 + headerLength);
    const take = (length: number) => {
      const view = data.subarray(at, at + length);
      if (view.byteLength !== length) throw new Error('the pack is cut short');
      at = align(at + length);
      return view;
    };
    const [sizeLen, mtimeLen, endsLen, asciiLen, firstsLen, paragraphsLen, bytesLen] = header.sections as number[];
    const f64 = (b: Buffer) => new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8);
    const i32 = (b: Buffer) => new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
    const kept: FolderStamps = { names: header.names, sizes: f64(take(sizeLen!)), mtimes: f64(take(mtimeLen!)) };
    const whole = sameStamps(kept, stamps);
    const changed = whole ? null : changedArticleFiles(kept, stamps);
    const packed: PackedArticles = {
      ends: i32(take(endsLen!)),
      ascii: take(asciiLen!),
      firsts: i32(take(firstsLen!)),
      paragraphs: i32(take(paragraphsLen!)),
      bytes: take(bytesLen!),
      files: header.files,
      ids: header.ids,
      dates: header.dates,
      keys: header.keys,
      sources: header.sources,
      problems: header.problems,
    };
    const out: FilesRead = { articles: [], keys: [], problems: [] };
    unpack(packed, out, changed ? (name) => !changed.stale.has(name) : undefined);
    return { read: out, whole, reread: changed?.reread ?? [] };
  } catch {
    return null;
  }
}

/**
 * Between the pack's stamps and the folder's: the article files whose own stamp or whose metadata file's
 * stamp differs (`reread`: those still in the folder), and every name whose pack entries are stale
 * (`stale`: those, the files gone, and their metadata files, whose problems are the article's to give).
 */
function changedArticleFiles(before: FolderStamps, now: FolderStamps): { reread: string[]; stale: Set<string> } {
  const stampOf = (s: FolderStamps) => {
    const byName = new Map<string, number>();
    s.names.forEach((n, i) => byName.set(n, i));
    return (name: string) => {
      const i = byName.get(name);
      return i === undefined ? null : [s.sizes[i]!, s.mtimes[i]!];
    };
  };
  const was = stampOf(before);
  const is = stampOf(now);
  const same = (name: string) => {
    const a = was(name);
    const b = is(name);
    return a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1];
  };
  const reread: string[] = [];
  const stale = new Set<string>();
  for (const name of new Set([...before.names, ...now.names])) {
    if (!isArticleFile(name)) continue;
    const meta = metaFileOf(articleIdOf(name));
    if (same(name) && same(meta)) continue;
    stale.add(name);
    stale.add(meta);
    if (is(name) !== null) reread.push(name);
  }
  return { reread: reread.sort(), stale };
}

/**
 * The pack's part and the files read again, as one reading of the whole folder gives them: articles
 * (with their keys) in file-name order, and problems in the order of the files they concern.
 */
export function mergeReads(fromPack: FilesRead, fromFiles: FilesRead): FilesRead {
  const out: FilesRead = { articles: [], keys: [], problems: [] };
  let i = 0;
  let j = 0;
  const a = fromPack.articles;
  const b = fromFiles.articles;
  while (i < a.length || j < b.length) {
    const takePack = j >= b.length || (i < a.length && a[i]!.file < b[j]!.file);
    if (takePack) {
      out.articles.push(a[i]!);
      out.keys.push(fromPack.keys[i++]!);
    } else {
      out.articles.push(b[j]!);
      out.keys.push(fromFiles.keys[j++]!);
    }
  }
  // A metadata file's problem sorts with its article's.
  const owner = (file: string) => (isArticleMetaFile(file) ? `${file.slice(0, -META_SUFFIX.length)}.txt` : file);
  const problems = [...fromPack.problems, ...fromFiles.problems];
  out.problems.push(
    ...problems
      .map((p, k) => ({ p, k, o: owner(p.file) }))
      .sort((x, y) => (x.o < y.o ? -1 : x.o > y.o ? 1 : x.k - y.k))
      .map((x) => x.p),
  );
  return out;
}

/** Writes the pack of what was read under `stamps` (atomically, in slices of the articles' bytes). */
export async function writeArticlePack(file: string, stamps: FolderStamps, terms: PackTerms, read: FilesRead): Promise<void> {
  const { articles } = read;
  const lengths = articles.map((a) => Buffer.byteLength(a.text));
  const ends = new Int32Array(articles.length);
  const ascii = new Uint8Array(articles.length);
  const firsts = new Int32Array(articles.length + 1);
  let total = 0;
  let count = 0;
  articles.forEach((a, k) => {
    total += lengths[k]!;
    ends[k] = total;
    // ASCII exactly when its UTF-8 is one byte a character (decoded as latin1 on reading, several times faster).
    ascii[k] = lengths[k] === a.text.length ? 1 : 0;
    firsts[k] = count;
    count += a.paragraphs.length;
  });
  firsts[articles.length] = count;
  const paragraphs = new Int32Array(2 * count);
  let p = 0;
  for (const a of articles)
    for (const span of a.paragraphs) {
      paragraphs[p++] = span.start;
      paragraphs[p++] = span.end;
    }
  const arrays = [stamps.sizes, stamps.mtimes, ends, ascii, firsts, paragraphs];
  const header: Header = {
    format: FORMAT,
    terms,
    names: stamps.names,
    files: articles.map((a) => a.file),
    ids: articles.map((a) => a.id),
    dates: articles.map((a) => a.date),
    keys: read.keys,
    sources: articles.map((a) => a.source ?? null),
    problems: read.problems,
    sections: [...arrays.map((a) => a.byteLength), total],
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(headerBytes.byteLength);
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const handle = await open(temp, 'w');
  try {
    let at = 0;
    const write = async (bytes: Uint8Array) => {
      await handle.write(bytes);
      at += bytes.byteLength;
      const pad = align(at) - at;
      if (pad) {
        await handle.write(Buffer.alloc(pad));
        at += pad;
      }
    };
    await handle.write(prefix);
    at = 4;
    await write(headerBytes);
    for (const a of arrays) await write(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    // The texts through one reused 8 MB buffer: never the whole archive's bytes at once, and no buffer an
    // article (100,000 small buffers left the allocator's memory resident after the load, ~100 MB of RSS).
    const chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
    let used = 0;
    for (const [k, a] of articles.entries()) {
      const length = lengths[k]!;
      if (used + length > CHUNK_BYTES) {
        await handle.write(chunk, 0, used);
        used = 0;
      }
      if (length > CHUNK_BYTES) await handle.write(Buffer.from(a.text));
      else used += chunk.write(a.text, used, length, 'utf8');
    }
    if (used) await handle.write(chunk, 0, used);
    await handle.close();
    await rename(temp, file);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw err;
  }
}

const CHUNK_BYTES = 8 << 20;

function copyAligned(data: Buffer): Buffer {
  const copy = Buffer.alloc(data.byteLength);
  data.copy(copy);
  return copy;
}

function align(n: number): number {
  return (n + 7) & ~7;
}
