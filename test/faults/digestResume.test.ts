// A digest resumed after a crash posts every message exactly once, even when the bot comes back long after
// Discord's nonce window (issue #11: killed after 4 of 33 posts, the restarted bot posted message 4 again).
//
// Why in this process, not as `npm start` (test/app/digestRestart.test.ts does that): the point is "an hour
// later", and only the digest service takes a clock (a ManualClock through `timers`); the real process reads
// the system's. Everything else is the real wiring: createBot hands createDigestDelivery (the real discord.js
// client, logged into the emulator) to a DigestService on a SQLite file. The crash is the narrowest gap there
// is: Discord accepted message N, and the store write that would record it never returns. The first bot is
// then abandoned as a killed process is (its client destroyed, its service never heard from again) and a
// second one starts on the same file an hour later. The emulator's nonce de-duplication is off: after an
// hour, Discord's would be over too.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordEmulator, Permission } from '@attache/discord-emulator';
import type { DeliveryRecord } from '../../src/digest/types.js';
import type { AttacheIndex } from '../../src/index/api.js';
import { openStore, type KeyValueStore } from '../../src/store/index.js';
import { longStatements } from '../digest/fixtures.js';
import { textOf } from '../discord/messageText.js';
import { startDigestBot, type LogLine, type Running } from './digestBot.js';

const T0 = Date.parse('2026-03-28T07:00:00Z');
const SLOT_AT = Date.parse('2026-03-28T08:00:00Z');
const HOUR = 3_600_000;

let dir: string;
let storeUrl: string;
let emulator: DiscordEmulator;
/** The emulator's clock: the nonce window is measured on it, and it moves with the bots'. */
let wall: number;
let guildId: string;
let channelId: string;
let index: AttacheIndex;
const stores: KeyValueStore[] = [];
const bots: Running[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-digest-resume-'));
  storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
  wall = T0;
  emulator = new DiscordEmulator({ now: () => wall });
  await emulator.start();
  const guild = emulator.addGuild({ name: 'Embassy' });
  guildId = guild.id;
  channelId = emulator.addTextChannel(guild.id, { name: 'digests' }).id;
  // One day of long statements: the first digest takes several messages.
  index = longStatements(40, 'ceasefire', 'a').index;
});

