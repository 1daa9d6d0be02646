import { describe, expect, it } from 'vitest';
import { formatActors, formatUnknownActor } from '../../src/format/formatActors.js';
import { formatValidationSummary } from '../../src/format/formatProblems.js';
import { formatSearch } from '../../src/format/formatSearch.js';
import { table, wrap } from '../../src/format/text.js';
import { actorsView, unknownActorView } from '../../src/views/actors.js';
import { searchView } from '../../src/views/statements.js';
import { date, donfried, kasprzyk, lookup, mirzoyan, quoteB, reportedA } from './fixtures.js';

describe('formatSearch', () => {
  it('numbers hits best first, each with date, speaker, kind, source and words', () => {
    const hits = [
      { statement: quoteB, article: { id: 'b', file: 'b.txt', date: date('2022-04-01') }, score: 2 },
      { statement: reportedA, article: { id: 'a', file: 'a.txt', date: date('2022-03-25') }, score: 1 },
    ];
    expect(formatSearch(searchView('peace', hits, lookup))).toBe(
      [
        '2 statements matching "peace", best first:',
        '',
        '1. 2022-04-01 · Ararat Mirzoyan · quote · Armenpress: Mirzoyan: peace is possible <https://armenpress.am/eng/news/1> [b]',
        '   “peace is possible”',
        '',
        '2. 2022-03-25 · Ararat Mirzoyan · reported · Mirzoyan told Donfried that Azerbaijan “grossly violated the… [a]',
        '   According to the foreign ministry, Mirzoyan stressed the need for a clear response.',
        '',
      ].join('\n'),
    );
  });

  it('shows "unattributed" where a hit has no speaker', () => {
    const hits = [{ statement: { ...reportedA, speaker: null }, article: { id: 'a', file: 'a.txt', date: date('2022-03-25') }, score: 1 }];
    expect(formatSearch(searchView('response', hits, lookup)).split('\n')).toEqual([
      '1 statement matching "response", best first:',
      '',
      '1. 2022-03-25 · unattributed · reported · Mirzoyan told Donfried that Azerbaijan “grossly violated the… [a]',
      '   According to the foreign ministry, Mirzoyan stressed the need for a clear response.',
      '',
    ]);
  });

  it('says plainly when nothing matches', () => {
    expect(formatSearch(searchView('zzz', [], lookup))).toBe('No statement matches "zzz".\n');
  });
});

describe('formatActors', () => {
  it('is a table of name, role or country, statements and contacts', () => {
    const out = formatActors(
      actorsView([
        { actor: mirzoyan, label: 'Foreign Minister of Armenia', statementCount: 12, contactCount: 2 },
        { actor: donfried, statementCount: 0, contactCount: 1 },
        { actor: kasprzyk, statementCount: 0, contactCount: 1 },
      ]),
    );
    expect(out.split('\n')).toEqual([
      'Name              Role / country                         Statements  Contacts',
      'Ararat Mirzoyan   Foreign Minister of Armenia · Armenia  12          2',
      'Karen Donfried    US Assistant Secretary of State        0           1',
      'Andrzej Kasprzyk                                         0           1',
      '',
    ]);
  });

  it('says when no actor matches', () => {
    expect(formatActors(actorsView([], 'Zz'))).toBe('No actor matches "Zz".\n');
    expect(formatActors(actorsView([]))).toBe('No actors found in the corpus.\n');
  });
});

describe('formatUnknownActor', () => {
  it('suggests the closest names', () => {
    expect(formatUnknownActor(unknownActorView('Mirzo', [mirzoyan, donfried, kasprzyk]))).toBe(
      'No actor matches "Mirzo". Did you mean: Ararat Mirzoyan, Karen Donfried, Andrzej Kasprzyk?\n',
    );
  });
  it('points at the list when it has no suggestion', () => {
    expect(formatUnknownActor(unknownActorView('Zz', []))).toBe('No actor matches "Zz". Run "actors" to list the known actors.\n');
  });
});

describe('formatValidationSummary', () => {
  it('summarises a validation', () => {
    expect(formatValidationSummary({ articles: 2, dictionaryActors: 1, dictionaryFound: true, problems: 0 })).toBe(
      '2 articles and 1 actor in the dictionary: no problems.\n',
    );
    expect(formatValidationSummary({ articles: 1, dictionaryActors: 0, dictionaryFound: false, problems: 3 })).toBe(
      '3 problems; 1 article and 0 actors in the dictionary (no actors.json) loaded.\n',
    );
  });
});

describe('text helpers', () => {
  it('wrap keeps words whole and indents continuation lines', () => {
    expect(wrap('aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk', 4, 24)).toBe('aaa bbb ccc ddd eee\n    fff ggg hhh iii jjj\n    kkk');
    expect(wrap('a\n b   c', 4)).toBe('a b c');
  });
  it('table pads every column but the last', () => {
    expect(
      table([
        ['a', 'bb', 'c'],
        ['ccc', 'd', ''],
      ]),
    ).toEqual(['a    bb  c', 'ccc  d']);
  });
});
