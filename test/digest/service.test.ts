// The digest service on a fake clock and a fake Discord, against both stores. A "restart" is a new
// service on the same store (reopened, as a new process would), the old one stopped or left hanging.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DiscordAPIError } from 'discord.js';
import { createLogger } from '../../src/log.js';
import type { KeyValueStore } from '../../src/store/index.js';
import { DigestService, deliveryKey, type DigestServiceOptions } from '../../src/digest/service.js';
import { ManualClock, type DigestTimers } from '../../src/digest/timers.js';
import type { DeliveryRecord, DigestMessage, Subscription } from '../../src/digest/types.js';
import { renderDigestMessage } from '../../src/discord/render/index.js';
import type { AttacheIndex } from '../../src/index/api.js';
import { backends, type FreshStore } from '../store/backends.js';
import { articlesOf, dailyStories, digestIndexOf, type StoryLine } from './fixtures.js';

const G1 = '100000000000000001';
const G2 = '100000000000000002';
const C1 = '200000000000000001';
const C2 = '200000000000000002';
const BERLIN_SLOT_MARCH_28 = '2026-03-28T08:00@Europe/Berlin';

interface Sent {
  readonly channelId: string;
  readonly at: string;
  readonly message: DigestMessage;
}

/** The corpus the bot serves; `add` is a reload that brought new articles. */
class World {
  private stories: StoryLine[];
  index: AttacheIndex;
  constructor(initial: readonly StoryLine[]) {
    this.stories = [...initial];
    this.index = this.build();
  }
  add(stories: readonly StoryLine[]): string[] {
    this.stories.push(...stories);
    this.index = this.build();
    return stories.map((s) => s.id);
  }
  private build(): AttacheIndex {
    const { articles, extractions } = articlesOf(this.stories);
    return digestIndexOf(articles, extractions);
  }
}

type SendImpl = (channelId: string, message: DigestMessage) => Promise<{ id: string }>;

interface Bot {
  readonly service: DigestService;
  readonly store: KeyValueStore;
  readonly sent: Sent[];
  /** Every call of send, accepted or not. */
  readonly attempts: { channelId: string; at: string }[];
  readonly notes: { guildId: string; text: string }[];
  readonly logs: { event: string; [k: string]: unknown }[];
  readonly held: Set<string>;
  sendImpl: SendImpl | null;
  settle(): Promise<void>;
}

function refusal(code: number, status: number, message: string): DiscordAPIError {
  return new DiscordAPIError({ code, message }, code, status, 'POST', `https://discord.com/api/v10/channels/${C1}/messages`, { body: {} });
}

/** What the messages say as they are posted (rendered for Discord). */
const textOf = (messages: readonly DigestMessage[]) =>
  messages
    .map(renderDigestMessage)
    .flatMap((m) => [
      m.content ?? '',
      ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
    ])
    .join('\n');

/** Long statements, so that a digest of `count` articles takes several messages. */
function bulkyStories(date: string, count: number): StoryLine[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `bulk-${date}-${String(i).padStart(2, '0')}`,
    date,
    said: [{ speaker: 'mirzoyan', words: `${'Armenia wants a durable peace settlement '.repeat(22).trim()} item ${i}` }],
  }));
}

