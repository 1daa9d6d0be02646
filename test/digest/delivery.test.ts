// Delivery alone, on a store in memory and a fake Discord: recorded before the first send, resumed from
// the record, finalised once, and what a refusal or Discord's trouble leaves behind.
import { describe, expect, it, vi } from 'vitest';
import { ArrivalLog } from '../../src/digest/arrivals.js';
import { Deliveries, deliveryKey, type DeliveryOptions } from '../../src/digest/delivery.js';
import { ChannelRefusedError, DigestDeliveryError, DigestInputError } from '../../src/digest/failures.js';
import { HeldGuilds } from '../../src/digest/held.js';
import { forumPostOf, type Placement, type PostedRecord } from '../../src/digest/post.js';
import { SubscriptionQueues } from '../../src/digest/queues.js';
import { subKey, Subscriptions } from '../../src/digest/subscriptions.js';
import { ManualClock } from '../../src/digest/timers.js';
import type { DeliveryRecord, DigestMessage, LookFirst, Subscription } from '../../src/digest/types.js';
import { createLogger } from '../../src/log.js';
import { articlesOf, dailyStories, digestIndexOf, memoryStore, type StoryLine } from './fixtures.js';

const G1 = '100000000000000001';
const C1 = '200000000000000001';
const K1 = subKey(G1, C1);
const SLOT = '2026-03-28T08:00@UTC';

/** Long statements, so that a digest of `count` articles takes several messages. */
const bulky = (count: number): StoryLine[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `bulk-${String(i).padStart(2, '0')}`,
    date: '2026-03-27',
    said: [{ speaker: 'mirzoyan', words: `${'Armenia wants a durable peace settlement '.repeat(22).trim()} item ${i}` }],
  }));

/** A process delivering digests; a second one on the same `store` is the bot after a restart. */
async function harness(stories: readonly StoryLine[], options: Partial<DeliveryOptions> = {}, store = memoryStore()) {
  const clock = new ManualClock(new Date('2026-03-28T08:00:00Z'));
  const { articles, extractions } = articlesOf(stories);
  const index = digestIndexOf(articles, extractions);
  const subscriptions = new Subscriptions(store);
  const arrivals = new ArrivalLog(store, () => clock.now());
  await arrivals.record(index.articleIds(), { startLog: true });
  const logs: { event: string; [k: string]: unknown }[] = [];
  const log = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as (typeof logs)[number]) });
  const queues = new SubscriptionQueues(log);
  const sent: DigestMessage[] = [];
  const hooks = { retries: [] as { key: string; since: number }[], paused: [] as string[], resumed: [] as string[] };
  const notes: string[] = [];
  const h = {
    clock,
    store,
    subscriptions,
    logs,
    sent,
    hooks,
    notes,
    /** Called before a send is accepted: may throw, or look at the store. */
    onSend: null as ((message: DigestMessage) => Promise<void>) | null,
    /** What each send was asked to look for first (null: nothing), in order. */
    looks: [] as (LookFirst | null)[],
    /** Asked when a send looks first: the id of the message if "Discord" shows it already. */
    onLook: null as ((message: DigestMessage, look: LookFirst) => string | undefined) | null,
    stopped: false,
  };
  const deliveries = new Deliveries({
    store,
    subscriptions,
    arrivals,
    held: new HeldGuilds(
      () => [G1],
      () => clock.now(),
    ),
    index: () => index,
    send: async (_channelId, message, lookFirst) => {
      h.looks.push(lookFirst ?? null);
      const found = lookFirst && h.onLook?.(message, lookFirst);
      if (found) return { id: found, alreadyPosted: true };
      if (h.onSend) await h.onSend(message);
      sent.push(message);
      return { id: `m${sent.length}` };
    },
    notifyGuild: async (_guildId, text) => void notes.push(text),
    timers: clock,
    now: () => clock.now(),
    log,
    sleep: (ms) => queues.sleep(clock, ms),
    stopped: () => h.stopped,
    retryLater: (key, since) => void hooks.retries.push({ key, since }),
    paused: (key) => void hooks.paused.push(key),
    resumed: (sub) => void hooks.resumed.push(sub.channelId),
    maxFailures: 3,
    retryDelaysMs: [],
    sendTimeoutMs: 60_000,
    ...options,
  });
  await subscriptions.set(
    { guildId: G1, channelId: C1 },
    () => clock.now(),
    async () => arrivals.head,
  );
  const sub = () => subscriptions.current(K1)!;
  const change = (c: Partial<Subscription>) => subscriptions.update(K1, (s) => ({ ...s, ...c }));
  const record = () => store.get<DeliveryRecord>(deliveryKey(G1, C1, SLOT));
  return { ...h, h, deliveries, sub, change, record };
}

