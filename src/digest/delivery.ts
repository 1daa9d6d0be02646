// Exactly once. Each run belongs to a slot with an id (`2026-03-29T08:00@Europe/Berlin`). Before the first
// message goes out, the whole digest is composed and written to `delivery:<guild>:<channel>:<slot>` together
// with how many messages Discord has accepted (0), and the subscription notes the slot as `pending`; the
// count is rewritten after every send. A process that dies mid-digest leaves both behind, and the next one
// sends exactly the remainder before anything else. The last gap (Discord accepted the message, the process
// died before writing the count) is closed twice: each message carries a nonce Discord enforces for a few
// minutes, and a mark of its own in its footer; the first message a resume sends (or one sent again after
// Discord did not answer) is first looked for, by that mark, just after the last one recorded, and only
// posted if it is not there. When the digest is out, the subscription moves its cursor and the record goes.
// In a forum the digest is a post: the record also keeps the post's title and countries, and once its first
// message opened it, the post (./post.ts); the rest goes there, and a resume finishes the same post.
// See docs/digests.md.
import { createHash } from 'node:crypto';
import type { AttacheIndex } from '../index/api.js';
import type { Logger } from '../log.js';
import type { DigestMetrics } from '../metrics/index.js';
import type { KeyValueStore } from '../store/index.js';
import type { ArrivalLog } from './arrivals.js';
import { newestDateArticles } from './articles.js';
import { composeDigest, DIGEST_DEFAULTS } from './compose.js';
import { DigestDeliveryError, DigestInputError, Interrupted, type DeliveryFault } from './failures.js';
import type { HeldGuilds } from './held.js';
import { forumPostOf, placementOf, type PlacedMessage, type Placement, type PostedRecord } from './post.js';
import { healthAfter, type HealthVerdict, type SendResult } from './health.js';
import { sendWithRetries } from './send.js';
import { describe, partsOf, type SubKey, type Subscriptions } from './subscriptions.js';
import type { DigestTimers } from './timers.js';
import type { DeliveryRecord, DigestMessage, LookFirst, Subscription } from './types.js';

export const deliveryKey = (guildId: string, channelId: string, slotId: string): string => `delivery:${guildId}:${channelId}:${slotId}`;

export type SendOutcome = { sent: number } | { nothingNew: true };
/** What a pass over a delivery record achieved: messages sent by it, and whether the digest is now out. */
export interface Progress {
  sent: number;
  complete: boolean;
}

export interface DeliveryOptions {
  store: KeyValueStore;
  subscriptions: Subscriptions;
  arrivals: ArrivalLog;
  held: HeldGuilds;
  index: () => AttacheIndex;
  /**
   * Posts a message; with `lookFirst`, only if it is not in the channel already (see LookFirst); in a forum,
   * where `place` says (./post.ts).
   */
  send: (channelId: string, message: DigestMessage, lookFirst?: LookFirst, place?: Placement) => Promise<PlacedMessage>;
  notifyGuild: (guildId: string, text: string) => Promise<void>;
  timers: DigestTimers;
  now: () => number;
  log: Logger;
  /** Waits out a back-off (the queues' `sleep`). */
  sleep: (ms: number) => Promise<void>;
  /** True once the service is stopping: a delivery under way leaves its rest for the next start. */
  stopped: () => boolean;
  /** Discord's trouble left part of a digest: try `task` again later (the schedule decides when, if at all). */
  retryLater: (key: SubKey, since: number, task: () => Promise<unknown>) => void;
  /** The health policy paused the subscription: stop its timers. */
  paused: (key: SubKey) => void;
  /** A paused subscription was delivered (`/digest send`): run it on schedule again. */
  resumed: (sub: Subscription) => void;
  maxFailures: number;
  retryDelaysMs: readonly number[];
  sendTimeoutMs: number;
  title?: string;
  maxMessages?: number;
  metrics?: DigestMetrics;
}

export class Deliveries {
  /** Subscriptions with a delivery under way (`/digest send` refuses to queue behind one). */
  private readonly delivering = new Set<SubKey>();

  constructor(private readonly o: DeliveryOptions) {}

  isDelivering(key: SubKey): boolean {
    return this.delivering.has(key);
  }