describe.each(backends().map((b) => [b.name, b] as const))('DigestService on the %s store', (_name, backend) => {
  if (backend.unavailable) {
    it.skip(`is not tested: ${backend.unavailable}`, () => undefined);
    return;
  }
  beforeAll(() => backend.setup(), 20_000);
  afterAll(() => backend.teardown(), 20_000);

  function boot(
    store: KeyValueStore,
    clock: ManualClock,
    world: World,
    options: Partial<DigestServiceOptions> & { held?: Iterable<string> } = {},
  ): Bot {
    const bot: Bot = {
      store,
      sent: [],
      attempts: [],
      notes: [],
      logs: [],
      held: new Set(options.held ?? [G1, G2]),
      sendImpl: null,
      settle: () => bot.service.settled(),
    } as unknown as Bot;
    const logger = createLogger({ level: 'debug', write: (line) => bot.logs.push(JSON.parse(line) as Bot['logs'][number]) });
    let n = 0;
    const service = new DigestService({
      store,
      index: () => world.index,
      logger,
      timers: clock,
      heldGuilds: () => bot.held,
      send: async (channelId, message) => {
        const at = new Date(clock.now()).toISOString();
        bot.attempts.push({ channelId, at });
        if (bot.sendImpl) await bot.sendImpl(channelId, message);
        bot.sent.push({ channelId, at, message });
        return { id: `m${++n}` };
      },
      notifyGuild: async (guildId, text) => {
        bot.notes.push({ guildId, text });
      },
      graceMs: 6 * 3_600_000,
      maxFailures: 3,
      retryDelaysMs: [60_000, 60_000],
      stopTimeoutMs: 100,
      ...options,
    });
    (bot as { service: DigestService }).service = service;
    return bot;
  }

  async function subscription(bot: Bot, guildId = G1, channelId = C1): Promise<Subscription> {
    const found = (await bot.service.list(guildId)).find((s) => s.subscription.channelId === channelId);
    if (!found) throw new Error(`no subscription in ${channelId}`);
    return found.subscription;
  }

  const events = (bot: Bot, event: string) => bot.logs.filter((l) => l.event === event);

  it('records the articles present at the very first start as arrival 0, and later ones as new arrivals', async () => {
    const { store }: FreshStore = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world);
    await bot.service.start();
    expect((await store.get<{ ids: string[] }>('arrivals:0'))?.ids.sort()).toEqual(['d2026-03-25', 'd2026-03-26', 'd2026-03-27']);
    await bot.service.noteReload(['d2026-03-25']);
    expect(await store.get('arrivals:1')).toBeUndefined();
    const ids = world.add(dailyStories('2026-03-28', 1));
    await bot.service.noteReload(ids);
    expect((await store.get<{ ids: string[] }>('arrivals:1'))?.ids).toEqual(['d2026-03-28']);
    expect(await store.get('arrivals:head')).toBe(1);
    await bot.service.stop();
  });

  it('starts the arrival log even with an empty archive, so the first articles to come are new', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World([]);
    const bot = boot(store, clock, world);
    await bot.service.start();
    expect(await store.get('arrivals:0')).toMatchObject({ ids: [] });
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC' });
    await bot.service.noteReload(world.add(dailyStories('2026-03-27', 1)));
    await clock.advanceTo(new Date('2026-03-28T12:00:00Z'), bot.settle);
    expect(bot.sent).toHaveLength(1);
    expect(textOf([bot.sent[0]!.message])).toContain('On 2026-03-27');
    await bot.service.stop();
  });

  it('fires at 08:00 Berlin time across the spring daylight-saving change, each digest holding what is new', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world);
    await bot.service.start();
    const { nextRun } = await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'Europe/Berlin' });
    expect(nextRun.toISOString()).toBe('2026-03-28T07:00:00.000Z');

    await clock.advanceTo(new Date('2026-03-28T12:00:00Z'), bot.settle);
    await bot.service.noteReload(world.add(dailyStories('2026-03-28', 1)));
    await clock.advanceTo(new Date('2026-03-29T12:00:00Z'), bot.settle);
    await bot.service.noteReload(world.add(dailyStories('2026-03-29', 1)));
    await clock.advanceTo(new Date('2026-03-30T12:00:00Z'), bot.settle);

    expect(bot.sent.map((s) => s.at)).toEqual(['2026-03-28T07:00:00.000Z', '2026-03-29T06:00:00.000Z', '2026-03-30T06:00:00.000Z']);
    const [first, second, third] = bot.sent.map((s) => textOf([s.message]));
    // The first digest after `set` covers the newest article date present; each later one only what arrived since.
    expect(first).toContain('On 2026-03-27');
    expect(first).not.toContain('On 2026-03-26');
    expect(second).toContain('On 2026-03-28');
    expect(second).not.toContain('On 2026-03-27');
    expect(third).toContain('On 2026-03-29');
    expect(third).not.toContain('On 2026-03-28');
    expect((await subscription(bot)).lastDelivery).toMatchObject({ slotId: '2026-03-30T08:00@Europe/Berlin', messages: 1 });
    await bot.service.stop();
  });

  it('runs two subscriptions in different timezones each at its own local time', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-01-15T10:00:00Z'));
    const world = new World(dailyStories('2026-01-14', 2));
    const bot = boot(store, clock, world);
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '09:00', timezone: 'Asia/Tokyo' });
    await bot.service.set({ guildId: G2, channelId: C2, time: '09:00', timezone: 'America/New_York' });
    await clock.advanceTo(new Date('2026-01-16T06:00:00Z'), bot.settle);
    expect(bot.sent.map((s) => [s.channelId, s.at])).toEqual([
      [C2, '2026-01-15T14:00:00.000Z'],
      [C1, '2026-01-16T00:00:00.000Z'],
    ]);
    await bot.service.stop();
  });

  it('posts nothing when nothing is new, and /digest send says so', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world);
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'Europe/Berlin' });
    await clock.advanceTo(new Date('2026-03-28T12:00:00Z'), bot.settle);
    expect(bot.sent).toHaveLength(1);
    await clock.advanceTo(new Date('2026-03-30T12:00:00Z'), bot.settle);
    expect(bot.sent).toHaveLength(1);
    expect(events(bot, 'digest.nothing_new')).toHaveLength(2);
    expect((await subscription(bot)).lastSlot).toBe('2026-03-30T08:00@Europe/Berlin');
    expect(await bot.service.preview(G1, C1)).toEqual([]);
    expect(await bot.service.sendNow(G1, C1)).toEqual({ nothingNew: true });
    expect(bot.sent).toHaveLength(1);
    await bot.service.stop();
  });

  it('posts nothing for articles that concern none of the followed actors', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world);
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC', actors: ['blinken'] });
    await clock.advanceTo(new Date('2026-03-28T12:00:00Z'), bot.settle);
    expect(bot.sent).toHaveLength(0);
    await bot.service.noteReload(
      world.add([{ id: 'b1', date: '2026-03-28', said: [{ speaker: 'blinken', words: 'We welcome the talks' }] }]),
    );
    await clock.advanceTo(new Date('2026-03-29T12:00:00Z'), bot.settle);
    expect(bot.sent).toHaveLength(1);
    expect(textOf([bot.sent[0]!.message])).toContain('We welcome the talks');
    expect(textOf([bot.sent[0]!.message])).not.toContain('Azerbaijan answered');
    await bot.service.stop();
  });

  it('counts /digest send as a delivery: the next scheduled digest does not repeat it', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world);
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC', mentionRoleId: '300000000000000003' });
    const preview = await bot.service.preview(G1, C1);
    expect(preview).toHaveLength(1);
    expect(await bot.service.sendNow(G1, C1)).toEqual({ sent: 1 });
    expect(renderDigestMessage(bot.sent[0]!.message)).toMatchObject({
      content: renderDigestMessage(preview[0]!).content,
      allowedMentions: { parse: [], roles: ['300000000000000003'] },
    });
    expect(bot.sent[0]!.message).toMatchObject({ enforceNonce: true });
    await clock.advanceTo(new Date('2026-03-28T12:00:00Z'), bot.settle);
    expect(bot.sent).toHaveLength(1);
    expect((await subscription(bot)).lastDelivery?.slotId).toMatch(/^manual@2026-03-27T12:00/);
    await bot.service.stop();
  });

  it('resumes a digest cut off by a crash after 2 messages: only the rest is sent, nothing twice', async () => {
    const fresh = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(bulkyStories('2026-03-27', 30));
    const first = boot(fresh.store, clock, world);
    let calls = 0;
    // Messages 1 and 2 go out; the process "dies" during the third (its send never answers).
    first.sendImpl = () => (++calls <= 2 ? Promise.resolve({ id: 'x' }) : new Promise(() => undefined));
    await first.service.start();
    await first.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'Europe/Berlin' });
    await clock.advanceTo(new Date('2026-03-28T07:00:00Z'));
    await vi.waitFor(() => expect(calls).toBe(3), { timeout: 5_000 });
    const record = (await fresh.store.get<DeliveryRecord>(deliveryKey(G1, C1, BERLIN_SLOT_MARCH_28)))!;
    expect(record).toMatchObject({ state: 'sending', sent: 2 });
    const total = record.messages.length;
    expect(total).toBeGreaterThanOrEqual(4);
    await first.service.stop();

    const second = boot(await fresh.reopen(), clock, world);
    await second.service.start();
    await second.settle();
    expect(second.sent.map((s) => s.message.nonce)).toEqual(record.messages.slice(2).map((m) => m.nonce));
    const delivered = [...first.sent, ...second.sent].map((s) => s.message.nonce);
    expect(delivered).toHaveLength(total);
    expect(new Set(delivered).size).toBe(total);
    const sub = await subscription(second);
    expect(sub).toMatchObject({ pending: null, lastDelivery: { slotId: BERLIN_SLOT_MARCH_28, messages: total } });
    expect(await second.store.get(deliveryKey(G1, C1, BERLIN_SLOT_MARCH_28))).toBeUndefined();
    // And the next day, with nothing new, nothing at all.
    await clock.advanceTo(new Date('2026-03-29T12:00:00Z'), second.settle);
    expect(second.sent).toHaveLength(total - 2);
    await second.service.stop();
  });

  it('retries a message after a network error, without sending any message twice', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(bulkyStories('2026-03-27', 30));
    const bot = boot(store, clock, world);
    let calls = 0;
    bot.sendImpl = async () => {
      if (++calls === 3) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return { id: 'x' };
    };
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'Europe/Berlin' });
    await clock.advanceTo(new Date('2026-03-28T09:00:00Z'), bot.settle);
    const nonces = bot.sent.map((s) => s.message.nonce);
    expect(nonces.length).toBeGreaterThanOrEqual(4);
    expect(new Set(nonces).size).toBe(nonces.length);
    expect(bot.attempts).toHaveLength(nonces.length + 1);
    // The retry came one back-off (60 s) after the failure.
    expect(bot.attempts[3]!.at).toBe('2026-03-28T07:01:00.000Z');
    expect((await subscription(bot)).health).toEqual({ state: 'ok' });
    await bot.service.stop();
  });

  it('finishes a digest whose last record was written but not the subscription, without sending again', async () => {
    const fresh = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    // The first process dies between the "done" record and the subscription's update.
    let dead = false;
    const dying: KeyValueStore = {
      kind: fresh.store.kind,
      get: (k) => fresh.store.get(k),
      delete: (k) => fresh.store.delete(k),
      close: () => fresh.store.close(),
      set: async (k, v) => {
        if (dead) throw new Error('process died');
        await fresh.store.set(k, v);
        if (k.startsWith('delivery:') && (v as DeliveryRecord).state === 'done') dead = true;
      },
    };
    const first = boot(dying, clock, world);
    await first.service.start();
    await first.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'Europe/Berlin' });
    await clock.advanceTo(new Date('2026-03-28T07:30:00Z'), first.settle);
    expect(first.sent).toHaveLength(1);
    await first.service.stop();

    const second = boot(await fresh.reopen(), clock, world);
    await second.service.start();
    await second.settle();
    expect(second.sent).toHaveLength(0);
    expect(await subscription(second)).toMatchObject({ pending: null, lastDelivery: { slotId: BERLIN_SLOT_MARCH_28 } });
    await second.service.stop();
  });

  /**
   * A bot that set an 08:00 Berlin digest for C1 on 27 March and went down; an article arrives
   * meanwhile, and the clock stands at `back` when it comes up again.
   */
  async function subscribedThenDown(back: string) {
    const fresh = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const first = boot(fresh.store, clock, world);
    await first.service.start();
    await first.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'Europe/Berlin' });
    await first.service.stop();
    world.add(dailyStories('2026-03-28', 1));
    await clock.advanceTo(new Date(back));
    return { fresh, clock, world };
  }

  it('delivers a slot missed while down, once, on start, and not again on the next start', async () => {
    // Back two hours after the 08:00 slot.
    const { fresh, clock, world } = await subscribedThenDown('2026-03-28T09:00:00Z');

    const second = boot(await fresh.reopen(), clock, world);
    await second.service.start();
    await second.settle();
    expect(second.sent.map((s) => s.at)).toEqual(['2026-03-28T09:00:00.000Z']);
    expect(textOf([second.sent[0]!.message])).toContain('On 2026-03-28');
    expect((await subscription(second)).lastSlot).toBe(BERLIN_SLOT_MARCH_28);
    await second.service.stop();

    const third = boot(await fresh.reopen(), clock, world);
    await third.service.start();
    await third.settle();
    expect(third.sent).toHaveLength(0);
    await third.service.stop();
  });

  it('skips and notes a slot missed for longer than the grace period; its articles come next time', async () => {
    // Back 7 h after the slot; grace is 6 h.
    const { fresh, clock, world } = await subscribedThenDown('2026-03-28T14:00:00Z');

    const second = boot(await fresh.reopen(), clock, world);
    await second.service.start();
    await second.settle();
    expect(second.sent).toHaveLength(0);
    expect(events(second, 'digest.slot.skipped')).toEqual([expect.objectContaining({ slot: BERLIN_SLOT_MARCH_28, ageMs: 7 * 3_600_000 })]);
    expect((await subscription(second)).skipped).toEqual({ slotId: BERLIN_SLOT_MARCH_28, at: Date.parse('2026-03-28T14:00:00Z') });
    await clock.advanceTo(new Date('2026-03-29T12:00:00Z'), second.settle);
    expect(second.sent.map((s) => s.at)).toEqual(['2026-03-29T06:00:00.000Z']);
    expect(textOf([second.sent[0]!.message])).toContain('On 2026-03-28');
    await second.service.stop();
  });

  it('marks a subscription failing with the reason on Missing Permissions (50013), without retrying', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world);
    bot.sendImpl = () => Promise.reject(refusal(50013, 403, 'Missing Permissions'));
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC' });
    await clock.advanceTo(new Date('2026-03-28T12:00:00Z'), bot.settle);
    expect(bot.attempts).toHaveLength(1);
    const [listed] = await bot.service.list(G1);
    expect(listed!.subscription.health).toEqual({
      state: 'failing',
      reason: expect.stringContaining('Missing Permissions'),
      since: Date.parse('2026-03-28T08:00:00Z'),
      failures: 1,
    });
    expect(events(bot, 'digest.refused')).toEqual([
      expect.objectContaining({ channelId: C1, reason: expect.stringContaining('Missing Permissions'), failures: 1 }),
    ]);
    // Permissions fixed: the next digest carries what the refused one would have, and health is restored.
    bot.sendImpl = null;
    await clock.advanceTo(new Date('2026-03-29T12:00:00Z'), bot.settle);
    expect(bot.sent).toHaveLength(1);
    expect(textOf([bot.sent[0]!.message])).toContain('On 2026-03-27');
    expect((await subscription(bot)).health).toEqual({ state: 'ok' });
    await bot.service.stop();
  });

  it('pauses a subscription after 3 refusals in a row and tells the server', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world);
    bot.sendImpl = () => Promise.reject(refusal(50001, 403, 'Missing Access'));
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC' });
    await clock.advanceTo(new Date('2026-03-29T12:00:00Z'), bot.settle);
    expect((await subscription(bot)).health).toMatchObject({ state: 'failing', failures: 2 });
    expect(bot.notes).toHaveLength(0);
    await clock.advanceTo(new Date('2026-03-30T12:00:00Z'), bot.settle);
    expect((await subscription(bot)).health).toEqual({
      state: 'paused',
      reason: expect.stringContaining('Missing Access'),
      since: Date.parse('2026-03-30T08:00:00Z'),
    });
    expect(bot.notes).toEqual([{ guildId: G1, text: expect.stringContaining(`<#${C1}> is paused`) }]);
    expect((await bot.service.list(G1))[0]!.nextRun).toBeNull();
    // Paused: no more attempts.
    await clock.advanceTo(new Date('2026-04-02T12:00:00Z'), bot.settle);
    expect(bot.attempts).toHaveLength(3);
    // A moderator fixes it and sets it again: it runs the next morning.
    bot.sendImpl = null;
    const { subscription: revived } = await bot.service.set({ guildId: G1, channelId: C1 });
    expect(revived.health).toEqual({ state: 'ok' });
    await clock.advanceTo(new Date('2026-04-03T12:00:00Z'), bot.settle);
    expect(bot.sent.map((s) => s.at)).toEqual(['2026-04-03T08:00:00.000Z']);
    await bot.service.stop();
  });

  it('delivers a slot that fires twice (node-cron and the autumn 02:30) once', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-10-24T12:00:00Z'));
    // Every slot fires a second time an hour later, as a doubled 02:30 can.
    const doubled: DigestTimers = {
      now: () => clock.now(),
      after: (ms, run) => clock.after(ms, run),
      daily: (time, tz, run) => {
        const first = clock.daily(time, tz, run);
        const again = clock.daily(time, tz, (at) => clock.after(3_600_000, () => run(new Date(at.getTime() + 3_600_000))));
        return { cancel: () => (first.cancel(), again.cancel()) };
      },
    };
    const world = new World(dailyStories('2026-10-22', 3));
    const bot = boot(store, clock, world, { timers: doubled });
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '02:30', timezone: 'Europe/Berlin' });
    await clock.advanceTo(new Date('2026-10-25T12:00:00Z'), bot.settle);
    await bot.service.noteReload(world.add(dailyStories('2026-10-25', 1)));
    await clock.advanceTo(new Date('2026-10-26T12:00:00Z'), bot.settle);
    expect(bot.sent.map((s) => s.at)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
    expect(events(bot, 'digest.slot.already_handled').map((e) => e.slot)).toEqual([
      '2026-10-25T02:30@Europe/Berlin',
      '2026-10-26T02:30@Europe/Berlin',
    ]);
    await bot.service.stop();
  });

  it('logs and skips a message Discord rejects as malformed, and sends the rest', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(bulkyStories('2026-03-27', 30));
    const bot = boot(store, clock, world);
    let calls = 0;
    bot.sendImpl = async () => {
      if (++calls === 2) throw refusal(50035, 400, 'Invalid Form Body');
      return { id: 'x' };
    };
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC' });
    await clock.advanceTo(new Date('2026-03-28T12:00:00Z'), bot.settle);
    const sub = await subscription(bot);
    expect(bot.attempts).toHaveLength(sub.lastDelivery!.messages);
    expect(bot.sent).toHaveLength(sub.lastDelivery!.messages - 1);
    expect(events(bot, 'digest.message_rejected')).toEqual([
      expect.objectContaining({ message: 1, reason: expect.stringContaining('50035') }),
    ]);
    expect(sub.health).toEqual({ state: 'ok' });
    await bot.service.stop();
  });

  it('does not let a guild whose sends hang delay another guild', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world);
    bot.sendImpl = (channelId) => (channelId === C1 ? new Promise(() => undefined) : Promise.resolve({ id: 'x' }));
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC' });
    await bot.service.set({ guildId: G2, channelId: C2, time: '08:00', timezone: 'UTC' });
    await clock.advanceTo(new Date('2026-03-28T08:00:00Z'));
    await vi.waitFor(async () => expect((await subscription(bot, G2, C2)).lastDelivery).not.toBeNull(), { timeout: 5_000 });
    expect(bot.sent.map((s) => [s.channelId, s.at])).toEqual([[C2, '2026-03-28T08:00:00.000Z']]);
    expect(bot.attempts.filter((a) => a.channelId === C1)).toHaveLength(1);
    await bot.service.stop();
  });

  it("does not let a guild whose sends keep failing delay another; Discord's outages never pause", async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world, { laterRetryMs: 3_600_000 });
    bot.sendImpl = (channelId) =>
      channelId === C1 ? Promise.reject(refusal(0, 503, 'Service Unavailable')) : Promise.resolve({ id: 'x' });
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC' });
    await bot.service.set({ guildId: G2, channelId: C2, time: '08:00', timezone: 'UTC' });
    await clock.advanceTo(new Date('2026-03-28T08:30:00Z'), bot.settle);
    expect(bot.sent.map((s) => [s.channelId, s.at])).toEqual([[C2, '2026-03-28T08:00:00.000Z']]);
    // C1: the first try and two back-offs, in the background.
    expect(bot.attempts.filter((a) => a.channelId === C1).map((a) => a.at)).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-28T08:01:00.000Z',
      '2026-03-28T08:02:00.000Z',
    ]);
    const sub = await subscription(bot, G1, C1);
    expect(sub.health).toMatchObject({ state: 'failing', reason: expect.stringContaining('503'), failures: 0 });
    expect(sub.pending).toBe('2026-03-28T08:00@UTC');
    // Discord is back: the later retry delivers it, once.
    bot.sendImpl = null;
    await clock.advanceTo(new Date('2026-03-28T10:00:00Z'), bot.settle);
    expect(bot.sent.filter((s) => s.channelId === C1).map((s) => s.at)).toEqual(['2026-03-28T09:02:00.000Z']);
    expect((await subscription(bot, G1, C1)).health).toEqual({ state: 'ok' });
    await bot.service.stop();
  });

  it('runs only the subscriptions of guilds this process holds, and follows guilds joining and leaving', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world, { held: [G1] });
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC' });
    await bot.service.set({ guildId: G2, channelId: C2, time: '08:00', timezone: 'UTC' });
    await clock.advanceTo(new Date('2026-03-28T09:00:00Z'), bot.settle);
    expect(bot.sent.map((s) => s.channelId)).toEqual([C1]);
    // G2's shard moves here an hour after its slot: the missed slot is delivered at once.
    bot.held.add(G2);
    await bot.service.guildJoined(G2);
    await bot.settle();
    expect(bot.sent.map((s) => [s.channelId, s.at])).toEqual([
      [C1, '2026-03-28T08:00:00.000Z'],
      [C2, '2026-03-28T09:00:00.000Z'],
    ]);
    // G1 leaves this process: its digests stop here.
    bot.held.delete(G1);
    bot.service.guildLeft(G1);
    await bot.service.noteReload(world.add(dailyStories('2026-03-28', 1)));
    await clock.advanceTo(new Date('2026-03-29T09:00:00Z'), bot.settle);
    expect(bot.sent.slice(2).map((s) => s.channelId)).toEqual([C2]);
    // G2 moves away before the process is told (guildLeft comes late): its slot is not run here either.
    bot.held.delete(G2);
    await bot.service.noteReload(world.add(dailyStories('2026-03-29', 1)));
    await clock.advanceTo(new Date('2026-03-30T09:00:00Z'), bot.settle);
    expect(bot.attempts).toHaveLength(3);
    await bot.service.stop();
  });

  it('starts only the held guilds of the store, leaving the others for their own process', async () => {
    const fresh = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const setup = boot(fresh.store, clock, world);
    await setup.service.start();
    await setup.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC' });
    await setup.service.set({ guildId: G2, channelId: C2, time: '08:00', timezone: 'UTC' });
    await setup.service.stop();

    const shardA = boot(fresh.store, clock, world, { held: [G1] });
    const shardB = boot(await fresh.reopen(), clock, world, { held: [G2] });
    await shardA.service.start();
    await shardB.service.start();
    await clock.advanceTo(new Date('2026-03-28T09:00:00Z'), async () => {
      await shardA.settle();
      await shardB.settle();
    });
    expect(shardA.sent.map((s) => s.channelId)).toEqual([C1]);
    expect(shardB.sent.map((s) => s.channelId)).toEqual([C2]);
    await shardA.service.stop();
    await shardB.service.stop();
  });

  it('stops running a removed subscription', async () => {
    const { store } = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const bot = boot(store, clock, world);
    await bot.service.start();
    await bot.service.set({ guildId: G1, channelId: C1, time: '08:00', timezone: 'UTC' });
    expect(await bot.service.remove(G1, C1)).toBe(true);
    expect(await bot.service.remove(G1, C1)).toBe(false);
    await clock.advanceTo(new Date('2026-03-28T12:00:00Z'), bot.settle);
    expect(bot.attempts).toHaveLength(0);
    expect(await bot.service.list(G1)).toEqual([]);
    expect(clock.armed).toBe(0);
    await bot.service.stop();
  });

  it('keeps subscriptions across a restart, with their settings and next run', async () => {
    const fresh = await backend.fresh();
    const clock = new ManualClock(new Date('2026-03-27T12:00:00Z'));
    const world = new World(dailyStories('2026-03-25', 3));
    const first = boot(fresh.store, clock, world);
    await first.service.start();
    await first.service.set({
      guildId: G1,
      channelId: C1,
      time: '18:30',
      timezone: 'america/new_york',
      actors: ['mirzoyan', 'mirzoyan'],
      mentionRoleId: '300000000000000003',
    });
    await first.service.stop();
    await fresh.store.close();
    const second = boot(await fresh.reopen(), clock, world);
    await second.service.start();
    const [listed] = await second.service.list(G1);
    expect(listed!.subscription).toMatchObject({
      time: '18:30',
      timezone: 'America/New_York',
      actors: ['mirzoyan'],
      mentionRoleId: '300000000000000003',
      health: { state: 'ok' },
    });
    expect(listed!.nextRun?.toISOString()).toBe('2026-03-27T22:30:00.000Z');
    await second.service.stop();
  });
});

