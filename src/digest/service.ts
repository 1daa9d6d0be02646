// Digests on schedule, unattended: subscriptions kept in the store, one timer per subscription in its
// own timezone, and deliveries that happen exactly once across crashes and restarts.
//
// Exactly once. Each run belongs to a slot with an id (`2026-03-29T08:00@Europe/Berlin`). Before the
// first message goes out, the whole digest is composed and written to `delivery:<guild>:<channel>:<slot>`
// together with how many messages Discord has accepted (0), and the subscription notes the slot as
// `pending`; the count is rewritten after every send. A process that dies mid-digest leaves both behind,
// and the next one sends exactly the remainder before anything else. Each message also carries a nonce
// Discord enforces, which covers the last gap (Discord accepted the message, the process died before
// writing the count). See docs/digests.md.
//
// Independence. Each subscription's work runs on its own promise chain and waits for nothing of any
// other: a channel whose sends hang holds up only itself. Writes of a guild's subscription list are
// serialised per guild (one key per guild, written by the one process that holds it).
import { createHash } from 'node:crypto';
import type { AttacheIndex } from '../index/api.js';
import type { Logger } from '../log.js';
import type { DigestMetrics } from '../metrics/index.js';
import type { KeyValueStore } from '../store/index.js';
import { ArrivalLog } from './arrivals.js';
import { newestDateArticles } from './articles.js';
import { composeDigest, DIGEST_DEFAULTS } from './compose.js';
import { ChannelRefusedError, classifyDeliveryError, DigestDeliveryError, DigestInputError, type DeliveryFault } from './failures.js';
import { canonicalTimezone, isValidTime, missedSlot, nextRunAt, previousSlot, type Slot } from './schedule.js';
import { cronTimers, type Cancel, type DigestTimers } from './timers.js';
import type { DeliveryRecord, DigestMessage, Health, Subscription, SubscriptionInput } from './types.js';

export { isValidTimezone, nextRunAt, timezones } from './schedule.js';
export { cronTimers, ManualClock, type DigestTimers } from './timers.js';
export { ChannelRefusedError, DigestDeliveryError, DigestInputError };

export interface DigestServiceOptions {
  store: KeyValueStore;
  /** The index being served now (a reload swaps it). */
  index: () => AttacheIndex;
  logger: Logger;
  /** Posts one message; throws discord.js DiscordAPIError on failure (code 50001, 50013, 10003 …). */
  send: (channelId: string, message: DigestMessage) => Promise<{ id: string }>;
  /** Guilds this process holds (its shards): only their subscriptions run here. */
  heldGuilds: () => Iterable<string>;
  /** Tells a server something (its system channel, if the bot can post there); may throw. */
  notifyGuild: (guildId: string, text: string) => Promise<void>;
  /** Default: the timers' clock. */
  now?: () => number;
  /** Default: node-cron and setTimeout. Tests pass a ManualClock. */
  timers?: DigestTimers;
  /** A slot missed while the bot was down is delivered on start if it is at most this old; default 6 h. */
  graceMs?: number;
  /** Refusals in a row (missing access, permissions, channel gone) before a subscription is paused; default 3. */
  maxFailures?: number;
  /** Waits between attempts at a message after a transient failure; default 5 s, 30 s, 2 min. */
  retryDelaysMs?: readonly number[];
  /** After the retries above, the digest is tried again this much later, while within grace; default 30 min. */
  laterRetryMs?: number;
  /** A send that has not answered after this long counts as a transient failure; default 60 s. */
  sendTimeoutMs?: number;
  /** `stop` waits at most this long (real time) for deliveries under way; default 10 s. */
  stopTimeoutMs?: number;
  /** The digests' name (headline, footers). */
  title?: string;
  /** At most this many messages per digest; default 20. */
  maxMessages?: number;
  /** Counts messages sent and digests delivered or failed (the health port's /metrics); none by default. */
  metrics?: DigestMetrics;
}

export const DIGEST_SERVICE_DEFAULTS = {
  time: '08:00',
  timezone: 'UTC',
  graceMs: 6 * 3_600_000,
  maxFailures: 3,
  retryDelaysMs: [5_000, 30_000, 120_000] as readonly number[],
  laterRetryMs: 30 * 60_000,
  sendTimeoutMs: 60_000,
  stopTimeoutMs: 10_000,
  maxSubscriptionsPerGuild: 25,
  maxActors: 25,
} as const;

const SNOWFLAKE = /^\d{17,20}$/;
const OK: Health = { state: 'ok' };
const STORE_VERSION = 1;

interface StoredGuild {
  version: number;
  subscriptions: Subscription[];
}

