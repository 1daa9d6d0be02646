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

describe('sameWords', () => {
  it('says what comparing foldWords says, on spans of random text', async () => {
    const { foldWords, sameWords } = await import('../../src/index/utterances.js');
    const alphabet = ['a', 'B', 'c', ' ', '  ', ',', '“', '”', '—', 'é', 'Ա', '1', '.', '-', "'"];
    let x = 12345;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const random = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    let equal = 0;
    for (let t = 0; t < 3000; t++) {
      const a = random(Math.floor(next() * 8));
      // Often a variant of a: the same words with other punctuation or case, to meet equal pairs too.
      const b = next() < 0.5 ? a.replace(/,/g, ' ').replace(/B/g, 'b').replace(/“/g, '') : random(Math.floor(next() * 8));
      const expected = foldWords(a) === foldWords(b);
      if (expected) equal++;
      expect(sameWords(`xx${a}`, 2, 2 + a.length, b, 0, b.length), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(expected);
    }
    expect(equal).toBeGreaterThan(500);
  });
});