describe('DigestService input', () => {
  it('refuses a malformed time, an unknown timezone or ids that are not snowflakes, with a reason', async () => {
    const values = new Map<string, unknown>();
    const store: KeyValueStore = {
      kind: 'sqlite',
      get: async <T>(k: string) => values.get(k) as T | undefined,
      set: async (k, v) => void values.set(k, v),
      delete: async (k) => void values.delete(k),
      close: async () => undefined,
    };
    const world = new World(dailyStories('2026-03-25', 1));
    const service = new DigestService({
      store,
      index: () => world.index,
      logger: createLogger({ level: 'silent' }),
      send: async () => ({ id: 'x' }),
      heldGuilds: () => [G1],
      notifyGuild: async () => undefined,
      timers: new ManualClock(0),
    });
    await expect(service.set({ guildId: G1, channelId: C1, time: '8:00' })).rejects.toThrow(/HH:MM/);
    await expect(service.set({ guildId: G1, channelId: C1, timezone: 'Mars/Olympus_Mons' })).rejects.toThrow(/not a timezone/);
    await expect(service.set({ guildId: 'general', channelId: C1 })).rejects.toThrow(/server id/);
    await expect(service.set({ guildId: G1, channelId: C1, mentionRoleId: '@everyone' })).rejects.toThrow(/role id/);
    await expect(service.sendNow(G1, C1)).rejects.toThrow(/no digest/);
    const { subscription } = await service.set({ guildId: G1, channelId: C1 });
    expect(subscription).toMatchObject({ time: '08:00', timezone: 'UTC', actors: [], mentionRoleId: null });
  });
});
