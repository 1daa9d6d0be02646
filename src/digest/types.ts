// The digest's vocabulary: subscriptions (what a channel gets, and when), their health, and the messages
// a digest is made of. Plain data: everything here is stored as JSON and survives restarts.
import type { APIEmbed } from 'discord.js';

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
 * One message of a digest, shaped for discord.js: `channel.send(message)` takes it as it is. `nonce`
 * with `enforceNonce` makes Discord drop a second copy of the same message sent within a few minutes
 * (a resend after a crash between Discord's answer and our record of it); the service sets both.
 */
export interface DigestMessage {
  content?: string;
  embeds: APIEmbed[];
  allowedMentions: { parse: []; roles?: string[] };
  nonce?: string;
  enforceNonce?: boolean;
}

/** A delivery in progress or just finished, stored under `delivery:<guild>:<channel>:<slotId>`. */
export interface DeliveryRecord {
  slotId: string;
  state: 'sending' | 'done';
  /** Composed once, before the first send: a resume sends exactly the rest. */
  messages: DigestMessage[];
  /** How many of `messages` Discord has accepted. */
  sent: number;
  /** The subscription's cursor once every message is sent. */
  cursorAfter: number;
  /** Scheduled slots move `lastSlot`; `/digest send` does not. */
  scheduled: boolean;
  startedAt: number;
}
