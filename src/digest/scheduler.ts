// When digests run: one daily timer per subscription in its own timezone, a slot missed while the bot was
// down delivered once if it is within the grace period (else skipped and noted), and a digest that Discord's
// trouble held up tried again later while still within grace. What a run sends is the delivery's
// (./delivery.ts); the timing rules themselves are pure functions (./schedule.ts).
import type { Logger } from '../log.js';
import { StoreUnavailableError } from '../store/index.js';
import type { Deliveries } from './delivery.js';
import { Interrupted } from './failures.js';
import type { HeldGuilds } from './held.js';
import { isPaused } from './health.js';
import type { SubscriptionQueues } from './queues.js';
import { missedSlot, previousSlot, type Slot } from './schedule.js';
import { describe, subKey, type SubKey, type Subscriptions } from './subscriptions.js';
import type { Cancel, DigestTimers } from './timers.js';
import type { Subscription } from './types.js';

export type RunReason = 'scheduled' | 'missed' | 'retry';

export interface SchedulerOptions {
  subscriptions: Subscriptions;
  deliveries: Pick<Deliveries, 'deliverNew' | 'finishPending'>;
  queues: Pick<SubscriptionQueues, 'enqueue'>;
  held: HeldGuilds;
  timers: DigestTimers;
  now: () => number;
  log: Logger;
  /** True once the service is stopping: nothing new starts. */
  stopped: () => boolean;
  /** A slot missed is still delivered if at most this old; a held-up digest is retried only within it. */
  graceMs: number;
  /** How much later a held-up digest is tried again. */
  laterRetryMs: number;
}

export class Scheduler {
  private readonly jobs = new Map<SubKey, Cancel>();
  private readonly laterRetries = new Map<SubKey, Cancel>();

  constructor(private readonly o: SchedulerOptions) {}

  /**
   * A guild's subscriptions start running here (on start, or when its shard moves here): each is
   * scheduled, finishes a digest a previous process left half-sent, and catches up on its latest slot.
   */
  activate(subs: Iterable<Subscription>): void {
    const now = this.o.now();
    for (const sub of subs) {
      if (isPaused(sub.health)) continue;
      const key = subKey(sub.guildId, sub.channelId);
      this.schedule(sub);
      if (sub.pending) this.run(key, () => this.o.deliveries.finishPending(key));
      const missed = missedSlot(
        { time: sub.time, timezone: sub.timezone, lastSlot: sub.lastSlot, since: sub.updatedAt },
        now,
        this.o.graceMs,
      );
      if (missed.kind === 'due') {
        this.o.log.info('digest.slot.missed', { ...describe(sub), slot: missed.slot.id, ageMs: now - missed.slot.at.getTime() });
        this.run(key, () => this.runSlot(key, missed.slot, 'missed'));
      } else if (missed.kind === 'expired') {
        this.run(key, () => this.skipSlot(key, missed.slot, missed.ageMs));
      }
    }
  }

  /** Arms (or re-arms, after a change of time) the subscription's daily timer. */
  schedule(sub: Subscription): void {
    const key = subKey(sub.guildId, sub.channelId);
    this.jobs.get(key)?.cancel();
    const job = this.o.timers.daily(sub.time, sub.timezone, (at) => this.onSlot(sub.guildId, sub.channelId, at));
    this.jobs.set(key, job);
  }

  /** Cancels the subscription's timer and any later retry. */
  unschedule(key: SubKey): void {
    this.jobs.get(key)?.cancel();
    this.jobs.delete(key);
    this.laterRetries.get(key)?.cancel();
    this.laterRetries.delete(key);
  }

  unscheduleAll(): void {
    for (const job of this.jobs.values()) job.cancel();
    for (const retry of this.laterRetries.values()) retry.cancel();
    this.jobs.clear();
    this.laterRetries.clear();
  }

  /** Tries `task` again `laterRetryMs` from now, if that is still within grace of `since`. */
  retryLater(key: SubKey, since: number, task: () => Promise<unknown>): void {
    if (this.o.stopped() || this.o.now() + this.o.laterRetryMs - since > this.o.graceMs) return;
    this.laterRetries.get(key)?.cancel();
    const retry = this.o.timers.after(this.o.laterRetryMs, () => {
      this.laterRetries.delete(key);
      if (!this.o.stopped()) this.run(key, task);
    });
    this.laterRetries.set(key, retry);
  }

  private onSlot(guildId: string, channelId: string, at: Date): void {
    if (this.o.stopped()) return;
    const key = subKey(guildId, channelId);
    const sub = this.o.subscriptions.current(key);
    if (!sub || isPaused(sub.health)) return;
    if (!this.o.held.has(guildId)) {
      this.o.log.debug('digest.slot.not_held', describe(sub));
      return;
    }
    const slot = previousSlot(sub.time, sub.timezone, at);
    this.run(key, () => this.runSlot(key, slot, 'scheduled'));
  }

  /** A scheduled (or missed) slot: the rest of a half-sent digest first, then what is new. */
  private async runSlot(key: SubKey, slot: Slot, why: RunReason): Promise<void> {
    const { subscriptions, deliveries } = this.o;
    let sub = subscriptions.current(key);
    if (!sub || isPaused(sub.health) || this.o.stopped()) return;
    try {
      if (sub.lastSlot === slot.id) {
        // Handled already (a second firing of the same slot, a restart); a retry finishes what it began.
        if (why === 'retry' && sub.pending) await deliveries.finishPending(key);
        else this.o.log.debug('digest.slot.already_handled', { ...describe(sub), slot: slot.id, why });
        return;
      }
      if (sub.pending) {
        const progress = await deliveries.finishPending(key);
        sub = subscriptions.current(key);
        if (!sub) return;
        if (!progress.complete) {
          // The earlier digest is still not out (or was just refused): a new one now would repeat its
          // articles, or be refused a second time in the same slot.
          await subscriptions.update(key, (s) => ({ ...s, lastSlot: slot.id }));
          return;
        }
      }
      await deliveries.deliverNew(key, slot.id, true, { why });
    } catch (err) {
      if (err instanceof Interrupted) return;
      // Not a refusal (those are handled where they happen): the store's outage, which has its own log
      // line and after which the service catches up on this slot; or the index not loaded, a bug.
      if (err instanceof StoreUnavailableError) this.o.log.warn('digest.run_postponed', { key, slot: slot.id, why, reason: err.reason });
      else this.o.log.error('digest.run_failed', { key, slot: slot.id, why, error: err });
      this.retryLater(key, slot.at.getTime(), () => this.runSlot(key, slot, 'retry'));
    }
  }

  private async skipSlot(key: SubKey, slot: Slot, ageMs: number): Promise<void> {
    const sub = await this.o.subscriptions.update(key, (s) => ({
      ...s,
      lastSlot: slot.id,
      skipped: { slotId: slot.id, at: this.o.now() },
    }));
    if (sub) {
      this.o.log.warn('digest.slot.skipped', {
        ...describe(sub),
        slot: slot.id,
        ageMs,
        graceMs: this.o.graceMs,
        note: 'the bot was down at that time; its articles come with the next digest',
      });
    }
  }

  /** Queues `task` on the subscription's chain, in the background: its failures are the queue's to log. */
  private run(key: SubKey, task: () => Promise<unknown>): void {
    void this.o.queues.enqueue(key, task).catch(() => undefined);
  }
}
