// One statement as an embed field: when and where it was said in the name, the words and their
// attribution in the value. Shared by briefs and search results so a statement looks the same in both.
import type { APIEmbedField } from 'discord.js';
import type { ArticleRef } from '../../index/api.js';
import type { Statement } from '../../model.js';
import { nameOf, speakerName, type IndexLookup } from '../../format/formatBrief.js';
import { inlineText } from './inline.js';
import { LIMITS } from './limits.js';

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

export function statementField(
  statement: Statement,
  article: ArticleRef,
  index: IndexLookup,
  options: StatementFieldOptions = {},
): APIEmbedField {
  const attribution = attributionLine(statement, index);
  const room = LIMITS.fieldValue - attribution.length - 1 - 2; // the line break, the quotation marks
  const words = inlineText(index.statementText(statement), room);
  const quoted = statement.kind === 'quote' ? `“${words}”` : words;
  return { name: fieldName(statement, article, index, options), value: [quoted, attribution].filter(Boolean).join('\n') };
}

/** "1. Ararat Mirzoyan · 2022-03-25 · quote · article a1" (rank and speaker for search results). */
function fieldName(statement: Statement, article: ArticleRef, index: IndexLookup, options: StatementFieldOptions): string {
  const parts: string[] = [];
  if (options.withSpeaker) parts.push(inlineText(speakerName(statement, index), NAME_MAX));
  parts.push(statement.date, statement.kind, articleLabel(statement, article));
  const name = parts.join(' · ');
  return options.rank === undefined ? name : `${options.rank}. ${name}`;
}

/** "article a4"; "article a4 of 2022-06-01" when the text dates the statement apart from its article. */
export function articleLabel(statement: Pick<Statement, 'date'>, article: ArticleRef): string {
  const id = `article ${inlineText(article.id, ID_MAX)}`;
  return statement.date === article.date ? id : `${id} of ${article.date}`;
}

/** "*said · to Jeyhun Bayramov · via Ani Badalyan*": the cue, and the addressee and relay when known. */
function attributionLine(statement: Statement, index: IndexLookup): string {
  const parts = [inlineText(statement.cue, CUE_MAX)].filter(Boolean);
  if (statement.addressee) parts.push(`to ${inlineText(nameOf(statement.addressee, index), NAME_MAX)}`);
  if (statement.via) parts.push(`via ${inlineText(nameOf(statement.via, index), NAME_MAX)}`);
  return parts.length ? `— *${parts.join(' · ')}*` : '';
}
