// Statements and contacts as every renderer shows them: the words and who said them to whom, when, and
// the article they come from. Briefs, search results and digests are made of these, so a statement reads
// alike wherever it appears; how it looks is each renderer's (src/format for the terminal, src/discord/render).
import type { ArticleRef, SearchHit } from '../index/api.js';
import type { ActorId, Contact, ContactKind, ContactStatus, IsoDate, Statement } from '../model.js';
import { nameOf, type IndexLookup } from './actors.js';
import { citationsOf, type Citation } from './citations.js';
import { entriesOf, type Source, type StatementView } from './entries.js';

export type { Source, StatementView } from './entries.js';

/** One statement as an entry of its own. */
export function statementView(statement: Statement, article: ArticleRef, index: IndexLookup): StatementView {
  return entriesOf([{ statement, article }], index, 'first')[0]!;
}

export interface ContactView {
  /** When it happened (or is planned); null when the text does not say. */
  readonly date: IsoDate | null;
  readonly kind: ContactKind;
  /** The other party's name. */
  readonly with: string;
  readonly status: ContactStatus;
  readonly source: Source;
  /** The article it comes from, as renderers cite it. (Absent in digest delivery records written before citations.) */
  readonly cited: Citation;
  /**
   * Every outlet that reported it, earliest first (contactEntries.ts: several reports are one entry); absent
   * for a single report's own outlet (and in delivery records written before).
   */
  readonly sources?: readonly Citation[];
}

/** A contact seen from `self`'s side: `with` is the other party. The article's date comes with `article`. */
export function contactView(
  contact: Contact,
  self: ActorId,
  index: Pick<IndexLookup, 'actor' | 'article'>,
  article?: ArticleRef,
): ContactView {
  const other = contact.a === self ? contact.b : contact.a;
  const [cited] = contactCitations(contact, index, article);
  return {
    date: contact.date,
    kind: contact.kind,
    with: nameOf(other, index),
    status: contact.status,
    source: article ? { id: article.id, date: article.date } : { id: contact.article },
    cited: cited!,
  };
}

/** Every citation of the article a contact comes from (citationsOf), readable when the article is gone. */
export function contactCitations(contact: Contact, index: Pick<IndexLookup, 'article'>, article?: ArticleRef) {
  const full = index.article(contact.article);
  return citationsOf(full, { id: contact.article, date: article?.date ?? full?.date ?? contact.date ?? ('' as IsoDate) });
}

export interface SearchView {
  readonly query: string;
  /** Best match first. */
  readonly hits: readonly StatementView[];
}

/** The hits as entries, best first: a sentence and the quotes in it, or one statement of several outlets, once. */
export function searchView(query: string, hits: readonly SearchHit[], index: IndexLookup): SearchView {
  return { query, hits: entriesOf(hits, index, 'first') };
}
