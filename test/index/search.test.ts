import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/buildIndex.js';
import { READOUT, withUnattributed, sampleInput } from './fixtures.js';

const index = buildIndex(sampleInput());
const texts = (query: string) => index.search(query).map((h) => index.statementText(h.statement));
const articlesOf = (query: string) => index.search(query).map((h) => h.article.id);

describe('search', () => {
  it('finds statements holding a word, any case', () => {
    expect(texts('humanitarian')).toEqual(['The humanitarian crisis in Nagorno Karabakh is deepening']);
    expect(texts('HUMANITARIAN')).toHaveLength(1);
  });

  it('requires every word (AND), in any order', () => {
    expect(texts('peace treaty')).toHaveLength(4);
    expect(texts('treaty peace')).toHaveLength(4);
    expect(texts('peace Karabakh')).toEqual(['The peace treaty must respect the rights of the people of Nagorno Karabakh']);
  });

  it('matches a "quoted phrase" only where its words stand together', () => {
    const hits = texts('"peace treaty"');
    expect(hits).toHaveLength(3);
    expect(hits).not.toContain('Treaty talks on peace are in progress');
    expect(texts('"treaty with Azerbaijan"')).toEqual(['Armenia is ready to sign a peace treaty with Azerbaijan']);
    expect(texts('"Azerbaijan treaty"')).toEqual([]);
  });

  it('reads an unbalanced quote as plain words, and curly quotes as quotes', () => {
    expect(texts('"peace treaty')).toHaveLength(4);
    expect(texts('“peace treaty”')).toHaveLength(3);
  });

  it('ranks more occurrences of a word higher', () => {
    expect(texts('escalation')[0]).toBe('Escalation breeds escalation');
  });

  it('breaks a tie with recency: the newer of two identical statements first', () => {
    expect(articlesOf('dialogue')).toEqual(['a6', 'a5']);
  });

  it('searches the speaker’s name with the words, transliteration folded', () => {
    expect(texts('Blinken escalation')).toEqual(['Now is not the time for further escalation in the region']);
    expect(texts('Pashinian treaty')).toHaveLength(2);
  });

  it('returns nothing for an unknown word, only common words, or an empty query', () => {
    expect(index.search('zebra')).toEqual([]);
    expect(index.search('peace zebra')).toEqual([]);
    expect(index.search('the of and')).toEqual([]);
    expect(index.search('')).toEqual([]);
  });

  it('honours the limit and ranks by descending score', () => {
    expect(index.search('Armenia', { limit: 2 })).toHaveLength(2);
    const scores = index.search('Azerbaijan').map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('search over a statement without a speaker', () => {
  const unattributed = buildIndex(withUnattributed());

  it('finds it by its words, with a null speaker', () => {
    const hits = unattributed.search('ceasefire consultations');
    expect(hits.map((h) => [unattributed.statementText(h.statement), h.statement.speaker, h.article.id])).toEqual([[READOUT, null, 'a7']]);
    expect(unattributed.search('ceasefire')).toHaveLength(2);
  });

  it('finds it under no actor’s name', () => {
    expect(unattributed.search('Mirzoyan consultations')).toEqual([]);
    expect(unattributed.search('Mirzoyan ceasefire').map((h) => h.statement.speaker)).toEqual(['mirzoyan']);
  });
});
