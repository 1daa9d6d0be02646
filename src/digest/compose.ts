// A digest as Discord messages: the statements and contacts of some articles, grouped by actor, each
// dated and naming its article. Pure: the service decides which articles, this decides how they read.
//
// Layout: the first message's content is the headline (and the role mention, the only one of the
// digest); then one embed per actor, its statements as fields (the same fields as /brief, so a
// statement looks alike everywhere) and its contacts as lines. An actor too long for one embed goes
// on in a "(continued)" embed; embeds fill a message up to Discord's 10 embeds and 6,000 characters,
// then the next message begins. Every message is passed through fitEmbeds as a last guard.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { ArticleRef, AttacheIndex } from '../index/api.js';
import type { Actor, ActorId, Contact, IsoDate, Statement } from '../model.js';
import { roleOn } from '../extract/dictionary.js';
import { isSnowflake } from '../platform/snowflake.js';
import { nameOf, roleAndCountry } from '../views/actors.js';
import { contactView, statementView } from '../views/statements.js';
import { plural } from '../views/text.js';
import { COLORS, LIMITS, fitEmbeds, inlineText, measureEmbed } from '../discord/render/index.js';
import { contactLine, statementField } from '../discord/render/statements.js';
import { articleContent, type ArticleContent } from './articles.js';
import type { DigestMessage, Subscription } from './types.js';

export interface ComposeOptions {
  /** The digest's name in its headline and footers; default "Attaché digest". */
  readonly title?: string;
  /**
   * At most this many messages (default 100: a day of news never comes near it); what does not fit
   * is counted in a closing note instead, so a channel back from months of pause or an archive
   * imported at once does not get thousands of messages.
   */
  readonly maxMessages?: number;
}

export const DIGEST_DEFAULTS = { title: 'Attaché digest', maxMessages: 100 } as const;

/** Contacts share a field, a few lines to it, as in /brief. */
const CONTACTS_PER_FIELD = 8;
/** Room kept in each message for its footer ("Attaché digest · part 12 of 20"). */
const FOOTER_ROOM = 80;
const ROOM = LIMITS.embedsTotal - FOOTER_ROOM;
const TITLE_MAX = 100;
const ABOUT_MAX = 200;

interface Item {
  readonly article: ArticleRef;
}
interface StatementItem extends Item {
  readonly statement: Statement;
}
interface ContactItem extends Item {
  readonly contact: Contact;
}
interface Group {
  readonly actor: ActorId;
  readonly statements: StatementItem[];
  readonly contacts: ContactItem[];
}

/** A field with what it shows, so a note can count what had to be left out. */
interface Block {
  readonly field: APIEmbedField;
  readonly statements: number;
  readonly contacts: number;
}
interface PackedEmbed {
  readonly head: APIEmbed;
  readonly blocks: Block[];
}
type PackedMessage = PackedEmbed[];

/**
 * The digest of `articleIds` for a subscription: [] when none of their statements or contacts concern
 * the subscription's actors. Mentions the role in the first message only, and only that role can ping.
 */
export function composeDigest(
  index: AttacheIndex,
  articleIds: readonly string[],
  sub: Pick<Subscription, 'actors' | 'mentionRoleId'>,
  options: ComposeOptions = {},
): DigestMessage[] {
  const source = index;
  const contents = [...new Set(articleIds)]
    .map((id) => articleContent(source, id))
    .filter((c): c is ArticleContent => c !== undefined)
    .sort(newestFirst);
  const groups = groupByActor(contents, sub.actors);
  if (groups.length === 0) return [];

  const title = inlineText(options.title ?? DIGEST_DEFAULTS.title, TITLE_MAX) || DIGEST_DEFAULTS.title;
  const maxMessages = Math.max(1, Math.floor(options.maxMessages ?? DIGEST_DEFAULTS.maxMessages));
  const packed = pack(groups.map((g) => actorEmbed(g, index)));
  const { messages, omitted } = limit(packed, maxMessages);
  if (omitted.statements + omitted.contacts > 0) appendNote(messages[messages.length - 1]!, omitted);

  const headline = headlineOf(title, groups, contents);
  const role = sub.mentionRoleId && isSnowflake(sub.mentionRoleId) ? sub.mentionRoleId : null;
  return messages.map((message, i): DigestMessage => {
    const embeds = message.map((e): APIEmbed => (e.blocks.length ? { ...e.head, fields: e.blocks.map((b) => b.field) } : { ...e.head }));
    const last = embeds[embeds.length - 1]!;
    last.footer = { text: messages.length > 1 ? `${title} · part ${i + 1} of ${messages.length}` : title };
    const out: DigestMessage = { embeds: fitEmbeds(embeds), allowedMentions: { parse: [] } };
    if (i === 0) {
      out.content = role ? `<@&${role}> ${headline}` : headline;
      if (role) out.allowedMentions = { parse: [], roles: [role] };
    }
    return out;
  });
}

