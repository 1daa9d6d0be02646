// Digests on schedule, unattended: the front the `/digest` command and the runtime talk to. It starts and
// stops the parts and says which of them does what; each part has one job (docs/digests.md, "Modules"):
// ./subscriptions.ts (stored, validated, written per guild), ./scheduler.ts (timers, grace, catch-up),
// ./delivery.ts (record → send → finalise, exactly once), ./health.ts (failing → paused → notice, pure),
// ./queues.ts (one promise chain per subscription), ./held.ts (the guilds of this process's shards).
import type { Logger } from '../log.js';
import { ArrivalLog, recordIndexArrivals } from './arrivals.js';
import { Deliveries, deliveryKey } from './delivery.js';
import { DigestInputError } from './failures.js';
import { HeldGuilds } from './held.js';
import { DIGEST_SERVICE_DEFAULTS as DEFAULTS, type DigestServiceOptions } from './options.js';
import { SubscriptionQueues } from './queues.js';
import { nextRunAt } from './schedule.js';
import { Scheduler } from './scheduler.js';
import { describe, subKey, Subscriptions } from './subscriptions.js';
import { cronTimers } from './timers.js';
import type { DigestMessage, Subscription, SubscriptionInput } from './types.js';

export { deliveryKey } from './delivery.js';
export { ChannelRefusedError, DigestDeliveryError, DigestInputError } from './failures.js';
export { DIGEST_SERVICE_DEFAULTS, type DigestServiceOptions } from './options.js';
export { isValidTimezone, nextRunAt, timezones } from './schedule.js';
export { guildKey } from './subscriptions.js';
export { cronTimers, ManualClock, type DigestTimers } from './timers.js';
export { StoreUnavailableError } from '../store/index.js';

export class DigestService {
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly arrivals: ArrivalLog;
  private readonly subscriptions: Subscriptions;
  private readonly held: HeldGuilds;
  private readonly queues: SubscriptionQueues;
  private readonly deliveries: Deliveries;
  private readonly scheduler: Scheduler;
  private started = false;
  private stopped = false;

