// The index snapshot: the whole IndexData on disk next to the extraction cache, one file per seeds
// folder, replaced whole and atomically, and used only for the exact corpus it was built from (its
// fingerprint, checked by loadIndex). The bytes are a JSON header (ids, actors, strings, words) and the
// typed arrays as they are in memory, each 8-byte aligned: reading one back is a JSON parse of a few MB
// and views over the bytes, no per-statement work, which is what lets a restart skip extraction decoding
// and the index build.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONTACT_COLUMNS, STATEMENT_COLUMNS, type ContactColumns, type StatementColumns } from '../index/indexColumns.js';
import { INDEX_DATA_VERSION, type IndexData } from '../index/indexData.js';
import type { SearchData } from '../index/searchIndex.js';
import type { Actor } from '../model.js';
import type { LoadProblem } from './problems.js';
import { writeAtomically } from './writeAtomically.js';

export function snapshotFileFor(cacheDir: string, seedsDir: string): string {
  const tag = createHash('sha1').update(resolve(seedsDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `index-${tag}.bin`);
}

/** What an index snapshot must match to be used: the same files, extractor and dictionary (each article's cache key). */
export function fingerprintOf(keys: readonly string[]): string {
  const hash = createHash('sha1').update(`index ${INDEX_DATA_VERSION}\n`);
  for (const k of keys) hash.update(k).update('\n');
  return hash.digest('base64url');
}

/** What loadIndex stores beside the data. */
export interface SnapshotMeta {
  readonly fingerprint: string;
  /** Articles the extractor failed on when the index was built: still reported on every load. */
  readonly problems: readonly LoadProblem[];
}

export type SnapshotRead =
  | { readonly ok: true; readonly data: IndexData | null; readonly meta: unknown }
  /** Unreadable or corrupt: ignored, and replaced after the next build. */
  | { readonly ok: false; readonly error: string };

export async function readIndexSnapshot(file: string): Promise<SnapshotRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, data: null, meta: null };
    return { ok: false, error: `cannot read ${file}: ${(err as Error).message}` };
  }
  try {
    return { ok: true, ...decodeIndexData(bytes) };
  } catch (err) {
    return { ok: false, error: `ignoring the index snapshot ${file}: ${(err as Error).message}` };
  }
}

export async function writeIndexSnapshot(file: string, data: IndexData, meta: unknown): Promise<void> {
  const bytes = encodeIndexData(data, meta);
  await writeAtomically(file, bytes);
}

// The bytes.

const MAGIC = 0x49435441; // "ATCI" little-endian
const BYTE_ORDER = 0x01020304;
const PREFIX = 16;

type Kind = 'i32' | 'u16' | 'f32';
type Typed = Int32Array | Uint16Array | Float32Array;

interface Header {
  readonly version: number;
  readonly meta: unknown;
  readonly builtAt: number;
  readonly articleIds: readonly string[];
  readonly actors: readonly Actor[];
  readonly strings: readonly string[];
  readonly terms: readonly string[];
  readonly discovered: readonly Actor[];
  /** name → [kind, byte offset in the body, element count] */
  readonly arrays: Record<string, [Kind, number, number]>;
}

function arraysOf(data: IndexData): [string, Typed][] {
  return [
    ['appearances', data.appearances],
    ['statementCounts', data.statementCounts],
    ['contactCounts', data.contactCounts],
    ...STATEMENT_COLUMNS.map((c): [string, Typed] => [`statements.${c}`, data.statements[c]]),
    ...CONTACT_COLUMNS.map((c): [string, Typed] => [`contacts.${c}`, data.contacts[c]]),
    ['search.offsets', data.search.offsets],
    ['search.postStmt', data.search.postStmt],
    ['search.postPos', data.search.postPos],
    ['search.docFreq', data.search.docFreq],
    ['search.stmtNorm', data.search.stmtNorm],
    ['search.stmtLen', data.search.stmtLen],
    ['articleActors.offsets', data.articleActors.offsets],
    ['articleActors.actors', data.articleActors.actors],
    ['discovered.offsets', data.discovered.offsets],
  ];
}

const kindOf = (a: Typed): Kind => (a instanceof Int32Array ? 'i32' : a instanceof Uint16Array ? 'u16' : 'f32');
const align8 = (n: number) => (n + 7) & ~7;

