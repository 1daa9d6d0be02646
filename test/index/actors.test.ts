import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/buildIndex.js';
import { discovered, makeArticle, makeDictionary, makeExtraction, sampleInput } from './fixtures.js';

const index = buildIndex(sampleInput());
const ids = (prefix?: string, limit?: number) => index.actors(prefix, limit).map((s) => s.actor.id);

describe('actors(prefix): autocomplete', () => {
  it('ranks the actors starting with a prefix by how often they appear: "Mir" gives Ararat before Gohar', () => {
    expect(ids('Mir')).toEqual(['mirzoyan', 'gohar-mirzoyan']);
  });

  it('matches any word of a name, folded: "ara", "pashin", "Aliy"', () => {
    expect(ids('ara')).toEqual(['mirzoyan']);
    expect(ids('pashin')).toEqual(['pashinyan']);
    expect(ids('Aliy')).toContain('aliyev');
  });

  it('answers the empty prefix with the most active actors: Aliyev appears in three articles', () => {
    const top = ids('');
    expect(top.slice(0, 2)).toEqual(['aliyev', 'mirzoyan']);
    expect(top).toHaveLength(10);
  });

  it('tolerates a typo when nothing starts with it: "Bayramv"', () => {
    expect(ids('Bayramv')).toContain('bayramov');
  });

  it('gives counts and a label (the role on the newest date, else the country)', () => {
    const [m] = index.actors('Ararat');
    expect(m).toMatchObject({ statementCount: 3, contactCount: 2, label: 'Foreign Minister of Armenia' });
    expect(index.actors('Bayramov')[0]).toMatchObject({ actor: { id: 'bayramov' }, label: 'Azerbaijan' });
  });

  it('returns at most 25, and at most the limit asked for', () => {
    const a = makeArticle('crowd', '2022-01-01', ['Many people spoke.']);
    const crowd = Array.from({ length: 40 }, (_, i) => discovered(`person-${i}`, `Testname Person${i}`));
    const big = buildIndex({ articles: [a], extractions: [{ ...makeExtraction(a, []), discovered: crowd }], dictionary: makeDictionary() });
    expect(big.actors('Testname', 100)).toHaveLength(25);
    expect(big.actors('Testname')).toHaveLength(25);
    expect(big.actors('Testname', 5)).toHaveLength(5);
    expect(big.actors('', 100)).toHaveLength(25);
  });

  it('orders same-prefix actors by activity, most active first', () => {
    const arts = [1, 2, 3].map((n) => makeArticle(`m${n}`, `2022-01-0${n}`, ['Text about Mirian, Miroslav and Mira.']));
    const mentionsIn = [['mira', 'miroslav', 'mirian'], ['miroslav', 'mirian'], ['mirian']];
    const people = [discovered('mira', 'Mira Adams'), discovered('miroslav', 'Miroslav Lajcak'), discovered('mirian', 'Mirian Bell')];
    const extractions = arts.map((a, i) => ({ ...makeExtraction(a, [], { mentioned: mentionsIn[i] }), discovered: people }));
    const idx = buildIndex({ articles: arts, extractions, dictionary: makeDictionary({ actors: [] }) });
    expect(idx.actors('Mir').map((s) => s.actor.id)).toEqual(['mirian', 'miroslav', 'mira']);
  });
});

describe('listActors(query): the paged list behind /actors', () => {
  // Forty discovered speakers, one article each: more than autocomplete's 25.
  // Surnames made of letters (names fold away digits): Zaa, Zab, … for the first 26, Yaa, Yab, … after.
  const surname = (i: number) => `${i < 26 ? 'Z' : 'Y'}a${String.fromCharCode(97 + (i % 26))}ovian`;
  const many = Array.from({ length: 40 }, (_, i) => discovered(`speaker-${i}`, `Speaker ${surname(i)}`));
  const articles = many.map((_, i) => makeArticle(`m${i}`, '2023-01-01', [`${surname(i)} said the talks went well.`]));
  const big = buildIndex({
    articles,
    extractions: articles.map((a, i) => ({
      ...makeExtraction(a, [{ speaker: many[i]!.id, words: `${surname(i)} said the talks went well.` }]),
      discovered: [many[i]!],
    })),
    dictionary: makeDictionary(),
  });

  it('goes past the 25 autocomplete choices, every known actor at most once, most active first', () => {
    expect(big.actors('', 100)).toHaveLength(25);
    const listed = big.listActors();
    expect(listed.length).toBeGreaterThan(40);
    expect(new Set(listed.map((s) => s.actor.id)).size).toBe(listed.length);
    const counts = listed.map((s) => s.statementCount);
    expect(counts.slice(0, 40).every((n) => n === 1)).toBe(true);
    expect(big.listActors('', 30)).toHaveLength(30);
  });

  it('narrows to names starting with the query', () => {
    expect(
      big
        .listActors('Ya')
        .map((s) => s.actor.id)
        .sort(),
    ).toEqual(Array.from({ length: 14 }, (_, i) => `speaker-${26 + i}`).sort());
  });
});
