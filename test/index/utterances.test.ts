// What makes several statements one utterance: the index counts by these rules and the views group by them.
import { describe, expect, it } from 'vitest';
import { foldWords, hostsOf, isInside, wordsHash } from '../../src/index/utterances.js';
import type { IsoDate, Statement } from '../../src/model.js';

const s = (kind: Statement['kind'], start: number, end: number, extra: Partial<Statement> = {}): Statement => ({
  id: `a#${start}`,
  article: 'a',
  kind,
  speaker: 'mirzoyan',
  cue: 'said',
  date: '2022-03-25' as IsoDate,
  dateBasis: 'article',
  start,
  end,
  ...extra,
});

describe('foldWords and wordsHash', () => {
  it('read the same words alike whatever their case, punctuation, quotation marks and spacing', () => {
    const a = '“We are ready for talks,” he said';
    const b = 'we are READY for talks! — he said.';
    expect(foldWords(a)).toBe('we are ready for talks he said');
    expect(foldWords(b)).toBe(foldWords(a));
    expect(wordsHash(a, 0, a.length)).toBe(wordsHash(b, 0, b.length));
  });

  it('tell different words apart, letters of other scripts included', () => {
    expect(foldWords('Мир и труд')).toBe('Мир и труд');
    const pairs = [
      ['ready for talks', 'ready for talk'],
      ['Мир', 'мир'],
      ['peace now', 'peacenow'],
    ];
    for (const [x, y] of pairs) {
      expect(foldWords(x!)).not.toBe(foldWords(y!));
      expect(wordsHash(x!, 0, x!.length)).not.toBe(wordsHash(y!, 0, y!.length));
    }
  });

  it('hash a span of a text as the string of that span', () => {
    const text = 'xx Hello, World! yy';
    expect(wordsHash(text, 3, 16)).toBe(wordsHash('hello world', 0, 11));
  });
});

describe('isInside', () => {
  const sentence = s('reported', 10, 100);
  it('is a quote within a reported sentence of the same speaker, article and date', () => {
    expect(isInside(s('quote', 20, 40), sentence)).toBe(true);
    expect(isInside(s('quote', 10, 100), sentence)).toBe(true);
  });

  it('is not anything else', () => {
    expect(isInside(s('quote', 5, 40), sentence)).toBe(false);
    expect(isInside(s('quote', 20, 40, { speaker: 'bayramov' }), sentence)).toBe(false);
    expect(isInside(s('quote', 20, 40, { article: 'b' }), sentence)).toBe(false);
    expect(isInside(s('quote', 20, 40, { date: '2022-03-24' as IsoDate }), sentence)).toBe(false);
    expect(isInside(s('reported', 20, 40), sentence)).toBe(false);
    expect(isInside(s('quote', 20, 40), s('quote', 10, 100))).toBe(false);
  });
});

describe('hostsOf', () => {
  it('finds, for each quote, a sentence it is inside exactly when one exists (checked against every pair)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => {
        const start = Math.floor(rnd() * 100);
        return s(rnd() < 0.5 ? 'quote' : 'reported', start, start + Math.floor(rnd() * 60), rnd() < 0.2 ? { speaker: 'bayramov' } : {});
      });
      const hosts = hostsOf(list);
      list.forEach((q, i) => {
        const any = list.some((r) => isInside(q, r));
        expect(hosts[i]! >= 0).toBe(any);
        if (any) expect(isInside(q, list[hosts[i]!]!)).toBe(true);
      });
    }
  });
});
