// A brief as plain data: who the actor is, what they said (newest article first, text order within one),
// and whom they called or met. The terminal prints all of it; Discord pages through the newest.
import type { Brief, DateRange } from '../index/api.js';
import { headingOf, type ActorHeading, type IndexLookup } from './actors.js';
import { contactView, statementView, type ContactView, type Source, type StatementView } from './statements.js';

export interface BriefView {
  readonly actor: ActorHeading;
  /** The period asked for; empty: all of it. */
  readonly range: DateRange;
  /** Totals within the range, whatever the lists below leave out. */
  readonly counts: { readonly statements: number; readonly articles: number; readonly contacts: number };
  /** Newest article first; each one's statements in text order. */
  readonly articles: readonly { readonly source: Required<Source>; readonly statements: readonly StatementView[] }[];
  /** Newest first. */
  readonly contacts: readonly ContactView[];
}

export function briefView(brief: Brief, index: IndexLookup, range: DateRange = {}): BriefView {
  return {
    actor: headingOf(brief.actor, brief.role),
    range,
    counts: { statements: brief.statementCount, articles: brief.articleCount, contacts: brief.contactCount },
    articles: brief.articles.map(({ article, statements }) => ({
      source: { id: article.id, date: article.date },
      statements: statements.map((s) => statementView(s, article, index)),
    })),
    contacts: brief.contacts.map((c) => contactView(c, brief.actor.id, index)),
  };
}
