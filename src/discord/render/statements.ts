// A statement as an embed field (when it was said in the name; the words, their attribution and their
// sources in the value) and a contact as a line. Briefs, search results and digests all use these, so a
// statement reads alike everywhere on Discord.
import type { APIEmbedField } from 'discord.js';
import type { ContactKind, Span } from '../../model.js';
import { LIMITS } from '../../platform/limits.js';
import { UNATTRIBUTED } from '../../views/actors.js';
import type { ContactView, Source, StatementView } from '../../views/statements.js';
import { contactSource, sourcesLine } from './citations.js';
import { escapeText, inlineText, truncateAtWord } from './markdown.js';

/** Names and ids are short in any sane corpus; these caps keep an insane one from crowding the words out. */
export const NAME_MAX = 80;
const ID_MAX = 60;
const CUE_MAX = 40;

export interface StatementFieldOptions {
  /** Search results: the hit's rank, shown first. */
  readonly rank?: number;
  /** Search results: who said it, "unattributed" when nobody can be named (a brief's speaker is the brief's actor). */
  readonly withSpeaker?: boolean;
}

export function statementField(statement: StatementView, options: StatementFieldOptions = {}): APIEmbedField {
  const attribution = attributionLine(statement);
  const cited = citedLine(statement);
  const room = LIMITS.fieldValue - attribution.length - cited.length - 2 - 2; // the line breaks, the quotation marks
  const words = markedText(statement.words, statement.marks ?? [], room);
  const quoted = statement.kind === 'quote' ? `“${words}”` : words;
  return { name: fieldName(statement, options), value: [quoted, attribution, cited].filter(Boolean).join('\n') };
}

/** "1. Ararat Mirzoyan · 2022-03-25 · quote" (rank and speaker for search results); the article's date when it differs. */
function fieldName(statement: StatementView, options: StatementFieldOptions): string {
  const parts: string[] = [];
  if (options.withSpeaker) parts.push(inlineText(statement.speaker ?? UNATTRIBUTED, NAME_MAX));
  parts.push(statement.date, statement.kind);
  const articleDate = statement.source.date;
  // Delivery records of an earlier release have no citations: they named the article.
  if (!(statement.sources as StatementView['sources'] | undefined)) parts.push(articleLabel(statement.date, statement.source));
  else if (articleDate !== statement.date) parts.push(`in an article of ${articleDate}`);
  const name = parts.join(' · ');
  return options.rank === undefined ? name : `${options.rank}. ${name}`;
}

/** The most of a field's 1,024 characters the sources take with their links; beyond, they are named unlinked. */
const CITED_MAX = 480;

/** The sources, or nothing for a view of an earlier release (its field name says the article). */
function citedLine(statement: StatementView): string {
  const sources = statement.sources as StatementView['sources'] | undefined;
  if (!sources?.length) return '';
  const linked = sourcesLine(sources);
  // Long addresses must not crowd the words out: the words are what the field is for.
  return linked.length <= CITED_MAX ? linked : sourcesLine(sources, false);
}

/** "article a4"; "article a4 of 2022-06-01": how views of an earlier release (stored digests) named their article. */
export function articleLabel(date: string, source: Source): string {
  const id = `article ${inlineText(source.id, ID_MAX)}`;
  return source.date === undefined || date === source.date ? id : `${id} of ${source.date}`;
}

/**
 * The words escaped, quoted words inside them in bold (the quotation marks included), within `max`: cut at
 * a word with an ellipsis, a bold part closed where it is cut.
 */
export function markedText(words: string, marks: readonly Span[], max: number): string {
  if (marks.length === 0) return inlineText(words, max);
  const pieces: { text: string; bold: boolean }[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) pieces.push({ text: words.slice(at, m.start), bold: false });
    if (m.end > m.start) pieces.push({ text: words.slice(Math.max(at, m.start), m.end), bold: true });
    at = Math.max(at, m.end);
  }
  if (at < words.length) pieces.push({ text: words.slice(at), bold: false });
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const { text, bold } = pieces[i]!;
    const escaped = escapeText(text);
    const wrap = bold ? 4 : 0;
    const last = i === pieces.length - 1;
    // Room for an ellipsis after this piece, unless it is the last one.
    if (out.length + escaped.length + wrap + (last ? 0 : 1) <= max) {
      out += bold ? `**${escaped}**` : escaped;
      continue;
    }
    const room = max - out.length - wrap;
    const cut = room > 1 ? dropStrandedBackslash(truncateAtWord(escaped.trimEnd(), room)) : '…';
    out += bold && cut !== '…' ? `**${cut}**` : cut;
    break;
  }
  return out;
}

/** A cut inside an escape leaves a backslash that would escape the ellipsis: it goes. */
function dropStrandedBackslash(text: string): string {
  return text.replace(/(?<!\\)((?:\\\\)*)\\…$/, '$1…');
}

/** "*said · to Jeyhun Bayramov · via Ani Badalyan*": the cue, and the addressee and relay when known. */
function attributionLine(statement: StatementView): string {
  const parts = [inlineText(statement.cue, CUE_MAX)].filter(Boolean);
  if (statement.addressee) parts.push(`to ${inlineText(statement.addressee, NAME_MAX)}`);
  if (statement.via) parts.push(`via ${inlineText(statement.via, NAME_MAX)}`);
  return parts.length ? `— *${parts.join(' · ')}*` : '';
}

const CONTACT_PHRASE: Record<ContactKind, string> = {
  call: 'call with',
  meeting: 'meeting with',
  letter: 'correspondence with',
  other: 'contact with',
};

/**
 * "2022-03-25 · call with **Jeyhun Bayramov** (planned) · [Armenpress](…)". Undated: the article's date
 * where the view knows it (digests), else "undated" (briefs).
 */
export function contactLine(contact: ContactView): string {
  const date = contact.date ?? contact.source.date ?? 'undated';
  const status = contact.status === 'held' ? '' : ` (${contact.status})`;
  const name = inlineText(contact.with, NAME_MAX);
  // Delivery records of an earlier release have no citation: they named the article.
  const cited = contact.cited as ContactView['cited'] | undefined;
  const source = cited ? contactSource(cited, contact.sources) : articleLabel(date, contact.source);
  return `${date} · ${CONTACT_PHRASE[contact.kind]} **${name}**${status} · ${source}`;
}
