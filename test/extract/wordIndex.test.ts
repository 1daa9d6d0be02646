// The dictionary's words indexed by first word, and by second word where a first word opens many entries:
// the candidates for a run of words are those `get` gives that could match it, in the same order.
import { describe, expect, it } from 'vitest';
import { WordIndex } from '../../src/extract/wordFacts.js';

const SECONDS = ['minister', 'ministry', 'office', 'policy', 'affairs'];

function entries(): { words: string[]; id: number }[] {
  const out: { words: string[]; id: number }[] = [];
  let id = 0;
  // Longest first, as the lexicon sorts them.
  for (const length of [4, 3, 2, 1])
    for (const second of SECONDS) {
      if (length === 1 && second !== 'minister') continue;
      out.push({ words: ['foreign', second, 'of', 'armenia'].slice(0, length), id: id++ });
    }
  out.push({ words: ['osce', 'chair'], id });
  return out;
}

describe('WordIndex.candidates', () => {
  const list = entries();
  const map = new Map<string, typeof list>();
  for (const e of list) map.set(e.words[0]!, [...(map.get(e.words[0]!) ?? []), e]);
  const index = new WordIndex(map);

  it('gives, for a first word of many entries, those whose second word follows and those of one word, in order', () => {
    for (const second of [...SECONDS, 'nothing', undefined]) {
      const expected = index.get('foreign')!.filter((e) => e.words.length === 1 || e.words[1] === second);
      expect(index.candidates('foreign', second)).toEqual(expected);
    }
    expect(index.candidates('foreign', 'policy')!.length).toBeLessThan(index.get('foreign')!.length);
  });

  it('gives a first word of few entries all of them, and an unknown word none', () => {
    expect(index.candidates('osce', 'anything')).toEqual(index.get('osce'));
    expect(index.candidates('domestic', 'minister')).toBeUndefined();
  });
});
