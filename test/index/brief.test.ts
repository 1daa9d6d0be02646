import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/buildIndex.js';
import type { IsoDate } from '../../src/model.js';
import { READOUT, sampleInput, withUnattributed } from './fixtures.js';

const index = buildIndex(sampleInput());

describe('brief', () => {
  it('groups statements by article, newest article first, text order within one', () => {
    const b = index.brief('mirzoyan');
    expect(b.actor.id).toBe('mirzoyan');
    expect(b.articles.map((a) => a.article.id)).toEqual(['a4', 'a1']);
    expect(b.articles[1]!.statements.map((s) => index.statementText(s))).toEqual([
      'Armenia and Azerbaijan need to use direct communications channels to de-escalate',
      'The peace treaty must respect the rights of the people of Nagorno Karabakh',
    ]);
    expect(b.articles[0]!.article).toEqual({ id: 'a4', file: 'a4.txt', date: '2022-06-01' });
    expect(b.statementCount).toBe(3);
  });

  it('materialises only the newest statements and contacts up to a limit, counting them all', () => {
    const b = index.brief('mirzoyan', {}, { limit: 1 });
    expect(b.articles.flatMap((a) => a.statements)).toHaveLength(1);
    expect(b.articles.map((a) => a.article.id)).toEqual(['a4']);
    expect(b.contacts.map((c) => c.b)).toEqual(['gohar-mirzoyan']);
    expect(b).toMatchObject({ statementCount: 3, articleCount: 2, contactCount: 2 });
    const two = index.brief('mirzoyan', {}, { limit: 2 });
    expect(two.articles.map((a) => [a.article.id, a.statements.length])).toEqual([
      ['a4', 1],
      ['a1', 1],
    ]);
  });

  it('lists contacts newest first, whichever side the actor was on', () => {
    const b = index.brief('mirzoyan');
    expect(b.contacts.map((c) => [c.a, c.b])).toEqual([
      ['mirzoyan', 'gohar-mirzoyan'],
      ['mirzoyan', 'bayramov'],
    ]);
    expect(index.brief('bayramov').contacts).toHaveLength(1);
  });

  it('gives the role held on the newest article date of the brief', () => {
    expect(index.brief('mirzoyan').role).toBe('Foreign Minister of Armenia');
    expect(index.brief('aliyev').role).toBeUndefined();
  });

  it('takes that date from the contacts too, for an actor who says nothing', () => {
    // Pashinyan only has a contact in a2 (2022-04-06) once his statements (a3, 2021) are left out.
    expect(index.brief('pashinyan', { since: '2022-01-01' as IsoDate })).toMatchObject({
      role: 'Prime Minister of Armenia',
      statementCount: 0,
    });
    expect(index.brief('pashinyan', { since: '2023-01-01' as IsoDate }).role).toBeUndefined();
  });

  it('keeps only statements and contacts within since/until, both ends included', () => {
    const since = index.brief('mirzoyan', { since: '2022-04-01' as IsoDate });
    expect(since.articles.map((a) => a.article.id)).toEqual(['a4']);
    expect(since.contacts).toHaveLength(1);
    expect(since.statementCount).toBe(1);
    const until = index.brief('mirzoyan', { until: '2022-03-25' as IsoDate });
    expect(until.articles.map((a) => a.article.id)).toEqual(['a1']);
    expect(until.contacts.map((c) => c.b)).toEqual(['bayramov']);
    const none = index.brief('mirzoyan', { since: '2023-01-01' as IsoDate });
    expect(none).toMatchObject({ articles: [], contacts: [], statementCount: 0 });
    expect(none.role).toBeUndefined();
  });

  it('reads as plain data: spread, JSON and destructuring see articles, statements and contacts', () => {
    const b = index.brief('mirzoyan');
    const copy = JSON.parse(JSON.stringify(b));
    expect(copy.articles).toHaveLength(2);
    expect(copy.articles[1].statements).toHaveLength(2);
    expect(copy.articles[1].statements[0]).toEqual(b.articles[1]!.statements[0]);
    expect(copy.contacts).toHaveLength(2);
    const { articles, contacts } = { ...b };
    expect(articles).toBe(b.articles);
    expect(contacts).toHaveLength(2);
    expect(Object.keys(b)).toEqual(expect.arrayContaining(['actor', 'role', 'articles', 'contacts', 'statementCount']));
    const [{ article, statements }] = b.articles as [{ article: unknown; statements: unknown[] }];
    expect(article).toMatchObject({ id: 'a4' });
    expect(statements).toHaveLength(1);
  });

  it('gives the same (immutable) brief again for a repeated question', () => {
    const first = index.brief('mirzoyan', { since: '2022-01-01' as IsoDate });
    expect(index.brief('mirzoyan', { since: '2022-01-01' as IsoDate })).toBe(first);
    expect(index.brief('mirzoyan', { since: '2022-05-01' as IsoDate })).not.toBe(first);
  });

  it('is empty for an actor without statements, and for an id nothing knows', () => {
    expect(index.brief('michel')).toMatchObject({ actor: { id: 'michel' }, articles: [], contacts: [], statementCount: 0 });
    expect(index.brief('nobody')).toMatchObject({ actor: { id: 'nobody' }, articles: [], statementCount: 0 });
  });

  it('reports the size and time span of the corpus', () => {
    expect(index.stats()).toMatchObject({ articles: 6, statements: 11, contacts: 4, firstDate: '2020-01-01', lastDate: '2022-06-01' });
    expect(index.article('a2')?.date).toBe('2022-04-06');
    expect(index.article('zz')).toBeUndefined();
  });
});

describe('a statement without a speaker', () => {
  const base = buildIndex(sampleInput());
  const index = buildIndex(withUnattributed());

  it('is in no actor’s brief, and counts for no actor', () => {
    const actors = index.listActors('', 1000);
    expect(actors.length).toBeGreaterThan(0);
    for (const { actor, statementCount } of actors) {
      const brief = index.brief(actor.id);
      const statements = brief.articles.flatMap((a) => a.statements);
      expect(statements.filter((s) => s.speaker !== actor.id)).toEqual([]);
      expect(statements.map((s) => index.statementText(s))).not.toContain(READOUT);
      expect(brief.statementCount).toBe(statements.length);
      expect(statementCount).toBe(statements.length);
    }
    // a7 adds two statements: Mirzoyan's (his count grows by one) and the readout (nobody's).
    expect(index.stats().statements).toBe(base.stats().statements + 2);
    expect(actors.reduce((n, a) => n + a.statementCount, 0)).toBe(index.stats().statements - 1);
    expect(index.brief('mirzoyan').statementCount).toBe(base.brief('mirzoyan').statementCount + 1);
  });

  it('is kept by the index, with a null speaker, among its article’s statements', () => {
    const statements = index.statementsOfArticle('a7');
    expect(statements.map((s) => [index.statementText(s), s.speaker, s.kind])).toEqual([
      ['Armenia seeks a ceasefire that holds', 'mirzoyan', 'quote'],
      [READOUT, null, 'reported'],
    ]);
  });
});
