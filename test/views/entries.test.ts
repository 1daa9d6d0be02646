// One entry per utterance and citations people can follow (issue #13), as every renderer gets them.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/buildIndex.js';
import type { AttacheIndex } from '../../src/index/api.js';
import { briefView } from '../../src/views/brief.js';
import { shortTitle, sourcesText } from '../../src/views/citations.js';
import { entriesOf, markedLine } from '../../src/views/entries.js';
import { searchView } from '../../src/views/statements.js';
import { discovered, makeArticle, makeDictionary, makeExtraction } from '../index/fixtures.js';
import { MIXED, READY, newsroom } from '../index/newsroom.js';

function newsroomIndex(): AttacheIndex {
  const { articles, extractions } = newsroom();
  const [first, ...rest] = extractions;
  const withDonfried = { ...first!, discovered: [discovered('donfried', 'Karen Donfried')] };
  return buildIndex({ articles, extractions: [withDonfried, ...rest], dictionary: makeDictionary(), builtAt: 0 });
}

describe('a brief, one entry per utterance', () => {
  const index = newsroomIndex();
  const brief = index.brief('mirzoyan');
  const view = briefView(brief, index);
  const entries = view.articles.flatMap((a) => a.statements);

  it('counts utterances in the header: seven statements, three entries', () => {
    expect(brief.statementCount).toBe(7);
    expect(brief.utteranceCount).toBe(3);
    expect(view.counts.statements).toBe(3);
    expect(entries).toHaveLength(3);
  });

  it('shows a reported sentence once, with the quotes inside it marked, quotation marks included', () => {
    const mixed = entries.find((e) => e.words.startsWith('Mirzoyan told'))!;
    expect(mixed.kind).toBe('reported');
    expect(mixed.words).toBe(MIXED);
    expect(mixed.marks!.map((m) => mixed.words.slice(m.start, m.end))).toEqual([
      '“grossly violated the commitments”',
      '“endangered *peace*”',
    ]);
    expect(mixed.addressee).toBe('Karen Donfried');
    // Neither quote is an entry of its own.
    expect(entries.filter((e) => e.words.includes('grossly violated'))).toHaveLength(1);
  });

  it('makes the same words from several outlets one entry, dated by the earliest, citing every outlet earliest first', () => {
    const ready = entries.find((e) => e.words.startsWith(READY))!;
    expect(ready.date).toBe('2022-03-25');
    expect(ready.source.id).toBe('n1');
    expect(ready.sources.map((c) => c.outlet)).toEqual(['Armenpress', 'News.am', 'Asbarez', 'Azatutyun']);
    expect(sourcesText(ready.sources)).toBe('Armenpress, News.am and 2 more');
    // Under the article that said it first, newest article first.
    expect(view.articles.map((a) => a.source.id)).toEqual(['n1', 'f1']);
  });

  it('cites an article with metadata by outlet, title and address; one without by its first words', () => {
    const armenpress = view.articles[0]!.cited;
    expect(armenpress).toEqual({
      article: 'n1',
      date: '2022-03-25',
      outlet: 'Armenpress',
      title: 'Mirzoyan [briefs] Donfried',
      url: 'https://armenpress.am/eng/news/(1071)',
    });
    // Asbarez gave no title: its article's first words stand in.
    expect(entries.find((e) => e.words.startsWith(READY))!.sources[2]!.title).toBe(
      'The minister was clear. “We are ready for talks!” Mirzoyan said.',
    );
    const folder = view.articles[1]!.cited;
    expect(folder).toEqual({
      article: 'f1',
      date: '2022-03-24',
      outlet: null,
      title: 'Karen Donfried, US Assistant Secretary of State for European and…',
      url: null,
    });
  });

  it('cites contacts the same way', () => {
    const a = makeArticle('c1', '2022-03-25', ['Mirzoyan met Bayramov in Brussels on Monday.']);
    const e = makeExtraction(a, [], { met: [{ a: 'mirzoyan', b: 'bayramov', words: 'met Bayramov' }] });
    const small = buildIndex({ articles: [a], extractions: [e], dictionary: makeDictionary(), builtAt: 0 });
    const [contact] = briefView(small.brief('mirzoyan'), small).contacts;
    expect(contact!.cited).toMatchObject({ outlet: null, title: 'Mirzoyan met Bayramov in Brussels on Monday.', url: null });
  });
});

describe('search results, one entry per utterance', () => {
  const index = newsroomIndex();

  it('shows a hit on a quote and a hit on its sentence as one entry, at the better rank', () => {
    const hits = index.search('grossly violated', { limit: 10 });
    expect(hits.length).toBe(2);
    const view = searchView('grossly violated', hits, index);
    expect(view.hits).toHaveLength(1);
    expect(view.hits[0]!.words).toBe(MIXED);
  });

  it('shows one entry for the same words from three outlets', () => {
    const view = searchView('ready talks', index.search('ready talks', { limit: 10 }), index);
    expect(view.hits).toHaveLength(1);
    expect(view.hits[0]!.sources).toHaveLength(4);
  });

  it('keeps a quote inside another speaker’s sentence as an entry of its own', () => {
    const a = makeArticle('x', '2022-03-25', ['Price said that Blinken called it “a turning point” in the talks.']);
    const e = makeExtraction(a, [
      { speaker: 'blinken', words: 'Price said that Blinken called it “a turning point” in the talks' },
      { speaker: 'pashinyan', words: 'a turning point' },
    ]);
    const withKinds = { ...e, statements: e.statements.map((s, i) => (i === 0 ? { ...s, kind: 'reported' as const } : s)) };
    const small = buildIndex({ articles: [a], extractions: [withKinds], dictionary: makeDictionary(), builtAt: 0 });
    const said = small.statementsOfArticle('x').map((statement) => ({ statement, article: { id: 'x', file: 'x.txt', date: a.date } }));
    expect(entriesOf(said, small, 'first')).toHaveLength(2);
  });
});

describe('markedLine', () => {
  it('puts the text on one line and keeps the marks on the same words', () => {
    const raw = '  He said  it was\n“a  turning point” today ';
    const at = raw.indexOf('a  turning');
    const { words, marks } = markedLine(raw, [{ start: at, end: at + 'a  turning point'.length }]);
    expect(words).toBe('He said it was “a turning point” today');
    expect(marks.map((m) => words.slice(m.start, m.end))).toEqual(['“a turning point”']);
  });
});

describe('shortTitle', () => {
  it('is the first words, cut at a word, or the whole first paragraph when short', () => {
    expect(shortTitle(makeArticle('s', '2022-01-01', ['Short one.', 'More.']))).toBe('Short one.');
    const long = shortTitle(makeArticle('l', '2022-01-01', [`${'word '.repeat(40)}end.`]));
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(73);
  });
});