const refusal = () => Object.assign(new Error('Missing Access'), { code: 50001, status: 403 });

describe('Deliveries', () => {
  it('records the composed digest before the first send, then finalises: cursor, health, record gone', async () => {
    const t = await harness(bulky(30));
    const seen: { record?: DeliveryRecord; pending: string | null }[] = [];
    t.h.onSend = async () => void seen.push({ record: await t.record(), pending: t.sub().pending });
    expect(await t.deliveries.deliverNew(K1, SLOT, true, { why: 'scheduled' })).toEqual({ sent: seen.length });
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen[0]).toMatchObject({ record: { state: 'sending', sent: 0, slotId: SLOT, scheduled: true }, pending: SLOT });
    expect(seen.map((s) => s.record!.sent)).toEqual(seen.map((_, i) => i));
    expect(t.sent.map((m) => m.nonce)).toEqual(seen[0]!.record!.messages.map((m) => m.nonce));
    expect(new Set(t.sent.map((m) => m.nonce)).size).toBe(seen.length);
    expect(t.sent.every((m) => m.enforceNonce === true && m.nonce!.length <= 25)).toBe(true);
    expect(await t.record()).toBeUndefined();
    expect(t.sub()).toMatchObject({
      pending: null,
      lastSlot: SLOT,
      cursor: 0,
      withNewestDate: false,
      lastDelivery: { slotId: SLOT, messages: seen.length, at: t.clock.now() },
      health: { state: 'ok' },
    });
  });

  it('moves the cursor when nothing is new, handling the slot only when it is a scheduled one', async () => {
    const t = await harness(dailyStories('2026-03-25', 2));
    await t.change({ withNewestDate: false });
    expect(await t.deliveries.deliverNew(K1, 'manual@now', false, {})).toEqual({ nothingNew: true });
    expect(t.sub()).toMatchObject({ lastSlot: null, cursor: 0 });
    expect(await t.deliveries.deliverNew(K1, SLOT, true, { why: 'scheduled' })).toEqual({ nothingNew: true });
    expect(t.sub().lastSlot).toBe(SLOT);
    expect(t.sent).toEqual([]);
    expect(t.logs.filter((l) => l.event === 'digest.nothing_new').map((l) => l.why)).toEqual(['manual', 'scheduled']);
  });

  it('resumes a record cut off after 2 messages with exactly the rest, and previews that rest first', async () => {
    const t = await harness(bulky(30));
    let calls = 0;
    // Messages 1 and 2 go out; the process "dies" during the third (its send never answers).
    t.h.onSend = () => (++calls <= 2 ? Promise.resolve() : new Promise(() => undefined));
    void t.deliveries.deliverNew(K1, SLOT, true, {});
    await vi.waitFor(() => expect(calls).toBe(3));
    const cut = (await t.record())!;
    expect(cut).toMatchObject({ state: 'sending', sent: 2 });
    const again = await harness(bulky(30), {}, t.store);
    const preview = await again.deliveries.preview(again.sub());
    expect(preview).toEqual(cut.messages.slice(2).map(({ nonce: _n, enforceNonce: _e, ...m }) => m));
    expect(await again.deliveries.finishPending(K1)).toEqual({ sent: cut.messages.length - 2, complete: true });
    expect([...t.sent, ...again.sent].map((m) => m.nonce)).toEqual(cut.messages.map((m) => m.nonce));
    expect(again.logs.find((l) => l.event === 'digest.resuming')).toMatchObject({ sent: 2, of: cut.messages.length });
    expect(again.sub().pending).toBeNull();
    expect(await again.record()).toBeUndefined();
  });

  it('looks for the first message of a resumed rest just after the last one recorded, and records it found without posting it', async () => {
    const t = await harness(bulky(30));
    let calls = 0;
    // Messages 1 and 2 are recorded; the third reaches Discord, and the process dies before recording it.
    t.h.onSend = () => (++calls <= 2 ? Promise.resolve() : new Promise(() => undefined));
    void t.deliveries.deliverNew(K1, SLOT, true, {});
    await vi.waitFor(() => expect(calls).toBe(3));
    const cut = (await t.record())!;
    expect(cut).toMatchObject({ sent: 2, lastMessageId: 'm2' });
    expect(t.looks).toEqual([null, null, null]);

    const again = await harness(bulky(30), {}, t.store);
    again.h.onLook = (message) => (message.nonce === cut.messages[2]!.nonce ? 'm3' : undefined);
    expect(await again.deliveries.finishPending(K1)).toEqual({ sent: cut.messages.length - 2, complete: true });
    expect(again.looks).toEqual([{ after: 'm2' }, ...cut.messages.slice(3).map(() => null)]);
    expect(again.sent.map((m) => m.nonce)).toEqual(cut.messages.slice(3).map((m) => m.nonce));
    expect(again.logs.find((l) => l.event === 'digest.message.already_posted')).toMatchObject({ message: 2, id: 'm3' });
    expect(again.sub()).toMatchObject({ pending: null, lastDelivery: { messages: cut.messages.length } });
  });

  it('looks from the newest messages when none was recorded, and posts what it does not find', async () => {
    const t = await harness(dailyStories('2026-03-25', 2));
    t.h.onSend = () => new Promise(() => undefined);
    void t.deliveries.deliverNew(K1, SLOT, true, {});
    await vi.waitFor(() => expect(t.looks).toHaveLength(1));
    const again = await harness(dailyStories('2026-03-25', 2), {}, t.store);
    again.h.onLook = () => undefined;
    expect(await again.deliveries.finishPending(K1)).toEqual({ sent: 1, complete: true });
    expect(again.looks).toEqual([{ after: null }]);
    expect(again.sent).toHaveLength(1);
  });

  it('looks before sending again a message whose first attempt got no answer', async () => {
    const t = await harness(dailyStories('2026-03-25', 2), { retryDelaysMs: [5_000] });
    let calls = 0;
    t.h.onSend = () => (++calls === 1 ? Promise.reject(Object.assign(new Error('Gateway Timeout'), { status: 504 })) : Promise.resolve());
    const run = t.deliveries.deliverNew(K1, SLOT, true, {});
    await vi.waitFor(() => expect(t.logs.some((l) => l.event === 'digest.send.retry')).toBe(true));
    await t.clock.advance(5_000);
    expect(await run).toEqual({ sent: 1 });
    expect(t.looks).toEqual([null, { after: null }]);
  });

  it('finalises a record already done without sending, and drops a pending slot whose record is gone', async () => {
    const t = await harness(dailyStories('2026-03-25', 2));
    const done: DeliveryRecord = { slotId: SLOT, state: 'done', messages: [], sent: 0, cursorAfter: 0, scheduled: true, startedAt: 0 };
    await t.store.set(deliveryKey(G1, C1, SLOT), done);
    await t.change({ pending: SLOT });
    expect(await t.deliveries.finishPending(K1)).toEqual({ sent: 0, complete: true });
    expect(t.sub()).toMatchObject({ pending: null, lastDelivery: { slotId: SLOT } });
    await t.change({ pending: 'manual@lost' });
    expect(await t.deliveries.finishPending(K1)).toEqual({ sent: 0, complete: true });
    expect(t.sub().pending).toBeNull();
    expect(t.logs.filter((l) => l.event === 'digest.pending_record_missing')).toHaveLength(1);
    expect(t.sent).toEqual([]);
  });

  it('drops the record of a refused digest that sent nothing, its articles left after the cursor', async () => {
    const t = await harness(dailyStories('2026-03-25', 2));
    t.h.onSend = () => Promise.reject(refusal());
    expect(await t.deliveries.deliverNew(K1, SLOT, true, {})).toEqual({ sent: 0 });
    expect(await t.record()).toBeUndefined();
    expect(t.sub()).toMatchObject({ pending: null, cursor: 0, withNewestDate: true, health: { state: 'failing', failures: 1 } });
    expect(t.hooks).toEqual({ retries: [], paused: [], resumed: [] });
    // `/digest send` hears of it, with what went out.
    const thrown = await t.deliveries.deliverNew(K1, 'manual@now', false, { throwOnFailure: true }).catch((err: unknown) => err);
    expect(thrown).toBeInstanceOf(DigestDeliveryError);
    expect(thrown).toMatchObject({ kind: 'subscription', sent: 0, reason: expect.stringContaining('Missing Access') });
  });

  it('keeps the rest of a digest refused part-way pending, and pauses on the third refusal with a note', async () => {
    const t = await harness(bulky(30));
    let calls = 0;
    t.h.onSend = async () => {
      if (++calls > 1) throw new ChannelRefusedError('the channel does not take messages');
    };
    expect(await t.deliveries.deliverNew(K1, SLOT, true, {})).toEqual({ sent: 1 });
    expect(await t.record()).toMatchObject({ state: 'sending', sent: 1 });
    expect(t.sub().pending).toBe(SLOT);
    await t.deliveries.finishPending(K1);
    expect(t.hooks.paused).toEqual([]);
    await t.deliveries.finishPending(K1);
    expect(t.sub().health).toMatchObject({ state: 'paused', reason: 'the channel does not take messages' });
    expect(t.hooks.paused).toEqual([K1]);
    expect(t.notes).toEqual([expect.stringContaining(`<#${C1}> is paused: the channel does not take messages`)]);
    // Fixed and sent by hand: healthy again, and back on schedule.
    t.h.onSend = null;
    expect((await t.deliveries.finishPending(K1)).complete).toBe(true);
    expect(t.sub().health).toEqual({ state: 'ok' });
    expect(t.hooks.resumed).toEqual([C1]);
  });

  it("leaves a digest Discord's trouble held up pending, failing but counting no refusal, for a later retry", async () => {
    const t = await harness(dailyStories('2026-03-25', 2), { retryDelaysMs: [] });
    t.h.onSend = () => Promise.reject(Object.assign(new Error('Service Unavailable'), { status: 503 }));
    expect(await t.deliveries.deliverNew(K1, SLOT, true, {})).toEqual({ sent: 0 });
    expect(await t.record()).toMatchObject({ state: 'sending', sent: 0 });
    expect(t.sub()).toMatchObject({ pending: SLOT, health: { state: 'failing', failures: 0, reason: expect.stringContaining('503') } });
    expect(t.hooks.retries).toEqual([{ key: K1, since: t.clock.now() }]);
  });

  it('stops before the next message when the subscription is removed or the service stops', async () => {
    const t = await harness(bulky(30));
    t.h.onSend = async () => void (await t.subscriptions.remove(G1, C1));
    await expect(t.deliveries.deliverNew(K1, SLOT, true, {})).rejects.toThrow('removed');
    expect(t.sent).toHaveLength(1);
    const u = await harness(bulky(30));
    u.h.onSend = async () => void (u.h.stopped = true);
    await expect(u.deliveries.deliverNew(K1, SLOT, true, {})).rejects.toThrow('stopped');
    expect(u.deliveries.isDelivering(K1)).toBe(false);
  });

  it('sends by hand the rest of a half-sent digest and then what is new, and says when it was cut off', async () => {
    const t = await harness(bulky(30));
    let calls = 0;
    t.h.onSend = async () => {
      if (++calls === 2) throw new ChannelRefusedError('the channel does not take messages');
    };
    await t.deliveries.deliverNew(K1, SLOT, true, {});
    const cut = (await t.record())!;
    t.h.onSend = null;
    expect(await t.deliveries.deliverNow(K1)).toEqual({ sent: cut.messages.length - 1 });
    expect(t.sub()).toMatchObject({ pending: null, lastSlot: SLOT, lastDelivery: { slotId: SLOT } });
    expect(await t.deliveries.deliverNow(K1)).toEqual({ nothingNew: true });
    t.h.onSend = async () => void (await t.subscriptions.remove(G1, C1));
    await t.change({ withNewestDate: true });
    const cutOff = await t.deliveries.deliverNow(K1).catch((err: unknown) => err);
    expect(cutOff).toBeInstanceOf(DigestInputError);
    expect(cutOff).toMatchObject({ message: expect.stringContaining('removed, or the bot is restarting') });
    await expect(t.deliveries.deliverNow(K1)).rejects.toThrow('There is no digest in that channel any more.');
  });
});

