// A digest in a forum channel (issue #13), end to end: /digest set takes the forum, the digest becomes one post
// titled with its date and tagged with its actors' countries (a missing tag created once), its other parts go
// into that post; killed mid-digest and restarted an hour later, after Discord's nonce window (the emulator's
// de-duplication off), it is delivered exactly once: one post, each part once in it.
//
// The wiring is test/faults/digestResume.test.ts's: the real bot (createBot, the real discord.js client and
// createDigestDelivery) with the real DigestService on a SQLite file, a ManualClock for "an hour later", and a
// store that dies with the process at the narrowest gap (Discord took message N, the write recording it never
// returns). The commands are the real ones, registered with the emulator and sent as a moderator would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Routes } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BOT_PERMISSIONS, DiscordEmulator, Permission, type StoredMessage } from '@attache/discord-emulator';
import { commands } from '../../commands/index.js';
import type { PostedRecord } from '../../src/digest/post.js';
import type { AttacheIndex } from '../../src/index/api.js';
import { openStore, type KeyValueStore } from '../../src/store/index.js';
import { articlesOf, digestIndexOf } from '../digest/fixtures.js';
import { textOf } from '../discord/messageText.js';
import type { Bot } from '../../src/discord/bot.js';
import { startDigestBot, type LogLine, type Running } from './digestBot.js';

const T0 = Date.parse('2026-03-28T07:00:00Z');
const SLOT_AT = Date.parse('2026-03-28T08:00:00Z');
const SLOT = '2026-03-28T08:00@UTC';
const HOUR = 3_600_000;

let dir: string;
let storeUrl: string;
let emulator: DiscordEmulator;
let wall: number;
let guildId: string;
let forumId: string;
let moderator: string;
let index: AttacheIndex;
const stores: KeyValueStore[] = [];
const bots: Running[] = [];

/** One day of long statements by three actors of three countries, Armenia's the most: several messages. */
function threeCountries(): AttacheIndex {
  const long = (who: string, i: number) => `${`${who} spoke of the border commission `.repeat(30)}number ${i}`;
  const { articles, extractions } = articlesOf([
    ...Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, date: '2026-03-01', said: [{ speaker: 'mirzoyan', words: long('m', i) }] })),
    ...Array.from({ length: 8 }, (_, i) => ({ id: `b${i}`, date: '2026-03-01', said: [{ speaker: 'bayramov', words: long('b', i) }] })),
    ...Array.from({ length: 4 }, (_, i) => ({ id: `c${i}`, date: '2026-03-01', said: [{ speaker: 'michel', words: long('c', i) }] })),
  ]);
  return digestIndexOf(articles, extractions);
}

async function world(botPermissions: bigint, moreTags = 0): Promise<void> {
  const guild = emulator.addGuild({ name: 'Embassy', botPermissions });
  guildId = guild.id;
  // The forum has a tag for Armenia already (spelled otherwise) and a moderated one the bot may not apply.
  const tags = [
    { name: 'armenia' },
    { name: 'EU', moderated: true },
    ...Array.from({ length: moreTags }, (_, i) => ({ name: `topic ${i}` })),
  ];
  forumId = emulator.addForumChannel(guild.id, { name: 'digests', tags }).id;
  const mods = emulator.addRole(guild.id, { name: 'Moderators', permissions: 'ManageGuild' });
  moderator = emulator.addMember(guild.id, { username: 'mod' }, { roles: [mods.id] }).user.id;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-digest-forum-'));
  storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
  wall = T0;
  emulator = new DiscordEmulator({ now: () => wall });
  await emulator.start();
  index = threeCountries();
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
  const running = await startDigestBot({ emulator, index, store, at, commands });
  bots.push(running);
  return running;
}

async function open(): Promise<KeyValueStore> {
  const store = await openStore(storeUrl);
  stores.push(store);
  return store;
}

/** The store as one process sees it: from the write `dies` picks on, no operation returns, nor reaches the file. */
function mortal(store: KeyValueStore, dies: (key: string, value: unknown) => boolean) {
  let dead = false;
  let died!: () => void;
  const killed = new Promise<void>((resolve) => (died = resolve));
  const never = new Promise<never>(() => undefined);
  const alive = <T>(op: () => Promise<T>): Promise<T> => (dead ? never : op());
  const seen: KeyValueStore = {
    kind: store.kind,
    get: (key) => alive(() => store.get(key)),
    delete: (key) => alive(() => store.delete(key)),
    close: () => store.close(),
    set: (key, value) => {
      if (!dead && dies(key, value)) {
        dead = true;
        died();
      }
      return alive(() => store.set(key, value));
    },
  };
  return { store: seen, killed };
}

