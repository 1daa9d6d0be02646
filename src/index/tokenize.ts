// Words of running text, for the full-text index and the queries against it. A scanner over character
// codes rather than a regular expression: it runs over every statement of the archive at build time.
import { foldWord, plainLower } from './foldName.js';

const SEPARATOR = 0;
const WORD = 1;
/** An apostrophe: joins "Azerbaijan’s", "O'Brien" into one word. */
const JOINER = 2;
/** A dot: joins single letters ("U.S."), ends everything else. */
const DOT = 3;

const classes = new Uint8Array(0x10000);
{
  const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) classes[c] = WORD;
    else if (c < 0x80) classes[c] = SEPARATOR;
    else if (c >= 0xd800 && c <= 0xdfff)
      classes[c] = WORD; // astral letters: rare, never split them
    else classes[c] = letterOrDigit.test(String.fromCharCode(c)) ? WORD : SEPARATOR;
  }
  for (const c of ["'", '’', 'ʼ']) classes[c.charCodeAt(0)] = JOINER;
  classes['.'.charCodeAt(0)] = DOT;
}

/** Whether a word starts at this character code. */
export function startsWord(code: number): boolean {
  return classes[code] === WORD;
}

/** Where the word starting at `start` (a word character) ends, `end` at the latest. */
export function wordEnd(text: string, start: number, end: number): number {
  let i = start + 1;
  let segment = start;
  for (;;) {
    while (i < end && classes[text.charCodeAt(i)] === WORD) i++;
    if (i + 1 < end && classes[text.charCodeAt(i + 1)] === WORD) {
      const k = classes[text.charCodeAt(i)];
      if (k === JOINER || (k === DOT && i - segment === 1)) {
        i++;
        segment = i;
        continue;
      }
    }
    return i;
  }
}

/** Calls `onToken(start, end)` for each word of `text[start, end)`, in order. */
export function scanWords(text: string, start: number, end: number, onToken: (start: number, end: number) => void): void {
  let i = start;
  while (i < end) {
    if (classes[text.charCodeAt(i)] !== WORD) {
      i++;
      continue;
    }
    const e = wordEnd(text, i, end);
    onToken(i, e);
    i = e;
  }
}

// Common words carry no meaning for search and make a third of all words: leaving them out keeps the
// index small. They still count for positions, so the phrase "war crimes in Ukraine" keeps its gaps.
const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her hers him his ' +
    'i if in into is it its me my no not of on or our ours she so such than that the their theirs them then ' +
    'there these they this those to too was we were what when where which while who whom why will with would ' +
    'you your yours also any all both each few more most other some very just over under again further once ' +
    'here only own same should now after before about above below up down out off during through until am'
  )
    .split(' ')
    .map(foldWord),
);

/** The folded form of one raw word, or `null` for a common word that is not indexed. */
export function foldToken(raw: string): string | null {
  let s = plainLower(raw);
  if (s.length > 2 && (s.endsWith("'s") || s.endsWith('’s') || s.endsWith('ʼs'))) s = s.slice(0, -2);
  s = foldWord(s.replace(/['’ʼ.]/g, ''));
  return s === '' || STOPWORDS.has(s) ? null : s;
}

export interface QueryWord {
  /** Folded form; `null` for a common word (it still takes a position). */
  readonly term: string | null;
}

/** The words of a query, folded, stopwords kept as `null` placeholders so phrases keep their shape. */
export function queryWords(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  scanWords(text, 0, text.length, (s, e) => words.push({ term: foldToken(text.slice(s, e)) }));
  return words;
}