/** Newest article first, then by id descending: the index's own order. */
function newestFirst(a: ArticleContent, b: ArticleContent): number {
  if (a.article.date !== b.article.date) return a.article.date < b.article.date ? 1 : -1;
  return a.article.id < b.article.id ? 1 : a.article.id > b.article.id ? -1 : 0;
}

/**
 * Statements under their speaker; contacts under each party the subscription follows (both, when it
 * follows both), or under the first party when it follows everyone (so a contact appears once).
 * Busiest actor first, then by id for a stable order.
 *
 * A statement without a speaker is left out, even of a digest that follows everyone: a digest is the
 * new statements of actors, and there is no actor to post it under (/search still finds it).
 */
function groupByActor(contents: readonly ArticleContent[], actors: readonly string[]): Group[] {
  const follow = new Set(actors);
  const follows = (id: ActorId) => follow.size === 0 || follow.has(id);
  const groups = new Map<ActorId, Group>();
  const groupOf = (actor: ActorId) => {
    let g = groups.get(actor);
    if (!g) groups.set(actor, (g = { actor, statements: [], contacts: [] }));
    return g;
  };
  for (const { article, statements, contacts } of contents) {
    for (const statement of statements) {
      const { speaker } = statement;
      if (speaker !== null && follows(speaker)) groupOf(speaker).statements.push({ article, statement });
    }
    for (const contact of contacts) {
      const parties = follow.size === 0 ? [contact.a] : [...new Set([contact.a, contact.b])].filter(follows);
      for (const p of parties) groupOf(p).contacts.push({ article, contact });
    }
  }
  const size = (g: Group) => g.statements.length + g.contacts.length;
  return [...groups.values()].sort((a, b) => size(b) - size(a) || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
}

interface ActorEmbed {
  readonly head: APIEmbed;
  readonly continued: APIEmbed;
  readonly blocks: readonly Block[];
}

function actorEmbed(group: Group, index: AttacheIndex): ActorEmbed {
  const actor = index.actor(group.actor);
  const name = inlineText(nameOf(group.actor, index), LIMITS.title - 20);
  const newest = group.statements[0]?.article.date ?? group.contacts[0]?.article.date;
  const about = actor ? aboutOf(actor, newest) : '';
  const counts = [
    group.statements.length ? plural(group.statements.length, 'statement') : '',
    group.contacts.length ? plural(group.contacts.length, 'contact') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const description = [about ? `*${inlineText(about, ABOUT_MAX)}*` : '', counts].filter(Boolean).join('\n');
  const blocks: Block[] = group.statements.map(({ statement, article }) => ({
    field: statementField(statementView(statement, article, index)),
    statements: 1,
    contacts: 0,
  }));
  blocks.push(...contactBlocks(group, index));
  return {
    head: { title: name, description, color: COLORS.brand },
    continued: { title: `${name} (continued)`, color: COLORS.brand },
    blocks,
  };
}

function aboutOf(actor: Actor, date: IsoDate | undefined): string {
  return roleAndCountry(actor, date ? roleOn(actor, date)?.title : undefined);
}

/** "2026-03-28 · call with **Jeyhun Bayramov** · article a1", a few to a field. Undated: the article's date. */
function contactBlocks(group: Group, index: AttacheIndex): Block[] {
  const lines = group.contacts.map(({ contact, article }) => contactLine(contactView(contact, group.actor, index, article)));
  const blocks: Block[] = [];
  let current: string[] = [];
  let length = 0;
  const close = () => {
    if (!current.length) return;
    blocks.push({
      field: { name: blocks.length ? 'Contacts (continued)' : 'Contacts', value: current.join('\n') },
      statements: 0,
      contacts: current.length,
    });
    [current, length] = [[], 0];
  };
  for (const line of lines) {
    if (current.length >= CONTACTS_PER_FIELD || length + 1 + line.length > LIMITS.fieldValue) close();
    length += (current.length ? 1 : 0) + line.length;
    current.push(line);
  }
  close();
  return blocks;
}

function blockSize(block: Block): number {
  return block.field.name.length + block.field.value.length;
}

/** Actors in order onto embeds and messages, within 25 fields an embed, 10 embeds and ROOM characters a message. */
function pack(actors: readonly ActorEmbed[]): PackedMessage[] {
  const messages: PackedMessage[] = [[]];
  let size = 0;
  for (const actor of actors) {
    let embed: PackedEmbed | null = null;
    for (const block of actor.blocks) {
      const bs = blockSize(block);
      if (embed && embed.blocks.length < LIMITS.fields && size + bs <= ROOM) {
        embed.blocks.push(block);
        size += bs;
        continue;
      }
      const head: APIEmbed = embed ? actor.continued : actor.head;
      const hs = measureEmbed(head);
      let message = messages[messages.length - 1]!;
      if (message.length >= LIMITS.embedsPerMessage || size + hs + bs > ROOM) {
        messages.push((message = []));
        size = 0;
      }
      embed = { head, blocks: [block] };
      message.push(embed);
      size += hs + bs;
    }
  }
  return messages.filter((m) => m.length > 0);
}

interface Omitted {
  statements: number;
  contacts: number;
}

const NOTE_ROOM = 300;

/** The first `max` messages, with room in the last for a note of what was left out. */
function limit(messages: PackedMessage[], max: number): { messages: PackedMessage[]; omitted: Omitted } {
  const omitted: Omitted = { statements: 0, contacts: 0 };
  if (messages.length <= max) return { messages, omitted };
  const count = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      omitted.statements += b.statements;
      omitted.contacts += b.contacts;
    }
  };
  for (const message of messages.slice(max)) for (const e of message) count(e.blocks);
  const kept = messages.slice(0, max);
  const last = kept[kept.length - 1]!;
  const sizeOf = (m: PackedMessage) => m.reduce((n, e) => n + measureEmbed(e.head) + e.blocks.reduce((k, b) => k + blockSize(b), 0), 0);
  while (last.length >= LIMITS.embedsPerMessage || sizeOf(last) + NOTE_ROOM > ROOM) {
    const e = last[last.length - 1]!;
    const b = e.blocks.pop();
    if (b) count([b]);
    if (e.blocks.length === 0) last.pop();
    if (last.length === 0) break;
  }
  return { messages: kept.filter((m) => m.length > 0), omitted };
}

