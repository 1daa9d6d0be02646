// Subscriptions alone: validation, the shape `set` leaves, and the per-guild key with its queued writes.
import { describe, expect, it } from 'vitest';
import { DigestInputError } from '../../src/digest/failures.js';
import {
  guildKey,
  normalize,
  partsOf,
  subKey,
  subscriptionFrom,
  Subscriptions,
  validateInput,
  type StoredGuild,
} from '../../src/digest/subscriptions.js';
import type { Subscription } from '../../src/digest/types.js';
import type { KeyValueStore } from '../../src/store/index.js';
import { memoryStore } from './fixtures.js';

const G1 = '100000000000000001';
const C1 = '200000000000000001';
const C2 = '200000000000000002';
const ROLE = '300000000000000003';
const T0 = Date.parse('2026-03-27T12:00:00Z');

const channel = (i: number) => String(200000000000000000n + BigInt(i));
const stored = async (store: KeyValueStore, guildId = G1) => (await store.get<StoredGuild>(guildKey(guildId)))!;

describe('validateInput', () => {
  it('fills in the defaults, spells the timezone canonically and keeps each actor once', () => {
    expect(validateInput({ guildId: G1, channelId: C1 })).toEqual({
      guildId: G1,
      channelId: C1,
      time: '08:00',
      timezone: 'UTC',
      actors: [],
      mentionRoleId: null,
    });
    expect(validateInput({ guildId: G1, channelId: C1, timezone: 'europe/berlin', actors: [' mirzoyan', 'mirzoyan', ''] })).toMatchObject({
      timezone: 'Europe/Berlin',
      actors: ['mirzoyan'],
    });
  });

  it('refuses each wrong value with a sentence for the moderator', () => {
    const refused = (input: Parameters<typeof validateInput>[0]) => () => validateInput(input);
    expect(refused({ guildId: G1, channelId: C1, time: '24:00' })).toThrow(DigestInputError);
    expect(refused({ guildId: G1, channelId: C1, time: '8:00' })).toThrow(/HH:MM/);
    expect(refused({ guildId: G1, channelId: C1, timezone: 'Mars/Olympus_Mons' })).toThrow(/not a timezone/);
    expect(refused({ guildId: 'general', channelId: C1 })).toThrow(/server id/);
    expect(refused({ guildId: G1, channelId: '#news' })).toThrow(/channel id/);
    expect(refused({ guildId: G1, channelId: C1, mentionRoleId: '@everyone' })).toThrow(/role id/);
    const actors = Array.from({ length: 26 }, (_, i) => `actor${i}`);
    expect(refused({ guildId: G1, channelId: C1, actors })).toThrow(/at most 25 actors/);
  });
});

describe('subscriptionFrom', () => {
  it('starts a new subscription at the given cursor, healthy, its first digest with the newest date', () => {
    const input = { guildId: G1, channelId: C1, time: '18:30', mentionRoleId: ROLE };
    expect(subscriptionFrom(input, validateInput(input), undefined, T0, 4)).toEqual({
      guildId: G1,
      channelId: C1,
      time: '18:30',
      timezone: 'UTC',
      actors: [],
      mentionRoleId: ROLE,
      createdAt: T0,
      health: { state: 'ok' },
      lastDelivery: null,
      updatedAt: T0,
      cursor: 4,
      withNewestDate: true,
      lastSlot: null,
      pending: null,
      skipped: null,
    });
  });

  it('changes only what the input names, keeps the cursor and the pending digest, and makes a paused one healthy', () => {
    const first = { guildId: G1, channelId: C1, time: '18:30', timezone: 'Asia/Tokyo', actors: ['mirzoyan'], mentionRoleId: ROLE };
    const existing: Subscription = {
      ...subscriptionFrom(first, validateInput(first), undefined, T0, 4),
      cursor: 9,
      pending: '2026-03-28T18:30@Asia/Tokyo',
      health: { state: 'paused', reason: 'gone', since: T0 },
    };
    const again = { guildId: G1, channelId: C1, time: '07:00' };
    expect(subscriptionFrom(again, validateInput(again), existing, T0 + 1000, 12)).toEqual({
      ...existing,
      time: '07:00',
      health: { state: 'ok' },
      updatedAt: T0 + 1000,
    });
  });
});

