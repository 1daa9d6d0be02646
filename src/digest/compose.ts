// A digest as plain data: the statements and contacts of some articles, grouped by actor, each dated and
// naming its article, cut into the messages it will be posted as. Pure: the service decides which
// articles, this decides what the digest says, and src/discord/render/digest.ts how it looks.
//
// Layout: the first message opens with the headline (and the role mention, the only one of the digest);
// then one section per actor, busiest first: its statements (the same statements as /brief, so a
// statement reads alike everywhere), then its contacts a few together. An actor too long for the room
// left goes on in a "continued" section of the next message (src/digest/messages.ts cuts).
import type { ArticleRef, AttacheIndex } from '../index/api.js';
import type { Actor, ActorId, Contact, IsoDate, Statement } from '../model.js';
import { roleOn } from '../extract/dictionary.js';
import { isSnowflake } from '../platform/snowflake.js';
import { headingOf, nameOf, type ActorHeading } from '../views/actors.js';
import { entriesOf } from '../views/entries.js';
import { contactEntries, contactKey } from '../views/contactEntries.js';
import { oneLine } from '../views/text.js';
import { articleContent, type ArticleContent } from './articles.js';
import { cutIntoMessages, type ActorPart } from './messages.js';
import type { DigestHeadline, DigestMessage, Subscription } from './types.js';

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

/**
 * The digest of `articleIds` for a subscription: [] when none of their statements or contacts concern
 * the subscription's actors. Mentions the role in the first message only.
 */
export function composeDigest(
  index: AttacheIndex,
  articleIds: readonly string[],
  sub: Pick<Subscription, 'actors' | 'mentionRoleId'>,
  options: ComposeOptions = {},
): DigestMessage[] {
  const contents = [...new Set(articleIds)]
    .map((id) => articleContent(index, id))
    .filter((c): c is ArticleContent => c !== undefined)
    .sort(newestFirst);
  const groups = groupByActor(contents, sub.actors);
  if (groups.length === 0) return [];

  const title = oneLine(options.title ?? DIGEST_DEFAULTS.title) || DIGEST_DEFAULTS.title;
  const maxMessages = Math.max(1, Math.floor(options.maxMessages ?? DIGEST_DEFAULTS.maxMessages));
  const parts = groups.map((g) => actorPart(g, index));
  const messages = cutIntoMessages(parts, { title, maxMessages });
  const headline = headlineOf(groups, parts, contents, sub.mentionRoleId);
  return messages.map((sections, i) => ({ title, part: i + 1, parts: messages.length, ...(i === 0 ? { headline } : {}), sections }));
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

/** The actor's statements and contacts as views; its role as of its newest article here. */
function actorPart(group: Group, index: AttacheIndex): ActorPart {
  const actor = index.actor(group.actor);
  const newest = group.statements[0]?.article.date ?? group.contacts[0]?.article.date;
  const heading: ActorHeading = actor
    ? headingOf(actor, roleAt(actor, newest))
    : { id: group.actor, name: nameOf(group.actor, index), about: '' };
  return {
    actor: heading,
    // One entry per utterance, as in /brief: a sentence with the quotes in it, the same words from several articles.
    statements: entriesOf(group.statements, index, 'earliest'),
    // Undated contacts show their article's date: the view carries it.
    contacts: contactEntries(group.contacts, group.actor, index),
  };
}

function roleAt(actor: Actor, date: IsoDate | undefined): string | undefined {
  return date ? roleOn(actor, date)?.title : undefined;
}

/** What the whole digest holds: its utterances (entries), distinct contacts and articles, and their dates. */
function headlineOf(
  groups: readonly Group[],
  parts: readonly ActorPart[],
  contents: readonly ArticleContent[],
  role: string | null,
): DigestHeadline {
  const contacts = new Set<string>();
  const articles = new Set<string>();
  for (const g of groups) {
    for (const s of g.statements) articles.add(s.article.id);
    for (const c of g.contacts) {
      // A contact under both parties, or reported by several articles, once (contactEntries.ts).
      contacts.add(contactKey(c.contact, c.article.date));
      articles.add(c.article.id);
    }
  }
  const dates = contents.filter((c) => articles.has(c.article.id)).map((c) => c.article.date);
  return {
    // A statement is under its speaker's part only: the parts' entries are the digest's utterances.
    statements: parts.reduce((n, p) => n + p.statements.length, 0),
    contacts: contacts.size,
    articles: articles.size,
    from: dates[dates.length - 1]!,
    to: dates[0]!,
    mentionRoleId: role && isSnowflake(role) ? role : null,
  };
}
