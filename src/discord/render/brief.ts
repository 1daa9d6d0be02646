// /brief as pages: who the actor is, what they said (newest article first, text order within one), then
// whom they called or met. Every page repeats the heading, so a page read alone still says whose it is.
import type { APIEmbed } from 'discord.js';
import type { DateRange } from '../../index/api.js';
import { LIMITS } from '../../platform/limits.js';
import type { BriefView } from '../../views/brief.js';
import { plural } from '../../views/text.js';
import { COLORS } from './embeds.js';
import { inlineText } from './markdown.js';
import { paginate, type Block, type Page } from './pages.js';
import { contactLine, statementField } from './statements.js';

/** A page reads like a short briefing: about six statements, or fewer when they are long. */
export const STATEMENTS_PER_PAGE = 6;
const CONTACTS_PER_FIELD = 8;
/** A full field of contacts reads about as long as two statements. */
const CONTACT_FIELD_WEIGHT = 2;
const ABOUT_MAX = 300;

/**
 * How much of a brief is rendered: the newest statements and contacts. A prolific actor in a large
 * archive has thousands; nobody pages through them, and rendering them all would delay the reply.
 */
export const BRIEF_LIMITS = { statements: 150, contacts: 120 } as const;

export function renderBriefPages(brief: BriefView): Page[] {
  const shown = newestOf(brief);
  const blocks = [...statementBlocks(shown), ...contactBlocks(shown)];
  return paginate({ head: briefHead(brief, shown), maxWeight: STATEMENTS_PER_PAGE }, blocks);
}

/** The brief cut to `BRIEF_LIMITS`, newest first (articles and contacts are already newest first). */
function newestOf(brief: BriefView): BriefView {
  let left: number = BRIEF_LIMITS.statements;
  const articles: BriefView['articles'][number][] = [];
  for (const a of brief.articles) {
    if (left <= 0) break;
    const statements = a.statements.slice(0, left);
    left -= statements.length;
    articles.push(statements.length === a.statements.length ? a : { ...a, statements });
  }
  const contacts = brief.contacts.slice(0, BRIEF_LIMITS.contacts);
  return articles.length === brief.articles.length && left >= 0 && contacts.length === brief.contacts.length
    ? brief
    : { ...brief, articles, contacts };
}

/** The actor's name as title; role and country, and what the brief holds, as the description. */
function briefHead(brief: BriefView, shown: BriefView): APIEmbed {
  const { counts } = brief;
  const total = `${plural(counts.statements, 'statement')} in ${plural(counts.articles, 'article')} · ${plural(counts.contacts, 'contact')}`;
  const shownStatements = shown.articles.reduce((n, a) => n + a.statements.length, 0);
  const cut =
    shownStatements < counts.statements || shown.contacts.length < counts.contacts
      ? `Showing the newest ${plural(shownStatements, 'statement')} and ${plural(shown.contacts.length, 'contact')}; narrow with since/until for earlier ones.`
      : '';
  const about = brief.actor.about;
  const lines = [about ? `*${inlineText(about, ABOUT_MAX)}*` : '', `${total}${periodOf(brief.range)}`, cut].filter(Boolean);
  return { title: inlineText(brief.actor.name, LIMITS.title), description: lines.join('\n'), color: COLORS.brand };
}

function statementBlocks(brief: BriefView): Block[] {
  const blocks = brief.articles.flatMap(({ statements }) => statements.map((s): Block => ({ field: statementField(s), weight: 1 })));
  return blocks.length ? blocks : [{ field: { name: 'Statements', value: 'None found.' }, weight: 1 }];
}

/** Contacts as lines, a few to a field: "2022-03-25 · call with **Jeyhun Bayramov** · article a1". */
function contactBlocks(brief: BriefView): Block[] {
  const { range } = brief;
  if (brief.counts.contacts === 0) {
    return [{ field: { name: 'Contacts', value: range.since || range.until ? 'None found in this period.' : 'None found.' }, weight: 1 }];
  }
  const lines = brief.contacts.map(contactLine);
  const chunks = chunkLines(lines, CONTACTS_PER_FIELD, LIMITS.fieldValue);
  let first = 1;
  return chunks.map((chunk): Block => {
    const last = first + chunk.length - 1;
    const name = chunks.length === 1 ? 'Contacts' : `Contacts ${first}–${last} of ${lines.length}`;
    first = last + 1;
    return { field: { name, value: chunk.join('\n') }, weight: (CONTACT_FIELD_WEIGHT * chunk.length) / CONTACTS_PER_FIELD };
  });
}

/** Lines in order, at most `count` to a chunk and within `max` characters joined by line breaks. */
function chunkLines(lines: readonly string[], count: number, max: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (current.length > 0 && (current.length >= count || length + 1 + line.length > max)) {
      chunks.push(current);
      [current, length] = [[], 0];
    }
    length += (current.length ? 1 : 0) + line.length;
    current.push(line);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

function periodOf(range: DateRange): string {
  if (range.since && range.until) return ` · ${range.since} to ${range.until}`;
  if (range.since) return ` · since ${range.since}`;
  return range.until ? ` · until ${range.until}` : '';
}