export const guildKey = (guildId: string): string => `guild:${guildId}:subscriptions`;
export const deliveryKey = (guildId: string, channelId: string, slotId: string): string => `delivery:${guildId}:${channelId}:${slotId}`;

type SubKey = string;
const subKey = (guildId: string, channelId: string): SubKey => `${guildId}/${channelId}`;
const partsOf = (key: SubKey): [guildId: string, channelId: string] => key.split('/') as [string, string];

/** Stopped, removed, or moved to another process mid-digest: the rest is left for whoever runs it next. */
class Interrupted extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'Interrupted';
  }
}

type SendOutcome = { sent: number } | { nothingNew: true };
/** What a pass over a delivery record achieved: messages sent by it, and whether the digest is now out. */
interface Progress {
  sent: number;
  complete: boolean;
}

export class DigestService {
  private readonly store: KeyValueStore;
  private readonly log: Logger;
  private readonly timers: DigestTimers;
  private readonly now: () => number;
  private readonly graceMs: number;
  private readonly maxFailures: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly laterRetryMs: number;
  private readonly sendTimeoutMs: number;
  private readonly stopTimeoutMs: number;
  private readonly arrivals: ArrivalLog;

  /** Subscriptions of the guilds loaded here, by guild then channel. */
  private readonly guilds = new Map<string, Map<string, Subscription>>();
  private readonly jobs = new Map<SubKey, Cancel>();
  private readonly laterRetries = new Map<SubKey, Cancel>();
  private readonly chains = new Map<SubKey, Promise<unknown>>();
  /** Subscriptions with a delivery under way (sendNow refuses to queue behind one). */
  private readonly delivering = new Set<SubKey>();
  private readonly guildWrites = new Map<string, Promise<unknown>>();
  private readonly inflight = new Set<Promise<unknown>>();
  private heldCache: { at: number; ids: Set<string> } | null = null;
  /** Tasks running now, and how many of them are waiting out a retry back-off (for `settled`). */
  private active = 0;
  private sleeping = 0;
  private started = false;
  private stopped = false;

  constructor(private readonly options: DigestServiceOptions) {
    this.store = options.store;
    this.log = options.logger.child({ component: 'digest' });
    this.timers = options.timers ?? cronTimers(this.log);
    this.now = options.now ?? (() => this.timers.now());
    this.graceMs = options.graceMs ?? DIGEST_SERVICE_DEFAULTS.graceMs;
    this.maxFailures = Math.max(1, options.maxFailures ?? DIGEST_SERVICE_DEFAULTS.maxFailures);
    this.retryDelaysMs = options.retryDelaysMs ?? DIGEST_SERVICE_DEFAULTS.retryDelaysMs;
    this.laterRetryMs = options.laterRetryMs ?? DIGEST_SERVICE_DEFAULTS.laterRetryMs;
    this.sendTimeoutMs = options.sendTimeoutMs ?? DIGEST_SERVICE_DEFAULTS.sendTimeoutMs;
    this.stopTimeoutMs = options.stopTimeoutMs ?? DIGEST_SERVICE_DEFAULTS.stopTimeoutMs;
    this.arrivals = new ArrivalLog(this.store, () => this.now());
  }

  // ——— life cycle ———

