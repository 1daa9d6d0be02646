// IndexData's statement and contact columns: what each holds, and their names in the order a snapshot
// writes them (src/pipeline/indexSnapshot.ts).

export const NONE = -1;

/** Statement i of the index, one entry per column. Strings are indices into `IndexData.strings`. */
export interface StatementColumns {
  /** Article ordinal (index order: newest article first). */
  readonly article: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Actor index, or NONE for a statement without a speaker (in no brief, found by search). */
  readonly speaker: Int32Array;
  /** `-(n + 2)` for an id `${article}#${n}`, else a string. */
  readonly id: Int32Array;
  readonly kind: Int32Array;
  readonly cue: Int32Array;
  /** String (an actor id) or NONE. */
  readonly addressee: Int32Array;
  readonly via: Int32Array;
  readonly date: Int32Array;
  readonly dateBasis: Int32Array;
  /** Days since 1970 of `date`: recency in one comparison. */
  readonly day: Int32Array;
  /** 1 for a quote inside a reported sentence of the same speaker, article and date (one utterance with it), else 0. */
  readonly inside: Int32Array;
  /** A hash of the statement's folded words (utterances.ts), to find the same words in other articles. */
  readonly words: Int32Array;
  /** The nearest newer statement of the same speaker and words (twins.ts), or NONE. */
  readonly twin: Int32Array;
}

/** Contacts sorted newest first (their date, else their article's). */
export interface ContactColumns {
  readonly article: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Actor indices. */
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly kind: Int32Array;
  /** String or NONE (the text gives no date). */
  readonly date: Int32Array;
  readonly status: Int32Array;
  /** The date that orders and filters it: its own, else its article's. */
  readonly sortDate: Int32Array;
  /** 1 when it repeats a contact before it (contactRepeats.ts), else 0. */
  readonly repeat: Int32Array;
}

/** The columns of each, in the order a snapshot writes them. */
export const STATEMENT_COLUMNS = [
  'article',
  'start',
  'end',
  'speaker',
  'id',
  'kind',
  'cue',
  'addressee',
  'via',
  'date',
  'dateBasis',
  'day',
  'inside',
  'words',
  'twin',
] as const;
export const CONTACT_COLUMNS = ['article', 'start', 'end', 'a', 'b', 'kind', 'date', 'status', 'sortDate', 'repeat'] as const;

/** Int32 columns of `n` rows by these names. */
function columns<K extends string>(names: readonly K[], n: number): Record<K, Int32Array> {
  return Object.fromEntries(names.map((name) => [name, new Int32Array(n)])) as Record<K, Int32Array>;
}

/** The columns filled statement by statement (`twin` is found from them after). */
export const statementColumns = (n: number): Omit<StatementColumns, 'twin'> =>
  columns(
    STATEMENT_COLUMNS.filter((c) => c !== 'twin'),
    n,
  );
export const contactColumns = (n: number): ContactColumns => columns(CONTACT_COLUMNS, n);
