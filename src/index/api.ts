// What the rest of Attaché (CLI, slash commands, digests) may ask of the index.
// The index is immutable once built: a reload builds a new one and swaps it in whole.
import type { Actor, ActorId, Article, Contact, IsoDate, Statement } from '../model.js';

export interface ActorSummary {
  readonly actor: Actor;
  readonly statementCount: number;
  readonly contactCount: number;
  /** A short label to show beside the name: the role on the latest article date, else the country. */
  readonly label?: string;
}

export type ActorResolution =
  | { readonly kind: 'found'; readonly actor: Actor; readonly match: 'exact' | 'fuzzy' }
  /** Nothing close enough: the closest few, best first (possibly none). */
  | { readonly kind: 'unknown'; readonly query: string; readonly suggestions: readonly Actor[] };

export interface DateRange {
  readonly since?: IsoDate;
  readonly until?: IsoDate;
}

export interface BriefArticle {
  readonly article: ArticleRef;
  /** In text order. */
  readonly statements: readonly Statement[];
}

export interface ArticleRef {
  readonly id: string;
  readonly file: string;
  readonly date: IsoDate;
}

export interface Brief {
  readonly actor: Actor;
  /** The actor's role on the newest article date in the brief, when the dictionary knows it. */
  readonly role?: string;
  /** Newest article first. */
  readonly articles: readonly BriefArticle[];
  /** Newest first. */
  readonly contacts: readonly Contact[];
  /** Totals within the range, whatever `limit` cut from the lists. */
  readonly statementCount: number;
  /**
   * What a reader sees as entries (utterances.ts): statements less the quotes inside a reported sentence
   * of the actor and repeats of the same words in other articles.
   */
  readonly utteranceCount: number;
  readonly articleCount: number;
  readonly contactCount: number;
}

export interface BriefOptions {
  /**
   * At most this many statements (newest first) in `articles`, and this many contacts. A reply shows
   * a few hundred at most; the busiest actors have tens of thousands.
   */
  readonly limit?: number;
}

export interface SearchHit {
  readonly statement: Statement;
  readonly article: ArticleRef;
  readonly score: number;
}

export interface IndexStats {
  readonly articles: number;
  readonly actors: number;
  readonly statements: number;
  readonly contacts: number;
  readonly firstDate: IsoDate | null;
  readonly lastDate: IsoDate | null;
  /** When this index was built (ms since epoch). */
  readonly builtAt: number;
}

export interface AttacheIndex {
  resolveActor(text: string): ActorResolution;
  brief(actor: ActorId, range?: DateRange, options?: BriefOptions): Brief;
  search(text: string, options?: { limit?: number }): readonly SearchHit[];
  /** For autocomplete: best first, at most `limit` (default and maximum 25). Empty prefix: the most active actors. */
  actors(prefix?: string, limit?: number): readonly ActorSummary[];
  /** Like `actors`, for a paged list: up to `limit` (default and maximum 1,000). */
  listActors(query?: string, limit?: number): readonly ActorSummary[];
  actor(id: ActorId): Actor | undefined;
  article(id: string): Article | undefined;
  /** The words of a statement (a slice of its article). */
  statementText(statement: Statement): string;
  /** Every article id in index order: newest date first. */
  articleIds(): readonly string[];
  /** The article's statements in text order; none for an unknown id. */
  statementsOfArticle(id: string): readonly Statement[];
  /** The article's contacts in text order; none for an unknown id. */
  contactsOfArticle(id: string): readonly Contact[];
  stats(): IndexStats;
}
