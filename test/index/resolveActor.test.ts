import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/buildIndex.js';
import { makeArticle, makeDictionary, makeExtraction, sampleInput } from './fixtures.js';

const index = buildIndex(sampleInput());
const found = (text: string) => {
  const r = index.resolveActor(text);
  return r.kind === 'found' ? r.actor.id : `unknown:${r.suggestions.map((a) => a.id).join(',')}`;
};

describe('resolveActor', () => {
  it('finds an exact name or alias, whatever the case', () => {
    expect(index.resolveActor('Antony Blinken')).toMatchObject({ kind: 'found', match: 'exact', actor: { id: 'blinken' } });
    expect(found('antony blinken')).toBe('blinken');
    expect(found('ANTONY BLINKEN')).toBe('blinken');
    expect(found('Tony Blinken')).toBe('blinken');
  });

  it('finds a person by surname alone: "Blinken"', () => {
    expect(index.resolveActor('Blinken')).toMatchObject({ kind: 'found', match: 'exact', actor: { id: 'blinken' } });
  });

  it('strips titles: "Secretary Blinken", "Foreign Minister Mirzoyan"', () => {
    expect(found('Secretary Blinken')).toBe('blinken');
    expect(found('Foreign Minister Mirzoyan')).toBe('mirzoyan');
  });

  it('folds transliterations: Pashinian, pashinyan, Mirzoian, Aliev', () => {
    expect(found('Pashinian')).toBe('pashinyan');
    expect(found('pashinyan')).toBe('pashinyan');
    expect(found('Nikol Pashinian')).toBe('pashinyan');
    expect(found('Aliev')).toBe('aliyev');
  });

  it('prefers the more active of two namesakes: Mirzoian is Ararat, not Gohar', () => {
    expect(found('Mirzoian')).toBe('mirzoyan');
    expect(found('Gohar Mirzoian')).toBe('gohar-mirzoyan');
  });

  it('reads "the Secretary" on the newest article date: Blinken in 2022', () => {
    expect(index.resolveActor('the Secretary')).toMatchObject({ kind: 'found', match: 'exact', actor: { id: 'blinken' } });
  });

  it('reads "the Secretary" as Pompeo when the newest article is from 2019', () => {
    const a = makeArticle('old', '2019-05-02', ['The Secretary said nothing.']);
    const old = buildIndex({ articles: [a], extractions: [makeExtraction(a, [])], dictionary: makeDictionary() });
    expect(old.resolveActor('the Secretary')).toMatchObject({ kind: 'found', actor: { id: 'pompeo' } });
  });

  it('finds a government by the capital standing for it: "Baku"', () => {
    expect(found('Baku')).toBe('azerbaijan-government');
  });

  it('corrects a typo through fuzzy matching: "Blinkn", "Bayramv"', () => {
    expect(index.resolveActor('Blinkn')).toMatchObject({ kind: 'found', match: 'fuzzy', actor: { id: 'blinken' } });
    expect(index.resolveActor('Pashinan')).toMatchObject({ kind: 'found', match: 'fuzzy', actor: { id: 'pashinyan' } });
    expect(found('Bayramv')).toBe('bayramov');
  });

  it('answers an unknown name with the closest few as suggestions', () => {
    const r = index.resolveActor('Lavrov');
    expect(r.kind).toBe('unknown');
    const s = index.resolveActor('Bayramyan');
    expect(s).toMatchObject({ kind: 'unknown', query: 'Bayramyan' });
    if (s.kind === 'unknown') {
      expect(s.suggestions.length).toBeGreaterThan(0);
      expect(s.suggestions.length).toBeLessThanOrEqual(5);
      expect(s.suggestions.map((a) => a.id)).toContain('bayramov');
    }
    expect(index.resolveActor('   ')).toEqual({ kind: 'unknown', query: '', suggestions: [] });
  });

  it('resolves dictionary actors with no statements or contacts: Charles Michel', () => {
    expect(found('Charles Michel')).toBe('michel');
  });

  it('merges a discovered actor found in several articles into one, aliases united', () => {
    const gohar = index.actor('gohar-mirzoyan');
    expect(gohar?.aliases).toEqual(expect.arrayContaining(['Gohar Mirzoyan', 'Gohar Mirzoian']));
    expect(gohar?.description).toBe('civil society activist');
    expect(index.stats().actors).toBe(10);
    expect(found('Leyla Bayramova')).toBe('leyla-bayramova');
  });
});
