// Offices named instead of people: which office a role title is, who held it on a date, and phrases that
// end where an office phrase could begin.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { officeHolder, officeOfTitle } from '../../src/extract/offices.js';
import type { Article, IsoDate } from '../../src/model.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function article(date: string, body: string): Article {
  const parsed = parseArticle('office.txt', new TextEncoder().encode(` date ${date} ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.article;
}

describe('offices', () => {
  it('reads the office of a role title: a deputy holds an office of his own, an assistant none', () => {
    expect(officeOfTitle('Foreign Minister of Armenia')).toBe('foreign minister');
    expect(officeOfTitle('U.S. Secretary of State')).toBe('foreign minister');
    expect(officeOfTitle('Prime Minister of Georgia')).toBe('prime minister');
    expect(officeOfTitle('Deputy Foreign Minister of Armenia')).toBe('deputy foreign minister');
    expect(officeOfTitle('Deputy Prime Minister of Armenia')).toBe('deputy prime minister');
    expect(officeOfTitle('Deputy Foreign Minister of Armenia Assistant')).toBe('deputy foreign minister');
    expect(officeOfTitle('US Assistant Secretary of State for European and Eurasian Affairs')).toBeUndefined();
  });

  it('gives the holder on the date, and a country’s leader by the dictionary’s word for it', () => {
    expect(officeHolder(dictionary, 'Armenia', 'foreign minister', '2023-05-17' as IsoDate)).toBe('hovik-sargsian');
    expect(officeHolder(dictionary, 'Armenia', 'foreign minister', '2020-05-17' as IsoDate)).toBeUndefined();
    expect(officeHolder(dictionary, 'Armenia', 'leader', '2023-05-17' as IsoDate)).toBe('aram-vardanyan');
    expect(officeHolder(dictionary, 'Georgia', 'leader', '2023-05-17' as IsoDate)).toBe('davit-lomidze');
  });

  it('an article that ends on a demonym or a country name extracts without failing', () => {
    for (const body of ['Sargsian thanked his Azerbaijani', 'The talks were hosted by Armenia', 'Orlov met the Russian and Armenian']) {
      expect(() => extractArticle(article('2023-05-17', body), dictionary)).not.toThrow();
    }
  });
});
