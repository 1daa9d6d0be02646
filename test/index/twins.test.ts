// The index's `twin` column (found once at build) gives every actor's list the same repeats as finding
// them at the brief (twinsOf) did: checked on random statements whose word hashes often collide.
import { describe, expect, it } from 'vitest';
import { placesInLists, placesOfTwins, twinsOf } from '../../src/index/brief.js';
import { NONE } from '../../src/index/indexData.js';
import { runSteps } from '../../src/index/index.js';
import { statementTwins } from '../../src/index/twins.js';
import { foldWords, wordsHash } from '../../src/index/utterances.js';

/** A small deterministic generator, so a failure repeats. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4_294_967_296;
  };
}

const PHRASES = [
  'We are ready for talks.',
  'we are READY for talks',
  'Peace is near',
  'peace — is near!',
  'No comment',
  'The border is open',
];

function randomColumns(seed: number, n: number, hashBuckets: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const articleTexts: string[] = [];
  const article = new Int32Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const speaker = new Int32Array(n);
  const inside = new Int32Array(n);
  const words = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const text = `x ${pick(PHRASES)} y`;
    articleTexts.push(text);
    article[s] = s;
    start[s] = 2;
    end[s] = text.length - 2;
    speaker[s] = next() < 0.1 ? NONE : Math.floor(next() * 4);
    inside[s] = next() < 0.15 ? 1 : 0;
    // Few buckets: different words share a hash, as a 32-bit hash sometimes does at 100,000 articles.
    words[s] = hashBuckets ? wordsHash(text, start[s]!, end[s]!) % hashBuckets : wordsHash(text, start[s]!, end[s]!);
  }
  return { article, start, end, speaker, inside, words, articleTexts };
}

describe('statementTwins', () => {
  for (const [seed, buckets] of [
    [1, 0],
    [2, 2],
    [3, 1],
    [4, 3],
  ] as const) {
    it(`gives each actor's list what twinsOf gives it (seed ${seed}, ${buckets || 'all'} hash values)`, () => {
      const columns = randomColumns(seed, 400, buckets);
      const twin = runSteps(statementTwins(columns));
      const folded = (i: number) => foldWords(columns.articleTexts[columns.article[i]!]!, columns.start[i], columns.end[i]);
      let repeats = 0;
      for (let actor = 0; actor < 4; actor++) {
        const ids = Int32Array.from([...columns.speaker.keys()].filter((s) => columns.speaker[s] === actor));
        const expected = twinsOf({
          ids,
          day: new Int32Array(400),
          article: columns.article,
          inside: columns.inside,
          words: columns.words,
          statement: () => {
            throw new Error('not read');
          },
          foldedWords: folded,
        });
        const placeInList = new Int32Array(400).fill(-1);
        ids.forEach((s, k) => (placeInList[s] = k));
        expect(placesOfTwins(ids, { inside: columns.inside, twin }, placeInList)).toEqual(expected);
        repeats += expected.filter((t) => t >= 0).length;
      }
      // The check means something only if there were repeats to find.
      expect(repeats).toBeGreaterThan(50);
    });
  }

  it('never names a statement without a speaker, or a quotation inside a sentence, as a twin or as having one', () => {
    const columns = randomColumns(5, 300, 0);
    const twin = runSteps(statementTwins(columns));
    for (let s = 0; s < twin.length; s++) {
      const t = twin[s]!;
      if (columns.speaker[s] === NONE || columns.inside[s]) expect(t).toBe(NONE);
      if (t === NONE) continue;
      expect(t).toBeLessThan(s);
      expect(columns.inside[t]).toBe(0);
      expect(columns.speaker[t]).toBe(columns.speaker[s]);
    }
  });
});

describe('placesInLists', () => {
  it("gives each item its place in its group's list, and -1 to an item in no group", () => {
    // groups: 0 → [1, 4], 1 → [], 2 → [0, 2, 5]; item 3 is in none
    const places = placesInLists(Int32Array.from([0, 2, 2, 5]), Int32Array.from([1, 4, 0, 2, 5]), 6);
    expect([...places]).toEqual([0, 0, 1, -1, 1, 2]);
  });
});
