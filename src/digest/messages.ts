// How much of a digest one message holds. The digest is cut into messages when it is composed, because the
// service records them all before the first is sent (a resume sends exactly the rest). The cut is made on
// the view model alone, so every part is measured generously: at the most room its words, names and ids
// can take once shown (one more character for each that markup may escape, and one for a mark at the
// start), plus the most punctuation a renderer puts around them. A message Discord's renderer draws from
// it therefore fits Discord's limits with nothing cut, which test/discord/render/digest.test.ts holds it to.
// Within that, messages fill in order: up to 10 sections (embeds), 25 items (fields) a section, 6,000
// characters a message, a few contacts to an item. Each footer keeps room for the message's delivery mark.
import { createHash } from 'node:crypto';
import { LIMITS } from '../platform/limits.js';
import type { ActorHeading } from '../views/actors.js';
import { NAMED_SOURCES, type Citation } from '../views/citations.js';
import type { ContactView, StatementView } from '../views/statements.js';
import type { ActorSection, DigestItem, DigestSection, LeftOut } from './types.js';

/** One actor's part of a digest, before it is cut. */
export interface ActorPart {
  readonly actor: ActorHeading;
  /** Newest article first. */
  readonly statements: readonly StatementView[];
  readonly contacts: readonly ContactView[];
}

export interface CutOptions {
  /** The digest's name: every message's footer says it, with the part number. */
  readonly title: string;
  /** At most this many messages; what does not fit is counted in a closing note. */
  readonly maxMessages: number;
}

/**
 * What a posted message says at the end of its last footer ("ref 1a2b3c4d", from its nonce), so that a resume
 * can tell whether it arrived before a crash long after Discord forgot the nonce (src/discord/digestDelivery.ts
 * writes it and looks for it). Short, and the same for the same message of the same slot.
 */
export function deliveryMark(nonce: string): string {
  return `ref ${createHash('sha256').update(nonce).digest('hex').slice(0, 8)}`;
}

/** The room a footer keeps for " · " and the mark. */
export const DELIVERY_MARK_ROOM = ` · ${deliveryMark('')}`.length;

/** Contacts share an item, a few to it, as in /brief. */
const CONTACTS_PER_ITEM = 8;
/** Around a statement: its date, kind and "article …" (" of <date>"), quotation marks, "— *cue · to … · via …*". */
const STATEMENT_MARKUP = 66;
/** Around a contact: its date, the longest "correspondence with **…**", " (cancelled)", "article …" (" of <date>"). */
const CONTACT_MARKUP = 74;
/** Bold around quoted words in a sentence. */
const MARK_MARKUP = 4;
/** Around a citation: " · ", "[", "](", ")", the italics of a title, ", " between two, the line break, percent-encoded parentheses. */
const CITATION_MARKUP = 16;
/** " and 12345 more". */
const MORE_MARKUP = 16;
/** "Contacts (continued)". */
const CONTACTS_NAME = 20;
/** An actor's counts ("12 statements · 3 contacts") and the marks around its role; " (continued)". */
const HEAD_MARKUP = 44;
const CONTINUED = 12;
/** The closing note of what was left out. */
const NOTE_ROOM = 300;

