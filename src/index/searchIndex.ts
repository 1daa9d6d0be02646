// Full-text search over statements: an inverted index of folded words → (statement, position), all in
// typed arrays. AND of every word, "quoted phrases" checked on positions, BM25 ranking, newer first on a
// tie. Why not fuse.js, MiniSearch or FlexSearch: see docs/index.md (they are 20–1000× slower at 100k
// articles, or take a minute to build).
import { foldToken, queryWords, scanWords, startsWord, wordEnd } from './tokenize.js';
import { gallop, MAX_POSITION, TokenBuffer, TopK, type SearchMatch } from './searchParts.js';

export interface SearchSource {
  /** Number of statements; statement `i` is the i-th of every per-statement array. */
  readonly count: number;
  readonly stmtStart: Int32Array;
  readonly stmtEnd: Int32Array;
  readonly stmtArticle: Int32Array;
  /** Actor index, or negative for a statement without a speaker (its words alone are searched). */
  readonly stmtSpeaker: Int32Array;
  readonly articleTexts: readonly string[];
  /** Per actor index: the name searched along with the words ("Mirzoyan peace" finds his statements). */
  readonly speakerNames: readonly string[];
}

export type { SearchMatch } from './searchParts.js';

const K1 = 1.2;
const B = 0.75;
/** Positions skipped between a statement's words and its speaker's name, so no phrase spans both. */
const SPEAKER_GAP = 2;

/** The index as data: what a snapshot stores. */
export interface SearchData {
  /** Folded words; a word's id is its position. */
  readonly terms: readonly string[];
  /** Per term: where its postings start in `postStmt`/`postPos` (one more entry than terms). */
  readonly offsets: Int32Array;
  /** Statement of each posting, ascending within a term. */
  readonly postStmt: Int32Array;
  /** Word position of each posting within its statement, ascending within a statement. */
  readonly postPos: Uint16Array;
  readonly docFreq: Int32Array;
  /** Per statement: BM25's k1 × (1 − b + b × length / average length), computed once. */
  readonly stmtNorm: Float32Array;
  /** Per statement: its length in indexed words (what a layered index scores with, over its own average). */
  readonly stmtLen: Uint16Array;
}

/**
 * What a layered index scores a layer with: the statistics of the whole (every layer, less what the
 * top layer replaced), so that a score is the one a build of the whole would give.
 */
export interface SearchScope {
  /** Statements in the whole. */
  readonly n: number;
  /** In how many statements of the whole a word occurs. */
  readonly docFreq: (term: string) => number;
  /** Per statement of this layer: k1 × (1 − b + b × length / the whole's average length). */
  readonly norms: Float32Array;
  /** Per statement of this layer: 1 when it is no longer part of the whole; `null`: none is gone. */
  readonly gone: Uint8Array | null;
}

/** BM25's length normalisation of each statement over the given average length, as a build stores it. */
export function normsOf(stmtLen: Uint16Array, avgLen: number): Float32Array {
  const norms = new Float32Array(stmtLen.length);
  for (let k = 0; k < stmtLen.length; k++) norms[k] = K1 * (1 - B + (B * stmtLen[k]!) / avgLen);
  return norms;
}

/** The average length a build divides by. */
export function averageLength(lengthSum: number, n: number): number {
  return n ? Math.max(1, lengthSum / n) : 1;
}

export class SearchIndex {
  private readonly terms: ReadonlyMap<string, number>;
  private readonly termList: readonly string[];
  private readonly offsets: Int32Array;
  private readonly postStmt: Int32Array;
  private readonly postPos: Uint16Array;
  private readonly docFreq: Int32Array;
  private readonly stmtNorm: Float32Array;

  constructor(
    data: SearchData,
    /** A day number per statement: the higher, the more recent (the tie-break). */
    private readonly stmtDay: Int32Array,
  ) {
    this.terms = new Map(data.terms.map((t, i) => [t, i]));
    this.termList = data.terms;
    ({ offsets: this.offsets, postStmt: this.postStmt, postPos: this.postPos, docFreq: this.docFreq, stmtNorm: this.stmtNorm } = data);
  }

  get statementCount(): number {
    return this.stmtNorm.length;
  }

  /** In how many statements `term` (folded) occurs; 0 when none. */
  docFreqOf(term: string): number {
    const t = this.terms.get(term);
    return t === undefined ? 0 : this.docFreq[t]!;
  }

  /** In how many statements within the ranges (`[from, to)` pairs, ascending) `term` occurs. */
  docFreqWithin(term: string, ranges: readonly number[]): number {
    const t = this.terms.get(term);
    if (t === undefined) return 0;
    const end = this.offsets[t + 1]!;
    let count = 0;
    let at = this.offsets[t]!;
    for (let r = 0; r < ranges.length; r += 2) {
      at = gallop(this.postStmt, at, end, ranges[r]!);
      let last = -1;
      while (at < end && this.postStmt[at]! < ranges[r + 1]!) {
        if (this.postStmt[at] !== last) count++;
        last = this.postStmt[at++]!;
      }
    }
    return count;
  }