/** `meta`: whatever the caller needs to tell whether the snapshot is still good (a fingerprint). */
export function encodeIndexData(data: IndexData, meta: unknown): Uint8Array {
  const arrays: Header['arrays'] = {};
  let bodyLength = 0;
  const list = arraysOf(data);
  for (const [name, a] of list) {
    arrays[name] = [kindOf(a), bodyLength, a.length];
    bodyLength = align8(bodyLength + a.byteLength);
  }
  const header: Header = {
    version: INDEX_DATA_VERSION,
    meta,
    builtAt: data.builtAt,
    articleIds: data.articleIds,
    actors: data.actors,
    strings: data.strings,
    terms: data.search.terms,
    discovered: data.discovered.actors,
    arrays,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = align8(PREFIX + headerBytes.length);
  const out = new Uint8Array(bodyStart + bodyLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_DATA_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  new Uint32Array(out.buffer, 12, 1)[0] = BYTE_ORDER; // native order: read back on another one, it differs
  out.set(headerBytes, PREFIX);
  for (const [name, a] of list) out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), bodyStart + arrays[name]![1]);
  return out;
}

/** Throws when the bytes are not a snapshot of this version and byte order. */
export function decodeIndexData(bytes: Uint8Array): { data: IndexData; meta: unknown } {
  if (bytes.byteLength < PREFIX) throw new Error('too short');
  // Views need alignment: work on an 8-aligned copy only when the bytes are not aligned already.
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(aligned.buffer, aligned.byteOffset, aligned.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not an index snapshot');
  if (view.getUint32(4, true) !== INDEX_DATA_VERSION) throw new Error('an index snapshot of another version');
  if (new Uint32Array(aligned.buffer, aligned.byteOffset + 12, 1)[0] !== BYTE_ORDER)
    throw new Error('an index snapshot of another byte order');
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(aligned.subarray(PREFIX, PREFIX + headerLength))) as Header;
  const bodyStart = aligned.byteOffset + align8(PREFIX + headerLength);
  const array = (name: string): Typed => {
    const entry = header.arrays[name];
    if (!entry) throw new Error(`index snapshot without ${name}`);
    const [kind, offset, length] = entry;
    const size = kind === 'u16' ? 2 : 4;
    if (bodyStart + offset + length * size > aligned.byteOffset + aligned.byteLength)
      throw new Error(`index snapshot truncated in ${name}`);
    const at = bodyStart + offset;
    if (kind === 'i32') return new Int32Array(aligned.buffer, at, length);
    if (kind === 'u16') return new Uint16Array(aligned.buffer, at, length);
    return new Float32Array(aligned.buffer, at, length);
  };
  const i32 = (name: string) => array(name) as Int32Array;
  const statements = Object.fromEntries(STATEMENT_COLUMNS.map((c) => [c, i32(`statements.${c}`)])) as unknown as StatementColumns;
  const contacts = Object.fromEntries(CONTACT_COLUMNS.map((c) => [c, i32(`contacts.${c}`)])) as unknown as ContactColumns;
  const search: SearchData = {
    terms: header.terms,
    offsets: i32('search.offsets'),
    postStmt: i32('search.postStmt'),
    postPos: array('search.postPos') as Uint16Array,
    docFreq: i32('search.docFreq'),
    stmtNorm: array('search.stmtNorm') as Float32Array,
    stmtLen: array('search.stmtLen') as Uint16Array,
  };
  const data: IndexData = {
    builtAt: header.builtAt,
    articleIds: header.articleIds,
    actors: header.actors,
    appearances: i32('appearances'),
    statementCounts: i32('statementCounts'),
    contactCounts: i32('contactCounts'),
    strings: header.strings,
    statements,
    contacts,
    search,
    articleActors: { offsets: i32('articleActors.offsets'), actors: i32('articleActors.actors') },
    discovered: { offsets: i32('discovered.offsets'), actors: header.discovered },
  };
  const n = data.statements.start.length;
  if (
    STATEMENT_COLUMNS.some((c) => data.statements[c].length !== n) ||
    data.search.stmtNorm.length !== n ||
    data.search.stmtLen.length !== n ||
    data.articleActors.offsets.length !== data.articleIds.length + 1 ||
    data.discovered.offsets.length !== data.articleIds.length + 1 ||
    data.appearances.length !== data.actors.length
  ) {
    throw new Error('inconsistent index snapshot');
  }
  return { data, meta: header.meta };
}
