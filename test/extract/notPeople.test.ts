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

describe('capitalised words that are no one', () => {
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

  it('"the head of the White House stressed" makes no person of the White House', () => {
    const people = discoveredPeople('Talks in Washington\n\nThe head of the White House stressed that the talks must go on.');
    expect(people).toEqual([]);
  });
});