  /**
   * Statements holding every word and every quoted phrase of `query`, best first. With a `scope`,
   * scored over the whole of a layered index and without the statements it says are gone.
   */
  search(query: string, limit: number, scope?: SearchScope): SearchMatch[] {
    const parsed = this.parse(query);
    if (!parsed || limit <= 0) return [];
    const { required, phrases } = parsed;
    const whole = scope ? new Map(required.map((t) => [t, scope.docFreq(this.termList[t]!)])) : null;
    const df = (t: number) => (whole ? whole.get(t)! : this.docFreq[t]!);
    required.sort((a, b) => df(a) - df(b));
    const n = scope ? scope.n : this.stmtNorm.length;
    // idf × (k1 + 1) per word, in the order of `required` (rarest first).
    const weight = required.map((t) => (K1 + 1) * Math.log(1 + (n - df(t) + 0.5) / (df(t) + 0.5)));
    const { postStmt, offsets } = this;
    const stmtNorm = scope ? scope.norms : this.stmtNorm;
    const gone = scope?.gone ?? null;
    const top = new TopK(limit, this.stmtDay);
    const lead = required[0]!;
    const leadEnd = offsets[lead + 1]!;
    let i = offsets[lead]!;

    if (required.length === 1) {
      // One word: the common case, and the one with the longest lists ("Armenia"); a tight loop.
      const w = weight[0]!;
      while (i < leadEnd) {
        const s = postStmt[i]!;
        let j = i + 1;
        while (j < leadEnd && postStmt[j] === s) j++;
        const tf = j - i;
        i = j;
        if (gone !== null && gone[s] === 1) continue;
        const score = (w * tf) / (tf + stmtNorm[s]!);
        if (score >= top.floor) top.offer(s, score);
      }
      return top.sorted();
    }

    const others = required.slice(1);
    const cursor = others.map((t) => offsets[t]!);
    const runStart = new Int32Array(required.length);
    const runEnd = new Int32Array(required.length);
    outer: while (i < leadEnd) {
      const s = postStmt[i]!;
      let j = i + 1;
      while (j < leadEnd && postStmt[j] === s) j++;
      runStart[0] = i;
      runEnd[0] = j;
      i = j;
      for (let k = 0; k < others.length; k++) {
        const t = others[k]!;
        const end = offsets[t + 1]!;
        const at = gallop(postStmt, cursor[k]!, end, s);
        cursor[k] = at;
        if (at >= end) break outer;
        if (postStmt[at] !== s) {
          // Skip the lead forward to where this word next occurs.
          const next = postStmt[at]!;
          if (next > s) i = gallop(postStmt, i, leadEnd, next);
          continue outer;
        }
        let e = at + 1;
        while (e < end && postStmt[e] === s) e++;
        runStart[k + 1] = at;
        runEnd[k + 1] = e;
      }
      let score = 0;
      const norm = stmtNorm[s]!;
      for (let k = 0; k < required.length; k++) {
        const tf = runEnd[k]! - runStart[k]!;
        score += (weight[k]! * tf) / (tf + norm);
      }
      if (score < top.floor) continue;
      if (gone !== null && gone[s] === 1) continue;
      if (phrases.length && !phrases.every((p) => this.hasPhrase(p, required, runStart, runEnd))) continue;
      top.offer(s, score);
    }
    return top.sorted();
  }

