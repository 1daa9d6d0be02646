// Statements as a reader should meet them: one entry per utterance (the rules: src/index/utterances.ts).
// A reported sentence with quoted words inside it is one entry, the sentence, with those words marked; the
// same words of the same speaker in several articles are one entry citing every outlet, dated by the
// earliest. Briefs, search results and digests are all made of these entries.
import type { ArticleRef } from '../index/api.js';
import { foldWords, hostsOf } from '../index/utterances.js';
import type { IsoDate, Span, Statement, StatementKind } from '../model.js';
import { nameOf, speakerOf, type IndexLookup } from './actors.js';
import { citationsOf, mergeCitations, type Citation } from './citations.js';
import { visibleText } from './text.js';

/** The article a statement or contact comes from; its date when the view knows it. */
export interface Source {
  readonly id: string;
  readonly date?: IsoDate;
}

/**
 * One entry: an utterance (src/views/entries.ts), which may be several statements of the extraction (a
 * reported sentence and the quotes inside it; the same words in several articles).
 */
export interface StatementView {
  /** When it was said: the article's date, or the date the text gives; the earliest of its articles'. */
  readonly date: IsoDate;
  readonly kind: StatementKind;
  /** On one line, without quotation marks (a renderer adds them to a quote). */
  readonly words: string;
  /** Quoted words inside a reported sentence, as ranges of `words` (their quotation marks included); absent: none. */
  readonly marks?: readonly Span[];
  /** The verb that introduced it: said, told, stressed… */
  readonly cue: string;
  /** The name of whom it was said to, when the text says. */
  readonly addressee?: string;
  /** The name of who relayed it (a ministry, a spokesperson), when the text says. */
  readonly via?: string;
  /** Who said it; null when nobody can be named (search shows such statements too). */
  readonly speaker: string | null;
  /** The article whose words are shown (the earliest of them). */
  readonly source: Required<Source>;
  /**
   * Every outlet that carried it, earliest first: what renderers cite. (Digest delivery records written
   * before citations have none: their renderer falls back to `source`.)
   */
  readonly sources: readonly Citation[];
}

/** A statement as an index query gave it, with its article. */
export interface Said {
  readonly statement: Statement;
  readonly article: ArticleRef;
}

/**
 * Where an entry of several statements goes in the list: where its `first` member was (search: its best
 * rank), or where its `earliest` was (briefs and digests, newest first: with the article that said it first).
 */
export type Placement = 'first' | 'earliest';

/** The entries of `items` (in the order a query gave them), each statement in exactly one entry. */
export function entriesOf(items: readonly Said[], index: IndexLookup, placement: Placement): StatementView[] {
  // Quotes inside a reported sentence of the same speaker, article and date: part of the sentence's entry.
  const quotesOf = new Map<number, number[]>();
  const folded = new Set<number>();
  const byArticle = new Map<string, number[]>();
  items.forEach(({ statement }, i) => {
    const list = byArticle.get(statement.article);
    if (list) list.push(i);
    else byArticle.set(statement.article, [i]);
  });
  for (const members of byArticle.values()) {
    const hosts = hostsOf(members.map((i) => items[i]!.statement));
    for (const [m, q] of members.entries()) {
      if (hosts[m]! < 0) continue;
      const host = members[hosts[m]!]!;
      folded.add(q);
      const list = quotesOf.get(host);
      if (list) list.push(q);
      else quotesOf.set(host, [q]);
    }
  }
  // The same words of the same speaker: one entry.
  const groups = new Map<string, number[]>();
  items.forEach(({ statement }, i) => {
    if (folded.has(i)) return;
    const key = `${statement.speaker ?? ''}\n${foldWords(index.statementText(statement))}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const entries = [...groups.values()].map((members) => ({
    at: placement === 'first' ? members[0]! : members[members.length - 1]!,
    view: entryView(members, items, quotesOf, index),
  }));
  return entries.sort((a, b) => a.at - b.at).map((e) => e.view);
}

function entryView(
  members: readonly number[],
  items: readonly Said[],
  quotesOf: ReadonlyMap<number, number[]>,
  index: IndexLookup,
): StatementView {
  // The member that says it first is the one shown (its article's words and marks).
  const head = members.reduce(
    (best, i) => (items[i]!.statement.date < items[best]!.statement.date ? i : best),
    members[members.length - 1]!,
  );
  const { statement } = items[head]!;
  const quotes = (quotesOf.get(head) ?? []).map((q) => items[q]!.statement);
  const { words, marks } = markedLine(
    index.statementText(statement),
    quotes.map((q) => ({ start: q.start - statement.start, end: q.end - statement.start })),
  );
  const sources = mergeCitations(
    [head, ...members.filter((i) => i !== head)].map((i) => citationsOf(index.article(items[i]!.article.id), items[i]!.article)),
  );
  const addressee = statement.addressee ?? quotes.find((q) => q.addressee)?.addressee;
  const date = members.reduce<IsoDate>((d, i) => (items[i]!.statement.date < d ? items[i]!.statement.date : d), statement.date);
  return {
    date,
    kind: statement.kind,
    words,
    ...(marks.length ? { marks } : {}),
    cue: statement.cue,
    ...(addressee ? { addressee: nameOf(addressee, index) } : {}),
    ...(statement.via ? { via: nameOf(statement.via, index) } : {}),
    speaker: speakerOf(statement, index),
    source: { id: items[head]!.article.id, date: items[head]!.article.date },
    sources,
  };
}

/** Quotation marks that belong with the words they open or close, marked with them. */
const OPENING = '“"«‘„‹\'';
const CLOSING = '”"»’“›\'';

/**
 * `raw` on one line (visible characters, white space runs as one space, ends trimmed, like oneLine) with
 * `spans` of it as marks in the result's coordinates, widened to the quotation marks around them.
 */
export function markedLine(raw: string, spans: readonly Span[]): { words: string; marks: Span[] } {
  const cuts = [...new Set([0, raw.length, ...spans.flatMap((s) => [clamp(s.start, raw), clamp(s.end, raw)])])].sort((a, b) => a - b);
  const at = new Map<number, number>();
  let out = '';
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k]!;
    at.set(from, out.length);
    const to = cuts[k + 1];
    if (to === undefined) break;
    let piece = visibleText(raw.slice(from, to)).replace(/\s+/g, ' ');
    if (out === '' || out.endsWith(' ')) piece = piece.replace(/^ /, '');
    out += piece;
  }
  const trimmedEnd = out.replace(/ $/, '');
  const marks: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    let start = at.get(clamp(s.start, raw))!;
    let end = Math.min(at.get(clamp(s.end, raw))!, trimmedEnd.length);
    while (start < end && trimmedEnd[start] === ' ') start++;
    while (end > start && trimmedEnd[end - 1] === ' ') end--;
    if (start > 0 && OPENING.includes(trimmedEnd[start - 1]!)) start--;
    if (end < trimmedEnd.length && CLOSING.includes(trimmedEnd[end]!)) end++;
    const last = marks[marks.length - 1];
    if (end <= start) continue;
    // Overlapping or touching marks are one.
    if (last && start <= last.end) marks[marks.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    else marks.push({ start, end });
  }
  return { words: trimmedEnd, marks };
}

function clamp(n: number, raw: string): number {
  return Math.max(0, Math.min(raw.length, n));
}

export type { Citation };
