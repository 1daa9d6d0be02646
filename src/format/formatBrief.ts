// A brief as terminal text: who the actor is, what they said (newest article first), whom they met.
import type { DateRange } from '../index/api.js';
import { UNATTRIBUTED, type ActorHeading } from '../views/actors.js';
import type { BriefView } from '../views/brief.js';
import { citationLabel, citationPlain } from '../views/citations.js';
import type { ContactView, StatementView } from '../views/statements.js';
import { plural } from '../views/text.js';
import { table, wrap } from './text.js';

export interface TextOptions {
  /** Wrap to this many columns; none keeps each statement on one line. */
  readonly width?: number;
}

const KIND_COLUMN = 10; // "reported" and two spaces, after a two-space margin

export function formatBrief(brief: BriefView, options: TextOptions = {}): string {
  const { counts } = brief;
  const lines: string[] = [actorHeading(brief.actor)];
  const contactsPart = plural(counts.contacts, 'contact');
  lines.push(`${plural(counts.statements, 'statement')} in ${plural(counts.articles, 'article')}, ${contactsPart}${periodOf(brief.range)}`);

  if (brief.articles.length === 0) lines.push('', 'Statements', '  none found');
  for (const { source, cited, statements } of brief.articles) {
    // The file id too: the terminal is the operator's, who finds the file by it (Discord never shows it).
    lines.push('', `${source.date} · ${citationPlain(cited)} [${source.id}]`);
    for (const s of statements) lines.push(...formatStatementLines(s, options.width));
  }

  lines.push('', 'Contacts');
  if (brief.contacts.length === 0) lines.push('  none found');
  else lines.push(...table(brief.contacts.map(contactRow)).map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}

/** "Ararat Mirzoyan — Foreign Minister of Armenia · Armenia" (the parts that are known). */
export function actorHeading(actor: ActorHeading): string {
  return actor.about ? `${actor.name} — ${actor.about}` : actor.name;
}

/** The words as a reader expects them: a quote between marks, a reported sentence as written. */
export function statementWords(statement: StatementView): string {
  return statement.kind === 'quote' ? `“${statement.words}”` : statement.words;
}

/** Who said it, for a list of statements of several speakers. */
export function speakerName(statement: StatementView): string {
  return statement.speaker ?? UNATTRIBUTED;
}

function formatStatementLines(s: StatementView, width?: number): string[] {
  const margin = ' '.repeat(2 + KIND_COLUMN);
  const lines = [`  ${s.kind.padEnd(KIND_COLUMN)}${wrap(statementWords(s), margin.length, width)}`];
  const attribution = [`cue: ${s.cue}`];
  if (s.addressee) attribution.push(`to: ${s.addressee}`);
  if (s.via) attribution.push(`via: ${s.via}`);
  // The article date heads the group; a statement the text dates otherwise says so.
  if (s.date !== s.source.date) attribution.push(`on ${s.date}`);
  lines.push(`${margin}${attribution.join(' · ')}`);
  // The same words from other outlets: named under the first.
  const others = s.sources.slice(1);
  if (others.length) lines.push(`${margin}also: ${others.map(citationPlain).join('; ')}`);
  return lines;
}

function contactRow(c: ContactView): string[] {
  const status = c.status === 'held' ? '' : ` (${c.status})`;
  // Several reports of it: every outlet, earliest first.
  const cited = c.sources && c.sources.length > 1 ? c.sources.map(citationLabel).join(', ') : citationLabel(c.cited);
  return [c.date ?? 'undated', c.kind, `${c.with}${status}`, cited];
}

function periodOf(range: DateRange): string {
  if (!range.since && !range.until) return '';
  if (range.since && range.until) return `, ${range.since} to ${range.until}`;
  return range.since ? `, since ${range.since}` : `, until ${range.until}`;
}