  constructor(private readonly options: DigestServiceOptions) {
    const { store } = options;
    const log = (this.log = options.logger.child({ component: 'digest' }));
    const timers = options.timers ?? cronTimers(log);
    const now = (this.now = options.now ?? (() => timers.now()));
    const stopped = () => this.stopped;
    this.arrivals = new ArrivalLog(store, now);
    this.subscriptions = new Subscriptions(store);
    this.held = new HeldGuilds(options.heldGuilds, now);
    this.queues = new SubscriptionQueues(log);
    const shared = { subscriptions: this.subscriptions, held: this.held, timers, now, log, stopped };
    this.deliveries = new Deliveries({
      ...shared,
      store,
      index: options.index,
      send: options.send,
      notifyGuild: options.notifyGuild,
      metrics: options.metrics,
      title: options.title,
      maxMessages: options.maxMessages,
      arrivals: this.arrivals,
      sleep: (ms) => this.queues.sleep(timers, ms),
      retryLater: (key, since, task) => this.scheduler.retryLater(key, since, task),
      paused: (key) => this.scheduler.unschedule(key),
      resumed: (sub) => this.scheduleIfRunning(sub),
      maxFailures: Math.max(1, options.maxFailures ?? DEFAULTS.maxFailures),
      retryDelaysMs: options.retryDelaysMs ?? DEFAULTS.retryDelaysMs,
      sendTimeoutMs: options.sendTimeoutMs ?? DEFAULTS.sendTimeoutMs,
    });
    this.scheduler = new Scheduler({
      ...shared,
      deliveries: this.deliveries,
      queues: this.queues,
      graceMs: options.graceMs ?? DEFAULTS.graceMs,
      laterRetryMs: options.laterRetryMs ?? DEFAULTS.laterRetryMs,
    });
  }

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
    const held = this.held.refresh();
    for (let i = 0; i < held.length; i += 16) await Promise.all(held.slice(i, i + 16).map((g) => this.activateGuild(g)));
    const [subscriptions, arrivalsHead, store] = [this.subscriptions.size, this.arrivals.head, this.options.store.kind];
    this.log.info('digest.started', { guilds: held.length, subscriptions, arrivalsHead, store });
  }

  /** Cancels every timer and waits (at most `stopTimeoutMs`) for deliveries under way. Does not close the store. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.started = false;
    this.scheduler.unscheduleAll();
    if (!(await this.queues.drain(this.options.stopTimeoutMs ?? DEFAULTS.stopTimeoutMs)))
      this.log.warn('digest.stop.timeout', { inflight: this.queues.size, note: 'their remainder is sent after the next start' });
  }

  /** Resolves when no delivery can go on without the clock moving (tests: `clock.advanceTo(t, () => service.settled())`). */
  settled(): Promise<void> {
    return this.queues.settled();
  }

  /**
   * The index reloaded: records `newArticleIds`, and any article of the current index not recorded yet,
   * as one arrival. Ids already recorded are ignored, so passing every id is correct, just slower.
   */
  async noteReload(newArticleIds: readonly string[]): Promise<void> {
    await this.recordIndexArticles(newArticleIds, 'reload');
  }

  async set(input: SubscriptionInput): Promise<{ subscription: Subscription; nextRun: Date }> {
    const newCursor = async () => (await this.arrivals.refresh(), this.arrivals.head);
    const { subscription, existing } = await this.subscriptions.set(input, this.now, newCursor);
    this.scheduleIfRunning(subscription);
    const nextRun = nextRunAt(subscription.time, subscription.timezone, new Date(subscription.updatedAt));
    this.log.info(existing ? 'digest.updated' : 'digest.created', { ...describe(subscription), nextRun: nextRun.toISOString() });
    return { subscription, nextRun };
  }

  async remove(guildId: string, channelId: string): Promise<boolean> {
    const key = subKey(guildId, channelId);
    let sub: Subscription | undefined;
    try {
      sub = await this.subscriptions.remove(guildId, channelId, () => this.scheduler.unschedule(key));
    } catch (err) {
      // Still stored, so still running.
      const kept = this.subscriptions.current(key);
      if (kept) this.scheduleIfRunning(kept);
      throw err;
    }
    if (!sub) return false;
    if (sub.pending) await this.options.store.delete(deliveryKey(guildId, channelId, sub.pending)).catch(() => undefined);
    this.log.info('digest.removed', describe(sub));
    return true;
  }

  async list(guildId: string): Promise<{ subscription: Subscription; nextRun: Date | null }[]> {
    const subs = await this.subscriptions.load(guildId);
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
    return this.deliveries.preview(await this.subscriptions.require(guildId, channelId));
  }

  /**
   * Sends the digest now (the rest of a half-sent one first); it counts as a delivery (the next
   * scheduled one covers only what arrives after). Throws DigestDeliveryError when the channel refuses
   * or Discord keeps failing, DigestInputError when there is no digest here or one is being sent.
   */
  async sendNow(guildId: string, channelId: string): Promise<{ sent: number } | { nothingNew: true }> {
    await this.subscriptions.require(guildId, channelId);
    const key = subKey(guildId, channelId);
    if (this.deliveries.isDelivering(key))
      throw new DigestInputError('A digest is being delivered to that channel right now; try again in a minute.');
    return this.queues.enqueue(key, () => this.deliveries.deliverNow(key));
  }

  /**
   * Why digest settings cannot be saved right now (the store's outage: its file gone or read-only, redis
   * unreachable), or null when they can. The /digest command asks before anything else.
   */
  storeProblem(): { readonly reason: string } | null {
    const health = this.options.store.health?.();
    return health?.state === 'unavailable' ? { reason: health.reason } : null;
  }

  /**
   * The store works again after an outage. Starts the service if the outage kept it from starting; else
   * records what arrived meanwhile and catches up on each held guild as at start (a slot the outage held
   * up is delivered now if within grace, a digest left half-sent is finished). Idempotent.
   */
  async resume(): Promise<void> {
    if (this.stopped) return;
    if (!this.started) return this.start();
    await this.recordIndexArticles([], 'reload');
    const held = this.held.refresh();
    for (let i = 0; i < held.length; i += 16) await Promise.all(held.slice(i, i + 16).map((g) => this.activateGuild(g)));
    this.log.info('digest.resumed', { guilds: held.length, subscriptions: this.subscriptions.size });
  }

  /** The process now holds this guild (a shard came up, the bot joined): run its subscriptions here. */
  async guildJoined(guildId: string): Promise<void> {
    this.held.joined(guildId);
    if (!this.started) return;
    await this.activateGuild(guildId);
  }

  /** The process no longer holds this guild: its subscriptions stop running here (they stay stored). */
  guildLeft(guildId: string): void {
    this.held.left(guildId);
    for (const key of this.subscriptions.forget(guildId)) this.scheduler.unschedule(key);
  }

  private async activateGuild(guildId: string): Promise<void> {
    let subs: Map<string, Subscription>;
    try {
      subs = await this.subscriptions.load(guildId);
    } catch (err) {
      this.log.error('digest.load_failed', { guildId, error: err });
      return;
    }
    this.scheduler.activate(subs.values());
  }

  private recordIndexArticles(ids: readonly string[], why: 'start' | 'reload'): Promise<void> {
    return recordIndexArrivals(this.arrivals, ids, () => this.options.index().articleIds(), why, this.log);
  }

  private scheduleIfRunning(sub: Subscription): void {
    if (this.held.has(sub.guildId) && this.started) this.scheduler.schedule(sub);
  }
}