/** /digest <subcommand> as the moderator; the reply's text once answered. */
async function digest(subcommand: string, options: Record<string, string> = {}): Promise<StoredMessage> {
  const handle = emulator.sendCommand({ name: 'digest', subcommand, options, userId: moderator, guildId });
  return handle.waitForReply(10_000);
}

async function registered(bot: Bot): Promise<void> {
  await bot.client.rest.put(Routes.applicationCommands(emulator.applicationId), { body: commands.map((c) => c.data.toJSON()) });
  await emulator.waitForCommands({ count: commands.length });
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

/** The forum's one post, its tags by name, and its parts in order: each of 1..total exactly once. */
function expectOnePostEachPartOnce(total: number): { name: string; tags: string[] } {
  const posts = emulator.threads(forumId);
  expect(posts).toHaveLength(1);
  const [post] = posts;
  const parts = emulator.messages(post!.id).map((m) => /part (\d+) of (\d+)/.exec(textOf(m))?.slice(1).map(Number));
  expect(parts).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  const names = new Map((emulator.channel(forumId).availableTags ?? []).map((t) => [t.id, t.name]));
  return { name: post!.name, tags: post!.thread!.appliedTags.map((id) => names.get(id)!) };
}

/**
 * Sets the forum's digest at 07:00 for 08:00 through /digest set, and kills the bot when Discord has taken
 * message `n` of it (the post itself when n is 1) and its record is being written. Returns the number of parts.
 */
async function crashAfterMessage(n: number): Promise<number> {
  const dying = mortal(await open(), (key, value) => key.startsWith('delivery:') && (value as PostedRecord).sent === n);
  const first = await startBot(T0, dying.store);
  await registered(first.bot);
  const saved = await digest('set', { channel: forumId, time: '08:00' });
  expect(saved.content).toMatch(new RegExp(`^Created the digest for <#${forumId}>: every day at 08:00 UTC`));
  expect(textOf(await digest('list'))).toContain('#digests (forum: a post per digest)');

  wall = SLOT_AT;
  void first.clock.advanceTo(SLOT_AT);
  await dying.killed;
  bots.splice(bots.indexOf(first), 1);
  await first.bot.stop();
  const record = (await (await open()).get<PostedRecord>(`delivery:${guildId}:${forumId}:${SLOT}`))!;
  expect(record).toMatchObject({
    state: 'sending',
    sent: n - 1,
    post: { title: '2026-03-28', countries: ['Armenia', 'Azerbaijan', 'EU'] },
  });
  // Message n reached Discord: the post (with its first message) exists, with n messages in it.
  expect(emulator.threads(forumId)).toHaveLength(1);
  expect(emulator.messages(emulator.threads(forumId)[0]!.id)).toHaveLength(n);
  return record.messages.length;
}

describe('a forum digest', () => {
  it.each([
    ['the post was made (message 1), and the post was archived meanwhile', 1],
    ['message 3 reached the post', 3],
  ])('killed after %s, restarted an hour later: one post, each part once, with its tags', async (_, n) => {
    await world(DEFAULT_BOT_PERMISSIONS | Permission.ManageChannels);
    emulator.setNonceWindow(0);
    const total = await crashAfterMessage(n);
    expect(total).toBeGreaterThanOrEqual(4);
    // Discord archives a quiet post after a while: an hour later it is no longer among the active ones.
    if (n === 1) emulator.closeThread(emulator.threads(forumId)[0]!.id);

    wall = SLOT_AT + HOUR;
    const second = await startBot(SLOT_AT + HOUR, await open());
    expect(await waitForLog(second.logs, 'digest.resuming')).toMatchObject({ sent: n - 1, of: total });
    await waitForLog(second.logs, 'digest.delivered');
    expect(expectOnePostEachPartOnce(total)).toEqual({ name: '2026-03-28', tags: ['armenia', 'Azerbaijan'] });
    expect(second.logs.find((l) => l.event === 'digest.message.already_posted')).toMatchObject({ message: n - 1 });
    // One post ever made; the tag the forum lacked was created once, the moderated one left alone.
    expect(emulator.requestsTo('POST /channels/:id/threads')).toHaveLength(1);
    expect(emulator.requestsTo('PATCH /channels/:id')).toHaveLength(1);
    expect((emulator.channel(forumId).availableTags ?? []).map((t) => t.name)).toEqual(['armenia', 'EU', 'Azerbaijan']);
    // Nothing went to the forum itself, and the post is active again.
    expect(emulator.messages(forumId)).toEqual([]);
    expect(emulator.threads(forumId)[0]!.thread!.archived).toBe(false);
    expect(emulator.requestsTo('POST /channels/:id/messages')).toHaveLength(total - 1);
  });

  it("goes on in a new post when a moderator deleted the digest's post before the restart", async () => {
    await world(DEFAULT_BOT_PERMISSIONS | Permission.ManageChannels);
    emulator.setNonceWindow(0);
    const total = await crashAfterMessage(3);
    emulator.closeThread(emulator.threads(forumId)[0]!.id, 'delete');

    wall = SLOT_AT + HOUR;
    const second = await startBot(SLOT_AT + HOUR, await open());
    await waitForLog(second.logs, 'digest.delivered');
    expect(second.logs.find((l) => l.event === 'digest post closed')).toBeDefined();
    // Parts 1 to 3 went with the deleted post; 3 (not recorded) and the rest are in the new one, once each.
    const [post, ...others] = emulator.threads(forumId);
    expect(others).toEqual([]);
    expect(post!.name).toBe('2026-03-28 (continued)');
    const parts = emulator.messages(post!.id).map((m) => Number(/part (\d+) of/.exec(textOf(m))?.[1]));
    expect(parts).toEqual(Array.from({ length: total - 2 }, (_, i) => i + 3));
    await expect(second.digests.list(guildId)).resolves.toMatchObject([{ subscription: { health: { state: 'ok' }, pending: null } }]);
  });

  it('without Manage Channels posts with the tags the forum has, and says so once', async () => {
    await world(DEFAULT_BOT_PERMISSIONS);
    const bot = await startBot(T0, await open());
    await registered(bot.bot);
    const saved = await digest('set', { channel: forumId });
    expect(saved.content).toContain("I can't create the missing ones without Manage Channels there");
    const sent = await digest('send', { channel: forumId });
    expect(sent.content).toMatch(/^Posted the digest in <#\d+>: \d+ messages\./);
    const [post] = emulator.threads(forumId);
    expect(post!.name).toMatch(/^2026-03-28, 07:00$/);
    expect(post!.thread!.appliedTags).toEqual([emulator.channel(forumId).availableTags![0]!.id]);
    expect(emulator.requestsTo('PATCH /channels/:id')).toHaveLength(0);
    expect(bot.logs.filter((l) => l.event === 'digest forum tags not created')).toHaveLength(1);
    // Every part of it in the post, none in the forum; pinging nobody.
    expect(emulator.messages(post!.id).length).toBeGreaterThan(1);
    expect(emulator.messages(post!.id).flatMap((m) => [...m.pings.users, ...m.pings.roles])).toEqual([]);
  });

  it('creates no tag in a forum that has 20 already, and posts with those that match', async () => {
    await world(DEFAULT_BOT_PERMISSIONS | Permission.ManageChannels, 18);
    const bot = await startBot(T0, await open());
    await registered(bot.bot);
    expect((await digest('set', { channel: forumId })).content).not.toContain('Manage Channels');
    await digest('send', { channel: forumId });
    const [post] = emulator.threads(forumId);
    expect(post!.thread!.appliedTags).toEqual([emulator.channel(forumId).availableTags![0]!.id]);
    expect(emulator.channel(forumId).availableTags).toHaveLength(20);
    expect(emulator.requestsTo('PATCH /channels/:id')).toHaveLength(0);
    expect(bot.logs.find((l) => l.event === 'digest forum tags not created')).toMatchObject({
      tag: 'Azerbaijan',
      reason: 'the forum has 20 tags, the most Discord allows',
    });
  });

  it('refuses a forum where the bot cannot add to its posts, naming what is missing', async () => {
    await world(DEFAULT_BOT_PERMISSIONS);
    emulator.channel(forumId).overwrites.push({ id: emulator.botUser.id, type: 1, allow: 0n, deny: Permission.SendMessagesInThreads });
    const bot = await startBot(T0, await open());
    await registered(bot.bot);
    const refused = await digest('set', { channel: forumId });
    expect(refused.content).toBe(
      `I can't post digests in <#${forumId}>: I'm missing Send Messages in Threads there. Give my role that permission in the channel's settings (Edit Channel → Permissions), or pick another channel.`,
    );
    expect(await bot.digests.list(guildId)).toEqual([]);
  });
});
