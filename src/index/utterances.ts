// What makes several statements one utterance, for the index's counts and the views' entries alike
// (src/views/entries.ts), so that a header's count is the number of entries a reader sees:
// - a quote inside a reported sentence of the same speaker in the same article (the extraction keeps both:
//   "told Donfried that these actions are “one of the vivid demonstrations …”" and the quoted words);
// - the same words of the same speaker in several articles (a statement several outlets carried).
// The export keeps every statement as extracted; this is only about what people read.
import type { Statement } from '../model.js';

/** A quote `q` that lies inside the reported sentence `r`: one utterance, shown as the sentence. */
export function isInside(
  q: Pick<Statement, 'kind' | 'article' | 'speaker' | 'date' | 'start' | 'end'>,
  r: Pick<Statement, 'kind' | 'article' | 'speaker' | 'date' | 'start' | 'end'>,
): boolean {
  return (
    q.kind === 'quote' &&
    r.kind === 'reported' &&
    q.article === r.article &&
    q.speaker === r.speaker &&
    q.date === r.date &&
    r.start <= q.start &&
    q.end <= r.end
  );
}

/**
 * Each code unit folded for comparing statements, or -1 where words are separated: ASCII letters
 * (lower-cased) and digits, and letters of other scripts as they are; punctuation, quotation marks, dashes
 * and spaces (Latin-1's and the general punctuation block's) only separate words. A table: every
 * statement of the archive is hashed at build, and a lookup is a third cheaper than the tests it replaces.
 */
const FOLDED = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ascii = c < 128 && ((c >= 48 && c <= 57) || (c >= 97 && c <= 122));
  const upper = c >= 65 && c <= 90;
  const separator = c < 128 ? !ascii && !upper : c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;
  FOLDED[c] = separator ? -1 : upper ? c + 32 : c;
}

function folded(c: number): number {
  return FOLDED[c]!;
}

/** The words of `text` as compared: lower-cased ASCII, any punctuation or space between words as one space. */
export function foldWords(text: string, start = 0, end = text.length): string {
  let out = '';
  let gap = false;
  for (let i = start; i < end; i++) {
    const c = folded(text.charCodeAt(i));
    if (c < 0) {
      gap = out.length > 0;
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Whether two spans have the same `foldWords`, without making either string: a brief compares every repeat
 * this way (folding both into strings cost two thirds of finding an actor's repeats).
 */
export function sameWords(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  let i = aStart;
  let j = bStart;
  let started = false;
  for (;;) {
    // The next folded unit of each, with whether a gap came before it (a gap counts only between words).
    let gapA = false;
    let ca = -1;
    while (i < aEnd && (ca = folded(a.charCodeAt(i++))) < 0) gapA = true;
    if (ca < 0) i = aEnd;
    let gapB = false;
    let cb = -1;
    while (j < bEnd && (cb = folded(b.charCodeAt(j++))) < 0) gapB = true;
    if (cb < 0) j = bEnd;
    if (ca < 0 || cb < 0) return ca < 0 && cb < 0;
    if (ca !== cb || (started && gapA !== gapB)) return false;
    started = true;
  }
}

/** FNV-1a of `foldWords(text, start, end)`, without making the string (the index keeps one per statement). */
export function wordsHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  let any = false;
  let gap = false;
  for (let i = start; i < end; i++) {
    const c = folded(text.charCodeAt(i));
    if (c < 0) {
      gap = any;
      continue;
    }
    if (gap) {
      h = Math.imul(h ^ 32, 0x01000193);
      gap = false;
    }
    any = true;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

type Placed = Pick<Statement, 'kind' | 'article' | 'speaker' | 'date' | 'start' | 'end'>;

/**
 * For statements of one article (any order): the position of the reported sentence each quote is inside
 * (`isInside`), or -1. The first such sentence by start, then end. Near-linear: a quote is checked against the
 * sentences starting at or before it whose reach covers it (a 4 MB article has thousands of statements).
 */
export function hostsOf(list: readonly Placed[]): Int32Array {
  const hosts = new Int32Array(list.length).fill(-1);
  const reported: number[] = [];
  for (let i = 0; i < list.length; i++) if (list[i]!.kind === 'reported') reported.push(i);
  if (reported.length === 0) return hosts;
  reported.sort((x, y) => list[x]!.start - list[y]!.start || list[x]!.end - list[y]!.end || x - y);
  // reach[k]: the furthest end of reported[0..k].
  const reach = new Int32Array(reported.length);
  for (let k = 0; k < reported.length; k++) reach[k] = Math.max(k ? reach[k - 1]! : 0, list[reported[k]!]!.end);
  for (let i = 0; i < list.length; i++) {
    const q = list[i]!;
    if (q.kind !== 'quote') continue;
    // The last sentence starting at or before the quote.
    let lo = 0;
    let hi = reported.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[reported[mid]!]!.start <= q.start) lo = mid + 1;
      else hi = mid;
    }
    let found = -1;
    for (let k = lo - 1; k >= 0 && reach[k]! >= q.end; k--) if (isInside(q, list[reported[k]!]!)) found = reported[k]!;
    hosts[i] = found;
  }
  return hosts;
}