  /** What the next delivery would post: the unsent rest of a pending digest, then what is new. */
  async preview(sub: Subscription): Promise<DigestMessage[]> {
    await this.o.arrivals.refresh();
    let remainder: DigestMessage[] = [];
    let cursor = sub.cursor;
    let withNewestDate = sub.withNewestDate;
    if (sub.pending) {
      const record = await this.o.store.get<DeliveryRecord>(deliveryKey(sub.guildId, sub.channelId, sub.pending));
      if (record) {
        remainder = record.state === 'sending' ? record.messages.slice(record.sent).map(withoutNonce) : [];
        cursor = Math.max(cursor, record.cursorAfter);
        withNewestDate = false;
      }
    }
    return [...remainder, ...this.compose(sub, cursor, withNewestDate, this.o.arrivals.head)];
  }

  /** Composes what is new since the cursor, records it, sends it. */
  async deliverNew(
    key: SubKey,
    slotId: string,
    scheduled: boolean,
    context: { why?: string; throwOnFailure?: boolean },
  ): Promise<SendOutcome> {
    const { subscriptions, arrivals } = this.o;
    const sub = subscriptions.current(key);
    if (!sub) throw new Interrupted('removed');
    await arrivals.refresh();
    const head = arrivals.head;
    const messages = this.compose(sub, sub.cursor, sub.withNewestDate, head);
    if (messages.length === 0) {
      await subscriptions.update(key, (s) => ({
        ...s,
        cursor: Math.max(s.cursor, head),
        withNewestDate: false,
        lastSlot: scheduled ? slotId : s.lastSlot,
      }));
      this.o.log.info('digest.nothing_new', { ...describe(sub), slot: slotId, why: context.why ?? 'manual' });
      return { nothingNew: true };
    }
    const record: PostedRecord = {
      slotId,
      state: 'sending',
      messages: messages.map((m, i) => ({ ...m, nonce: nonceOf(sub, slotId, i), enforceNonce: true })),
      sent: 0,
      cursorAfter: head,
      scheduled,
      startedAt: this.o.now(),
      post: forumPostOf(this.o.index(), sub, slotId, messages, this.o.now()),
    };
    // Recorded before the first send: from here on a crash resumes instead of starting over.
    await this.o.store.set(deliveryKey(sub.guildId, sub.channelId, slotId), record);
    await subscriptions.update(key, (s) => ({ ...s, pending: slotId, lastSlot: scheduled ? slotId : s.lastSlot }));
    const progress = await this.sendRecord(key, sub.createdAt, record, { throwOnFailure: context.throwOnFailure ?? false, resumed: false });
    return { sent: progress.sent };
  }

  /**
   * `/digest send`: the rest of a half-sent digest, then what is new, as a manual delivery (its slot is not
   * a scheduled one, so the next scheduled digest still runs). Throws DigestDeliveryError when the channel
   * refuses or Discord keeps failing, DigestInputError when the digest went away meanwhile.
   */
  async deliverNow(key: SubKey): Promise<SendOutcome> {
    let sent = 0;
    try {
      if (!this.o.subscriptions.current(key)) throw new DigestInputError('There is no digest in that channel any more.');
      sent += (await this.finishPending(key, { throwOnFailure: true })).sent;
      const slotId = `manual@${new Date(this.o.now()).toISOString()}`;
      const outcome = await this.deliverNew(key, slotId, false, { throwOnFailure: true });
      if ('sent' in outcome) sent += outcome.sent;
    } catch (err) {
      if (err instanceof Interrupted)
        throw new DigestInputError(
          'The digest was removed, or the bot is restarting, while it was being sent; the rest goes out with the next one.',
        );
      throw err;
    }
    return sent > 0 ? { sent } : { nothingNew: true };
  }

  /** Finishes the digest the subscription has pending, if any. */
  async finishPending(key: SubKey, context: { throwOnFailure?: boolean } = {}): Promise<Progress> {
    const sub = this.o.subscriptions.current(key);
    if (!sub?.pending) return { sent: 0, complete: true };
    const record = await this.o.store.get<DeliveryRecord>(deliveryKey(sub.guildId, sub.channelId, sub.pending));
    if (!record) {
      this.o.log.warn('digest.pending_record_missing', { ...describe(sub), slot: sub.pending });
      await this.o.subscriptions.update(key, (s) => ({ ...s, pending: null }));
      return { sent: 0, complete: true };
    }
    if (record.state === 'done') {
      // The process died between the last record and the subscription's update.
      await this.finalize(key, record);
      return { sent: 0, complete: true };
    }
    this.o.log.info('digest.resuming', { ...describe(sub), slot: record.slotId, sent: record.sent, of: record.messages.length });
    return this.sendRecord(key, sub.createdAt, record, { throwOnFailure: context.throwOnFailure ?? false, resumed: true });
  }

