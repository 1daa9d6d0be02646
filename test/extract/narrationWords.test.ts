import { describe, expect, it } from 'vitest';
import { hasNarrationWords } from '../../src/extract/attribution.js';

/** The specification: what reportedIn used to build and split. */
function wordCount(slice: string): number {
  return slice
    .replace(/∎+/g, ' ')
    .replace(/[“”"«»‘’]/g, ' ')
    .trim()
    .split(/\s+/).length;
}

describe('hasNarrationWords counts words as replacing the marks, trimming and splitting on \\s did', () => {
  it('for every UTF-16 code unit as the separator', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const slice = `a${ch}b${ch}c`;
      expect([c, hasNarrationWords(slice, 0, slice.length, 3)]).toEqual([c, wordCount(slice) >= 3]);
    }
  });

  it('on random mixes of words, spaces, marks and masked quotations, within bounds', () => {
    const alphabet = ['a', 'Bc', ' ', '\n', '\u00a0', '∎', '∎∎∎', '“', '”', '"', '«', '»', '‘', '’', ',', '.', '—'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      const from = next() % (text.length + 1);
      const to = from + (next() % (text.length - from + 1));
      for (const n of [1, 2, 3])
        expect([text, from, to, n, hasNarrationWords(text, from, to, n)]).toEqual([
          text,
          from,
          to,
          n,
          wordCount(text.slice(from, to)) >= n && text.slice(from, to).replace(/[∎“”"«»‘’\s]/g, '') !== '',
        ]);
    }
  });
});
