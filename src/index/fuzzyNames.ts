// Fuzzy matching of a typed name against folded actor names, with fuse.js as the judge. fuse.js scans
// every item on every query (133 ms p99 at ~21,000 names, see /work/shared/PERFORMANCE.md), so a
// trigram index first picks the few dozen names that share most letter triples with the query, and
// fuse.js scores only those: the same answers for any name with a few typos, at a bounded cost.
import Fuse from 'fuse.js';

export interface NameEntry {
  /** A folded name, alias or surname (see foldName). */
  readonly key: string;
  /** Index of the actor it names. */
  readonly actor: number;
}

export interface FuzzyMatch {
  readonly actor: number;
  readonly key: string;
  /** 0 is perfect; fuse.js's score plus a penalty for a length that differs from the query's. */
  readonly score: number;
}

export interface FuzzyOptions {
  /** Distinct actors to return at most. */
  readonly limit: number;
  /** Worst score kept. */
  readonly maxScore: number;
  /**
   * Weight of the length mismatch: fuse.js scores "mir" inside "samir" as near perfect; for a whole
   * name that is wrong (1), for a prefix being typed it is right (0).
   */
  readonly lengthWeight: number;
}

/** Names scored by fuse.js per query, at most. */
const CANDIDATES = 24;

const FUSE_OPTIONS = {
  includeScore: true,
  isCaseSensitive: true,
  threshold: 0.6,
  location: 0,
  distance: 100,
  shouldSort: true,
} as const;

export class FuzzyNames {
  private readonly keys: string[];
  private readonly owners: Int32Array;
  private readonly gramCounts: Uint16Array;
  private readonly postings: Map<string, Int32Array>;
  private readonly shared: Uint16Array;

  constructor(entries: readonly NameEntry[]) {
    // One entry per distinct (key, actor).
    const seen = new Set<string>();
    const keys: string[] = [];
    const owners: number[] = [];
    for (const e of entries) {
      if (!e.key) continue;
      const id = `${e.actor} ${e.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      keys.push(e.key);
      owners.push(e.actor);
    }
    this.keys = keys;
    this.owners = Int32Array.from(owners);
    this.gramCounts = new Uint16Array(keys.length);
    const lists = new Map<string, number[]>();
    keys.forEach((key, i) => {
      const grams = trigrams(key);
      this.gramCounts[i] = grams.size;
      for (const g of grams) {
        const list = lists.get(g);
        if (list) list.push(i);
        else lists.set(g, [i]);
      }
    });
    this.postings = new Map([...lists].map(([g, list]) => [g, Int32Array.from(list)]));
    this.shared = new Uint16Array(keys.length);
  }

  match(query: string, options: FuzzyOptions): FuzzyMatch[] {
    if (!query) return [];
    const candidates = this.candidates(query);
    if (!candidates.length) return [];
    const fuse = new Fuse(
      candidates.map((i) => this.keys[i]!),
      FUSE_OPTIONS,
    );
    const best = new Map<number, FuzzyMatch>();
    for (const r of fuse.search(query)) {
      const entry = candidates[r.refIndex]!;
      const key = this.keys[entry]!;
      const lengths = Math.min(key.length, query.length) / Math.max(key.length, query.length);
      const score = (r.score ?? 1) + options.lengthWeight * (1 - lengths);
      if (score > options.maxScore) continue;
      const actor = this.owners[entry]!;
      const previous = best.get(actor);
      if (!previous || score < previous.score) best.set(actor, { actor, key, score });
    }
    return [...best.values()].sort((a, b) => a.score - b.score).slice(0, options.limit);
  }

  /** Entries sharing the most trigrams with the query (Dice coefficient), best first. */
  private candidates(query: string): number[] {
    const grams = trigrams(query);
    const touched: number[] = [];
    const shared = this.shared;
    for (const g of grams) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const e = list[k]!;
        if (shared[e] === 0) touched.push(e);
        shared[e]!++;
      }
    }
    // Entries sharing only a common triple or two ("ian", "ov ") with a long query are noise.
    const minShared = Math.max(1, Math.ceil(grams.size * 0.3));
    // The best CANDIDATES by Dice coefficient, kept sorted (best first) by insertion: most entries
    // fall below the worst kept one and cost one comparison.
    const best: number[] = [];
    const bestDice: number[] = [];
    for (const e of touched) {
      const common = shared[e]!;
      shared[e] = 0;
      if (common < minShared) continue;
      const dice = (2 * common) / (grams.size + this.gramCounts[e]!);
      if (best.length === CANDIDATES && dice <= bestDice[CANDIDATES - 1]!) continue;
      let at = best.length === CANDIDATES ? CANDIDATES - 1 : best.length;
      while (at > 0 && bestDice[at - 1]! < dice) {
        best[at] = best[at - 1]!;
        bestDice[at] = bestDice[at - 1]!;
        at--;
      }
      best[at] = e;
      bestDice[at] = dice;
    }
    return best;
  }
}

function trigrams(key: string): Set<string> {
  const padded = ` ${key} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}
