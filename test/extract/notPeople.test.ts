// Capitalised words that name no one: a headline in Title Case ("US Envoy Says It Will Facilitate Talks"), whose
// verbs and common words look like names, and a seat of government ("the White House") standing for its tenant.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function discoveredPeople(body: string): string[] {
  const parsed = parseArticle('headline.txt', new TextEncoder().encode(` date 2022-12-06 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return extractArticle(parsed.article, dictionary)
    .discovered.filter((a) => a.kind === 'person')
    .map((a) => a.name);
}

function actorNames(body: string): string[] {
  const parsed = parseArticle('roles.txt', new TextEncoder().encode(` date 2022-12-06 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  return x.actors.map((id) => dictionary.byId.get(id)?.name ?? x.discovered.find((a) => a.id === id)?.name ?? id);
}

describe('capitalised words that are no one', () => {
  it('a person only alluded to by a bare role, who neither speaks nor meets, is no actor of the article', () => {
    const body = 'Aram Vardanyan said in Baku that the impeachment of the President was a matter for the courts.';
    expect(actorNames(body)).not.toContain('Ilgar Guliyev');
    // named, the same person is one
    expect(actorNames(`${body} Ilgar Guliyev did not comment.`)).toContain('Ilgar Guliyev');
  });

  it('two-word places, outlets and adjectives of two nations said to speak are no people', () => {
    const people = discoveredPeople(
      [
        'Talks in Colombo',
        'Sri Lanka said it would attend. Al Jazeera said the talks had failed. Kazakh-Uzbek Cooperation said nothing new.',
        'Caucasian Knot said on Monday that the protest had ended. Buenos Aires said it would not take part.',
        'Civil Contract said the vote had been fair.',
      ].join('\n\n'),
    );
    expect(people).toEqual([]);
  });

  it('a Title Case headline gives no person from its verbs and common words', () => {
    const people = discoveredPeople(
      [
        'US Envoy Says It Will Facilitate Talks, as Foreign Ministers Meet in Baku',
        'The United States will keep facilitating the talks, a senior US envoy said. Orlov met Guliyev on Friday.',
      ].join('\n\n'),
    );
    expect(people).toEqual([]);
  });

  it('a name in a Title Case headline is someone when the article names them again', () => {
    const people = discoveredPeople(
      ['Envoy Tomas Lindqvist Holds Talks in Baku', 'Lindqvist said the talks in Baku had been useful.'].join('\n\n'),
    );
    expect(people).toEqual(['Tomas Lindqvist']);
  });

  it('bodies that open with an adjective, and outlets, said to speak are no people', () => {
    const people = discoveredPeople(
      [
        'Rights groups in Yerevan',
        'Civil Society groups said they would monitor the vote. Global Witness said the contract was opaque.',
        'Novaya Gazeta said the border had been closed overnight. Democratic Choice said it would not take part.',
        'Western diplomats said the draft was nearly ready. Open Society said it had closed its office.',
      ].join('\n\n'),
    );
    expect(people).toEqual([]);
  });

  it('a capitalised office the word list lacks still ends a title before a name ("Human Rights Defender X")', () => {
    const people = discoveredPeople('Human Rights Defender Lilit Abrahamyan said the detentions were unlawful.');
    expect(people).toEqual(['Lilit Abrahamyan']);
  });

  it('the last word of a long title is no part of the name after it ("Chief of General Staff X", "Speaker Emeritus X")', () => {
    const people = discoveredPeople('Chief of General Staff Pavel Dorokhin said the drills were over.');
    expect(people).toEqual(['Pavel Dorokhin']);
    expect(discoveredPeople('Talks in Baku\n\nSpeaker Emeritus Tamsin Oduya said the vote mattered.')).toEqual(['Tamsin Oduya']);
  });

  it('a holiday named by a day is no person, and a capital ending a longer name is no government', () => {
    expect(discoveredPeople('Talks in Yerevan\n\nLake Sevan Day was celebrated on Sunday.')).toEqual([]);
    const names = actorNames('Visiting Baku, Aram Vardanyan said the border would open. Greater Yerevan Alliance won two seats.');
    expect(names).toContain('Aram Vardanyan');
    expect(names).not.toContain('Government of Azerbaijan');
    expect(names).not.toContain('Government of Armenia');
  });

  it('a country ending a longer name opens no office ("Bright Armenia\'s leader" is not Armenia\'s leader)', () => {
    const mentioned = (body: string): string[] => {
      const parsed = parseArticle('office.txt', new TextEncoder().encode(` date 2022-12-06 ${body}`));
      if (!parsed.ok) throw new Error(parsed.problem.message);
      return extractArticle(parsed.article, dictionary).mentions.map((m) => m.actor);
    };
    expect(mentioned("Talks in Yerevan\n\nBright Armenia's leader spoke at the rally.")).not.toContain('aram-vardanyan');
    expect(mentioned("Talks in Yerevan\n\nArmenia's leader spoke at the rally.")).toContain('aram-vardanyan');
  });

  it('"the head of the White House stressed" makes no person of the White House', () => {
    const people = discoveredPeople('Talks in Washington\n\nThe head of the White House stressed that the talks must go on.');
    expect(people).toEqual([]);
  });
});
