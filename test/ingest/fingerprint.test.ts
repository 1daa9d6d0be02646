import { describe, expect, it } from 'vitest';
import {
  decode,
  encode,
  estimatedJaccard,
  fingerprintText,
  minhash,
  NEAR_DUPLICATE_JACCARD,
  normaliseText,
  sameStory,
  similarity,
} from '../../src/ingest/fingerprint.js';
import { storyText } from './fixtures.js';

const STORIES = [
  'wire-original',
  'reprint-intro',
  'reprint-trimmed',
  'same-topic-other',
  'followup',
  'unrelated-tbilisi',
  'unrelated-osce',
];
const fp = Object.fromEntries(STORIES.map((s) => [s, fingerprintText(storyText(`${s}.txt`))]));
const REPRINTS = new Set(['wire-original|reprint-intro', 'wire-original|reprint-trimmed', 'reprint-intro|reprint-trimmed']);

describe('near-duplicate stories (MinHash over word 3-shingles)', () => {
  it('finds the reprints of a wire story one story, and no other pair of the fixtures', () => {
    const found: string[] = [];
    for (let i = 0; i < STORIES.length; i++)
      for (let j = i + 1; j < STORIES.length; j++)
        if (sameStory(fp[STORIES[i]!]!, fp[STORIES[j]!]!)) found.push(`${STORIES[i]}|${STORIES[j]}`);
    expect(new Set(found)).toEqual(REPRINTS);
  });

  it('leaves a margin on both sides of the threshold: reprints ≥ 0.5, other stories ≤ 0.2 (docs/ingest.md has the table)', () => {
    for (let i = 0; i < STORIES.length; i++)
      for (let j = i + 1; j < STORIES.length; j++) {
        const pair = `${STORIES[i]}|${STORIES[j]}`;
        const s = similarity(fp[STORIES[i]!]!, fp[STORIES[j]!]!);
        if (REPRINTS.has(pair)) expect(s, pair).toBeGreaterThanOrEqual(0.5);
        else expect(s, pair).toBeLessThanOrEqual(0.2);
      }
    expect(NEAR_DUPLICATE_JACCARD).toBeGreaterThan(0.2);
    expect(NEAR_DUPLICATE_JACCARD).toBeLessThan(0.5);
  });

  it('estimates the Jaccard similarity of shingle sets within a few hundredths', () => {
    const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`);
    // 300 shingles of 3 words each; sharing the first 200 words gives J = 198 / 398.
    const a = minhash(words(300));
    const b = minhash([...words(200), ...words(100, 1000)]);
    expect(estimatedJaccard(a, b)).toBeCloseTo(198 / 398, 1);
    expect(estimatedJaccard(a, a)).toBe(1);
    expect(estimatedJaccard(a, minhash(words(300, 5000)))).toBeLessThan(0.05);
  });

  it('stores a signature as base64 and reads it back unchanged', () => {
    const signature = minhash(normaliseText(storyText('wire-original.txt')).split(' '));
    expect(decode(encode(signature))).toEqual(signature);
  });
});

describe('the exact fingerprint', () => {
  it('is the same for texts that differ only in case, spacing, quote marks and punctuation', () => {
    const a = fingerprintText('“We agreed,” Mirzoyan said.\n\nThe talks   ended.');
    const b = fingerprintText('"we agreed" MIRZOYAN said\nthe talks ended');
    expect(a.exact).toBe(b.exact);
    expect(fingerprintText('We agreed, Bayramov said.').exact).not.toBe(a.exact);
  });

  it('gives a short text no signature, so it matches only exactly', () => {
    const short = fingerprintText('The ministers met in Geneva on Wednesday.');
    expect(short.minhash).toBeNull();
    expect(sameStory(short, fingerprintText('The ministers met in Geneva on Wednesday!'))).toBe(true);
    expect(sameStory(short, fingerprintText('The ministers met in Geneva on Thursday.'))).toBe(false);
  });
});
