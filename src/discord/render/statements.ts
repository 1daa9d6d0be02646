// A statement as an embed field (when and where it was said in the name, the words and their attribution
// in the value) and a contact as a line. Briefs, search results and digests all use these, so a statement
// reads alike everywhere on Discord.
import type { APIEmbedField } from 'discord.js';
import type { ContactKind } from '../../model.js';
import { LIMITS } from '../../platform/limits.js';
import { UNATTRIBUTED } from '../../views/actors.js';
import type { ContactView, Source, StatementView } from '../../views/statements.js';
import { inlineText } from './markdown.js';

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
  const room = LIMITS.fieldValue - attribution.length - 1 - 2; // the line break, the quotation marks
  const words = inlineText(statement.words, room);
  const quoted = statement.kind === 'quote' ? `“${words}”` : words;
  return { name: fieldName(statement, options), value: [quoted, attribution].filter(Boolean).join('\n') };
}

/** "1. Ararat Mirzoyan · 2022-03-25 · quote · article a1" (rank and speaker for search results). */
function fieldName(statement: StatementView, options: StatementFieldOptions): string {
  const parts: string[] = [];
  if (options.withSpeaker) parts.push(inlineText(statement.speaker ?? UNATTRIBUTED, NAME_MAX));
  parts.push(statement.date, statement.kind, articleLabel(statement.date, statement.source));
  const name = parts.join(' · ');
  return options.rank === undefined ? name : `${options.rank}. ${name}`;
}

/** "article a4"; "article a4 of 2022-06-01" when the text dates what it reports apart from its article. */
export function articleLabel(date: string, source: Source): string {
  const id = `article ${inlineText(source.id, ID_MAX)}`;
  return source.date === undefined || date === source.date ? id : `${id} of ${source.date}`;
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
 * "2022-03-25 · call with **Jeyhun Bayramov** (planned) · article a1". Undated: the article's date where
 * the view knows it (digests), else "undated" (briefs).
 */
export function contactLine(contact: ContactView): string {
  const date = contact.date ?? contact.source.date ?? 'undated';
  const status = contact.status === 'held' ? '' : ` (${contact.status})`;
  const name = inlineText(contact.with, NAME_MAX);
  return `${date} · ${CONTACT_PHRASE[contact.kind]} **${name}**${status} · ${articleLabel(date, contact.source)}`;
}
