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

  it('reads the head of a parliament as its speaker, whatever the title calls him, and never as a head of state', () => {
    expect(officeOfTitle('President of the National Assembly of Armenia')).toBe('speaker');
    expect(officeOfTitle('Chairman of the Parliament of Georgia')).toBe('speaker');
    expect(officeOfTitle('Speaker of the Milli Majlis of Azerbaijan')).toBe('speaker');
    expect(officeOfTitle('Speaker of the U.S. House of Representatives')).toBe('speaker');
    expect(officeOfTitle('Deputy Speaker of the National Assembly of Armenia')).toBeUndefined();
    expect(officeOfTitle('President of Armenia')).toBe('president');
  });

  it('reads a vice president as an office of its own, but not one of several with a portfolio', () => {
    expect(officeOfTitle('Vice President of Turkey')).toBe('vice president');
    expect(officeOfTitle('First Vice-President of Azerbaijan')).toBe('vice president');
    expect(officeOfTitle('Deputy President of South Africa')).toBe('vice president');
    expect(officeOfTitle('Vice President of Iran for Strategic Affairs')).toBeUndefined();
    expect(officeOfTitle('Assistant to the First Vice-President of Azerbaijan')).toBeUndefined();
  });

  it('names the holder of an office in a state’s formal name, and a vice president described earlier', () => {
    const body = [
      'Aram Vardanyan received Tahir Rezaei, First Deputy President of the Islamic Republic of Iran, on Monday.',
      'The President of the Republic of Azerbaijan did not comment.',
      'The First Deputy President of the Islamic Republic of Iran stressed that Tehran opposed any change of borders.',
    ].join('\n\n');
    const x = extractArticle(article('2023-05-17', body), dictionary);
    const speaker = x.statements.find((s) => s.kind === 'reported')?.speaker;
    expect(x.discovered.find((a) => a.id === speaker)?.name).toBe('Tahir Rezaei');
    expect(x.mentions.some((m) => m.actor === 'ilgar-guliyev')).toBe(true);
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