function appendNote(message: PackedMessage, omitted: Omitted): void {
  const parts = [
    omitted.statements ? plural(omitted.statements, 'more statement') : '',
    omitted.contacts ? plural(omitted.contacts, 'more contact') : '',
  ].filter(Boolean);
  const text = `…and ${parts.join(' and ')}, too many for one digest. /brief shows every actor's in full.`;
  message.push({ head: { description: text, color: COLORS.brand }, blocks: [] });
}

/** "**Attaché digest** · 12 statements and 3 contacts from 5 articles of 2026-03-27 to 2026-03-28". */
function headlineOf(title: string, groups: readonly Group[], contents: readonly ArticleContent[]): string {
  const statements = new Set<string>();
  const contacts = new Set<string>();
  const articles = new Set<string>();
  for (const g of groups) {
    for (const s of g.statements) {
      statements.add(s.statement.id);
      articles.add(s.article.id);
    }
    for (const c of g.contacts) {
      contacts.add(`${c.contact.article}@${c.contact.start}`);
      articles.add(c.article.id);
    }
  }
  const dates = contents.filter((c) => articles.has(c.article.id)).map((c) => c.article.date);
  const newest = dates[0];
  const oldest = dates[dates.length - 1];
  const period = newest === oldest ? `of ${newest}` : `of ${oldest} to ${newest}`;
  const what = [statements.size ? plural(statements.size, 'statement') : '', contacts.size ? plural(contacts.size, 'contact') : '']
    .filter(Boolean)
    .join(' and ');
  return `**${title}** · ${what} from ${plural(articles.size, 'article')} ${period}`;
}
