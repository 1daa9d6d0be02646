// A discovered person's later mentions: the surname written without the diacritics of the full name ("Janez
// Lenarčič … Lenarcic added").
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { plainLetters } from '../../src/extract/actorLexicon.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function speakers(body: string): string[] {
  const parsed = parseArticle('names.txt', new TextEncoder().encode(` date 2024-03-05 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  return x.statements.map((s) => x.discovered.find((a) => a.id === s.speaker)?.name ?? dictionary.byId.get(s.speaker ?? '')?.name ?? '-');
}

describe('the surname of a discovered person', () => {
  it('answers without the diacritics of the full name', () => {
    expect(speakers('Tomaž Vrečič, the EU commissioner, said aid would come. Vrecic added that more was needed.')).toEqual([
      'Tomaž Vrečič',
      'Tomaž Vrečič',
    ]);
  });

  it('a name ending in a surname of the region is a person wherever it stands, Azerbaijani -oghlu/-ogly too', () => {
    const parsed = parseArticle(
      'names.txt',
      new TextEncoder().encode(' date 2024-03-05 Talks in Baku\n\nThe court extended the detention of Samir Aliyoghlu.'),
    );
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(extractArticle(parsed.article, dictionary).discovered.map((a) => a.name)).toEqual(['Samir Aliyoghlu']);
  });

  it('one name after an abbreviated title and its full stop is a person ("Mr. Thanh said")', () => {
    expect(speakers('Talks in Hanoi\n\nMr. Thanh said the talks were useful. Dr. Haddad warned of delays.')).toEqual(['Thanh', 'Haddad']);
  });

  it('a name after a lower-case label of a person is a person ("writer X", "political scientist X", "MP X")', () => {
    const parsed = parseArticle(
      'names.txt',
      new TextEncoder().encode(
        ' date 2024-03-05 Talks in Baku\n\nThe essay by writer Okonkwo Adebayo was banned. Police questioned political scientist Ketil Brannum and officer Dorian Vasquez. A letter from MP Ines Ruwe was published.',
      ),
    );
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const people = extractArticle(parsed.article, dictionary).discovered.map((a) => a.name);
    expect(people).toEqual(['Okonkwo Adebayo', 'Ketil Brannum', 'Dorian Vasquez', 'Ines Ruwe']);
  });

  it('one name after a title some outlets write in lower case is a person ("Malawian president Mwenzora said")', () => {
    expect(speakers('Talks in Lilongwe\n\nMalawian president Mwenzora said the corridor would open next year.')).toEqual(['Mwenzora']);
  });

  it('a common given name of other regions opens a name with nothing around it ("the legacy of Ngozi Adaeze")', () => {
    const parsed = parseArticle(
      'names.txt',
      new TextEncoder().encode(
        ' date 2024-03-05 Talks in Abuja\n\nThe forum honoured the legacy of Ngozi Adaeze and the work of Keir Dunmore.',
      ),
    );
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(extractArticle(parsed.article, dictionary).discovered.map((a) => a.name)).toEqual(['Ngozi Adaeze', 'Keir Dunmore']);
  });

  it('plainLetters drops diacritics and the dotless i, and leaves ASCII as it is', () => {
    expect(plainLetters('Kılıç')).toBe('Kilic');
    expect(plainLetters('Lenarčič')).toBe('Lenarcic');
    expect(plainLetters('Harutyunyan')).toBe('Harutyunyan');
  });
});