  private parse(query: string): { required: number[]; phrases: Phrase[] } | null {
    const required = new Set<number>();
    const phrases: Phrase[] = [];
    const parts = query.split(/["“”«»]/);
    // An unbalanced quote: the text after it is plain words.
    const lastPhrase = parts.length % 2 === 0 ? parts.length - 2 : parts.length;
    for (let p = 0; p < parts.length; p++) {
      const words = queryWords(parts[p]!);
      const inPhrase = p % 2 === 1 && p < lastPhrase;
      const phrase: { term: number; offset: number }[] = [];
      for (let w = 0; w < words.length; w++) {
        const term = words[w]!.term;
        if (term === null) continue;
        const id = this.terms.get(term);
        if (id === undefined) return null;
        required.add(id);
        if (inPhrase) phrase.push({ term: id, offset: w });
      }
      if (phrase.length > 1) phrases.push(phrase.map((x) => ({ term: x.term, offset: x.offset - phrase[0]!.offset })));
    }
    return required.size ? { required: [...required], phrases } : null;
  }

  private hasPhrase(phrase: Phrase, required: readonly number[], runStart: Int32Array, runEnd: Int32Array): boolean {
    const slot = (term: number) => required.indexOf(term);
    const first = slot(phrase[0]!.term);
    for (let a = runStart[first]!; a < runEnd[first]!; a++) {
      const base = this.postPos[a]!;
      let all = true;
      for (let w = 1; w < phrase.length && all; w++) {
        const k = slot(phrase[w]!.term);
        const want = base + phrase[w]!.offset;
        all = false;
        for (let b = runStart[k]!; b < runEnd[k]!; b++) {
          const pos = this.postPos[b]!;
          if (pos === want) {
            all = true;
            break;
          }
          if (pos > want) break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}

type Phrase = readonly { readonly term: number; readonly offset: number }[];

/**
 * Builds the index, yielding now and then so that a caller on the event loop can let other work in.
 * Run to completion with `runSteps` for a plain synchronous build.
 */
export function* buildSearchIndex(source: SearchSource): Generator<void, SearchData, void> {
  const terms = new Map<string, number>();
  /**
   * Raw written form → term id, or -1 for a common word: most words repeat, so each folds once. (A
   * substring and a Map beat a hand-made hash table over the text here: V8 hashes strings natively.)
   */
  const raw = new Map<string, number>();
  const termOf = (word: string): number => {
    let id = raw.get(word);
    if (id === undefined) {
      const folded = foldToken(word);
      if (folded === null) id = -1;
      else {
        id = terms.get(folded);
        if (id === undefined) {
          id = terms.size;
          terms.set(folded, id);
        }
      }
      raw.set(word, id);
    }
    return id;
  };
  const speakerTerms = new Map<number, Int32Array>();
  const noSpeaker = new Int32Array(0);
  const termsOfSpeaker = (speaker: number): Int32Array => {
    if (speaker < 0) return noSpeaker;
    let ids = speakerTerms.get(speaker);
    if (!ids) {
      const name = source.speakerNames[speaker] ?? '';
      const list: number[] = [];
      scanWords(name, 0, name.length, (s, e) => list.push(termOf(name.slice(s, e))));
      ids = Int32Array.from(list);
      speakerTerms.set(speaker, ids);
    }
    return ids;
  };

  const n = source.count;
  // Indexed words are about one per 8 characters of statement (a word and its space, common words left
  // out), plus the speaker's name; the buffer grows if the estimate is short.
  let characters = 0;
  for (let s = 0; s < source.count; s++) characters += source.stmtEnd[s]! - source.stmtStart[s]!;
  const tokens = new TokenBuffer(Math.ceil(characters / 7) + 3 * source.count);
  const stmtTokStart = new Int32Array(n + 1);
  const stmtLen = new Uint16Array(n);
  // Words of statements [from, to) into `tokens`. A plain function with its own locals, called per
  // chunk between yields: the tight loop of the build stays out of the generator's frame.
  const scan = (from: number, to: number) => {
    const { stmtStart, stmtEnd, stmtArticle, stmtSpeaker, articleTexts } = source;
    for (let s = from; s < to; s++) {
      stmtTokStart[s] = tokens.length;
      const text = articleTexts[stmtArticle[s]!] ?? '';
      const end = stmtEnd[s]!;
      let position = 0;
      let i = stmtStart[s]!;
      while (i < end) {
        if (!startsWord(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const e = wordEnd(text, i, end);
        const id = termOf(text.slice(i, e));
        if (id >= 0) tokens.push(id, position);
        position++;
        i = e;
      }
      position += SPEAKER_GAP;
      const speaker = termsOfSpeaker(stmtSpeaker[s]!);
      for (let k = 0; k < speaker.length; k++) {
        if (speaker[k]! >= 0) tokens.push(speaker[k]!, position);
        position++;
      }
      const len = tokens.length - stmtTokStart[s]!;
      stmtLen[s] = len > MAX_POSITION ? MAX_POSITION : len;
    }
  };
  for (let s = 0; s < n; s += 2048) {
    scan(s, Math.min(n, s + 2048));
    yield;
  }
  stmtTokStart[n] = tokens.length;
  yield;

  // Counting sort of all words by term, statements staying in order within each term.
  const termCount = terms.size;
  const offsets = new Int32Array(termCount + 1);
  const total = tokens.length;
  const tokTerms = tokens.terms;
  const tokPositions = tokens.positions;
  for (let k = 0; k < total; k++) offsets[tokTerms[k]! + 1]!++;
  for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
  const fill = offsets.slice(0, termCount);
  const postStmt = new Int32Array(total);
  const postPos = new Uint16Array(total);
  const docFreq = new Int32Array(termCount);
  const lastStmt = new Int32Array(termCount).fill(-1);
  let lengthSum = 0;
  for (let s = 0; s < n; s++) {
    if ((s & 8191) === 0) yield;
    lengthSum += stmtLen[s]!;
    for (let k = stmtTokStart[s]!, end = stmtTokStart[s + 1]!; k < end; k++) {
      const t = tokTerms[k]!;
      const p = fill[t]!++;
      postStmt[p] = s;
      postPos[p] = tokPositions[k]!;
      if (lastStmt[t] !== s) {
        lastStmt[t] = s;
        docFreq[t]!++;
      }
    }
  }
  const avgLen = n ? Math.max(1, lengthSum / n) : 1;
  const stmtNorm = new Float32Array(n);
  for (let k = 0; k < n; k++) stmtNorm[k] = K1 * (1 - B + (B * stmtLen[k]!) / avgLen);
  return { terms: [...terms.keys()], offsets, postStmt, postPos, docFreq, stmtNorm, stmtLen };
}
