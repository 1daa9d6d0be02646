// Subscriptions as stored: validated on the way in, one key per guild (`guild:<id>:subscriptions`), kept in
// memory for the guilds this process holds. A guild's list is written only by the process that holds the
// guild, so two shards never write the same key; within a process a guild's writes are queued, each writing
// the whole list as it is when the write runs.
import type { KeyValueStore } from '../store/index.js';
import { DigestInputError } from './failures.js';
import { HEALTHY } from './health.js';
import { canonicalTimezone, isValidTime } from './schedule.js';
import type { Subscription, SubscriptionInput } from './types.js';

export const SUBSCRIPTION_DEFAULTS = {
  time: '08:00',
  timezone: 'UTC',
  maxSubscriptionsPerGuild: 25,
  maxActors: 25,
} as const;

const SNOWFLAKE = /^\d{17,20}$/;
const STORE_VERSION = 1;

export interface StoredGuild {
  version: number;
  subscriptions: Subscription[];
}

export const guildKey = (guildId: string): string => `guild:${guildId}:subscriptions`;

/** A subscription's name inside the process: `<guildId>/<channelId>`. */
export type SubKey = string;
export const subKey = (guildId: string, channelId: string): SubKey => `${guildId}/${channelId}`;
export const partsOf = (key: SubKey): [guildId: string, channelId: string] => key.split('/') as [string, string];

/** What a log line says of a subscription. */
export function describe(sub: Subscription): Record<string, unknown> {
  return { guildId: sub.guildId, channelId: sub.channelId, time: sub.time, timezone: sub.timezone };
}

export interface ValidInput {
  guildId: string;
  channelId: string;
  time: string;
  timezone: string;
  actors: string[];
  mentionRoleId: string | null;
}

/** The caller validated already (with friendlier words); this keeps a wrong value out of the store. */
export function validateInput(input: SubscriptionInput): ValidInput {
  if (!SNOWFLAKE.test(input.guildId)) throw new DigestInputError(`"${input.guildId}" is not a server id.`);
  if (!SNOWFLAKE.test(input.channelId)) throw new DigestInputError(`"${input.channelId}" is not a channel id.`);
  const time = input.time ?? SUBSCRIPTION_DEFAULTS.time;
  if (!isValidTime(time))
    throw new DigestInputError(`"${time}" is not a time of day: write it as HH:MM on a 24-hour clock, e.g. 08:00 or 18:30.`);
  const timezone = canonicalTimezone(input.timezone ?? SUBSCRIPTION_DEFAULTS.timezone);
  if (!timezone)
    throw new DigestInputError(`"${input.timezone}" is not a timezone: use a name such as Europe/Berlin, America/New_York or UTC.`);
  const actors = [...new Set((input.actors ?? []).map((a) => a.trim()).filter(Boolean))];
  if (actors.length > SUBSCRIPTION_DEFAULTS.maxActors)
    throw new DigestInputError(`A digest can follow at most ${SUBSCRIPTION_DEFAULTS.maxActors} actors.`);
  const role = input.mentionRoleId ?? null;
  if (role !== null && !SNOWFLAKE.test(role)) throw new DigestInputError(`"${role}" is not a role id.`);
  return { guildId: input.guildId, channelId: input.channelId, time, timezone, actors, mentionRoleId: role };
}

/**
 * The subscription `set` leaves: the existing one with the fields the input names, or a new one whose
 * cursor starts at `cursor` (the newest arrival). Setting again is how a moderator says "fixed it": a
 * paused or failing digest starts afresh.
 */
export function subscriptionFrom(
  input: SubscriptionInput,
  valid: ValidInput,
  existing: Subscription | undefined,
  now: number,
  cursor: number,
): Subscription {
  if (existing) {
    return {
      ...existing,
      time: input.time === undefined ? existing.time : valid.time,
      timezone: input.timezone === undefined ? existing.timezone : valid.timezone,
      actors: input.actors === undefined ? existing.actors : valid.actors,
      mentionRoleId: input.mentionRoleId === undefined ? existing.mentionRoleId : valid.mentionRoleId,
      health: HEALTHY,
      updatedAt: now,
    };
  }
  return {
    guildId: valid.guildId,
    channelId: valid.channelId,
    time: valid.time,
    timezone: valid.timezone,
    actors: valid.actors,
    mentionRoleId: valid.mentionRoleId,
    createdAt: now,
    health: HEALTHY,
    lastDelivery: null,
    updatedAt: now,
    cursor,
    withNewestDate: true,
    lastSlot: null,
    pending: null,
    skipped: null,
  };
}

/** A stored subscription with every field present (older records may lack newer fields). */
export function normalize(s: Subscription): Subscription {
  return {
    ...s,
    actors: s.actors ?? [],
    mentionRoleId: s.mentionRoleId ?? null,
    health: s.health ?? HEALTHY,
    lastDelivery: s.lastDelivery ?? null,
    updatedAt: s.updatedAt ?? s.createdAt,
    cursor: s.cursor ?? -1,
    withNewestDate: s.withNewestDate ?? false,
    lastSlot: s.lastSlot ?? null,
    pending: s.pending ?? null,
    skipped: s.skipped ?? null,
  };
}