/** Characters that markup may escape, or that may begin a mention: each may take one more once shown. */
const MAY_ESCAPE = /[\\*_~`|[\]<@]/g;

/** The most room `text` can take once shown. */
function shown(text: string): number {
  return text.length + (text.match(MAY_ESCAPE)?.length ?? 0) + 1;
}

export function statementSize(s: StatementView): number {
  const texts =
    shown(s.words) +
    shown(s.source.id) +
    shown(s.cue) +
    (s.addressee ? shown(s.addressee) : 0) +
    (s.via ? shown(s.via) : 0) +
    MARK_MARKUP * (s.marks?.length ?? 0) +
    sourcesSize(s.sources ?? []);
  // A field never takes more than Discord allows one, whatever its words.
  return Math.min(texts + STATEMENT_MARKUP, LIMITS.fieldName + LIMITS.fieldValue);
}

export function contactSize(c: ContactView): number {
  return shown(c.with) + shown(c.source.id) + (c.cited ? citationSize(c.cited) : 0) + CONTACT_MARKUP;
}

/** A citation at the most room it can take: outlet, title, address and the link's brackets. */
function citationSize(c: Citation): number {
  // A parenthesis of the address is percent-encoded in a link: two more characters each.
  const url = c.url ? c.url.length + 2 * (c.url.match(/[()]/g)?.length ?? 0) : 0;
  return (c.outlet ? shown(c.outlet) : 0) + shown(c.title) + url + CITATION_MARKUP;
}

/** The sources line: one citation, or the first few named and "and N more". */
function sourcesSize(list: readonly Citation[]): number {
  return list.slice(0, NAMED_SOURCES).reduce((n, c) => n + citationSize(c), 0) + (list.length > NAMED_SOURCES ? MORE_MARKUP : 0);
}

function headSize(actor: ActorHeading, continued: boolean): number {
  return shown(actor.name) + (continued ? CONTINUED : (actor.about ? shown(actor.about) : 0) + HEAD_MARKUP);
}

interface Block {
  readonly item: DigestItem;
  readonly size: number;
  readonly statements: number;
  readonly contacts: number;
}

interface Packed {
  readonly part: ActorPart;
  readonly continued: boolean;
  readonly head: number;
  readonly blocks: Block[];
}

type PackedMessage = Packed[];

/**
 * The sections of each message, in order: actors busiest first as given, an actor too long for the room
 * left going on in a continued section of the next message; at most `maxMessages`, the last one closing
 * with a note of what was left out.
 */
export function cutIntoMessages(actors: readonly ActorPart[], options: CutOptions): DigestSection[][] {
  const max = Math.max(1, options.maxMessages);
  const footer = shown(options.title) + ` · part ${max} of ${max}`.length + DELIVERY_MARK_ROOM;
  const room = LIMITS.embedsTotal - footer;
  const { messages, omitted } = limit(pack(actors.map(blocksOf), room), max, room);
  const sections: DigestSection[][] = messages.map((message) => message.map(section));
  if (omitted.statements + omitted.contacts > 0) sections[sections.length - 1]!.push({ kind: 'left-out', ...omitted } satisfies LeftOut);
  return sections;
}

function section({ part, continued, blocks }: Packed): ActorSection {
  return {
    kind: 'actor',
    actor: part.actor,
    continued,
    statements: part.statements.length,
    contacts: part.contacts.length,
    items: blocks.map((b) => b.item),
  };
}

/** Statements one to an item; contacts a few to an item, within what one field holds. */
function blocksOf(part: ActorPart): { part: ActorPart; blocks: Block[] } {
  const blocks: Block[] = part.statements.map((statement) => ({
    item: { kind: 'statement', statement },
    size: statementSize(statement),
    statements: 1,
    contacts: 0,
  }));
  let group: ContactView[] = [];
  let length = 0;
  let groups = 0;
  const close = () => {
    if (!group.length) return;
    blocks.push({
      item: { kind: 'contacts', contacts: group, continued: groups > 0 },
      size: CONTACTS_NAME + length,
      statements: 0,
      contacts: group.length,
    });
    groups++;
    [group, length] = [[], 0];
  };
  for (const contact of part.contacts) {
    const size = contactSize(contact);
    if (group.length >= CONTACTS_PER_ITEM || length + 1 + size > LIMITS.fieldValue) close();
    length += (group.length ? 1 : 0) + size;
    group.push(contact);
  }
  close();
  return { part, blocks };
}

/** Actors in order onto sections and messages, within 25 items a section, 10 sections and `room` characters a message. */
function pack(actors: readonly { part: ActorPart; blocks: readonly Block[] }[], room: number): PackedMessage[] {
  const messages: PackedMessage[] = [[]];
  let size = 0;
  for (const { part, blocks } of actors) {
    let current: Packed | null = null;
    for (const block of blocks) {
      if (current && current.blocks.length < LIMITS.fields && size + block.size <= room) {
        current.blocks.push(block);
        size += block.size;
        continue;
      }
      const continued: boolean = current !== null;
      const head = headSize(part.actor, continued);
      let message = messages[messages.length - 1]!;
      if (message.length >= LIMITS.embedsPerMessage || size + head + block.size > room) {
        messages.push((message = []));
        size = 0;
      }
      current = { part, continued, head, blocks: [block] };
      message.push(current);
      size += head + block.size;
    }
  }
  return messages.filter((m) => m.length > 0);
}

interface Omitted {
  statements: number;
  contacts: number;
}

/** The first `max` messages, with room in the last for a note of what was left out. */
function limit(messages: PackedMessage[], max: number, room: number): { messages: PackedMessage[]; omitted: Omitted } {
  const omitted: Omitted = { statements: 0, contacts: 0 };
  if (messages.length <= max) return { messages, omitted };
  const count = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      omitted.statements += b.statements;
      omitted.contacts += b.contacts;
    }
  };
  for (const message of messages.slice(max)) for (const s of message) count(s.blocks);
  const kept = messages.slice(0, max);
  const last = kept[kept.length - 1]!;
  const sizeOf = (m: PackedMessage) => m.reduce((n, s) => n + s.head + s.blocks.reduce((k, b) => k + b.size, 0), 0);
  while (last.length >= LIMITS.embedsPerMessage || sizeOf(last) + NOTE_ROOM > room) {
    const s = last[last.length - 1]!;
    const b = s.blocks.pop();
    if (b) count([b]);
    if (s.blocks.length === 0) last.pop();
    if (last.length === 0) break;
  }
  return { messages: kept.filter((m) => m.length > 0), omitted };
}
