import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { parseDictionary } from '../../src/extract/dictionary.js';
import { buildExportDocument } from '../../src/export/exportDocument.js';
import type { Actor, Article, ArticleExtraction, IsoDate, Statement } from '../../src/model.js';

function article(file: string, text: string): Article {
  const parsed = parseArticle(file, new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.article;
}

const { dictionary } = parseDictionary({
  actors: [
    {
      id: 'ararat-mirzoyan',
      kind: 'person',
      name: 'Ararat Mirzoyan',
      country: 'Armenia',
      aliases: ['Mirzoyan'],
      roles: [{ title: 'Foreign Minister of Armenia', from: '2021-08-19', to: null }],
    },
    {
      id: 'antony-blinken',
      kind: 'person',
      name: 'Antony Blinken',
      country: 'United States',
      aliases: ['Blinken'],
      roles: [{ title: 'Secretary of State', from: '2021-01-26', to: '2025-01-20', nominals: ['the Secretary'] }],
    },
    { id: 'never-mentioned', kind: 'person', name: 'Never Mentioned' },
  ],
});

const donfried: Actor = {
  id: 'karen-donfried',
  kind: 'person',
  name: 'Karen Donfried',
  aliases: ['Karen Donfried', 'Donfried'],
  nominals: [],
  metonyms: [],
  roles: [],
  origin: 'discovered',
  description: 'US Assistant Secretary of State',
};

// "b" sorts after "a" by id although its file was listed first: the document orders by id.
const b = article('b.txt', ' date 2022-04-06 Blinken said: “Restraint now.”\n\nThe Secretary spoke with Mirzoyan.');
const a = article('a.txt', 'date 2022-03-25\nMirzoyan met Donfried on Friday.\n\nMirzoyan said that “peace is near”.');

function statement(
  art: Article,
  n: number,
  speaker: string | null,
  kind: Statement['kind'],
  words: string,
  extra: Partial<Statement> = {},
): Statement {
  const start = art.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${art.id}`);
  return {
    id: `${art.id}#${n}`,
    article: art.id,
    kind,
    speaker,
    cue: 'said',
    start,
    end: start + words.length,
    date: art.date,
    dateBasis: 'article',
    ...extra,
  };
}

const extractions: ArticleExtraction[] = [
  {
    article: 'b',
    actors: ['antony-blinken', 'ararat-mirzoyan'],
    discovered: [],
    mentions: [],
    statements: [statement(b, 0, 'antony-blinken', 'quote', 'Restraint now.')],
    contacts: [
      {
        article: 'b',
        a: 'antony-blinken',
        b: 'ararat-mirzoyan',
        kind: 'call',
        date: null,
        status: 'held',
        start: b.text.indexOf('The Secretary'),
        end: b.text.length,
      },
    ],
  },
  {
    article: 'a',
    actors: ['ararat-mirzoyan', 'karen-donfried'],
    discovered: [donfried],
    mentions: [],
    // Out of text order on purpose: the document lists statements by position.
    statements: [
      statement(a, 1, 'ararat-mirzoyan', 'quote', 'peace is near'),
      statement(a, 0, 'ararat-mirzoyan', 'reported', 'Mirzoyan said that “peace is near”.', { addressee: 'karen-donfried' }),
    ],
    contacts: [
      {
        article: 'a',
        a: 'ararat-mirzoyan',
        b: 'karen-donfried',
        kind: 'meeting',
        date: '2022-03-25' as IsoDate,
        status: 'held',
        start: 16,
        end: 47,
      },
    ],
  },
];

