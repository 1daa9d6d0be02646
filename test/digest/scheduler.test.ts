// The schedule alone, on a manual clock, with a stand-in for the delivery that notes what it is asked:
// daily timers in each timezone, slots handled once, the half-sent digest first, catch-up within grace.
import { describe, expect, it } from 'vitest';
import type { Deliveries, Progress } from '../../src/digest/delivery.js';
import { HeldGuilds } from '../../src/digest/held.js';
import { SubscriptionQueues } from '../../src/digest/queues.js';
import { Scheduler } from '../../src/digest/scheduler.js';
import { subKey, Subscriptions } from '../../src/digest/subscriptions.js';
import { ManualClock } from '../../src/digest/timers.js';
import type { Subscription, SubscriptionInput } from '../../src/digest/types.js';
import { createLogger } from '../../src/log.js';
import { memoryStore } from './fixtures.js';

const G1 = '100000000000000001';
const C1 = '200000000000000001';
const C2 = '200000000000000002';
const K1 = subKey(G1, C1);
const HOUR = 3_600_000;

type Call = { what: 'finish' | 'new'; key: string; at: string; slotId?: string; why?: string };

function harness(start: string, options: { held?: string[]; grace?: number } = {}) {
  const clock = new ManualClock(new Date(start));
  const subscriptions = new Subscriptions(memoryStore());
  const logs: { event: string; [k: string]: unknown }[] = [];
  const log = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as (typeof logs)[number]) });
  const queues = new SubscriptionQueues(log);
  const calls: Call[] = [];
  const life = { stopped: false };
  const at = () => new Date(clock.now()).toISOString();
  const fake = {
    /** What the next finishPending answers (the stand-in clears `pending` when complete). */
    finishes: [] as Progress[],
    /** Errors the next deliverNew calls throw. */
    failures: [] as Error[],
  };
  const deliveries: Pick<Deliveries, 'deliverNew' | 'finishPending'> = {
    async finishPending(key) {
      calls.push({ what: 'finish', key, at: at() });
      const progress = fake.finishes.shift() ?? { sent: 1, complete: true };
      if (progress.complete) await subscriptions.update(key, (s) => ({ ...s, pending: null }));
      return progress;
    },
    async deliverNew(key, slotId, scheduled, context) {
      calls.push({ what: 'new', key, at: at(), slotId, why: context.why ?? 'manual' });
      const failure = fake.failures.shift();
      if (failure) throw failure;
      await subscriptions.update(key, (s) => ({ ...s, lastSlot: scheduled ? slotId : s.lastSlot }));
      return { sent: 1 };
    },
  };
  const scheduler = new Scheduler({
    subscriptions,
    deliveries,
    queues,
    held: new HeldGuilds(
      () => options.held ?? [G1],
      () => clock.now(),
    ),
    timers: clock,
    now: () => clock.now(),
    log,
    stopped: () => life.stopped,
    graceMs: options.grace ?? 6 * HOUR,
    laterRetryMs: HOUR,
  });
  const settle = () => queues.settled();
  const add = async (input: Omit<SubscriptionInput, 'guildId'> & { guildId?: string }, change: Partial<Subscription> = {}) => {
    const { subscription } = await subscriptions.set(
      { guildId: G1, ...input },
      () => clock.now(),
      async () => 0,
    );
    const key = subKey(subscription.guildId, subscription.channelId);
    return (await subscriptions.update(key, (s) => ({ ...s, ...change })))!;
  };
  return { clock, subscriptions, scheduler, calls, fake, logs, life, settle, add };
}

