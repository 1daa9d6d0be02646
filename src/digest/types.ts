// The digest's vocabulary: subscriptions (what a channel gets, and when), their health, and the messages
// a digest is made of. Plain data: everything here is stored as JSON and survives restarts.
import type { IsoDate } from '../model.js';
import type { ActorHeading } from '../views/actors.js';
import type { ContactView, StatementView } from '../views/statements.js';

export type Health =
  | { state: 'ok' }
  /** The last delivery was refused for the subscription's own reasons (access, permissions, channel gone). */
  | { state: 'failing'; reason: string; since: number; failures: number }
  /** Refused `maxFailures` times in a row: not run until a moderator sets it again. */
  | { state: 'paused'; reason: string; since: number };

export interface Subscription {
  guildId: string;
  channelId: string;
  /** `HH:MM`, 24-hour, local to `timezone`. */
  time: string;
  /** IANA name, canonical spelling. */
  timezone: string;
  /** Actor ids the digest is limited to; empty: every actor. */
  actors: readonly string[];
  /** The role mentioned once at the top of each digest; null: nobody. */
  mentionRoleId: string | null;
  createdAt: number;
  health: Health;
  lastDelivery: { slotId: string; at: number; messages: number } | null;
  /** The last `set` (creation or change): slots before it are not this subscription's to catch up on. */
  updatedAt: number;
  /** The last arrival (sequence number in the arrival log) the channel has had; -1: none. */
  cursor: number;
  /** True until the first digest after `set`: that one also covers the articles of the newest date. */
  withNewestDate: boolean;
  /** The newest scheduled slot handled (delivered, found empty, refused, or skipped as too old). */
  lastSlot: string | null;
  /** A delivery begun and not finished: it is finished before anything else is sent to the channel. */
  pending: string | null;
  /** The newest slot skipped because the bot was down for longer than the grace period. */
  skipped: { slotId: string; at: number } | null;
}

export interface SubscriptionInput {
  guildId: string;
  channelId: string;
  time?: string;
  timezone?: string;
  actors?: readonly string[];
  mentionRoleId?: string | null;
}

/**
 * One message of a digest, as plain data: what it says, not how Discord shows it (that is
 * src/discord/render/digest.ts, when the message is posted or previewed). The digest is cut into messages
 * when it is composed, before the first is sent, so that a delivery record holds them all and a resume
 * sends exactly the rest (src/digest/messages.ts says how much a message holds). `nonce` with
 * `enforceNonce` makes Discord drop a second copy of the same message sent within a few minutes (a resend
 * after a crash between Discord's answer and our record of it); the service sets both. Posted, the message
 * also carries its `deliveryMark` (from the nonce), by which a resume finds it after those few minutes.
 *
 * Delivery records written before digests were view models hold messages already shaped for discord.js
 * (`content`, `embeds`, `allowedMentions`); the Discord layer posts those as they are.
 */
export interface DigestMessage {
  /** The digest's name, for its headline and footers. */
  readonly title: string;
  /** This message's place in the digest: part `part` of `parts`, from 1. */
  readonly part: number;
  readonly parts: number;
  /** The first message only: what the whole digest holds, and the one role it pings. */
  readonly headline?: DigestHeadline;
  /** In order: actors (one going on from the message before is `continued`), then, last of all, what was left out. */
  readonly sections: readonly DigestSection[];
  nonce?: string;
  enforceNonce?: boolean;
}

/** "12 statements and 3 contacts from 5 articles of 2026-03-27 to 2026-03-28", pinging the role. */
export interface DigestHeadline {
  readonly statements: number;
  readonly contacts: number;
  readonly articles: number;
  /** The oldest and the newest date of those articles. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The subscription's role, mentioned once; null: nobody. Only a snowflake is ever mentioned. */
  readonly mentionRoleId: string | null;
}

export type DigestSection = ActorSection | LeftOut;

/** An actor's statements and contacts, or the part of them that fits in this message. */
export interface ActorSection {
  readonly kind: 'actor';
  /** Its role on the date of its newest article here. */
  readonly actor: ActorHeading;
  /** True when the actor's part of the digest began in an earlier section. */
  readonly continued: boolean;
  /** The actor's totals in the whole digest. */
  readonly statements: number;
  readonly contacts: number;
  readonly items: readonly DigestItem[];
}

export type DigestItem =
  | { readonly kind: 'statement'; readonly statement: StatementView }
  /** A few contacts together, newest article first; `continued` after the actor's first group. */
  | { readonly kind: 'contacts'; readonly contacts: readonly ContactView[]; readonly continued: boolean };

/** The closing note of a digest cut at `maxMessages`: how much did not fit. */
export interface LeftOut {
  readonly kind: 'left-out';
  readonly statements: number;
  readonly contacts: number;
}

/** A delivery in progress or just finished, stored under `delivery:<guild>:<channel>:<slotId>`. */
export interface DeliveryRecord {
  slotId: string;
  state: 'sending' | 'done';
  /** Composed once, before the first send: a resume sends exactly the rest. */
  messages: DigestMessage[];
  /** How many of `messages` Discord has accepted. */
  sent: number;
  /** The id of the last of them, where to look from after a crash; absent before the first (and in older records). */
  lastMessageId?: string;
  /** The subscription's cursor once every message is sent. */
  cursorAfter: number;
  /** Scheduled slots move `lastSlot`; `/digest send` does not. */
  scheduled: boolean;
  startedAt: number;
}

/**
 * Handed to `send` with a message that may be in the channel already (the first one a resume sends, or one
 * sent again after Discord did not answer): look for it before posting it.
 */
export interface LookFirst {
  /** The digest's last message recorded as delivered: the message would be just after it. Null: none recorded. */
  readonly after: string | null;
}

/** What `send` did with a message: posted it, or found it posted already (`alreadyPosted`), under `id`. */
export interface Posted {
  readonly id: string;
  readonly alreadyPosted?: boolean;
}