describe('Deliveries to a forum (./post.ts)', () => {
  /** A fake Discord with forums: a message without a post opens one (`t1`); the others go where they are told. */
  function forum(hangAt = 0) {
    const places: (Placement | undefined)[] = [];
    const looks: (LookFirst | undefined)[] = [];
    const send: DeliveryOptions['send'] = (_channelId, _message, lookFirst, place) => {
      places.push(place);
      looks.push(lookFirst);
      if (places.length === hangAt) return new Promise(() => undefined);
      return Promise.resolve(place?.threadId ? { id: `m${places.length}`, threadId: place.threadId } : { id: 't1', threadId: 't1' });
    };
    return { places, looks, send };
  }
  const stories = [...bulky(24), { id: 'bay', date: '2026-03-27', said: [{ speaker: 'bayramov', words: 'Azerbaijan answered the call' }] }];

  it('opens the post with the first message, titled with the date and tagged by countries, and sends the rest into it', async () => {
    const fake = forum();
    const t = await harness(stories, { send: fake.send });
    const outcome = await t.deliveries.deliverNew(K1, SLOT, true, {});
    const post = { title: '2026-03-28', countries: ['Armenia', 'Azerbaijan'] };
    expect(fake.places.length).toBeGreaterThanOrEqual(3);
    expect(outcome).toEqual({ sent: fake.places.length });
    expect(fake.places).toEqual([{ post }, ...fake.places.slice(1).map(() => ({ threadId: 't1', post }))]);
  });

  it('keeps the post in the record, so a resume finishes the same post', async () => {
    const first = forum(3);
    const t = await harness(stories, { send: first.send });
    void t.deliveries.deliverNew(K1, SLOT, true, {});
    await vi.waitFor(() => expect(first.places).toHaveLength(3));
    expect(await t.store.get<PostedRecord>(deliveryKey(G1, C1, SLOT))).toMatchObject({ sent: 2, threadId: 't1', lastMessageId: 'm2' });

    const second = forum();
    const again = await harness(stories, { send: second.send }, t.store);
    await again.deliveries.finishPending(K1);
    expect(second.places.every((p) => p?.threadId === 't1')).toBe(true);
    expect(second.looks[0]).toEqual({ after: 'm2' });
  });

  it('looks for the post itself when the process died before recording it', async () => {
    const first = forum(1);
    const t = await harness(stories, { send: first.send });
    void t.deliveries.deliverNew(K1, SLOT, true, {});
    await vi.waitFor(() => expect(first.places).toHaveLength(1));
    const second = forum();
    const again = await harness(stories, { send: second.send }, t.store);
    await again.deliveries.finishPending(K1);
    expect(second.places[0]).toEqual({ post: { title: '2026-03-28', countries: ['Armenia', 'Azerbaijan'] } });
    expect(second.looks[0]).toEqual({ after: null });
    expect(second.places.slice(1).every((p) => p?.threadId === 't1')).toBe(true);
  });
});

