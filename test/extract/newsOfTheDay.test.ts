// A held contact the article's lead tells, with no time phrase by it, is the article's news and takes the article's
// date; later in the article, with a vague time, or planned, it keeps none. (The pattern cases accept either for a
// contact with no day in the text, as the official scorer does; these tests hold the rule to its exact answers.)
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

/** "A–B date" for every contact of the article, the names in text order of the dictionary's canonical names. */
function contactDays(date: string, ...paragraphs: string[]): string[] {
  const parsed = parseArticle('news.txt', new TextEncoder().encode(` date ${date} ${paragraphs.join('\n\n')}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  const nameOf = (id: string) => dictionary.byId.get(id)?.name ?? x.discovered.find((a) => a.id === id)?.name ?? id;
  return x.contacts.map((c) => `${[nameOf(c.a), nameOf(c.b)].sort().join('–')} ${c.date ?? 'null'}`);
}

describe('the news of the day', () => {
  it('dates a held contact of the headline or the first paragraphs by the article', () => {
    expect(contactDays('2024-05-14', 'Lomidze meets Vandamme in Brussels', 'Lomidze met Vandamme on the sidelines of the forum.')).toEqual([
      'Davit Lomidze–Pieter Vandamme 2024-05-14',
    ]);
  });

  it('leaves a contact told further down the article undated', () => {
    expect(
      contactDays(
        '2024-05-14',
        'Border talks stall',
        'The commission did not meet this month.',
        'Experts say the maps are the main obstacle.',
        'The two sides have exchanged drafts since the spring.',
        'Sargsian met Mammadli in Almaty to go through the drafts.',
      ),
    ).toEqual(['Hovik Sargsian–Rauf Mammadli null']);
  });

  it('leaves a vague time ("last year") and a plan without a day undated', () => {
    expect(contactDays('2024-05-14', 'Border talks', 'Sargsian met Mammadli in Almaty last year.')).toEqual([
      'Hovik Sargsian–Rauf Mammadli null',
    ]);
    expect(contactDays('2024-05-14', 'Border talks', 'Sargsian will meet Mammadli in Almaty.')).toEqual([
      'Hovik Sargsian–Rauf Mammadli null',
    ]);
  });

  it('takes the day another mention of the same contact gives, not the article’s', () => {
    expect(
      contactDays('2024-05-14', 'Border talks', 'Sargsian met Mammadli in Almaty.', 'The two ministers met on Friday, the ministry said.'),
    ).toEqual(['Hovik Sargsian–Rauf Mammadli 2024-05-10']);
  });
});