describe('normalize', () => {
  it('gives a subscription stored before the newer fields existed every field', () => {
    const old = { guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC', createdAt: T0 } as unknown as Subscription;
    expect(normalize(old)).toEqual({
      ...old,
      actors: [],
      mentionRoleId: null,
      health: { state: 'ok' },
      lastDelivery: null,
      updatedAt: T0,
      cursor: -1,
      withNewestDate: false,
      lastSlot: null,
      pending: null,
      skipped: null,
    });
  });
});

describe('Subscriptions', () => {
  const never = () => Promise.reject(new Error('an existing subscription needs no cursor'));

  it("writes a guild's subscriptions as one versioned list under guild:<id>:subscriptions", async () => {
    const store = memoryStore();
    const subs = new Subscriptions(store);
    let asked = 0;
    const cursor = async () => (++asked, 7);
    const { subscription, existing } = await subs.set({ guildId: G1, channelId: C1 }, () => T0, cursor);
    expect(existing).toBeUndefined();
    expect(subscription).toMatchObject({ cursor: 7, createdAt: T0 });
    await subs.set({ guildId: G1, channelId: C2 }, () => T0, cursor);
    const changed = await subs.set({ guildId: G1, channelId: C1, time: '09:00' }, () => T0 + 1, never);
    expect(changed.existing).toEqual(subscription);
    expect(asked).toBe(2);
    expect(await stored(store)).toEqual({ version: 1, subscriptions: [changed.subscription, expect.objectContaining({ channelId: C2 })] });
    // Another process reads the same list back.
    expect([...(await new Subscriptions(store).load(G1)).values()]).toEqual((await stored(store)).subscriptions);
  });

  it('refuses a 26th subscription in a guild, but still lets the 25 be changed', async () => {
    const subs = new Subscriptions(memoryStore());
    for (let i = 0; i < 25; i++)
      await subs.set(
        { guildId: G1, channelId: channel(i) },
        () => T0,
        async () => 0,
      );
    await expect(
      subs.set(
        { guildId: G1, channelId: channel(25) },
        () => T0,
        async () => 0,
      ),
    ).rejects.toThrow(/already has 25 digests/);
    await expect(subs.set({ guildId: G1, channelId: channel(3), time: '10:00' }, () => T0, never)).resolves.toBeDefined();
    expect(subs.size).toBe(25);
  });

  it("queues a guild's writes, never two at once, the last one holding every change", async () => {
    const inner = memoryStore();
    let writing = 0;
    let most = 0;
    const slow: KeyValueStore = {
      ...inner,
      set: async (key, value) => {
        most = Math.max(most, ++writing);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await inner.set(key, value);
        writing--;
      },
    };
    const subs = new Subscriptions(slow);
    await subs.set(
      { guildId: G1, channelId: C1 },
      () => T0,
      async () => 0,
    );
    await subs.set(
      { guildId: G1, channelId: C2 },
      () => T0,
      async () => 0,
    );
    await Promise.all([
      subs.update(subKey(G1, C1), (s) => ({ ...s, cursor: 5 })),
      subs.update(subKey(G1, C2), (s) => ({ ...s, cursor: 6 })),
      subs.update(subKey(G1, C1), (s) => ({ ...s, lastSlot: 'x' })),
    ]);
    expect(most).toBe(1);
    expect((await stored(inner)).subscriptions.map((s) => [s.cursor, s.lastSlot])).toEqual([
      [5, 'x'],
      [6, null],
    ]);
  });

  it('changes nothing for a subscription it does not hold, and removes and forgets on request', async () => {
    const store = memoryStore();
    const subs = new Subscriptions(store);
    expect(await subs.update(subKey(G1, C1), (s) => s)).toBeUndefined();
    expect(store.writes).toEqual([]);
    await subs.set(
      { guildId: G1, channelId: C1 },
      () => T0,
      async () => 0,
    );
    await subs.set(
      { guildId: G1, channelId: C2 },
      () => T0,
      async () => 0,
    );
    const seen: unknown[] = [];
    const removed = await subs.remove(G1, C2, (sub) => seen.push([sub.channelId, store.writes.length]));
    // Told before the write, with the subscription already gone from memory.
    expect(removed?.channelId).toBe(C2);
    expect(seen).toEqual([[C2, 2]]);
    expect(store.writes).toHaveLength(3);
    expect(await subs.remove(G1, C2)).toBeUndefined();
    await expect(subs.require(G1, C2)).rejects.toThrow(/no digest in <#200000000000000002>/);
    expect(subs.forget(G1)).toEqual([subKey(G1, C1)]);
    expect(subs.current(subKey(G1, C1))).toBeUndefined();
    // Forgotten here, still stored for whoever holds the guild next.
    expect((await stored(store)).subscriptions.map((s) => s.channelId)).toEqual([C1]);
    expect(partsOf(subKey(G1, C1))).toEqual([G1, C1]);
  });

  it('answers two concurrent loads of a guild with one and the same list', async () => {
    const subs = new Subscriptions(memoryStore());
    const [a, b] = await Promise.all([subs.load(G1), subs.load(G1)]);
    expect(a).toBe(b);
  });
});
