// Extractions ↔ one compact binary blob: a JSON header (keys, a string table) and an Int32 body. At
// 100k articles the same data as JSON is ~250 MB and takes seconds to parse; this takes a fraction,
// and only the entries asked for are decoded. Only the fields of the model (src/model.ts) are kept, and of
// an extraction only what is read after it is made (StoredExtraction: not its mentions).
import type { Actor, Contact, Statement, StoredExtraction } from '../model.js';

const MAGIC = 0x58435441; // "ATCX" little-endian
// 2: a statement's speaker may be ABSENT (null). 3: no mentions. Files of another format are ignored, not misread.
const FORMAT = 3;
const ABSENT = -1;

export interface EncodedEntry {
  readonly key: string;
  readonly extraction: StoredExtraction;
}

interface Header {
  readonly format: number;
  readonly keys: string[];
  /** Where each entry starts in the body (Int32 units); one more than keys. */
  readonly offsets: number[];
  readonly strings: string[];
}

class IntWriter {
  data = new Int32Array(1 << 16);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}

/** Encodes the entries; a generator so a large cache can be written without freezing the event loop. */
export function* encodeExtractions(entries: Iterable<EncodedEntry>): Generator<void, Uint8Array, void> {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const str = (s: string): number => {
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      stringIds.set(s, id);
    }
    return id;
  };
  const opt = (s: string | undefined | null) => (s === undefined || s === null ? ABSENT : str(s));
  const discoveredIds = new Map<Actor, number>();
  const body = new IntWriter();
  const keys: string[] = [];
  const offsets: number[] = [];
  let n = 0;
  for (const { key, extraction: e } of entries) {
    if ((++n & 511) === 0) yield;
    keys.push(key);
    offsets.push(body.length);
    body.push(str(e.article));
    body.push(e.actors.length);
    for (const a of e.actors) body.push(str(a));
    body.push(e.discovered.length);
    for (const a of e.discovered) {
      let id = discoveredIds.get(a);
      if (id === undefined) {
        id = str(JSON.stringify(a));
        discoveredIds.set(a, id);
      }
      body.push(id);
    }
    body.push(e.statements.length);
    const idPrefix = `${e.article}#`;
    for (const s of e.statements) {
      // Ids are `${article}#${n}`: store n (as -n-2, clear of ABSENT) instead of a string per statement.
      const suffix = s.id.startsWith(idPrefix) ? s.id.slice(idPrefix.length) : '';
      body.push(/^(0|[1-9]\d{0,8})$/.test(suffix) ? -Number(suffix) - 2 : str(s.id));
      body.push(s.start);
      body.push(s.end);
      body.push(str(s.kind));
      body.push(opt(s.speaker));
      body.push(str(s.cue));
      body.push(opt(s.addressee));
      body.push(opt(s.via));
      body.push(str(s.date));
      body.push(str(s.dateBasis));
    }
    body.push(e.contacts.length);
    for (const c of e.contacts) {
      body.push(c.start);
      body.push(c.end);
      body.push(str(c.a));
      body.push(str(c.b));
      body.push(str(c.kind));
      body.push(opt(c.date));
      body.push(str(c.status));
    }
  }
  offsets.push(body.length);
  yield;
  const header: Header = { format: FORMAT, keys, offsets, strings };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerPadded = (headerBytes.length + 3) & ~3;
  const out = new Uint8Array(12 + headerPadded + body.length * 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  out.set(new Uint8Array(body.data.buffer, 0, body.length * 4), 12 + headerPadded);
  return out;
}

/** A decoded cache file: entries decode one at a time, when asked for. */
/**
 * Discovered actors decoded, by their encoding: chunks decoded with the same one share each actor's
 * object. The same person found in many articles is one object in each chunk already; across the 400
 * chunks of 100k articles, 335,000 copies came down to 20,000.
 */
export type DiscoveredActors = Map<string, Actor>;

export class DecodedExtractions {
  private readonly index = new Map<string, number>();

