// Statements and contacts as every renderer shows them: the words and who said them to whom, when, and
// the article they come from. Briefs, search results and digests are made of these, so a statement reads
// alike wherever it appears; how it looks is each renderer's (src/format for the terminal, src/discord/render).
import type { ArticleRef, SearchHit } from '../index/api.js';
import type { ActorId, Contact, ContactKind, ContactStatus, IsoDate, Statement, StatementKind } from '../model.js';
import { nameOf, speakerOf, type IndexLookup } from './actors.js';
import { oneLine } from './text.js';

/** The article a statement or contact comes from; its date when the view knows it. */
export interface Source {
  readonly id: string;
  readonly date?: IsoDate;
}

export interface StatementView {
  /** When it was said: the article's date, or the date the text gives. */
  readonly date: IsoDate;
  readonly kind: StatementKind;
  /** On one line, without quotation marks (a renderer adds them to a quote). */
  readonly words: string;
  /** The verb that introduced it: said, told, stressed… */
  readonly cue: string;
  /** The name of whom it was said to, when the text says. */
  readonly addressee?: string;
  /** The name of who relayed it (a ministry, a spokesperson), when the text says. */
  readonly via?: string;
  /** Who said it; null when nobody can be named (search shows such statements too). */
  readonly speaker: string | null;
  readonly source: Required<Source>;
}

export function statementView(statement: Statement, article: ArticleRef, index: IndexLookup): StatementView {
  return {
    date: statement.date,
    kind: statement.kind,
    words: oneLine(index.statementText(statement)),
    cue: statement.cue,
    ...(statement.addressee ? { addressee: nameOf(statement.addressee, index) } : {}),
    ...(statement.via ? { via: nameOf(statement.via, index) } : {}),
    speaker: speakerOf(statement, index),
    source: { id: article.id, date: article.date },
  };
}

export interface ContactView {
  /** When it happened (or is planned); null when the text does not say. */
  readonly date: IsoDate | null;
  readonly kind: ContactKind;
  /** The other party's name. */
  readonly with: string;
  readonly status: ContactStatus;
  readonly source: Source;
}

/** A contact seen from `self`'s side: `with` is the other party. The article's date comes with `article`. */
export function contactView(contact: Contact, self: ActorId, index: Pick<IndexLookup, 'actor'>, article?: ArticleRef): ContactView {
  const other = contact.a === self ? contact.b : contact.a;
  return {
    date: contact.date,
    kind: contact.kind,
    with: nameOf(other, index),
    status: contact.status,
    source: article ? { id: article.id, date: article.date } : { id: contact.article },
  };
}

export interface SearchView {
  readonly query: string;
  /** Best match first. */
  readonly hits: readonly StatementView[];
}

export function searchView(query: string, hits: readonly SearchHit[], index: IndexLookup): SearchView {
  return { query, hits: hits.map((hit) => statementView(hit.statement, hit.article, index)) };
}