/** The subscriptions of the guilds loaded here, by guild then channel, and their writes. */
export class Subscriptions {
  private readonly guilds = new Map<string, Map<string, Subscription>>();
  private readonly guildWrites = new Map<string, Promise<unknown>>();

  constructor(private readonly store: KeyValueStore) {}

  /** How many subscriptions are loaded. */
  get size(): number {
    let n = 0;
    for (const subs of this.guilds.values()) n += subs.size;
    return n;
  }

  current(key: SubKey): Subscription | undefined {
    const [guildId, channelId] = partsOf(key);
    return this.guilds.get(guildId)?.get(channelId);
  }

  /** The guild's subscriptions, read from the store the first time. */
  async load(guildId: string): Promise<Map<string, Subscription>> {
    const cached = this.guilds.get(guildId);
    if (cached) return cached;
    const stored = await this.store.get<StoredGuild>(guildKey(guildId));
    // Loaded meanwhile by a concurrent call: keep the first, it may already have changes.
    const again = this.guilds.get(guildId);
    if (again) return again;
    const subs = new Map((stored?.subscriptions ?? []).map((s) => [s.channelId, normalize(s)]));
    this.guilds.set(guildId, subs);
    return subs;
  }

  async require(guildId: string, channelId: string): Promise<Subscription> {
    const sub = (await this.load(guildId)).get(channelId);
    if (!sub) throw new DigestInputError(`There is no digest in <#${channelId}>. Create one with /digest set.`);
    return sub;
  }

  /**
   * Validates `input` and creates or changes the channel's subscription; `newCursor` is asked only for a
   * new one. Refuses a guild's subscription beyond `maxSubscriptionsPerGuild`.
   */
  async set(
    input: SubscriptionInput,
    now: () => number,
    newCursor: () => Promise<number>,
  ): Promise<{ subscription: Subscription; existing: Subscription | undefined }> {
    const valid = validateInput(input);
    const subs = await this.load(valid.guildId);
    const existing = subs.get(valid.channelId);
    if (!existing && subs.size >= SUBSCRIPTION_DEFAULTS.maxSubscriptionsPerGuild) {
      throw new DigestInputError(`This server already has ${subs.size} digests, the most it can have. Remove one first (/digest remove).`);
    }
    const at = now();
    const cursor = existing ? existing.cursor : await newCursor();
    const subscription = subscriptionFrom(input, valid, existing, at, cursor);
    subs.set(subscription.channelId, subscription);
    try {
      await this.persist(subscription.guildId);
    } catch (err) {
      // Not saved, so not so in memory either: a list must not show what a restart would not find.
      if (subs.get(subscription.channelId) === subscription) {
        if (existing) subs.set(subscription.channelId, existing);
        else subs.delete(subscription.channelId);
      }
      throw err;
    }
    return { subscription, existing };
  }

  /**
   * Deletes the channel's subscription; the one deleted, or undefined when there was none. `removed` runs
   * as soon as it is gone from memory, before the write: stop its timers there. When the write fails the
   * subscription is back in memory (it is still stored) before the error is thrown: run it again then.
   */
  async remove(guildId: string, channelId: string, removed?: (sub: Subscription) => void): Promise<Subscription | undefined> {
    const subs = await this.load(guildId);
    const sub = subs.get(channelId);
    if (!sub) return undefined;
    subs.delete(channelId);
    removed?.(sub);
    try {
      await this.persist(guildId);
    } catch (err) {
      if (!subs.has(channelId)) subs.set(channelId, sub);
      throw err;
    }
    return sub;
  }

  /** Replaces a subscription (if it still exists) and writes its guild's list; the new value. */
  async update(key: SubKey, change: (sub: Subscription) => Subscription): Promise<Subscription | undefined> {
    const [guildId, channelId] = partsOf(key);
    const subs = this.guilds.get(guildId);
    const sub = subs?.get(channelId);
    if (!subs || !sub) return undefined;
    const next = change(sub);
    subs.set(channelId, next);
    await this.persist(guildId);
    return next;
  }

  /** Drops a guild from memory (it stays in the store); the keys of its subscriptions. */
  forget(guildId: string): SubKey[] {
    const subs = this.guilds.get(guildId);
    this.guilds.delete(guildId);
    return subs ? [...subs.keys()].map((channelId) => subKey(guildId, channelId)) : [];
  }

  /** Writes the guild's list as it is when the write runs; writes of one guild never overlap. */
  private persist(guildId: string): Promise<void> {
    const subs = this.guilds.get(guildId);
    if (!subs) return Promise.resolve();
    const previous = this.guildWrites.get(guildId) ?? Promise.resolve();
    const write = previous
      .catch(() => undefined)
      .then(() => this.store.set<StoredGuild>(guildKey(guildId), { version: STORE_VERSION, subscriptions: [...subs.values()] }));
    this.guildWrites.set(guildId, write);
    void write
      .finally(() => {
        if (this.guildWrites.get(guildId) === write) this.guildWrites.delete(guildId);
      })
      .catch(() => undefined);
    return write;
  }
}