  /**
   * Reads the arrival log (recording the index's articles not in it yet: all of them on the very first
   * start), then for each held guild schedules its subscriptions, finishes digests a previous process
   * left half-sent, delivers a slot missed within the grace period and notes older ones. Deliveries run
   * in the background: `settled()` waits for them.
   */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stopped = false;
    try {
      await this.arrivals.refresh();
      await this.recordIndexArticles([], 'start');
    } catch (err) {
      this.started = false;
      throw err;
    }
    const held = [...this.options.heldGuilds()];
    this.heldCache = { at: this.now(), ids: new Set(held) };
    for (let i = 0; i < held.length; i += 16) await Promise.all(held.slice(i, i + 16).map((g) => this.activateGuild(g)));
    let subscriptions = 0;
    for (const subs of this.guilds.values()) subscriptions += subs.size;
    this.log.info('digest.started', { guilds: held.length, subscriptions, arrivalsHead: this.arrivals.head, store: this.store.kind });
  }

  /** Cancels every timer and waits (at most `stopTimeoutMs`) for deliveries under way. Does not close the store. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.started = false;
    for (const job of this.jobs.values()) job.cancel();
    for (const retry of this.laterRetries.values()) retry.cancel();
    this.jobs.clear();
    this.laterRetries.clear();
    const pending = Promise.allSettled([...this.inflight]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.stopTimeoutMs);
      timer.unref?.();
    });
    const outcome = await Promise.race([pending.then(() => 'done' as const), timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout')
      this.log.warn('digest.stop.timeout', { inflight: this.inflight.size, note: 'their remainder is sent after the next start' });
  }

  /**
   * Resolves when no delivery can go on without the clock moving: every one has finished, or is waiting
   * out a retry back-off. For tests with a ManualClock (`clock.advanceTo(t, () => service.settled())`);
   * a send that never answers keeps it waiting.
   */
  async settled(): Promise<void> {
    while (this.inflight.size > 0 && !(this.active > 0 && this.active === this.sleeping)) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  // ——— arrivals ———

  /**
   * The index reloaded: records `newArticleIds`, and any article of the current index not recorded yet,
   * as one arrival. Ids already recorded are ignored, so passing every id is correct, just slower.
   */
  async noteReload(newArticleIds: readonly string[]): Promise<void> {
    await this.recordIndexArticles(newArticleIds, 'reload');
  }

  private async recordIndexArticles(ids: readonly string[], why: 'start' | 'reload'): Promise<void> {
    let all: readonly string[] = ids;
    let listed = false;
    try {
      all = [...ids, ...this.options.index().articleIds()];
      listed = true;
    } catch (err) {
      this.log.warn('digest.arrivals.index_unavailable', { why, error: err });
    }
    // Only an index we could list is the archive "present at the first start".
    const recorded = await this.arrivals.record(all, { startLog: why === 'start' && listed });
    if (recorded) this.log.info('digest.arrivals', { why, seq: recorded.seq, articles: recorded.ids.length });
  }

  // ——— subscriptions ———

  async set(input: SubscriptionInput): Promise<{ subscription: Subscription; nextRun: Date }> {
    const valid = validate(input);
    const subs = await this.loadGuild(valid.guildId);
    const existing = subs.get(valid.channelId);
    if (!existing && subs.size >= DIGEST_SERVICE_DEFAULTS.maxSubscriptionsPerGuild) {
      throw new DigestInputError(`This server already has ${subs.size} digests, the most it can have. Remove one first (/digest remove).`);
    }
    const now = this.now();
    if (!existing) await this.arrivals.refresh();
    const subscription: Subscription = existing
      ? {
          ...existing,
          time: input.time === undefined ? existing.time : valid.time,
          timezone: input.timezone === undefined ? existing.timezone : valid.timezone,
          actors: input.actors === undefined ? existing.actors : valid.actors,
          mentionRoleId: input.mentionRoleId === undefined ? existing.mentionRoleId : valid.mentionRoleId,
          // Setting again is how a moderator says "fixed it": a paused or failing digest starts afresh.
          health: OK,
          updatedAt: now,
        }
      : {
          guildId: valid.guildId,
          channelId: valid.channelId,
          time: valid.time,
          timezone: valid.timezone,
          actors: valid.actors,
          mentionRoleId: valid.mentionRoleId,
          createdAt: now,
          health: OK,
          lastDelivery: null,
          updatedAt: now,
          cursor: this.arrivals.head,
          withNewestDate: true,
          lastSlot: null,
          pending: null,
          skipped: null,
        };
    subs.set(subscription.channelId, subscription);
    await this.persist(subscription.guildId);
    if (this.isHeld(subscription.guildId) && this.started) this.schedule(subscription);
    const nextRun = nextRunAt(subscription.time, subscription.timezone, new Date(now));
    this.log.info(existing ? 'digest.updated' : 'digest.created', { ...describe(subscription), nextRun: nextRun.toISOString() });
    return { subscription, nextRun };
  }

  async remove(guildId: string, channelId: string): Promise<boolean> {
    const subs = await this.loadGuild(guildId);
    const sub = subs.get(channelId);
    if (!sub) return false;
    const key = subKey(guildId, channelId);
    this.unschedule(key);
    subs.delete(channelId);
    await this.persist(guildId);
    if (sub.pending) await this.store.delete(deliveryKey(guildId, channelId, sub.pending)).catch(() => undefined);
    this.log.info('digest.removed', describe(sub));
    return true;
  }

  async list(guildId: string): Promise<{ subscription: Subscription; nextRun: Date | null }[]> {
    const subs = await this.loadGuild(guildId);
    const now = new Date(this.now());
    return [...subs.values()]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((subscription) => ({
        subscription,
        nextRun: subscription.health.state === 'paused' ? null : nextRunAt(subscription.time, subscription.timezone, now),
      }));
  }

  /** What `sendNow` would post: the rest of a digest left half-sent, then what is new. [] when nothing. */
  async preview(guildId: string, channelId: string): Promise<DigestMessage[]> {
    const sub = await this.require(guildId, channelId);
    await this.arrivals.refresh();
    let remainder: DigestMessage[] = [];
    let cursor = sub.cursor;
    let withNewestDate = sub.withNewestDate;
    if (sub.pending) {
      const record = await this.store.get<DeliveryRecord>(deliveryKey(guildId, channelId, sub.pending));
      if (record) {
        remainder = record.state === 'sending' ? record.messages.slice(record.sent).map(withoutNonce) : [];
        cursor = Math.max(cursor, record.cursorAfter);
        withNewestDate = false;
      }
    }
    return [...remainder, ...this.compose(sub, cursor, withNewestDate, this.arrivals.head)];
  }

  /**
   * Sends the digest now (the rest of a half-sent one first); it counts as a delivery (the next
   * scheduled one covers only what arrives after). Throws DigestDeliveryError when the channel refuses
   * or Discord keeps failing, DigestInputError when there is no digest here or one is being sent.
   */
  async sendNow(guildId: string, channelId: string): Promise<{ sent: number } | { nothingNew: true }> {
    await this.require(guildId, channelId);
    const key = subKey(guildId, channelId);
    if (this.delivering.has(key))
      throw new DigestInputError('A digest is being delivered to that channel right now; try again in a minute.');
    return this.enqueue(key, async () => {
      let sent = 0;
      try {
        if (!this.current(key)) throw new DigestInputError('There is no digest in that channel any more.');
        sent += (await this.finishPending(key, { throwOnFailure: true })).sent;
        const outcome = await this.deliverNew(key, `manual@${new Date(this.now()).toISOString()}`, false, { throwOnFailure: true });
        if ('sent' in outcome) sent += outcome.sent;
      } catch (err) {
        if (err instanceof Interrupted)
          throw new DigestInputError(
            'The digest was removed, or the bot is restarting, while it was being sent; the rest goes out with the next one.',
          );
        throw err;
      }
      return sent > 0 ? { sent } : { nothingNew: true as const };
    });
  }

  /** The process now holds this guild (a shard came up, the bot joined): run its subscriptions here. */
  async guildJoined(guildId: string): Promise<void> {
    this.heldCache?.ids.add(guildId);
    if (!this.started) return;
    await this.activateGuild(guildId);
  }

  /** The process no longer holds this guild: its subscriptions stop running here (they stay stored). */
  guildLeft(guildId: string): void {
    this.heldCache?.ids.delete(guildId);
    const subs = this.guilds.get(guildId);
    if (subs) for (const channelId of subs.keys()) this.unschedule(subKey(guildId, channelId));
    this.guilds.delete(guildId);
  }

  // ——— scheduling ———

  private async activateGuild(guildId: string): Promise<void> {
    let subs: Map<string, Subscription>;
    try {
      subs = await this.loadGuild(guildId);
    } catch (err) {
      this.log.error('digest.load_failed', { guildId, error: err });
      return;
    }
    const now = this.now();
    for (const sub of subs.values()) {
      if (sub.health.state === 'paused') continue;
      const key = subKey(sub.guildId, sub.channelId);
      this.schedule(sub);
      if (sub.pending) void this.enqueue(key, () => this.finishPending(key)).catch(() => undefined);
      const missed = missedSlot(
        { time: sub.time, timezone: sub.timezone, lastSlot: sub.lastSlot, since: sub.updatedAt },
        now,
        this.graceMs,
      );
      if (missed.kind === 'due') {
        this.log.info('digest.slot.missed', { ...describe(sub), slot: missed.slot.id, ageMs: now - missed.slot.at.getTime() });
        void this.enqueue(key, () => this.runSlot(key, missed.slot, 'missed')).catch(() => undefined);
      } else if (missed.kind === 'expired') {
        void this.enqueue(key, () => this.skipSlot(key, missed.slot, missed.ageMs)).catch(() => undefined);
      }
    }
  }

  private schedule(sub: Subscription): void {
    const key = subKey(sub.guildId, sub.channelId);
    this.jobs.get(key)?.cancel();
    const job = this.timers.daily(sub.time, sub.timezone, (at) => this.onSlot(sub.guildId, sub.channelId, at));
    this.jobs.set(key, job);
  }

  private unschedule(key: SubKey): void {
    this.jobs.get(key)?.cancel();
    this.jobs.delete(key);
    this.laterRetries.get(key)?.cancel();
    this.laterRetries.delete(key);
  }

  private onSlot(guildId: string, channelId: string, at: Date): void {
    if (this.stopped) return;
    const key = subKey(guildId, channelId);
    const sub = this.current(key);
    if (!sub || sub.health.state === 'paused') return;
    if (!this.isHeld(guildId)) {
      this.log.debug('digest.slot.not_held', describe(sub));
      return;
    }
    const slot = previousSlot(sub.time, sub.timezone, at);
    void this.enqueue(key, () => this.runSlot(key, slot, 'scheduled')).catch(() => undefined);
  }

  /** A scheduled (or missed) slot: the rest of a half-sent digest first, then what is new. */
  private async runSlot(key: SubKey, slot: Slot, why: 'scheduled' | 'missed' | 'retry'): Promise<void> {
    let sub = this.current(key);
    if (!sub || sub.health.state === 'paused' || this.stopped) return;
    try {
      if (sub.lastSlot === slot.id) {
        // Handled already (a second firing of the same slot, a restart); a retry finishes what it began.
        if (why === 'retry' && sub.pending) await this.finishPending(key);
        else this.log.debug('digest.slot.already_handled', { ...describe(sub), slot: slot.id, why });
        return;
      }
      if (sub.pending) {
        const progress = await this.finishPending(key);
        sub = this.current(key);
        if (!sub) return;
        if (!progress.complete) {
          // The earlier digest is still not out (or was just refused): a new one now would repeat its
          // articles, or be refused a second time in the same slot.
          await this.update(key, (s) => ({ ...s, lastSlot: slot.id }));
          return;
        }
      }
      await this.deliverNew(key, slot.id, true, { why });
    } catch (err) {
      if (err instanceof Interrupted) return;
      // Not a refusal (those are handled where they happen): the index not loaded, the store down.
      this.log.error('digest.run_failed', { key, slot: slot.id, why, error: err });
      this.retryLater(key, slot.at.getTime(), () => this.runSlot(key, slot, 'retry'));
    }
  }

  private async skipSlot(key: SubKey, slot: Slot, ageMs: number): Promise<void> {
    const sub = await this.update(key, (s) => ({ ...s, lastSlot: slot.id, skipped: { slotId: slot.id, at: this.now() } }));
    if (sub) {
      this.log.warn('digest.slot.skipped', {
        ...describe(sub),
        slot: slot.id,
        ageMs,
        graceMs: this.graceMs,
        note: 'the bot was down at that time; its articles come with the next digest',
      });
    }
  }

  /** Tries `task` again `laterRetryMs` from now, if that is still within grace of `since`. */
  private retryLater(key: SubKey, since: number, task: () => Promise<unknown>): void {
    if (this.stopped || this.now() + this.laterRetryMs - since > this.graceMs) return;
    this.laterRetries.get(key)?.cancel();
    const retry = this.timers.after(this.laterRetryMs, () => {
      this.laterRetries.delete(key);
      if (!this.stopped) void this.enqueue(key, task).catch(() => undefined);
    });
    this.laterRetries.set(key, retry);
  }

  // ——— delivery ———

  private compose(sub: Subscription, cursor: number, withNewestDate: boolean, upTo: number): DigestMessage[] {
    const index = this.options.index();
    const ids = this.arrivals.idsAfter(cursor, upTo);
    if (withNewestDate) ids.push(...newestDateArticles(index));
    if (ids.length === 0) return [];
    return composeDigest(index, ids, sub, {
      title: this.options.title ?? DIGEST_DEFAULTS.title,
      maxMessages: this.options.maxMessages ?? DIGEST_DEFAULTS.maxMessages,
    });
  }

  /** Composes what is new since the cursor, records it, sends it. */
  private async deliverNew(
    key: SubKey,
    slotId: string,
    scheduled: boolean,
    context: { why?: string; throwOnFailure?: boolean },
  ): Promise<SendOutcome> {
    const sub = this.current(key);
    if (!sub) throw new Interrupted('removed');
    await this.arrivals.refresh();
    const head = this.arrivals.head;
    const messages = this.compose(sub, sub.cursor, sub.withNewestDate, head);
    if (messages.length === 0) {
      await this.update(key, (s) => ({
        ...s,
        cursor: Math.max(s.cursor, head),
        withNewestDate: false,
        lastSlot: scheduled ? slotId : s.lastSlot,
      }));
      this.log.info('digest.nothing_new', { ...describe(sub), slot: slotId, why: context.why ?? 'manual' });
      return { nothingNew: true };
    }
    const record: DeliveryRecord = {
      slotId,
      state: 'sending',
      messages: messages.map((m, i) => ({ ...m, nonce: nonceOf(sub, slotId, i), enforceNonce: true })),
      sent: 0,
      cursorAfter: head,
      scheduled,
      startedAt: this.now(),
    };
    // Recorded before the first send: from here on a crash resumes instead of starting over.
    await this.store.set(deliveryKey(sub.guildId, sub.channelId, slotId), record);
    await this.update(key, (s) => ({ ...s, pending: slotId, lastSlot: scheduled ? slotId : s.lastSlot }));
    const progress = await this.sendRecord(key, sub.createdAt, record, context.throwOnFailure ?? false);
    return { sent: progress.sent };
  }

  /** Finishes the digest the subscription has pending, if any. */
  private async finishPending(key: SubKey, context: { throwOnFailure?: boolean } = {}): Promise<Progress> {
    const sub = this.current(key);
    if (!sub?.pending) return { sent: 0, complete: true };
    const record = await this.store.get<DeliveryRecord>(deliveryKey(sub.guildId, sub.channelId, sub.pending));
    if (!record) {
      this.log.warn('digest.pending_record_missing', { ...describe(sub), slot: sub.pending });
      await this.update(key, (s) => ({ ...s, pending: null }));
      return { sent: 0, complete: true };
    }
    if (record.state === 'done') {
      // The process died between the last record and the subscription's update.
      await this.finalize(key, record);
      return { sent: 0, complete: true };
    }
    this.log.info('digest.resuming', { ...describe(sub), slot: record.slotId, sent: record.sent, of: record.messages.length });
    return this.sendRecord(key, sub.createdAt, record, context.throwOnFailure ?? false);
  }

  /** Sends the record's messages from `sent` on, recording each. */
  private async sendRecord(key: SubKey, createdAt: number, record: DeliveryRecord, throwOnFailure: boolean): Promise<Progress> {
    const [guildId, channelId] = partsOf(key);
    const recordKey = deliveryKey(guildId, channelId, record.slotId);
    const start = record.sent;
    this.delivering.add(key);
    try {
      for (let i = record.sent; i < record.messages.length; i++) {
        this.assertMayContinue(key, createdAt);
        try {
          await this.sendOne(key, createdAt, record.messages[i]!);
        } catch (err) {
          if (err instanceof Interrupted) throw err;
          const fault = err as DeliveryFault;
          if (fault.kind === 'rejected') {
            this.log.error('digest.message_rejected', { guildId, channelId, slot: record.slotId, message: i, reason: fault.reason });
          } else {
            await this.failed(key, record, fault);
            if (throwOnFailure) throw new DigestDeliveryError(fault.reason, fault.kind, record.sent - start);
            return { sent: record.sent - start, complete: false };
          }
        }
        record.sent = i + 1;
        await this.store.set(recordKey, record);
      }
      record.state = 'done';
      await this.store.set(recordKey, record);
      await this.finalize(key, record);
      return { sent: record.sent - start, complete: true };
    } finally {
      this.delivering.delete(key);
    }
  }

  /** The digest is out: the cursor moves past it, health is restored, the record goes. */
  private async finalize(key: SubKey, record: DeliveryRecord): Promise<void> {
    const before = this.current(key);
    const sub = await this.update(key, (s) => ({
      ...s,
      pending: s.pending === record.slotId ? null : s.pending,
      cursor: Math.max(s.cursor, record.cursorAfter),
      withNewestDate: false,
      lastDelivery: { slotId: record.slotId, at: this.now(), messages: record.messages.length },
      health: OK,
    }));
    if (!sub) return;
    this.log.info('digest.delivered', { ...describe(sub), slot: record.slotId, messages: record.messages.length });
    this.options.metrics?.delivered();
    if (before && before.health.state !== 'ok') {
      this.log.info('digest.recovered', { ...describe(sub), was: before.health });
      if (before.health.state === 'paused' && this.isHeld(sub.guildId) && this.started) this.schedule(sub);
    }
    await this.store.delete(deliveryKey(sub.guildId, sub.channelId, record.slotId)).catch((err: unknown) => {
      this.log.warn('digest.record_cleanup_failed', { ...describe(sub), slot: record.slotId, error: err });
    });
  }

  /** One message, retried after transient failures; throws a DeliveryFault when it cannot go out. */
  private async sendOne(key: SubKey, createdAt: number, message: DigestMessage): Promise<void> {
    const [guildId, channelId] = partsOf(key);
    for (let attempt = 0; ; attempt++) {
      this.assertMayContinue(key, createdAt);
      let fault: DeliveryFault;
      try {
        await this.withTimeout(this.options.send(channelId, message));
        this.options.metrics?.messageSent();
        return;
      } catch (err) {
        fault = classifyDeliveryError(err);
      }
      // A DeliveryFault is a verdict for deliverSlot's catch to act on, not an error to report: no stack wanted.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (fault.kind !== 'transient' || attempt >= this.retryDelaysMs.length) throw fault;
      const delay = this.retryDelaysMs[attempt]!;
      this.log.warn('digest.send.retry', { guildId, channelId, attempt: attempt + 1, delayMs: delay, reason: fault.reason });
      this.sleeping++;
      try {
        await new Promise<void>((resolve) => this.timers.after(delay, resolve));
      } finally {
        this.sleeping--;
      }
    }
  }

  private withTimeout<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = this.timers.after(this.sendTimeoutMs, () =>
        reject(Object.assign(new Error(`no answer from Discord within ${this.sendTimeoutMs} ms`), { name: 'TimeoutError' })),
      );
      promise.then(
        (v) => {
          timer.cancel();
          resolve(v);
        },
        (e: unknown) => {
          timer.cancel();
          reject(e);
        },
      );
    });
  }

  private assertMayContinue(key: SubKey, createdAt: number): void {
    if (this.stopped) throw new Interrupted('stopped');
    const sub = this.current(key);
    if (!sub || sub.createdAt !== createdAt) throw new Interrupted('removed');
    if (!this.isHeld(sub.guildId)) throw new Interrupted('guild not held');
  }

  /** A delivery that cannot complete: health, pause, and what becomes of the unsent rest. */
  private async failed(key: SubKey, record: DeliveryRecord, fault: DeliveryFault): Promise<void> {
    const sub = this.current(key);
    if (!sub) return;
    // Every attempt that ends here counts, a transient one too: a rising rate is what an operator watches.
    this.options.metrics?.failed();
    const now = this.now();
    if (fault.kind === 'transient') {
      // Discord's trouble, not the channel's: say so, but it never pauses a digest. The rest stays
      // pending and goes out at the next attempt.
      const failures = sub.health.state === 'failing' ? sub.health.failures : 0;
      const since = sub.health.state === 'failing' ? sub.health.since : now;
      await this.update(key, (s) => ({
        ...s,
        health: s.health.state === 'paused' ? s.health : { state: 'failing', reason: fault.reason, since, failures },
      }));
      this.log.error('digest.send.failed', {
        ...describe(sub),
        slot: record.slotId,
        sent: record.sent,
        of: record.messages.length,
        reason: fault.reason,
      });
      this.retryLater(key, record.startedAt, () => this.finishPending(key));
      return;
    }
    const failures = (sub.health.state === 'failing' ? sub.health.failures : 0) + 1;
    const since = sub.health.state === 'failing' ? sub.health.since : now;
    const pause = failures >= this.maxFailures;
    const health: Health = pause
      ? { state: 'paused', reason: fault.reason, since: now }
      : { state: 'failing', reason: fault.reason, since, failures };
    // Nothing went out: drop the record, its articles stay after the cursor for the next digest. Part
    // went out: keep it, the rest is sent when the channel takes messages again.
    const abandon = record.sent === 0;
    await this.update(key, (s) => ({ ...s, health, pending: abandon && s.pending === record.slotId ? null : s.pending }));
    if (abandon) await this.store.delete(deliveryKey(sub.guildId, sub.channelId, record.slotId)).catch(() => undefined);
    this.log.warn('digest.refused', { ...describe(sub), slot: record.slotId, reason: fault.reason, failures, paused: pause });
    if (pause) {
      this.unschedule(key);
      const text =
        `The Attaché digest for <#${sub.channelId}> is paused: ${fault.reason}. ` +
        `It failed ${failures} times in a row. Once that is fixed, a moderator can resume it with /digest set.`;
      try {
        await this.options.notifyGuild(sub.guildId, text);
      } catch (err) {
        this.log.warn('digest.notify_failed', { ...describe(sub), error: err });
      }
      this.log.warn('digest.paused', { ...describe(sub), reason: fault.reason, failures });
    }
  }

  // ——— state ———

  private current(key: SubKey): Subscription | undefined {
    const [guildId, channelId] = partsOf(key);
    return this.guilds.get(guildId)?.get(channelId);
  }

  private async require(guildId: string, channelId: string): Promise<Subscription> {
    const sub = (await this.loadGuild(guildId)).get(channelId);
    if (!sub) throw new DigestInputError(`There is no digest in <#${channelId}>. Create one with /digest set.`);
    return sub;
  }

  private async loadGuild(guildId: string): Promise<Map<string, Subscription>> {
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

  /** Replaces a subscription (if it still exists) and writes its guild's list; the new value. */
  private async update(key: SubKey, change: (sub: Subscription) => Subscription): Promise<Subscription | undefined> {
    const [guildId, channelId] = partsOf(key);
    const subs = this.guilds.get(guildId);
    const sub = subs?.get(channelId);
    if (!subs || !sub) return undefined;
    const next = change(sub);
    subs.set(channelId, next);
    await this.persist(guildId);
    return next;
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

  /** Runs `task` after the subscription's earlier tasks; tracked for `stop` and `settled`. */
  private enqueue<T>(key: SubKey, task: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(async () => {
        this.active++;
        try {
          return await task();
        } finally {
          this.active--;
        }
      });
    const tracked = run.catch((err: unknown) => {
      if (!(err instanceof Interrupted) && !(err instanceof DigestDeliveryError) && !(err instanceof DigestInputError)) {
        this.log.error('digest.task_failed', { key, error: err });
      }
    });
    this.chains.set(key, tracked);
    this.inflight.add(tracked);
    void tracked.finally(() => {
      this.inflight.delete(tracked);
      if (this.chains.get(key) === tracked) this.chains.delete(key);
    });
    return run;
  }

  private isHeld(guildId: string): boolean {
    const now = this.now();
    // heldGuilds() may walk thousands of guilds: ask at most every few seconds.
    if (!this.heldCache || now - this.heldCache.at > 5_000 || now < this.heldCache.at) {
      this.heldCache = { at: now, ids: new Set(this.options.heldGuilds()) };
    }
    return this.heldCache.ids.has(guildId);
  }
}

interface ValidInput {
  guildId: string;
  channelId: string;
  time: string;
  timezone: string;
  actors: string[];
  mentionRoleId: string | null;
}

/** The caller validated already (with friendlier words); this keeps a wrong value out of the store. */
function validate(input: SubscriptionInput): ValidInput {
  if (!SNOWFLAKE.test(input.guildId)) throw new DigestInputError(`"${input.guildId}" is not a server id.`);
  if (!SNOWFLAKE.test(input.channelId)) throw new DigestInputError(`"${input.channelId}" is not a channel id.`);
  const time = input.time ?? DIGEST_SERVICE_DEFAULTS.time;
  if (!isValidTime(time))
    throw new DigestInputError(`"${time}" is not a time of day: write it as HH:MM on a 24-hour clock, e.g. 08:00 or 18:30.`);
  const timezone = canonicalTimezone(input.timezone ?? DIGEST_SERVICE_DEFAULTS.timezone);
  if (!timezone)
    throw new DigestInputError(`"${input.timezone}" is not a timezone: use a name such as Europe/Berlin, America/New_York or UTC.`);
  const actors = [...new Set((input.actors ?? []).map((a) => a.trim()).filter(Boolean))];
  if (actors.length > DIGEST_SERVICE_DEFAULTS.maxActors)
    throw new DigestInputError(`A digest can follow at most ${DIGEST_SERVICE_DEFAULTS.maxActors} actors.`);
  const role = input.mentionRoleId ?? null;
  if (role !== null && !SNOWFLAKE.test(role)) throw new DigestInputError(`"${role}" is not a role id.`);
  return { guildId: input.guildId, channelId: input.channelId, time, timezone, actors, mentionRoleId: role };
}

/** A stored subscription with every field present (older records may lack newer fields). */
function normalize(s: Subscription): Subscription {
  return {
    ...s,
    actors: s.actors ?? [],
    mentionRoleId: s.mentionRoleId ?? null,
    health: s.health ?? OK,
    lastDelivery: s.lastDelivery ?? null,
    updatedAt: s.updatedAt ?? s.createdAt,
    cursor: s.cursor ?? -1,
    withNewestDate: s.withNewestDate ?? false,
    lastSlot: s.lastSlot ?? null,
    pending: s.pending ?? null,
    skipped: s.skipped ?? null,
  };
}

function describe(sub: Subscription): Record<string, unknown> {
  return { guildId: sub.guildId, channelId: sub.channelId, time: sub.time, timezone: sub.timezone };
}

/** Discord's nonce: at most 25 characters, the same for the same message of the same slot. */
function nonceOf(sub: Subscription, slotId: string, i: number): string {
  return createHash('sha256').update(`${sub.guildId}:${sub.channelId}:${slotId}:${i}`).digest('base64url').slice(0, 25);
}

function withoutNonce(message: DigestMessage): DigestMessage {
  const { nonce: _nonce, enforceNonce: _enforce, ...rest } = message;
  return rest;
}
