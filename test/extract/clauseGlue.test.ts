// The guards before the glue expressions (clauseGlue.ts) only save work: every match of an expression
// passes its guard, on clause ends made at random from the words the expressions hold.
import { describe, expect, it } from 'vitest';
import { GLUE_AT_END, tailEnd } from '../../src/extract/clauseGlue.js';

const WORDS = [
  'who',
  ',',
  'was',
  'is',
  'due',
  'to',
  'plans',
  'also',
  'once again',
  'on',
  'last',
  'Monday',
  'morning',
  'March',
  '14',
  '2024',
  '5',
  'May',
  'in',
  'during',
  'the',
  'talks',
  'of',
  'Sweden',
  'The',
  '(',
  'EU',
  ')',
  'Jr.',
  'Sr',
  '—',
  'X',
  'said',
  'July',
  'yesterday',
  'in turn',
  'night',
  'a',
  'meeting',
  '-',
  'Foreign',
  'Minister',
];

describe('glue at the end of a clause', () => {
  it('tries an expression only where its guard lets it, and every match passes its guard', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const matched = new Set<number>();
    for (let n = 0; n < 50_000; n++) {
      let tail = '';
      for (let k = 1 + Math.floor(random() * 6); k > 0; k--)
        tail += (random() < 0.8 ? ' ' : '') + WORDS[Math.floor(random() * WORDS.length)]!;
      if (random() < 0.3) tail += ' ';
      const end = tailEnd(tail);
      GLUE_AT_END.forEach(({ re, may }, i) => {
        const m = re.exec(tail);
        if (!m || m[0].length === 0) return;
        matched.add(i);
        if (may) expect(may(end), `${re.source} on ${JSON.stringify(tail)}`).toBe(true);
      });
    }
    // the check means something only if most expressions matched somewhere
    expect(matched.size).toBeGreaterThanOrEqual(GLUE_AT_END.length - 2);
  });

  it('rules out most expressions for a clause that ends with none of their words', () => {
    const end = tailEnd('The minister ');
    const tried = GLUE_AT_END.filter((g) => !g.may || g.may(end));
    expect(tried.length).toBeLessThan(GLUE_AT_END.length / 2);
  });
});