  private compose(sub: Subscription, cursor: number, withNewestDate: boolean, upTo: number): DigestMessage[] {
    const index = this.o.index();
    const ids = this.o.arrivals.idsAfter(cursor, upTo);
    if (withNewestDate) ids.push(...newestDateArticles(index));
    if (ids.length === 0) return [];
    return composeDigest(index, ids, sub, {
      title: this.o.title ?? DIGEST_DEFAULTS.title,
      maxMessages: this.o.maxMessages ?? DIGEST_DEFAULTS.maxMessages,
    });
  }

  /**
   * Sends the record's messages from `sent` on, recording each. A resumed record's first message may have
   * reached Discord just before the crash: it is looked for before it is posted.
   */
  private async sendRecord(
    key: SubKey,
    createdAt: number,
    record: PostedRecord,
    { throwOnFailure, resumed }: { throwOnFailure: boolean; resumed: boolean },
  ): Promise<Progress> {
    const [guildId, channelId] = partsOf(key);
    const recordKey = deliveryKey(guildId, channelId, record.slotId);
    const start = record.sent;
    this.delivering.add(key);
    try {
      for (let i = record.sent; i < record.messages.length; i++) {
        this.assertMayContinue(key, createdAt);
        try {
          const posted = await this.sendOne(
            key,
            createdAt,
            record.messages[i]!,
            { first: resumed && i === start, after: record.lastMessageId ?? null },
            placementOf(record),
          );
          record.lastMessageId = posted.id;
          // In a forum, the first message opened the digest's post (or, that one deleted, another): the rest goes there.
          if (posted.threadId) record.threadId = posted.threadId;
          if (posted.alreadyPosted)
            this.o.log.info('digest.message.already_posted', { guildId, channelId, slot: record.slotId, message: i, id: posted.id });
        } catch (err) {
          if (err instanceof Interrupted) throw err;
          const fault = err as DeliveryFault;
          if (fault.kind === 'rejected') {
            this.o.log.error('digest.message_rejected', { guildId, channelId, slot: record.slotId, message: i, reason: fault.reason });
          } else {
            await this.failed(key, record, fault);
            if (throwOnFailure) throw new DigestDeliveryError(fault.reason, fault.kind, record.sent - start);
            return { sent: record.sent - start, complete: false };
          }
        }
        record.sent = i + 1;
        await this.o.store.set(recordKey, record);
      }
      record.state = 'done';
      await this.o.store.set(recordKey, record);
      await this.finalize(key, record);
      return { sent: record.sent - start, complete: true };
    } finally {
      this.delivering.delete(key);
    }
  }

  /**
   * One message, retried after transient failures; throws a DeliveryFault when it cannot go out. An attempt
   * after one that got no answer (and the first, when `look.first`) looks for the message before posting it,
   * just after the message `look.after`.
   */
  private async sendOne(
    key: SubKey,
    createdAt: number,
    message: DigestMessage,
    look: { first: boolean; after: string | null },
    place: Placement | undefined,
  ): Promise<PlacedMessage> {
    const [guildId, channelId] = partsOf(key);
    const lookFirst: LookFirst = { after: look.after };
    const posted = await sendWithRetries(
      (attempt) => this.o.send(channelId, message, look.first || attempt > 0 ? lookFirst : undefined, place),
      {
        timers: this.o.timers,
        retryDelaysMs: this.o.retryDelaysMs,
        sendTimeoutMs: this.o.sendTimeoutMs,
        sleep: this.o.sleep,
        beforeAttempt: () => this.assertMayContinue(key, createdAt),
        onRetry: (attempt, delayMs, fault) =>
          this.o.log.warn('digest.send.retry', { guildId, channelId, attempt, delayMs, reason: fault.reason }),
      },
    );
    if (!posted.alreadyPosted) this.o.metrics?.messageSent();
    return posted;
  }

