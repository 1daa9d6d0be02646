// A brief as terminal text: who the actor is, what they said (newest article first), whom they met.
import type { AttacheIndex, Brief, DateRange } from '../index/api.js';
import type { Actor, ActorId, Contact, Statement } from '../model.js';
import { oneLine, plural } from '../views/text.js';
import { table, wrap } from './text.js';

/** What formatting needs from the index: names and words, nothing that searches. */
export type IndexLookup = Pick<AttacheIndex, 'actor' | 'statementText'>;

export interface TextOptions {
  /** Wrap to this many columns; none keeps each statement on one line. */
  readonly width?: number;
}

const KIND_COLUMN = 10; // "reported" and two spaces, after a two-space margin

export function formatBrief(brief: Brief, index: IndexLookup, options: TextOptions & { range?: DateRange } = {}): string {
  const { actor } = brief;
  const lines: string[] = [actorHeading(actor, brief.role)];
  const contactsPart = plural(brief.contactCount, 'contact');
  const period = periodOf(options.range);
  lines.push(`${plural(brief.statementCount, 'statement')} in ${plural(brief.articleCount, 'article')}, ${contactsPart}${period}`);

  if (brief.articles.length === 0) lines.push('', 'Statements', '  none found');
  for (const { article, statements } of brief.articles) {
    lines.push('', `${article.date} · ${article.id}`);
    for (const s of statements) lines.push(...formatStatementLines(s, article.date, index, options.width));
  }

  lines.push('', 'Contacts');
  if (brief.contacts.length === 0) lines.push('  none found');
  else lines.push(...table(brief.contacts.map((c) => contactRow(c, actor.id, index))).map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}

/** "Ararat Mirzoyan — Foreign Minister of Armenia · Armenia" (the parts that are known). */
export function actorHeading(actor: Actor, role?: string): string {
  const about = roleAndCountry(actor, role);
  return about ? `${actor.name} — ${about}` : actor.name;
}

/** "Foreign Minister of Armenia · Armenia": the role (a discovered actor's description), then the country. */
export function roleAndCountry(actor: Actor, role?: string): string {
  return [...new Set([role ?? actor.description, actor.country].filter((x): x is string => Boolean(x)))].join(' · ');
}

/** The words as a reader expects them: a quote between marks, a reported sentence as written. */
export function statementWords(statement: Statement, index: IndexLookup): string {
  const words = oneLine(index.statementText(statement));
  return statement.kind === 'quote' ? `“${words}”` : words;
}

function formatStatementLines(s: Statement, articleDate: string, index: IndexLookup, width?: number): string[] {
  const margin = ' '.repeat(2 + KIND_COLUMN);
  const lines = [`  ${s.kind.padEnd(KIND_COLUMN)}${wrap(statementWords(s, index), margin.length, width)}`];
  const attribution = [`cue: ${s.cue}`];
  if (s.addressee) attribution.push(`to: ${nameOf(s.addressee, index)}`);
  if (s.via) attribution.push(`via: ${nameOf(s.via, index)}`);
  // The article date heads the group; a statement the text dates otherwise says so.
  if (s.date !== articleDate) attribution.push(`on ${s.date}`);
  lines.push(`${margin}${attribution.join(' · ')}`);
  return lines;
}

function contactRow(c: Contact, self: ActorId, index: IndexLookup): string[] {
  const other = c.a === self ? c.b : c.a;
  const status = c.status === 'held' ? '' : ` (${c.status})`;
  return [c.date ?? 'undated', c.kind, `${nameOf(other, index)}${status}`, c.article];
}

export function nameOf(id: ActorId, index: Pick<IndexLookup, 'actor'>): string {
  return index.actor(id)?.name ?? id;
}

/** Shown where a speaker's name would be, for words nobody can be named as having said (see Statement.speaker). */
export const UNATTRIBUTED = 'unattributed';

/** The speaker's name, or UNATTRIBUTED: search results show statements of no actor too. */
export function speakerName(statement: Pick<Statement, 'speaker'>, index: Pick<IndexLookup, 'actor'>): string {
  return statement.speaker === null ? UNATTRIBUTED : nameOf(statement.speaker, index);
}

function periodOf(range?: DateRange): string {
  if (!range?.since && !range?.until) return '';
  if (range.since && range.until) return `, ${range.since} to ${range.until}`;
  return range.since ? `, since ${range.since}` : `, until ${range.until}`;
}
