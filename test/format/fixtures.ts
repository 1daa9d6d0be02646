// A hand-made brief and the little of an index that formatting reads: no extractor involved.
import type { Brief } from '../../src/index/api.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import type { Actor, Article, Contact, IsoDate, Statement } from '../../src/model.js';
import type { IndexLookup } from '../../src/views/actors.js';

export const date = (d: string) => d as IsoDate;

export function actor(id: string, name: string, extra: Partial<Actor> = {}): Actor {
  return { id, kind: 'person', name, aliases: [name], nominals: [], metonyms: [], roles: [], origin: 'dictionary', ...extra };
}

export const mirzoyan = actor('ararat-mirzoyan', 'Ararat Mirzoyan', { country: 'Armenia' });
export const donfried = actor('karen-donfried', 'Karen Donfried', { origin: 'discovered', description: 'US Assistant Secretary of State' });
export const kasprzyk = actor('andrzej-kasprzyk', 'Andrzej Kasprzyk');
export const ministry = actor('mfa-armenia', 'Ministry of Foreign Affairs of Armenia', { kind: 'org' });

export const TEXT_A =
  ' date 2022-03-25 Mirzoyan told Donfried that Azerbaijan “grossly violated the commitments”.\n\nAccording to the foreign ministry, Mirzoyan stressed the need\nfor a clear response.';
export const TEXT_B = ' date 2022-04-01 Mirzoyan said “peace is possible”.';

function span(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length };
}

const statement = (id: string, article: string, text: string, words: string, extra: Partial<Statement>): Statement => ({
  id,
  article,
  kind: 'quote',
  speaker: mirzoyan.id,
  cue: 'said',
  date: date(article === 'a' ? '2022-03-25' : '2022-04-01'),
  dateBasis: 'article',
  ...span(text, words),
  ...extra,
});

export const quoteA = statement('a#0', 'a', TEXT_A, 'grossly violated the commitments', { cue: 'told', addressee: donfried.id });
export const reportedA = statement(
  'a#1',
  'a',
  TEXT_A,
  'According to the foreign ministry, Mirzoyan stressed the need\nfor a clear response.',
  {
    kind: 'reported',
    cue: 'stressed',
    via: ministry.id,
  },
);
export const quoteB = statement('b#0', 'b', TEXT_B, 'peace is possible', {});

const contact = (b: string, kind: Contact['kind'], d: string | null, status: Contact['status'], article = 'a'): Contact => ({
  article,
  a: mirzoyan.id,
  b,
  kind,
  date: d === null ? null : date(d),
  status,
  start: 0,
  end: 1,
});

export const brief: Brief = {
  actor: mirzoyan,
  role: 'Foreign Minister of Armenia',
  articles: [
    { article: { id: 'b', file: 'b.txt', date: date('2022-04-01') }, statements: [quoteB] },
    { article: { id: 'a', file: 'a.txt', date: date('2022-03-25') }, statements: [quoteA, reportedA] },
  ],
  contacts: [
    { ...contact(kasprzyk.id, 'meeting', null, 'planned', 'b'), a: kasprzyk.id, b: mirzoyan.id },
    contact(donfried.id, 'call', '2022-03-25', 'held'),
  ],
  statementCount: 3,
  utteranceCount: 3,
  articleCount: 2,
  contactCount: 2,
};

const texts = new Map([
  ['a', TEXT_A],
  ['b', TEXT_B],
]);
const actors = new Map([mirzoyan, donfried, kasprzyk, ministry].map((a) => [a.id, a]));

/** Article b came with metadata (an ingested article); a is hand-written: cited by its first words. */
export const SOURCE_B = { outlet: 'Armenpress', title: 'Mirzoyan: peace is possible', url: 'https://armenpress.am/eng/news/1' };

function articleOf(id: string): Article | undefined {
  const text = texts.get(id);
  if (text === undefined) return undefined;
  const parsed = parseArticle(`${id}.txt`, new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return id === 'b' ? { ...parsed.article, source: SOURCE_B } : parsed.article;
}

export const lookup: IndexLookup = {
  actor: (id) => actors.get(id),
  statementText: (s) => texts.get(s.article)!.slice(s.start, s.end),
  article: articleOf,
};
