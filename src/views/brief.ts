// A brief as plain data: who the actor is, what they said (newest article first, one entry per utterance,
// text order within an article), and whom they called or met. The terminal prints all of it; Discord pages
// through the newest.
import type { Brief, DateRange } from '../index/api.js';
import { headingOf, type ActorHeading, type IndexLookup } from './actors.js';
import { citationsOf, type Citation } from './citations.js';
import { entriesOf } from './entries.js';
import { contactEntries } from './contactEntries.js';
import type { ContactView, Source, StatementView } from './statements.js';

export interface BriefView {
  readonly actor: ActorHeading;
  /** The period asked for; empty: all of it. */
  readonly range: DateRange;
  /**
   * Totals within the range, whatever the lists below leave out. `statements` counts utterances, as the
   * entries below are made (a sentence and the quotes in it, the same words in several articles: one).
   */
  readonly counts: { readonly statements: number; readonly articles: number; readonly contacts: number };
  /**
   * Newest article first; each one's entries in text order. An entry several articles carried is under the
   * earliest of them (its `sources` name them all).
   */
  readonly articles: readonly {
    readonly source: Required<Source>;
    readonly cited: Citation;
    readonly statements: readonly StatementView[];
  }[];
  /** Newest first. */
  readonly contacts: readonly ContactView[];
}

export function briefView(brief: Brief, index: IndexLookup, range: DateRange = {}): BriefView {
  const said = brief.articles.flatMap(({ article, statements }) => statements.map((statement) => ({ statement, article })));
  const articles: { source: Required<Source>; cited: Citation; statements: StatementView[] }[] = [];
  for (const entry of entriesOf(said, index, 'earliest')) {
    const last = articles[articles.length - 1];
    if (last && last.source.id === entry.source.id) {
      last.statements.push(entry);
      continue;
    }
    const [cited] = citationsOf(index.article(entry.source.id), entry.source);
    articles.push({ source: entry.source, cited: cited!, statements: [entry] });
  }
  return {
    actor: headingOf(brief.actor, brief.role),
    range,
    counts: { statements: brief.utteranceCount, articles: brief.articleCount, contacts: brief.contactCount },
    articles,
    // Several reports of one contact are one entry, as `counts.contacts` counts them.
    contacts: contactEntries(
      brief.contacts.map((contact) => ({ contact })),
      brief.actor.id,
      index,
    ),
  };
}