  private assertMayContinue(key: SubKey, createdAt: number): void {
    if (this.o.stopped()) throw new Interrupted('stopped');
    const sub = this.o.subscriptions.current(key);
    if (!sub || sub.createdAt !== createdAt) throw new Interrupted('removed');
    if (!this.o.held.has(sub.guildId)) throw new Interrupted('guild not held');
  }

  /** The digest is out: the cursor moves past it, health is restored, the record goes. */
  private async finalize(key: SubKey, record: DeliveryRecord): Promise<void> {
    const before = this.o.subscriptions.current(key);
    if (!before) return;
    const verdict = this.verdict(before, { kind: 'delivered' });
    const sub = await this.o.subscriptions.update(key, (s) => ({
      ...s,
      pending: s.pending === record.slotId ? null : s.pending,
      cursor: Math.max(s.cursor, record.cursorAfter),
      withNewestDate: false,
      lastDelivery: { slotId: record.slotId, at: this.o.now(), messages: record.messages.length },
      health: verdict.health,
    }));
    if (!sub) return;
    this.o.log.info('digest.delivered', { ...describe(sub), slot: record.slotId, messages: record.messages.length });
    this.o.metrics?.delivered();
    if (verdict.recovered) {
      this.o.log.info('digest.recovered', { ...describe(sub), was: before.health });
      if (verdict.resumed) this.o.resumed(sub);
    }
    await this.o.store.delete(deliveryKey(sub.guildId, sub.channelId, record.slotId)).catch((err: unknown) => {
      this.o.log.warn('digest.record_cleanup_failed', { ...describe(sub), slot: record.slotId, error: err });
    });
  }

  /** A delivery that cannot complete: health (by the policy), and what becomes of the unsent rest. */
  private async failed(key: SubKey, record: DeliveryRecord, fault: DeliveryFault): Promise<void> {
    const sub = this.o.subscriptions.current(key);
    if (!sub) return;
    // Every attempt that ends here counts, a transient one too: a rising rate is what an operator watches.
    this.o.metrics?.failed();
    const verdict = this.verdict(sub, { kind: 'fault', fault });
    if (fault.kind === 'transient') {
      // Discord's trouble, not the channel's: the rest stays pending and goes out at the next attempt.
      await this.o.subscriptions.update(key, (s) => ({ ...s, health: verdict.health }));
      this.o.log.error('digest.send.failed', {
        ...describe(sub),
        slot: record.slotId,
        sent: record.sent,
        of: record.messages.length,
        reason: fault.reason,
      });
      this.o.retryLater(key, record.startedAt, () => this.finishPending(key));
      return;
    }
    // Nothing went out: drop the record, its articles stay after the cursor for the next digest. Part
    // went out: keep it, the rest is sent when the channel takes messages again.
    const abandon = record.sent === 0;
    const { health, failures, paused } = verdict;
    await this.o.subscriptions.update(key, (s) => ({ ...s, health, pending: abandon && s.pending === record.slotId ? null : s.pending }));
    if (abandon) await this.o.store.delete(deliveryKey(sub.guildId, sub.channelId, record.slotId)).catch(() => undefined);
    this.o.log.warn('digest.refused', { ...describe(sub), slot: record.slotId, reason: fault.reason, failures, paused });
    if (paused) {
      this.o.paused(key);
      try {
        await this.o.notifyGuild(sub.guildId, verdict.notice!);
      } catch (err) {
        this.o.log.warn('digest.notify_failed', { ...describe(sub), error: err });
      }
      this.o.log.warn('digest.paused', { ...describe(sub), reason: fault.reason, failures });
    }
  }

  private verdict(sub: Subscription, result: SendResult): HealthVerdict {
    return healthAfter(sub, result, { now: this.o.now(), maxFailures: this.o.maxFailures });
  }
}

/** Discord's nonce: at most 25 characters, the same for the same message of the same slot. */
function nonceOf(sub: Subscription, slotId: string, i: number): string {
  return createHash('sha256').update(`${sub.guildId}:${sub.channelId}:${slotId}:${i}`).digest('base64url').slice(0, 25);
}

function withoutNonce(message: DigestMessage): DigestMessage {
  const { nonce: _nonce, enforceNonce: _enforce, ...rest } = message;
  return rest;
}
