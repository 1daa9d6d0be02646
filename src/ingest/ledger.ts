// What the archive already holds, for telling a new article from one it has: by address, by guid, by exact
// text and by near-duplicate text. In memory and pure; archive.ts fills it from the metadata files. It keeps
// only what the comparisons need, not the metadata itself, which is read from its file on the rare occasions
// it changes: the signatures as the low 16 bits of each minimum, in one pooled array (256 bytes an article;
// two different minima agree on 16 bits by chance once in 65,536, which moves an estimate by < 0.0001).
import type { ArticleMeta } from './articleFile.js';
import { decode, MINHASH_SIZE, NEAR_DUPLICATE_JACCARD, type TextFingerprint } from './fingerprint.js';
import type { IsoDate } from '../model.js';

/** A reprint is looked for among articles dated this many days either side: wire copy runs within days. */
export const NEAR_DUPLICATE_DAYS = 3;

export type Duplicate =
  | { readonly match: 'url' | 'guid' | 'text'; readonly id: string; readonly similarity: 1 }
  | { readonly match: 'near'; readonly id: string; readonly similarity: number };

interface Entry {
  readonly date: IsoDate;
  /** The source the article was written from, then those recorded in `alsoFrom`. */
  readonly sources: readonly string[];
  /** Where its signature starts in the pool, in signatures (−1: the text was too short for one). */
  readonly slot: number;
}

export class ArticleLedger {
  readonly #entries = new Map<string, Entry>();
  readonly #byUrl = new Map<string, string>();
  readonly #byGuid = new Map<string, string>();
  readonly #byText = new Map<string, string>();
  readonly #byDay = new Map<string, Set<string>>();
  #pool = new Uint16Array(MINHASH_SIZE * 1024);
  #slots = 0;

  get size(): number {
    return this.#entries.size;
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /** The ids of the sources an article is recorded from (empty for an unknown id). */
  sources(id: string): readonly string[] {
    return this.#entries.get(id)?.sources ?? [];
  }

  /** Adds an article, or replaces its metadata (a new source recorded). */
  put(meta: ArticleMeta): void {
    const previous = this.#entries.get(meta.id);
    if (previous) this.#byDay.get(previous.date)?.delete(meta.id);
    let slot = previous?.slot ?? -1;
    const signature = meta.fingerprint.minhash ? decode(meta.fingerprint.minhash) : null;
    // A signature of another size (a later version's) is not compared: the article still matches exactly.
    if (signature?.length === MINHASH_SIZE) {
      if (slot < 0) slot = this.#newSlot();
      this.#pool.set(low16(signature), slot * MINHASH_SIZE);
    }
    this.#entries.set(meta.id, { date: meta.date, sources: [meta.sourceId, ...meta.alsoFrom.map((s) => s.sourceId)], slot });
    for (const url of [meta.url, ...meta.links, ...meta.alsoFrom.map((s) => s.url)]) this.#byUrl.set(url, meta.id);
    if (meta.guid) this.#byGuid.set(guidKey(meta.sourceId, meta.guid), meta.id);
    this.#byText.set(meta.fingerprint.exact, meta.id);
    let day = this.#byDay.get(meta.date);
    if (!day) this.#byDay.set(meta.date, (day = new Set()));
    day.add(meta.id);
  }

  /** The article known under this (cleaned) address, or that source's guid: known items need no fetch. */
  knownItem(urls: readonly (string | null)[], sourceId: string, guid: string | null): Duplicate | null {
    for (const url of urls) {
      const id = url ? this.#byUrl.get(url) : undefined;
      if (id) return { match: 'url', id, similarity: 1 };
    }
    const id = guid ? this.#byGuid.get(guidKey(sourceId, guid)) : undefined;
    return id ? { match: 'guid', id, similarity: 1 } : null;
  }

  /**
   * The article a new one duplicates: the same address or guid, the same normalised text, or, among those
   * dated within `NEAR_DUPLICATE_DAYS`, the most similar text at or above `NEAR_DUPLICATE_JACCARD`.
   */
  findDuplicate(candidate: {
    readonly urls: readonly (string | null)[];
    readonly sourceId: string;
    readonly guid: string | null;
    readonly date: IsoDate;
    readonly fingerprint: TextFingerprint;
  }): Duplicate | null {
    const known = this.knownItem(candidate.urls, candidate.sourceId, candidate.guid);
    if (known) return known;
    const same = this.#byText.get(candidate.fingerprint.exact);
    if (same) return { match: 'text', id: same, similarity: 1 };
    if (!candidate.fingerprint.minhash) return null;
    const signature = low16(decode(candidate.fingerprint.minhash));
    let best: Duplicate | null = null;
    for (const day of daysAround(candidate.date, NEAR_DUPLICATE_DAYS)) {
      for (const id of this.#byDay.get(day) ?? []) {
        const slot = this.#entries.get(id)!.slot;
        if (slot < 0) continue;
        const similarity = this.#agreement(signature, slot);
        if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) best = { match: 'near', id, similarity };
      }
    }
    return best;
  }

  #newSlot(): number {
    if ((this.#slots + 1) * MINHASH_SIZE > this.#pool.length) {
      const grown = new Uint16Array(this.#pool.length * 2);
      grown.set(this.#pool);
      this.#pool = grown;
    }
    return this.#slots++;
  }

  /** The share of positions where `signature` agrees with the one in `slot`. */
  #agreement(signature: Uint16Array, slot: number): number {
    const base = slot * MINHASH_SIZE;
    let same = 0;
    for (let i = 0; i < MINHASH_SIZE; i++) if (signature[i] === this.#pool[base + i]) same++;
    return same / MINHASH_SIZE;
  }
}

function low16(signature: Uint32Array): Uint16Array {
  return Uint16Array.from(signature, (v) => v & 0xffff);
}

function guidKey(sourceId: string, guid: string): string {
  return `${sourceId}\u0000${guid}`;
}

function daysAround(date: IsoDate, days: number): string[] {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Array.from({ length: 2 * days + 1 }, (_, i) => new Date(t + (i - days) * 86_400_000).toISOString().slice(0, 10));
}
