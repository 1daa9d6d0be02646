// The shape of a pattern case: one short invented article and what the extractor must find in it.
// Names in expectations are matched case-insensitively against an actor's canonical name or one of
// its aliases (test/extract/fixtures/actors.json for dictionary actors, `extraction.discovered` for
// the others). All people and organisations in these articles are fictional.

export type ContactKind = 'call' | 'meeting' | 'letter' | 'other';
export type ContactStatus = 'held' | 'planned' | 'cancelled';

export interface ExpectedQuote {
  /** Canonical name or an alias of the actor the words belong to. */
  readonly speaker: string;
  /** The exact quoted words, without the quotation marks (punctuation inside the marks included). */
  readonly text: string;
  /** Who relayed the words (a spokesperson, a ministry readout). */
  readonly via?: string;
  /** Who the words were addressed to. */
  readonly addressee?: string;
  /** The statement's date (checked only when given). */
  readonly date?: string;
  /** The words of the text the date comes from; the self-check verifies weekday/month names against `date`. */
  readonly dateText?: string;
  /** Debatable item: neither required nor counted as an extra in an exhaustive case; its speaker is not checked. */
  readonly optional?: boolean;
  readonly note?: string;
}

export interface ExpectedReported {
  readonly speaker: string;
  /** The exact sentence (or, when a quotation opened in it runs on, up to the end of the quotation). */
  readonly sentence: string;
  readonly via?: string;
  readonly addressee?: string;
  readonly date?: string;
  readonly dateText?: string;
  readonly optional?: boolean;
  readonly note?: string;
}

export interface ExpectedContact {
  /** The two parties, in either order. */
  readonly a: string;
  readonly b: string;
  readonly kind: ContactKind;
  /** `null` when the text gives no day for it. */
  readonly date: string | null;
  readonly dateText?: string;
  /** Defaults to `held`. */
  readonly status?: ContactStatus;
  readonly optional?: boolean;
  readonly note?: string;
}

export interface Case {
  /** Unique, names the `it` block. */
  readonly name: string;
  /** The article date, YYYY-MM-DD. */
  readonly date: string;
  /** The body: paragraphs separated by blank lines. The harness builds ` date <date> <text>`. */
  readonly text: string;
  readonly quotes?: readonly ExpectedQuote[];
  readonly reported?: readonly ExpectedReported[];
  readonly contacts?: readonly ExpectedContact[];
  /** Actors that must be found in the article (extraction.actors). */
  readonly actors?: readonly string[];
  /** People deliberately absent from the test dictionary: each must come back in `extraction.discovered`. */
  readonly discovered?: readonly string[];
  /** Words that must not become an actor (place names that look like people, typos of a known name). */
  readonly noActors?: readonly string[];
  /** No statement of any kind may contain these words (scare quotes, titles of works). */
  readonly noStatementsContaining?: readonly string[];
  /** No *quote* may contain these words (a title of a work inside a sentence that is otherwise reported speech). */
  readonly noQuotes?: readonly string[];
  /** A statement containing `text`, if any, must not be given to `speaker`. */
  readonly notSaidBy?: readonly { readonly text: string; readonly speaker: string }[];
  /** No statement or contact beyond the expected ones (optional ones included) may be produced. */
  readonly exhaustive?: boolean;
  /** Why the case expects what it expects, when that is a choice. */
  readonly note?: string;
}

/** Joins paragraphs with a blank line, the way articles are stored. */
export function paras(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}
