// Names written family name first ("Foreign Minister Tanaka Hiroshi … Tanaka said"), as East Asian news often
// writes them: the person also answers to the given-name-first form, which other outlets and readers use.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function discovered(body: string): { name: string; aliases: readonly string[] }[] {
  const parsed = parseArticle('names.txt', new TextEncoder().encode(` date 2022-09-20 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return extractArticle(parsed.article, dictionary).discovered.filter((a) => a.kind === 'person');
}

describe('a name written family name first', () => {
  it('answers to the given-name-first form when the article refers back by its first word', () => {
    const people = discovered(
      'Japanese Foreign Minister Tanaka Hiroshi met Sargsian in New York on Monday.\n\nTanaka said the talks had been useful.',
    );
    const tanaka = people.find((p) => p.name === 'Tanaka Hiroshi');
    expect(tanaka?.aliases).toContain('Hiroshi Tanaka');
  });

  it('an Arabic surname with its article ("Al-Busaidi") also answers to the joined spelling ("Albusaidi")', () => {
    const people = discovered('Foreign Minister Badr Al-Busaidi met Sargsian in Muscat.\n\nAl-Busaidi said the talks had been useful.');
    expect(people.find((p) => p.name === 'Badr Al-Busaidi')?.aliases).toEqual(
      expect.arrayContaining(['Al-Busaidi', 'Busaidi', 'Albusaidi', 'Badr Albusaidi']),
    );
  });

  it('does not when the article refers back by the last word, as for given-name-first names', () => {
    const people = discovered('Foreign Minister Erlan Seitkali met Sargsian in Astana.\n\nSeitkali said the talks had been useful.');
    const seitkali = people.find((p) => p.name === 'Erlan Seitkali');
    expect(seitkali?.aliases).toEqual(['Erlan Seitkali', 'Seitkali']);
  });
});