  private constructor(
    private readonly header: Header,
    private readonly body: Int32Array,
    private readonly discovered: DiscoveredActors,
  ) {
    header.keys.forEach((k, i) => this.index.set(k, i));
  }

  /** Throws when the bytes are not a cache file of this format. */
  static from(bytes: Uint8Array, discovered: DiscoveredActors = new Map()): DecodedExtractions {
    if (bytes.byteLength < 12) throw new Error('too short');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) throw new Error('not an extraction cache');
    if (view.getUint32(4, true) !== FORMAT) throw new Error('another cache format');
    const headerLength = view.getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
    const bodyStart = 12 + ((headerLength + 3) & ~3);
    const bodyLength = (bytes.byteLength - bodyStart) >> 2;
    // Int32Array needs 4-byte alignment: copy only when the buffer is not aligned.
    const body =
      (bytes.byteOffset + bodyStart) % 4 === 0
        ? new Int32Array(bytes.buffer, bytes.byteOffset + bodyStart, bodyLength)
        : new Int32Array(bytes.slice(bodyStart, bodyStart + bodyLength * 4).buffer);
    if (!Array.isArray(header.keys) || header.offsets.length !== header.keys.length + 1 || header.offsets.at(-1)! > body.length) {
      throw new Error('inconsistent cache header');
    }
    return new DecodedExtractions(header, body, discovered);
  }

  get size(): number {
    return this.header.keys.length;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  get(key: string): StoredExtraction | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.decode(i);
  }

  /** The entries' keys, in the order they were encoded. */
  get keys(): readonly string[] {
    return this.header.keys;
  }

  /** The extraction of the entry at `i` (in encoding order). */
  at(i: number): StoredExtraction {
    if (!(i >= 0 && i < this.header.keys.length)) throw new RangeError(`no cache entry ${i}`);
    return this.decode(i);
  }

  private decode(entry: number): StoredExtraction {
    const { strings, offsets } = this.header;
    const b = this.body;
    let p = offsets[entry]!;
    const end = offsets[entry + 1]!;
    const next = () => {
      if (p >= end) throw new Error('truncated cache entry');
      return b[p++]!;
    };
    const str = () => {
      const s = strings[next()];
      if (s === undefined) throw new Error('bad string reference in cache');
      return s;
    };
    const opt = () => {
      const i = next();
      return i === ABSENT ? undefined : strings[i];
    };
    const article = str();
    const actors = Array.from({ length: next() }, str);
    const discovered = Array.from({ length: next() }, () => {
      const json = strings[next()];
      if (json === undefined) throw new Error('bad string reference in cache');
      let actor = this.discovered.get(json);
      if (!actor) {
        actor = JSON.parse(json) as Actor;
        this.discovered.set(json, actor);
      }
      return actor;
    });
    const statements: Statement[] = Array.from({ length: next() }, () => {
      const idRef = next();
      const id = idRef <= -2 ? `${article}#${-idRef - 2}` : strings[idRef]!;
      const start = next();
      const stEnd = next();
      const kind = str() as Statement['kind'];
      const speaker = opt() ?? null;
      const cue = str();
      const addressee = opt();
      const via = opt();
      const date = str() as Statement['date'];
      const dateBasis = str() as Statement['dateBasis'];
      return {
        id,
        article,
        kind,
        speaker,
        cue,
        ...(addressee !== undefined ? { addressee } : {}),
        ...(via !== undefined ? { via } : {}),
        date,
        dateBasis,
        start,
        end: stEnd,
      };
    });
    const contacts: Contact[] = Array.from({ length: next() }, () => {
      const start = next();
      const cEnd = next();
      const a = str();
      const bb = str();
      const kind = str() as Contact['kind'];
      const date = (opt() ?? null) as Contact['date'];
      const status = str() as Contact['status'];
      return { article, a, b: bb, kind, date, status, start, end: cEnd };
    });
    return { article, actors, discovered, statements, contacts };
  }
}