describe('buildExportDocument', () => {
  const { document, undefinedActors } = buildExportDocument({ articles: [b, a], extractions, dictionary });

  it('uses exactly the field names of the contract', () => {
    expect(Object.keys(document).sort()).toEqual(['actors', 'articles', 'contacts', 'statements']);
    for (const x of document.articles) expect(Object.keys(x).sort()).toEqual(['actors', 'date', 'file', 'id']);
    for (const x of document.statements)
      expect(Object.keys(x).sort()).toEqual(['article', 'date', 'end', 'id', 'kind', 'speaker', 'start', 'text']);
    for (const x of document.contacts) expect(Object.keys(x).sort()).toEqual(['a', 'article', 'b', 'date', 'kind', 'status']);
    for (const x of document.actors) {
      expect(
        Object.keys(x)
          .filter((k) => !['role', 'country'].includes(k))
          .sort(),
      ).toEqual(['aliases', 'id', 'kind', 'name']);
    }
    expect(undefinedActors).toEqual([]);
  });

  it('describes each article by id, file name and date, with its actors', () => {
    expect(document.articles).toEqual([
      { id: 'a', file: 'a.txt', date: '2022-03-25', actors: ['ararat-mirzoyan', 'karen-donfried'] },
      { id: 'b', file: 'b.txt', date: '2022-04-06', actors: ['antony-blinken', 'ararat-mirzoyan'] },
    ]);
  });

  it('gives each statement the slice of its article that start and end point at', () => {
    const texts = new Map([a, b].map((x) => [x.id, x.text]));
    for (const s of document.statements) expect(s.text).toBe(texts.get(s.article)!.slice(s.start, s.end));
    expect(document.statements.map((s) => s.text)).toEqual(['Mirzoyan said that “peace is near”.', 'peace is near', 'Restraint now.']);
  });

  it('gives every statement a distinct id', () => {
    const ids = document.statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps statement ids distinct even when an extraction repeats one', () => {
    const twice = extractions.map((e) =>
      e.article === 'b' ? { ...e, statements: [e.statements[0]!, { ...e.statements[0]!, start: 20 }] } : e,
    );
    const ids = buildExportDocument({ articles: [a, b], extractions: twice, dictionary }).document.statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists only the actors referenced somewhere, each once, and every reference resolves', () => {
    const ids = document.actors.map((x) => x.id);
    expect(ids).toEqual(['antony-blinken', 'ararat-mirzoyan', 'karen-donfried']);
    const known = new Set(ids);
    const refs = [
      ...document.articles.flatMap((x) => x.actors),
      ...document.statements.map((s) => s.speaker),
      ...document.contacts.flatMap((c) => [c.a, c.b]),
    ];
    for (const id of refs) expect(known.has(id!)).toBe(true);
  });

  it('gives dictionary actors the role held on the article date, and discovered ones their description', () => {
    const byId = new Map(document.actors.map((x) => [x.id, x]));
    expect(byId.get('ararat-mirzoyan')).toEqual({
      id: 'ararat-mirzoyan',
      name: 'Ararat Mirzoyan',
      kind: 'person',
      aliases: ['Ararat Mirzoyan', 'Mirzoyan'],
      role: 'Foreign Minister of Armenia',
      country: 'Armenia',
    });
    expect(byId.get('antony-blinken')?.role).toBe('Secretary of State');
    expect(byId.get('karen-donfried')).toEqual({
      id: 'karen-donfried',
      name: 'Karen Donfried',
      kind: 'person',
      aliases: ['Karen Donfried', 'Donfried'],
      role: 'US Assistant Secretary of State',
    });
  });

  it('leaves the role out when none was held on the article dates', () => {
    const early = article('early.txt', 'date 2020-01-01 Mirzoyan said “no”.');
    const { document: doc } = buildExportDocument({
      articles: [early],
      extractions: [{ article: 'early', actors: ['ararat-mirzoyan'], discovered: [], statements: [], contacts: [] }],
      dictionary,
    });
    expect(doc.actors[0]).not.toHaveProperty('role');
  });

  it('keeps contacts with their date (or null) and status', () => {
    expect(document.contacts).toEqual([
      { article: 'a', a: 'ararat-mirzoyan', b: 'karen-donfried', kind: 'meeting', date: '2022-03-25', status: 'held' },
      { article: 'b', a: 'antony-blinken', b: 'ararat-mirzoyan', kind: 'call', date: null, status: 'held' },
    ]);
  });

  it('is deterministic whatever order the inputs come in', () => {
    const again = buildExportDocument({ articles: [a, b], extractions: [...extractions].reverse(), dictionary });
    expect(JSON.stringify(again.document)).toBe(JSON.stringify(document));
  });

  it('stands in for an actor no one defines, and says so', () => {
    const orphan = buildExportDocument({
      articles: [a],
      extractions: [{ article: 'a', actors: ['ghost'], discovered: [], statements: [], contacts: [] }],
      dictionary,
    });
    expect(orphan.undefinedActors).toEqual(['ghost']);
    expect(orphan.document.actors).toEqual([{ id: 'ghost', name: 'ghost', kind: 'person', aliases: [] }]);
  });

  it('merges a discovered actor found in several articles, with every written form of its name', () => {
    const again = { ...donfried, aliases: ['Donfried', 'Assistant Secretary Donfried'] };
    const more = extractions.map((e) => (e.article === 'b' ? { ...e, actors: [...e.actors, donfried.id], discovered: [again] } : e));
    const { document: doc } = buildExportDocument({ articles: [a, b], extractions: more, dictionary });
    const found = doc.actors.filter((x) => x.id === donfried.id);
    expect(found).toHaveLength(1);
    expect([...found[0]!.aliases].sort()).toEqual(['Assistant Secretary Donfried', 'Donfried', 'Karen Donfried']);
  });

  it('exports an article without an extraction with no actors, statements or contacts', () => {
    const { document: doc } = buildExportDocument({ articles: [a], extractions: [], dictionary });
    expect(doc).toEqual({
      articles: [{ id: 'a', file: 'a.txt', date: '2022-03-25', actors: [] }],
      actors: [],
      statements: [],
      contacts: [],
    });
  });
});

describe('buildExportDocument, a statement without a speaker', () => {
  const c = article('c.txt', ' date 2022-05-02 Mirzoyan said: “Talks go on.”\n\nIt was noted that the sides would meet again.');
  const readout = statement(c, 1, null, 'reported', 'It was noted that the sides would meet again.', { cue: 'it was noted' });
  const withReadout: ArticleExtraction = {
    article: 'c',
    actors: ['ararat-mirzoyan'],
    discovered: [],
    mentions: [],
    statements: [statement(c, 0, 'ararat-mirzoyan', 'quote', 'Talks go on.'), readout],
    contacts: [],
  };
  const { document, undefinedActors } = buildExportDocument({ articles: [c], extractions: [withReadout], dictionary });

  it('exports it with speaker null, and invents no actor for it', () => {
    expect(document.statements.map((s) => [s.text, s.speaker])).toEqual([
      ['Talks go on.', 'ararat-mirzoyan'],
      ['It was noted that the sides would meet again.', null],
    ]);
    expect(JSON.parse(JSON.stringify(document)).statements[1]).toHaveProperty('speaker', null);
    expect(document.articles).toEqual([{ id: 'c', file: 'c.txt', date: '2022-05-02', actors: ['ararat-mirzoyan'] }]);
    expect(document.actors.map((x) => x.id)).toEqual(['ararat-mirzoyan']);
    expect(undefinedActors).toEqual([]);
  });
});