describe('Scheduler', () => {
  it("runs each subscription every day at its own local time, with the slot's id", async () => {
    const h = harness('2026-03-27T12:00:00Z');
    h.scheduler.schedule(await h.add({ channelId: C1, time: '08:00', timezone: 'Europe/Berlin' }));
    h.scheduler.schedule(await h.add({ channelId: C2, time: '08:00', timezone: 'America/New_York' }));
    await h.clock.advanceTo(new Date('2026-03-29T11:00:00Z'), h.settle);
    expect(h.calls.map((c) => [c.slotId, c.at, c.why])).toEqual([
      ['2026-03-28T08:00@Europe/Berlin', '2026-03-28T07:00:00.000Z', 'scheduled'],
      ['2026-03-28T08:00@America/New_York', '2026-03-28T12:00:00.000Z', 'scheduled'],
      ['2026-03-29T08:00@Europe/Berlin', '2026-03-29T06:00:00.000Z', 'scheduled'],
    ]);
  });

  it('drops a slot already handled, and runs nothing once unscheduled', async () => {
    const h = harness('2026-03-27T12:00:00Z');
    h.scheduler.schedule(await h.add({ channelId: C1, time: '08:00' }, { lastSlot: '2026-03-28T08:00@UTC' }));
    await h.clock.advanceTo(new Date('2026-03-28T12:00:00Z'), h.settle);
    expect(h.calls).toEqual([]);
    expect(h.logs.filter((l) => l.event === 'digest.slot.already_handled')).toEqual([
      expect.objectContaining({ slot: '2026-03-28T08:00@UTC', why: 'scheduled' }),
    ]);
    h.scheduler.unschedule(K1);
    expect(h.clock.armed).toBe(0);
    await h.clock.advanceTo(new Date('2026-03-30T12:00:00Z'), h.settle);
    expect(h.calls).toEqual([]);
  });

  it('finishes a half-sent digest before a new one, and sends no new one while it is not out', async () => {
    const h = harness('2026-03-27T12:00:00Z');
    h.scheduler.schedule(await h.add({ channelId: C1, time: '08:00' }, { pending: 'manual@2026-03-27T11:00:00.000Z' }));
    h.fake.finishes.push({ sent: 0, complete: false });
    await h.clock.advanceTo(new Date('2026-03-28T12:00:00Z'), h.settle);
    expect(h.calls.map((c) => c.what)).toEqual(['finish']);
    // The slot counts as handled: its articles come with the next digest.
    expect(h.subscriptions.current(K1)).toMatchObject({ lastSlot: '2026-03-28T08:00@UTC', pending: 'manual@2026-03-27T11:00:00.000Z' });
    await h.clock.advanceTo(new Date('2026-03-29T12:00:00Z'), h.settle);
    expect(h.calls.map((c) => [c.what, c.slotId])).toEqual([
      ['finish', undefined],
      ['finish', undefined],
      ['new', '2026-03-29T08:00@UTC'],
    ]);
  });

  it('runs nothing for a paused subscription, a guild held elsewhere, or once stopping', async () => {
    const h = harness('2026-03-27T12:00:00Z', { held: [] });
    h.scheduler.schedule(await h.add({ channelId: C1, time: '08:00' }));
    await h.clock.advanceTo(new Date('2026-03-28T12:00:00Z'), h.settle);
    expect(h.logs.filter((l) => l.event === 'digest.slot.not_held')).toHaveLength(1);
    const paused = harness('2026-03-27T12:00:00Z');
    paused.scheduler.schedule(
      await paused.add({ channelId: C1, time: '08:00' }, { health: { state: 'paused', reason: 'gone', since: 0 } }),
    );
    paused.scheduler.activate([paused.subscriptions.current(K1)!]);
    const stopping = harness('2026-03-27T12:00:00Z');
    stopping.scheduler.schedule(await stopping.add({ channelId: C1, time: '08:00' }));
    stopping.life.stopped = true;
    await paused.clock.advanceTo(new Date('2026-03-28T12:00:00Z'), paused.settle);
    await stopping.clock.advanceTo(new Date('2026-03-28T12:00:00Z'), stopping.settle);
    expect([h.calls, paused.calls, stopping.calls]).toEqual([[], [], []]);
  });

  it('on activation delivers the latest slot missed within grace at once, once, and finishes a pending digest', async () => {
    const h = harness('2026-03-28T10:00:00Z');
    await h.add({ channelId: C1, time: '08:00' }, { updatedAt: Date.parse('2026-03-27T12:00:00Z'), pending: 'manual@x' });
    h.scheduler.activate([h.subscriptions.current(K1)!]);
    await h.settle();
    expect(h.calls.map((c) => [c.what, c.slotId, c.why, c.at])).toEqual([
      ['finish', undefined, undefined, '2026-03-28T10:00:00.000Z'],
      ['new', '2026-03-28T08:00@UTC', 'missed', '2026-03-28T10:00:00.000Z'],
    ]);
    expect(h.logs.find((l) => l.event === 'digest.slot.missed')).toMatchObject({ slot: '2026-03-28T08:00@UTC', ageMs: 2 * HOUR });
    // Activated again (a second start): the slot is handled.
    h.scheduler.activate([h.subscriptions.current(K1)!]);
    await h.settle();
    expect(h.calls).toHaveLength(2);
  });

  it('skips and notes a slot missed for longer than grace, and one from before the subscription was set', async () => {
    const h = harness('2026-03-28T15:00:00Z');
    await h.add({ channelId: C1, time: '08:00' }, { updatedAt: Date.parse('2026-03-27T12:00:00Z') });
    await h.add({ channelId: C2, time: '08:00' });
    h.scheduler.activate([h.subscriptions.current(K1)!, h.subscriptions.current(subKey(G1, C2))!]);
    await h.settle();
    expect(h.calls).toEqual([]);
    expect(h.subscriptions.current(K1)).toMatchObject({
      lastSlot: '2026-03-28T08:00@UTC',
      skipped: { slotId: '2026-03-28T08:00@UTC', at: Date.parse('2026-03-28T15:00:00Z') },
    });
    expect(h.logs.filter((l) => l.event === 'digest.slot.skipped')).toEqual([
      expect.objectContaining({ channelId: C1, ageMs: 7 * HOUR, graceMs: 6 * HOUR }),
    ]);
    expect(h.subscriptions.current(subKey(G1, C2))).toMatchObject({ lastSlot: null, skipped: null });
  });

  it('tries a run that failed unexpectedly again an hour later, as a retry, while within grace', async () => {
    const h = harness('2026-03-27T12:00:00Z', { grace: 90 * 60_000 });
    h.scheduler.schedule(await h.add({ channelId: C1, time: '08:00' }));
    h.fake.failures.push(new Error('store down'), new Error('store still down'));
    await h.clock.advanceTo(new Date('2026-03-28T12:00:00Z'), h.settle);
    expect(h.calls.map((c) => [c.at, c.why])).toEqual([
      ['2026-03-28T08:00:00.000Z', 'scheduled'],
      ['2026-03-28T09:00:00.000Z', 'retry'],
    ]);
    // The second failure would retry at 10:00, two hours after the slot: beyond grace, so not at all.
    expect(h.logs.filter((l) => l.event === 'digest.run_failed').map((l) => l.why)).toEqual(['scheduled', 'retry']);
    expect(h.subscriptions.current(K1)!.lastSlot).toBeNull();
  });

  it('arms at most one later retry per subscription, none beyond grace or once stopping, and unschedule cancels it', async () => {
    const h = harness('2026-03-28T08:00:00Z');
    let runs = 0;
    const task = async () => void runs++;
    const slotAt = Date.parse('2026-03-28T08:00:00Z');
    h.scheduler.retryLater(K1, slotAt, task);
    h.scheduler.retryLater(K1, slotAt, task);
    expect(h.clock.armed).toBe(1);
    h.scheduler.retryLater(subKey(G1, C2), slotAt - 5.5 * HOUR, task);
    expect(h.clock.armed).toBe(1);
    await h.clock.advance(HOUR, h.settle);
    expect(runs).toBe(1);
    h.scheduler.retryLater(K1, slotAt, task);
    h.scheduler.unschedule(K1);
    h.life.stopped = true;
    h.scheduler.retryLater(K1, slotAt, task);
    await h.clock.advance(2 * HOUR, h.settle);
    expect(runs).toBe(1);
  });
});