afterEach(async () => {
  for (const { bot, digests } of bots.splice(0).reverse()) {
    await digests.stop();
    await bot.stop();
  }
  await emulator.stop();
  for (const store of stores.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function startBot(at: number, store: KeyValueStore): Promise<Running> {
  const running = await startDigestBot({ emulator, index, store, at });
  bots.push(running);
  return running;
}

async function open(): Promise<KeyValueStore> {
  const store = await openStore(storeUrl);
  stores.push(store);
  return store;
}

/** The store as one process sees it: once `kill()` is called, none of its operations returns, nor reaches the file. */
function mortal(store: KeyValueStore, dies: (key: string, value: unknown) => boolean = () => false) {
  let dead = false;
  let died!: () => void;
  const killed = new Promise<void>((resolve) => (died = resolve));
  const kill = () => {
    dead = true;
    died();
  };
  const never = new Promise<never>(() => undefined);
  const alive = <T>(op: () => Promise<T>): Promise<T> => (dead ? never : op());
  const seen: KeyValueStore = {
    kind: store.kind,
    get: (key) => alive(() => store.get(key)),
    delete: (key) => alive(() => store.delete(key)),
    close: () => store.close(),
    set: (key, value) => {
      if (!dead && dies(key, value)) kill();
      return alive(() => store.set(key, value));
    },
  };
  return { store: seen, kill, killed };
}

/**
 * Starts a bot at 07:00 with a digest at 08:00 and kills it during message `n`: after Discord accepted it,
 * before the write that records it (`accepted`), or while Discord holds it (a 429 for a minute: `in flight`).
 * Returns the number of messages of the digest.
 */
async function crashDuringMessage(n: number, when: 'accepted' | 'in flight'): Promise<number> {
  const isRecordOf = (key: string, value: unknown) => key.startsWith('delivery:') && (value as DeliveryRecord).sent === n;
  const dying = mortal(await open(), when === 'accepted' ? isRecordOf : undefined);
  if (when === 'in flight') {
    let posts = 0;
    emulator.failNext(({ method, path }) => method === 'POST' && path === `/channels/${channelId}/messages` && ++posts === n, {
      status: 429,
      retryAfter: 60,
    });
    void emulator.waitForRequest('POST /channels/:id/messages', (r) => r.fault === 'rate-limit', 15_000).then(dying.kill);
  }
  const first = await startBot(T0, dying.store);
  await first.digests.set({ guildId, channelId, time: '08:00', timezone: 'UTC' });
  wall = SLOT_AT;
  void first.clock.advanceTo(SLOT_AT);
  await dying.killed;
  // Killed: the client goes; the service, its store gone with the process, is never heard from again.
  bots.splice(bots.indexOf(first), 1);
  await first.bot.stop();
  const record = (await (await open()).get<DeliveryRecord>(`delivery:${guildId}:${channelId}:2026-03-28T08:00@UTC`))!;
  expect(record).toMatchObject({ state: 'sending', sent: n - 1 });
  expect(emulator.messages(channelId)).toHaveLength(when === 'accepted' ? n : n - 1);
  return record.messages.length;
}

async function waitForLog(logs: LogLine[], event: string, timeoutMs = 10_000): Promise<LogLine> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = logs.find((l) => l.event === event);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no "${event}" within ${timeoutMs} ms: ${logs.map((l) => l.event).join(', ')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every part of the digest in the channel, once each, in order. */
function expectEachPartOnce(total: number): void {
  const posted = emulator.messages(channelId).map(textOf);
  expect(posted.map((text) => /part (\d+) of (\d+)/.exec(text)?.slice(1).map(Number))).toEqual(
    Array.from({ length: total }, (_, i) => [i + 1, total]),
  );
}

describe('a digest resumed after a crash', () => {
  it('posts each message once when the bot comes back an hour later, after Discord has forgotten the nonce', async () => {
    emulator.setNonceWindow(0);
    const total = await crashDuringMessage(3, 'accepted');
    expect(total).toBeGreaterThanOrEqual(5);

    wall = SLOT_AT + HOUR;
    const second = await startBot(SLOT_AT + HOUR, await open());
    expect(await waitForLog(second.logs, 'digest.resuming')).toMatchObject({ sent: 2, of: total });
    await waitForLog(second.logs, 'digest.delivered');
    expectEachPartOnce(total);
    // It looked once, just after message 2, found message 3 there, and posted only what had not arrived.
    const [second2] = emulator.messages(channelId).slice(1);
    expect(emulator.requestsTo('GET /channels/:id/messages').map((r) => r.query)).toEqual([{ after: second2!.id, limit: '100' }]);
    expect(emulator.requestsTo('POST /channels/:id/messages')).toHaveLength(total);
    expect(second.logs.find((l) => l.event === 'digest.message.already_posted')).toMatchObject({ message: 2 });
  });

  it('posts the message again when it had not arrived', async () => {
    emulator.setNonceWindow(0);
    const total = await crashDuringMessage(3, 'in flight');

    wall = SLOT_AT + HOUR;
    const second = await startBot(SLOT_AT + HOUR, await open());
    await waitForLog(second.logs, 'digest.delivered');
    expectEachPartOnce(total);
    expect(emulator.requestsTo('GET /channels/:id/messages')).toHaveLength(1);
    expect(second.logs.some((l) => l.event === 'digest.message.already_posted')).toBe(false);
  });

  it('without Read Message History cannot look, says so, and relies on the nonce as before (within its window)', async () => {
    emulator.channel(channelId).overwrites.push({ id: emulator.botUser.id, type: 1, allow: 0n, deny: Permission.ReadMessageHistory });
    const total = await crashDuringMessage(3, 'accepted');

    wall = SLOT_AT + 60_000;
    const second = await startBot(SLOT_AT + 60_000, await open());
    await waitForLog(second.logs, 'digest.delivered');
    expect(second.logs.find((l) => l.event === 'digest message resent unchecked')).toMatchObject({
      reason: expect.stringContaining('Read Message History') as unknown,
    });
    expect(emulator.requestsTo('GET /channels/:id/messages')).toHaveLength(0);
    // Message 3 went twice; the emulator, as Discord within its window, answered the first copy.
    expect(emulator.requestsTo('POST /channels/:id/messages')).toHaveLength(total + 1);
    expectEachPartOnce(total);
  });
});
