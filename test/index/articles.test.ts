import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/buildIndex.js';
import { sampleInput } from './fixtures.js';

const input = sampleInput();
const index = buildIndex(input);

describe('articles of the index (what digests read)', () => {
  it('lists every article id, newest date first', () => {
    const ids = index.articleIds();
    expect([...ids].sort()).toEqual(input.articles.map((a) => a.id).sort());
    const dates = ids.map((id) => index.article(id)!.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("gives each article's statements and contacts in text order, exactly those the extraction found", () => {
    for (const extraction of input.extractions) {
      const statements = index.statementsOfArticle(extraction.article);
      expect(statements.map((s) => [s.start, s.end, s.speaker])).toEqual(
        [...extraction.statements].sort((x, y) => x.start - y.start).map((s) => [s.start, s.end, s.speaker]),
      );
      const contacts = index.contactsOfArticle(extraction.article);
      expect(contacts.map((c) => [c.a, c.b].sort().join('|')).sort()).toEqual(
        extraction.contacts.map((c) => [c.a, c.b].sort().join('|')).sort(),
      );
      for (let i = 1; i < contacts.length; i++) expect(contacts[i]!.start).toBeGreaterThanOrEqual(contacts[i - 1]!.start);
    }
  });

  it('answers nothing for an id it does not know', () => {
    expect(index.statementsOfArticle('no-such-article')).toEqual([]);
    expect(index.contactsOfArticle('no-such-article')).toEqual([]);
  });
});
