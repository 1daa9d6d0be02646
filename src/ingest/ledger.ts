// What the archive already holds, for telling a new article from one it has: by address, by guid, by exact
// text and by near-duplicate text. In memory and pure; archive.ts fills it from the metadata files.
import type { ArticleMeta } from './articleFile.js';
import { decode, estimatedJaccard, NEAR_DUPLICATE_JACCARD, type TextFingerprint } from './fingerprint.js';
import type { IsoDate } from '../model.js';

/** A reprint is looked for among articles dated this many days either side: wire copy runs within days. */
export const NEAR_DUPLICATE_DAYS = 3;

export type Duplicate =
  | { readonly match: 'url' | 'guid' | 'text'; readonly id: string; readonly similarity: 1 }
  | { readonly match: 'near'; readonly id: string; readonly similarity: number };

interface Entry {
  readonly meta: ArticleMeta;
  readonly signature: Uint32Array | null;
}

export class ArticleLedger {
  readonly #entries = new Map<string, Entry>();
  readonly #byUrl = new Map<string, string>();
  readonly #byGuid = new Map<string, string>();
  readonly #byText = new Map<string, string>();
  readonly #byDay = new Map<string, Set<string>>();

  get size(): number {
    return this.#entries.size;
  }

  get(id: string): ArticleMeta | null {
    return this.#entries.get(id)?.meta ?? null;
  }

  /** Adds an article, or replaces its metadata (a new source recorded). */
  put(meta: ArticleMeta): void {
    const previous = this.#entries.get(meta.id);
    if (previous) this.#byDay.get(previous.meta.date)?.delete(meta.id);
    this.#entries.set(meta.id, { meta, signature: meta.fingerprint.minhash ? decode(meta.fingerprint.minhash) : null });
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
    const signature = decode(candidate.fingerprint.minhash);
    let best: Duplicate | null = null;
    for (const day of daysAround(candidate.date, NEAR_DUPLICATE_DAYS)) {
      for (const id of this.#byDay.get(day) ?? []) {
        const other = this.#entries.get(id)!.signature;
        if (!other) continue;
        const similarity = estimatedJaccard(signature, other);
        if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) best = { match: 'near', id, similarity };
      }
    }
    return best;
  }
}

function guidKey(sourceId: string, guid: string): string {
  return `${sourceId}\u0000${guid}`;
}

function daysAround(date: IsoDate, days: number): string[] {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Array.from({ length: 2 * days + 1 }, (_, i) => new Date(t + (i - days) * 86_400_000).toISOString().slice(0, 10));
}