describe('forumPostOf', () => {
  const empty = articlesOf([]);
  const index = digestIndexOf(empty.articles, empty.extractions);
  const section = (id: string) =>
    ({ kind: 'actor', actor: { id, name: id, about: '' }, continued: false, statements: 1, contacts: 0, items: [] }) as const;
  const message = (...ids: string[]) => ({ title: 'Attaché digest', part: 1, parts: 1, sections: ids.map(section) });

  it('titles a scheduled digest with its local date, a manual one also with its local time', () => {
    expect(forumPostOf(index, { timezone: 'Asia/Yerevan' }, '2026-03-29T08:00@Asia/Yerevan', [], 0).title).toBe('2026-03-29');
    const at = Date.parse('2026-03-28T21:30:00Z');
    expect(forumPostOf(index, { timezone: 'Asia/Yerevan' }, 'manual@2026-03-28T21:30:00.000Z', [], at).title).toBe('2026-03-29, 01:30');
  });

  it("tags with the countries of the digest's actors, in their order, each once; none for an actor without one", () => {
    const messages = [message('bayramov', 'mirzoyan', 'pashinyan'), message('aliyev', 'nobody-known')];
    expect(forumPostOf(index, { timezone: 'UTC' }, SLOT, messages, 0).countries).toEqual(['Azerbaijan', 'Armenia']);
  });
});
