// The country a discovered person's role names, as a title before the name or an appositive after it: it lets "the
// Georgian diplomat" and "his Armenian counterpart" find them later.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function countryOf(body: string, name: string): string | undefined {
  const parsed = parseArticle('country.txt', new TextEncoder().encode(` date 2024-03-05 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return extractArticle(parsed.article, dictionary).discovered.find((a) => a.name === name)?.country;
}

describe('the country of a discovered person', () => {
  it('comes from a possessive country in an appositive role', () => {
    expect(countryOf("Nodar Kiknadze, Georgia's first deputy foreign minister, said the talks were useful.", 'Nodar Kiknadze')).toBe(
      'Georgia',
    );
  });

  it('comes from a possessive written with the apostrophe alone, and from the adjectives of more countries', () => {
    expect(countryOf("Khamphet Vongsa, Laos' deputy foreign minister, said the road would open.", 'Khamphet Vongsa')).toBe('Laos');
    expect(countryOf('Gabonese Foreign Minister Marie Ndong said the talks were useful.', 'Marie Ndong')).toBe('Gabon');
  });

  it('comes from an appositive role of the law or the courts ("X, Norway\'s prosecutor general,")', () => {
    expect(countryOf("Maren Holt, Norway's prosecutor general, said the case was closed.", 'Maren Holt')).toBe('Norway');
  });

  it('comes from a demonym in a title before the name', () => {
    expect(countryOf('Ugandan President Museveni said trade would grow.', 'Museveni')).toBe('Uganda');
  });
});
