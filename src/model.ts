// The vocabulary shared by every stage of the flow: articles → extraction → index → commands/digests.
// Nothing here knows about Discord, files or the command line.

/** An ISO calendar date, `YYYY-MM-DD`, known to be a real day (see `toIsoDate`). */
export type IsoDate = string & { readonly __isoDate: unique symbol };

/** A half-open range of JavaScript string indices (UTF-16 code units) into an article's whole text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Where an article was published, from the `<id>.meta.json` beside it (src/ingest writes one for every
 * ingested article; a hand-written folder has none). Only what a citation shows is kept.
 */
export interface ArticleSource {
  /** The outlet's name, "Armenpress". */
  readonly outlet: string;
  /** The article's headline; null when the feed and the page gave none. */
  readonly title: string | null;
  /** An http(s) address a reader can open; null when the metadata has none usable. */
  readonly url: string | null;
  /** Other outlets that carried the same article (reprints src/ingest recognised); absent when none. */
  readonly others?: readonly Omit<ArticleSource, 'others'>[];
}

export interface Article {
  /** The file name without `.txt`. */
  readonly id: string;
  /** The file name as found in the corpus folder. */
  readonly file: string;
  readonly date: IsoDate;
  /** The file's whole text as read (UTF-8 decoded, date prefix included): every offset indexes this. */
  readonly text: string;
  /** Paragraphs of the body, split by blank lines, trimmed, never empty. */
  readonly paragraphs: readonly Span[];
  /** Where it was published, when its metadata says (absent for an article without `.meta.json`). */
  readonly source?: ArticleSource;
}

export type ActorId = string;
export type ActorKind = 'person' | 'org';

export interface RoleTerm {
  readonly title: string;
  readonly from: IsoDate;
  /** `null`: still held. */
  readonly to: IsoDate | null;
  /** Generic ways an article refers to the holder: "the Secretary", "the foreign minister". */
  readonly nominals: readonly string[];
}

export interface Actor {
  readonly id: ActorId;
  readonly kind: ActorKind;
  /** Canonical full name. */
  readonly name: string;
  readonly country?: string;
  /** People: for "he"/"she"; absent when not known. */
  readonly gender?: 'f' | 'm';
  /** Every written form of the name, the canonical one included. */
  readonly aliases: readonly string[];
  /** Organisations: generic noun phrases that point at it in context ("the foreign ministry"). */
  readonly nominals: readonly string[];
  /** Governments: places standing for them ("Baku"). */
  readonly metonyms: readonly string[];
  readonly roles: readonly RoleTerm[];
  /** `dictionary`: from seeds/actors.json; `discovered`: found in an article's text only. */
  readonly origin: 'dictionary' | 'discovered';
  /** For discovered actors: the role or description the text gives ("US Assistant Secretary of State"). */
  readonly description?: string;
}

export type StatementKind = 'quote' | 'reported';

/** How a statement or contact got its date. */
export type DateBasis = 'article' | 'text';

export interface Statement extends Span {
  /** Stable within an article's extraction: `${articleId}#${n}`. */
  readonly id: string;
  readonly article: string;
  readonly kind: StatementKind;
  /**
   * Who the words belong to. `null`: the words are reported (an agentless readout, "It was noted that
   * …") but nobody can be named as their speaker without guessing. A misattributed statement is worse
   * than a missing one (issue #9): such a statement is searchable but in no actor's brief, count or digest.
   */
  readonly speaker: ActorId | null;
  /** The cue that attributes it: "said", "stressed", "according to", "cited … as". */
  readonly cue: string;
  readonly addressee?: ActorId;
  /** Who relayed the words, when it is not the speaker (a spokesperson, a ministry readout). */
  readonly via?: ActorId;
  readonly date: IsoDate;
  readonly dateBasis: DateBasis;
}

export type ContactKind = 'call' | 'meeting' | 'letter' | 'other';
export type ContactStatus = 'held' | 'planned' | 'cancelled';

export interface Contact extends Span {
  readonly article: string;
  readonly a: ActorId;
  readonly b: ActorId;
  readonly kind: ContactKind;
  /**
   * The day the text gives for it; for a held contact the article's lead tells as the news of the day
   * (headline or first two paragraphs, no time phrase), the article's date, as readers and the evaluation's
   * annotators take it; `null` when the text gives no day (the article date is then the best guess).
   */
  readonly date: IsoDate | null;
  readonly status: ContactStatus;
}

/** Where an actor is named in an article. */
export interface Mention extends Span {
  readonly actor: ActorId;
}

/** Everything extracted from one article: a pure function of its text, its date and the dictionary. */
export interface ArticleExtraction {
  readonly article: string;
  /** Every actor mentioned, in order of first mention. */
  readonly actors: readonly ActorId[];
  /** Actors found in the text but absent from the dictionary. */
  readonly discovered: readonly Actor[];
  readonly mentions: readonly Mention[];
  readonly statements: readonly Statement[];
  readonly contacts: readonly Contact[];
}

/**
 * What is kept of an extraction once it is made: the extraction cache, the index and every view read
 * these. The mentions serve the extraction itself (who "he" is, whose office) and nothing after it: at
 * 100,000 articles they are 2.3 million objects a cold build would decode and hold for nothing.
 */
export type StoredExtraction = Omit<ArticleExtraction, 'mentions'>;

/** What is kept of `extraction` (StoredExtraction): the same, less its mentions. */
export function storedExtraction(extraction: StoredExtraction & { readonly mentions?: unknown }): StoredExtraction {
  const { article, actors, discovered, statements, contacts } = extraction;
  return { article, actors, discovered, statements, contacts };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date if `value` is a real calendar day written `YYYY-MM-DD`, else `null`. */
export function toIsoDate(value: string): IsoDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  return value as IsoDate;
}

/** The ISO date of a UTC `Date`. */
export function isoDateOf(day: Date): IsoDate {
  return day.toISOString().slice(0, 10) as IsoDate;
}

export function textOf(article: Pick<Article, 'text'>, span: Span): string {
  return article.text.slice(span.start, span.end);
}
