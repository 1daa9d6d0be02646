// People the dictionary lacks, found from how the text names them: joined by "and" to someone already a person,
// after a title whose place has a place of its own ("Ambassador of Chile to Peru"), after a lower-case label
// ("opposition leader", "journalist"), or set off by commas after a long title phrase. Invented names throughout.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function discoveredPeople(body: string): string[] {
  const parsed = parseArticle('people.txt', new TextEncoder().encode(` date 2024-03-12 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return extractArticle(parsed.article, dictionary)
    .discovered.filter((a) => a.kind === 'person')
    .map((a) => a.name);
}

describe('people found from how the text names them', () => {
  it('a name joined by "and" to a person is a person too, in either order', () => {
    expect(discoveredPeople('The talks also touched on the arrests of Levan Gogoladze and Peter Holm last spring.')).toEqual([
      'Levan Gogoladze',
      'Peter Holm',
    ]);
    expect(discoveredPeople('The envoys of the two sides, Marta Quiroga and Tamaz Beridze, will meet in May.')).toEqual([
      'Marta Quiroga',
      'Tamaz Beridze',
    ]);
  });

  it('"Ambassador of A to B" is a title: the name after it is a person and the places are not part of it', () => {
    expect(discoveredPeople('Ambassador of Chile to Peru Rosa Villanueva noted that the border talks had resumed.')).toEqual([
      'Rosa Villanueva',
    ]);
  });

  it('a lower-case label before a name makes a person ("opposition leader", "journalist")', () => {
    expect(discoveredPeople('They discussed the trial of veteran opposition leader Omar Sekkal and of journalist Ines Baltar.')).toEqual([
      'Omar Sekkal',
      'Ines Baltar',
    ]);
  });

  it('a name set off by commas after a long title phrase is that title holder', () => {
    expect(
      discoveredPeople(
        'According to a statement by the Senior Adviser to the Prime Minister on Trade and Investment, Kojo Mensah, the visit was a success.',
      ),
    ).toEqual(['Kojo Mensah']);
  });

  it('a place joined by "and" to a person stays a place', () => {
    expect(discoveredPeople('The summit brought Levan Gogoladze and Saint Petersburg closer, Gogoladze said.')).toEqual([
      'Levan Gogoladze',
    ]);
  });
});
