// The search index's working parts: a galloping search over sorted postings, the top k matches kept in a
// heap, and a growable buffer of (word, statement, position) while the index is built.

export interface SearchMatch {
  readonly stmt: number;
  readonly score: number;
}

export const MAX_POSITION = 0xffff;

/** First index in `[from, to)` whose value is ≥ `target` (`to` when none); `arr` ascending there. */
export function gallop(arr: Int32Array, from: number, to: number, target: number): number {
  if (from >= to || arr[from]! >= target) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < to && arr[hi]! < target) {
    lo = hi;
    step <<= 1;
    hi = from + step;
  }
  if (hi > to) hi = to;
  // arr[lo] < target; answer in (lo, hi]
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The best `k` (score, then recency, then order) kept in a min-heap. */
export class TopK {
  private readonly stmts: number[] = [];
  private readonly scores: number[] = [];
  /** Scores below this cannot enter (a little under the worst kept one, so ties still compete on date). */
  floor = -Infinity;

  constructor(
    private readonly k: number,
    private readonly day: Int32Array,
  ) {}

  /** Whether statement `a` with score `sa` ranks below `b` with `sb`. */
  private worse(a: number, sa: number, b: number, sb: number): boolean {
    if (Math.abs(sa - sb) > 1e-9 * Math.max(1, Math.abs(sa), Math.abs(sb))) return sa < sb;
    const da = this.day[a]!;
    const db = this.day[b]!;
    if (da !== db) return da < db;
    return a > b;
  }

  offer(stmt: number, score: number): void {
    const { stmts, scores } = this;
    if (stmts.length < this.k) {
      stmts.push(stmt);
      scores.push(score);
      let i = stmts.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(stmts[i]!, scores[i]!, stmts[p]!, scores[p]!)) break;
        this.swap(i, p);
        i = p;
      }
      if (stmts.length === this.k) this.updateFloor();
      return;
    }
    if (!this.worse(stmts[0]!, scores[0]!, stmt, score)) return;
    stmts[0] = stmt;
    scores[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < stmts.length && this.worse(stmts[l]!, scores[l]!, stmts[m]!, scores[m]!)) m = l;
      if (r < stmts.length && this.worse(stmts[r]!, scores[r]!, stmts[m]!, scores[m]!)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    this.updateFloor();
  }

  private updateFloor(): void {
    const worst = this.scores[0]!;
    this.floor = worst - 1e-9 * Math.max(1, Math.abs(worst));
  }

  sorted(): SearchMatch[] {
    const out = this.stmts.map((stmt, i) => ({ stmt, score: this.scores[i]! }));
    return out.sort((a, b) => (this.worse(a.stmt, a.score, b.stmt, b.score) ? 1 : this.worse(b.stmt, b.score, a.stmt, a.score) ? -1 : 0));
  }

  private swap(i: number, j: number): void {
    const s = this.stmts[i]!;
    this.stmts[i] = this.stmts[j]!;
    this.stmts[j] = s;
    const c = this.scores[i]!;
    this.scores[i] = this.scores[j]!;
    this.scores[j] = c;
  }
}

/** A growable Int32Array/Uint16Array pair: words and their positions, as they are scanned. */
export class TokenBuffer {
  terms: Int32Array;
  positions: Uint16Array;
  length = 0;

  /** Sized up front from an estimate: each regrowth is a large allocation, and those trigger full GCs. */
  constructor(capacity: number) {
    this.terms = new Int32Array(Math.max(1024, capacity));
    this.positions = new Uint16Array(Math.max(1024, capacity));
  }

  push(term: number, position: number): void {
    if (this.length === this.terms.length) {
      const terms = new Int32Array(this.terms.length * 2);
      terms.set(this.terms);
      this.terms = terms;
      const positions = new Uint16Array(this.positions.length * 2);
      positions.set(this.positions);
      this.positions = positions;
    }
    this.terms[this.length] = term;
    this.positions[this.length] = position > MAX_POSITION ? MAX_POSITION : position;
    this.length++;
  }
}
