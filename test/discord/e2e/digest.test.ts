// /digest end to end: the real discord.js client in the bot, the real DigestService on a real store
// (a SQLite file, and a redis-server this file starts), the loopback emulator as Discord. The digest
// clock is a ManualClock, so a scheduled run happens when the test says, not at 08:00.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Routes } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDigestTime, parseTimezone } from '../../../commands/digest/options.js';
import { commands } from '../../../commands/index.js';
import { deliveryMark } from '../../../src/digest/messages.js';
import { DigestService } from '../../../src/digest/service.js';
import { ManualClock } from '../../../src/digest/timers.js';
import { createBot, type Bot } from '../../../src/discord/bot.js';
import { digestMessageBody } from '../../../src/discord/digestDelivery.js';
import { ChannelType, DEFAULT_BOT_PERMISSIONS, DiscordEmulator, Permission, type StoredMessage } from '@attache/discord-emulator';
import { createLogger } from '../../../src/log.js';
import { LiveIndex } from '../../../src/pipeline/index.js';
import { openStore, type KeyValueStore } from '../../../src/store/index.js';
import { REDIS_SERVER, startRedis } from '../../store/backends.js';
import { textOf } from '../messageText.js';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');
const EPHEMERAL = 64;
const NO_IDENTIFY_WAIT = { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) };

// ——— redis: a server of our own on a free port, gone when the file is done ———

const REDIS = existsSync(REDIS_SERVER);

// ——— the world ———

interface World {
  readonly guildId: string;
  readonly general: string;
  readonly news: string;
  readonly long: string;
  readonly voice: string;
  readonly secret: string;
  readonly noEmbed: string;
  readonly quiet: string;
  readonly diplomats: string;
  readonly hidden: string;
  readonly mod: string;
  readonly member: string;
}

interface DigestE2E {
  readonly emulator: DiscordEmulator;
  readonly bot: Bot;
  readonly digests: DigestService;
  readonly clock: ManualClock;
  readonly world: World;
  readonly logs: Record<string, unknown>[];
  digest(subcommand: string, options?: Record<string, string>, userId?: string): ReturnType<DiscordEmulator['sendCommand']>;
  close(): Promise<void>;
}

const LONG_QUOTE = (n: number) =>
  `“${Array.from({ length: 14 }, (_, i) => `point ${n}.${i} of the statement on the peace process and the border commission`).join(', ')},” Michel said.`;

async function startDigestE2E(storeUrl: string): Promise<DigestE2E> {
  const root = await mkdtemp(join(tmpdir(), 'attache-digest-e2e-'));
  const emulator = new DiscordEmulator();
  await emulator.start();
  // The bot may ping @everyone here: only allowed_mentions keeps an article's "@everyone" quiet.
  const guild = emulator.addGuild({ name: 'Embassy', botPermissions: DEFAULT_BOT_PERMISSIONS | Permission.MentionEveryone });
  const bot0 = emulator.botUser.id;
  const text = (name: string, deny?: bigint) =>
    emulator.addTextChannel(guild.id, { name, ...(deny ? { overwrites: [{ id: bot0, type: 1 as const, deny }] } : {}) }).id;
  const moderators = emulator.addRole(guild.id, { name: 'Moderators', permissions: 'ManageGuild' });
  const world: World = {
    guildId: guild.id,
    general: guild.systemChannelId!,
    news: text('news'),
    long: text('long-reads'),
    voice: emulator.addTextChannel(guild.id, { name: 'Voice', type: ChannelType.GuildVoice }).id,
    secret: text('secret', Permission.ViewChannel),
    noEmbed: text('no-embeds', Permission.EmbedLinks),
    quiet: text('quiet', Permission.MentionEveryone),
    diplomats: emulator.addRole(guild.id, { name: 'Diplomats', mentionable: true }).id,
    hidden: emulator.addRole(guild.id, { name: 'Hidden', mentionable: false }).id,
    mod: emulator.addMember(guild.id, { username: 'mod' }, { roles: [moderators.id] }).user.id,
    member: emulator.addMember(guild.id, { username: 'member' }).user.id,
  };

  // The repository's seeds, plus articles of a newer day: what a new subscription's first digest covers.
  const seedsDir = join(root, 'seeds');
  await cp(SEEDS, seedsDir, { recursive: true, filter: (src) => src === SEEDS || /\.(txt|json)$/.test(src) });
  await writeFile(
    join(seedsDir, 'pings.txt'),
    ` date 2022-06-01 Russian Foreign Ministry spokeswoman Maria Zakharova commented on the talks.\n\n` +
      `“Tell @everyone and @here and <@&${world.diplomats}> and <@${world.member}> that this is final,” Zakharova said.\n`,
  );
  await writeFile(
    join(seedsDir, 'long.txt'),
    ` date 2022-06-01 European Council President Charles Michel spoke after the meeting.\n\n${Array.from({ length: 16 }, (_, n) => LONG_QUOTE(n)).join('\n\n')}\n`,
  );
  const live = await LiveIndex.open({ seedsDir, cacheDir: join(root, 'cache'), extract: { workers: 0 } });

  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  const store: KeyValueStore = await openStore(storeUrl, { namespace: `e2e-${process.pid}-${Date.now()}` });
  const clock = new ManualClock(Date.now());
  let bot: Bot | undefined;
  try {
    bot = createBot({
      commands,
      token: emulator.token,
      apiUrl: emulator.restUrl,
      index: () => live.index,
      freshness: () => ({ lastReload: Date.now(), problems: 0 }),
      logger,
      clientOptions: { ws: NO_IDENTIFY_WAIT },
      digests: (delivery) => new DigestService({ store, index: () => live.index, logger, ...delivery, timers: clock, retryDelaysMs: [] }),
    });
    await bot.start();
    await bot.client.rest.put(Routes.applicationCommands(emulator.applicationId), { body: commands.map((c) => c.data.toJSON()) });
    await emulator.waitForCommands({ count: commands.length });
    await bot.digests!.start();
  } catch (error) {
    await bot?.stop().catch(() => undefined);
    await emulator.stop();
    await store.close();
    live.close();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const started = bot;
  return {
    emulator,
    bot: started,
    digests: started.digests!,
    clock,
    world,
    logs,
    digest: (subcommand, options = {}, userId = world.mod) =>
      emulator.sendCommand({ name: 'digest', subcommand, options, userId, guildId: world.guildId, channelId: world.general }),
    async close() {
      await started.digests?.stop();
      await started.stop();
      await emulator.stop();
      await store.close();
      live.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

// ——— helpers ———

function embedChars(message: StoredMessage): number {
  return (
    message.embeds as { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[]
  ).reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.fields ?? []).reduce((k, f) => k + f.name.length + f.value.length, 0),
    0,
  );
}

/** The deferred, ephemeral answer of a /digest call that passed the checks. */
async function answer(handle: ReturnType<DiscordEmulator['sendCommand']>): Promise<StoredMessage> {
  const callback = await handle.response;
  expect(callback.type).toBe(5);
  expect(Number(callback.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  const reply = await handle.waitForReply();
  expect(reply.ephemeral).toBe(true);
  expect(reply.allowedMentions).toEqual({ parse: [] });
  return reply;
}

/** A refusal: answered at once (no deferral), only to the asker, pinging nobody. */
async function refusal(handle: ReturnType<DiscordEmulator['sendCommand']>): Promise<string> {
  const callback = await handle.response;
  expect(callback.type).toBe(4);
  expect(Number(callback.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  const reply = await handle.waitForReply();
  expect(reply.ephemeral).toBe(true);
  expect(reply.allowedMentions).toEqual({ parse: [] });
  return reply.content;
}

/** A channel added live has reached the client's cache (CHANNEL_CREATE), where the checks read it. */
async function cached(e: DigestE2E, channelId: string): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!e.bot.client.channels.cache.has(channelId)) {
    if (Date.now() > deadline) throw new Error(`channel ${channelId} never reached the client`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function logLine(e: DigestE2E, interactionId: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const line = e.logs.find((l) => l.event === 'interaction' && l.interaction === interactionId);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no interaction log line for ${interactionId}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

// ——— the suite, once per store ———

const variants: { name: string; skip: boolean; open: () => Promise<{ url: string; stop: () => Promise<void> }> }[] = [
  {
    name: 'SQLite',
    skip: false,
    open: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'attache-digest-sqlite-'));
      return { url: `sqlite://${join(dir, 'store.sqlite')}`, stop: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  // .ci/run installs redis-server; without it (a laptop) this half is skipped, loudly.
  { name: 'redis', skip: !REDIS, open: startRedis },
];

for (const variant of variants) {
  describe.skipIf(variant.skip)(`/digest on ${variant.name}`, () => {
    let backing: { url: string; stop: () => Promise<void> };
    let e: DigestE2E;
    beforeAll(async () => {
      backing = await variant.open();
      e = await startDigestE2E(backing.url);
    });
    afterAll(async () => {
      await e?.close();
      await backing?.stop();
    });
    // Each test starts from a server without digests, whatever the one before left behind.
    afterEach(async () => {
      for (const { subscription } of (await e?.digests.list(e.world.guildId)) ?? [])
        await e.digests.remove(subscription.guildId, subscription.channelId);
    });

    it('is registered for servers only, shown by default to members with Manage Server alone', () => {
      const registered = e.emulator.commands().find((c) => c.name === 'digest')!;
      expect(registered.default_member_permissions).toBe(String(Permission.ManageGuild)); // "32"
      expect(registered.contexts).toEqual([0]);
      expect(registered.options?.map((o) => o.name)).toEqual(['set', 'list', 'remove', 'preview', 'send']);
      const set = registered.options!.find((o) => o.name === 'set')!;
      expect(set.options?.find((o) => o.name === 'channel')?.channel_types).toEqual([
        ChannelType.GuildText,
        ChannelType.GuildAnnouncement,
        ChannelType.GuildForum,
      ]);
      // Discord hides a command with default_member_permissions from members lacking them: the moderator
      // has Manage Server, the plain member does not.
      const has = (user: string) => (e.emulator.world.guildPermissions(e.world.guildId, user) & Permission.ManageGuild) !== 0n;
      expect(has(e.world.mod)).toBe(true);
      expect(has(e.world.member)).toBe(false);
    });

    it('lets a moderator set, list, preview, send and remove a digest', async () => {
      const { world } = e;
      const saved = await answer(e.digest('set', { channel: world.news, actors: 'Zakharova', mention: world.diplomats }));
      expect(saved.content).toMatch(
        new RegExp(
          `^Created the digest for <#${world.news}>: every day at 08:00 UTC, only Maria Zakharova, pinging <@&${world.diplomats}>\\.\\nNext digest: <t:\\d+:F> \\(<t:\\d+:R>\\)\\.`,
        ),
      );
      const next = Number(/<t:(\d+):F>/.exec(saved.content)![1]) * 1000;
      expect(next).toBeGreaterThan(e.clock.now());
      expect(next - e.clock.now()).toBeLessThanOrEqual(24 * 3_600_000);
      expect(new Date(next).toISOString()).toMatch(/T08:00:00\.000Z$/);

      const listed = await answer(e.digest('list'));
      const field = (listed.embeds[0] as { fields: { name: string; value: string }[] }).fields.find((f) =>
        f.value.includes(`<#${world.news}>`),
      )!;
      expect(field.name).toBe('#news');
      expect(field.value).toContain('every day at 08:00 UTC');
      expect(field.value).toContain('Only Maria Zakharova · pings <@&' + world.diplomats + '>');
      expect(field.value).toMatch(/Next: <t:\d+:f> \(<t:\d+:R>\)/);
      expect(field.value).toContain('Last: none yet');
      expect(field.value).toContain('Health: ok');

      const previewHandle = e.digest('preview', { channel: world.news });
      const preview = await answer(previewHandle);
      expect(preview.content).toMatch(
        /^Preview of the digest for <#\d+>: 1 message\. Only you see this; nothing was posted and nobody was pinged\.$/,
      );
      const [shown] = await previewHandle.waitForFollowUps(1);
      expect(shown!.ephemeral).toBe(true);
      expect(shown!.content).toContain(`<@&${world.diplomats}>`);
      expect(shown!.pings.roles).toEqual([]);
      expect(textOf(shown!)).toContain('Maria Zakharova');
      expect(e.emulator.messages(world.news)).toHaveLength(0);

      const sent = await answer(e.digest('send', { channel: world.news }));
      expect(sent.content).toBe(
        `Posted the digest in <#${world.news}>: 1 message. The scheduled ones carry on as before, with what arrives from now on.`,
      );
      const posted = e.emulator.messages(world.news);
      expect(posted).toHaveLength(1);
      expect(posted[0]!.ephemeral).toBe(false);
      // The preview showed what was posted, but for the delivery mark a resume looks for (src/digest/messages.ts).
      expect(textOf(posted[0]!)).toBe(`${textOf(shown!)} · ${deliveryMark(String(posted[0]!.payload.nonce))}`);
      expect(posted[0]!.pings.roles).toEqual([world.diplomats]);

      const again = await answer(e.digest('send', { channel: world.news }));
      expect(again.content).toBe(`Nothing new for <#${world.news}> since its last digest, so nothing was posted.`);
      const afterSend = await answer(e.digest('list'));
      expect(textOf(afterSend)).toMatch(/Last: <t:\d+:f>, 1 message/);

      const removed = await answer(e.digest('remove', { channel: world.news }));
      expect(removed.content).toMatch(new RegExp(`^Removed the digest for <#${world.news}>: nothing more will be posted there\\.`));
      const none = await answer(e.digest('remove', { channel: world.news }));
      expect(none.content).toMatch(/has no digest, so there is nothing to remove/);
      expect(textOf(await answer(e.digest('list')))).not.toContain(`<#${world.news}>`);
    });

    it('runs on schedule: the configured time in the configured timezone, once', async () => {
      const { world } = e;
      const saved = await answer(e.digest('set', { channel: world.news, time: '21:30', timezone: 'asia/yerevan', actors: 'Zakharova' }));
      expect(saved.content).toContain('every day at 21:30 (Asia/Yerevan)');
      const due = Number(/<t:(\d+):F>/.exec(saved.content)![1]) * 1000;
      expect(new Date(due).toISOString()).toMatch(/T17:30:00\.000Z$/); // Yerevan is UTC+4 all year
      const before = e.emulator.messages(world.news).length;
      await e.clock.advanceTo(due - 60_000, () => e.digests.settled());
      expect(e.emulator.messages(world.news)).toHaveLength(before);
      await e.clock.advanceTo(due + 60_000, () => e.digests.settled());
      expect(e.emulator.messages(world.news)).toHaveLength(before + 1);
      // The next day brings nothing new: nothing is posted.
      await e.clock.advanceTo(due + 24 * 3_600_000 + 60_000, () => e.digests.settled());
      expect(e.emulator.messages(world.news)).toHaveLength(before + 1);
      expect(textOf(await answer(e.digest('list')))).toMatch(/every day at 21:30 \(Asia\/Yerevan\)[\s\S]*Last: <t:\d+:f>, 1 message/);
      await answer(e.digest('remove', { channel: world.news }));
    });

    it('splits a digest too long for one message, each within Discord limits, and pings only the configured role, once', async () => {
      const { world } = e;
      await answer(e.digest('set', { channel: world.long, mention: world.diplomats }));
      const sent = await answer(e.digest('send', { channel: world.long }));
      const posted = e.emulator.messages(world.long);
      expect(posted.length).toBeGreaterThan(1);
      expect(sent.content).toBe(
        `Posted the digest in <#${world.long}>: ${posted.length} messages. The scheduled ones carry on as before, with what arrives from now on.`,
      );
      posted.forEach((message, i) => {
        expect(message.embeds.length).toBeLessThanOrEqual(10);
        expect(embedChars(message)).toBeLessThanOrEqual(6000);
        expect(textOf(message)).toContain(`part ${i + 1} of ${posted.length}`);
      });
      const all = posted.map(textOf).join('\n');
      // Sixteen long statements by Michel, none lost, none twice.
      for (let n = 0; n < 16; n++) expect(all.split(`point ${n}.0 of the statement`).length - 1).toBe(1);

      // The article says "@everyone", "@here", a role and a user: shown, but nobody is notified.
      expect(all).toMatch(/Tell @\u200beveryone and @\u200bhere/);
      expect(posted.map((m) => m.pings.everyone)).toEqual(posted.map(() => false));
      expect(posted.flatMap((m) => m.pings.users)).toEqual([]);
      // The configured role is pinged once, by the first message; the quoted <@&…> pings nobody.
      expect(posted.flatMap((m) => m.pings.roles)).toEqual([world.diplomats]);
      expect(posted[0]!.content.startsWith(`<@&${world.diplomats}> `)).toBe(true);
      expect(posted[0]!.allowedMentions).toEqual({ parse: [], roles: [world.diplomats] });
      for (const m of posted.slice(1)) expect(m.allowedMentions).toEqual({ parse: [] });
      await answer(e.digest('remove', { channel: world.long }));
    });

    it('posts a digest in a forum as a post of its own, titled with its date and tagged with its countries', async () => {
      const { world } = e;
      // Manage Channels in this forum only: the bot may create the tags it lacks there.
      const allow = { id: e.emulator.botUser.id, type: 1 as const, allow: Permission.ManageChannels };
      const forum = e.emulator.addForumChannel(world.guildId, { name: 'briefings', overwrites: [allow], tags: [{ name: 'russia' }] }).id;
      await cached(e, forum);
      const saved = await answer(e.digest('set', { channel: forum, actors: 'Zakharova, Charles Michel', mention: world.diplomats }));
      expect(saved.content).toMatch(
        new RegExp(`^Created the digest for <#${forum}>: every day at 08:00 UTC, only Maria Zakharova, Charles Michel`),
      );
      expect(saved.content).not.toContain('Manage Channels');
      expect(textOf(await answer(e.digest('list')))).toContain('#briefings (forum: a post per digest)');

      const sent = await answer(e.digest('send', { channel: forum }));
      const posts = e.emulator.threads(forum);
      expect(posts).toHaveLength(1);
      const [post] = posts;
      const parts = e.emulator.messages(post!.id);
      expect(parts.length).toBeGreaterThan(1);
      expect(sent.content).toBe(
        `Posted the digest in <#${forum}>: ${parts.length} messages. The scheduled ones carry on as before, with what arrives from now on.`,
      );
      expect(post!.name).toMatch(/^\d{4}-\d{2}-\d{2}, \d{2}:\d{2}$/);
      const names = new Map(e.emulator.channel(forum).availableTags!.map((t) => [t.id, t.name]));
      // Michel's sixteen statements come first: his European Union, then Zakharova's Russia (the forum's own tag).
      expect(post!.thread!.appliedTags.map((id) => names.get(id))).toEqual(['European Union', 'russia']);
      expect(parts.map((m) => /part (\d+) of/.exec(textOf(m))?.[1])).toEqual(parts.map((_, i) => String(i + 1)));
      expect(parts[0]!.id).toBe(post!.id);
      // The role is pinged once, by the post's first message; nothing is posted in the forum itself.
      expect(parts.flatMap((m) => m.pings.roles)).toEqual([world.diplomats]);
      expect(parts.map((m) => m.pings.everyone)).toEqual(parts.map(() => false));
      expect(e.emulator.messages(forum)).toEqual([]);

      // /digest preview run inside the post means the forum's digest, though the server has another one.
      await answer(e.digest('set', { channel: world.news, actors: 'Zakharova' }));
      const inPost = e.emulator.sendCommand({
        name: 'digest',
        subcommand: 'preview',
        options: {},
        userId: world.mod,
        guildId: world.guildId,
        channelId: post!.id,
      });
      expect((await answer(inPost)).content).toMatch(new RegExp(`^Nothing new for <#${forum}> since its last digest`));
      await answer(e.digest('remove', { channel: world.news }));
      await answer(e.digest('remove', { channel: forum }));
    });

    describe('refuses bad input ephemerally, saying what would work, and stores nothing', () => {
      it.each([
        [
          'a time that is not HH:MM',
          { time: '8am' },
          'time must be HH:MM on a 24-hour clock, from 00:00 to 23:59, e.g. 08:00 or 18:30 (got `8am`).',
        ],
        [
          'an hour past 23',
          { time: '24:00' },
          'time must be HH:MM on a 24-hour clock, from 00:00 to 23:59, e.g. 08:00 or 18:30 (got `24:00`).',
        ],
        [
          'an unknown timezone',
          { timezone: 'Mars/Olympus' },
          'timezone `Mars/Olympus` is not one I know. Use an IANA name such as Europe/Paris, Asia/Yerevan or America/New_York (start typing and pick from the list), or UTC.',
        ],
      ])('%s', async (_, options, message) => {
        const handle = e.digest('set', { channel: e.world.news, ...options });
        expect(await refusal(handle)).toBe(message);
        expect((await logLine(e, handle.id)).outcome).toBe('invalid');
        expect((await e.digests.list(e.world.guildId)).some((x) => x.subscription.channelId === e.world.news)).toBe(false);
      });

      it('an actor that does not resolve, with suggestions', async () => {
        const handle = e.digest('set', { channel: e.world.news, actors: 'Zakharova, Mirzo yan bla' });
        const content = await refusal(handle);
        expect(content).toMatch(/^No actor matches “Mirzo yan bla”\. Did you mean: .*Ararat Mirzoyan/);
        expect(content).toContain(
          'Nothing was saved. Separate names with commas, e.g. Mirzoyan, Bayramov; or leave actors out for every actor.',
        );
        expect((await logLine(e, handle.id)).outcome).toBe('unknown-actor');
        expect(await e.digests.list(e.world.guildId)).toEqual([]);
      });

      it.each([
        ['cannot see', 'secret', 'View Channel'],
        ['cannot embed in', 'noEmbed', 'Embed Links'],
      ] as const)('a channel the bot %s', async (_, channel, missing) => {
        const id = e.world[channel];
        expect(await refusal(e.digest('set', { channel: id }))).toBe(
          `I can't post digests in <#${id}>: I'm missing ${missing} there. Give my role that permission in the channel's settings (Edit Channel → Permissions), or pick another channel.`,
        );
        expect(await e.digests.list(e.world.guildId)).toEqual([]);
      });

      it('a channel that is not a text channel', async () => {
        expect(await refusal(e.digest('set', { channel: e.world.voice }))).toBe(
          `<#${e.world.voice}> is a voice channel; digests go to a text, announcement or forum channel. Pick one of those instead.`,
        );
      });

      it('a role the bot could not ping there', async () => {
        expect(await refusal(e.digest('set', { channel: e.world.quiet, mention: e.world.hidden }))).toMatch(
          new RegExp(`^I can't ping <@&${e.world.hidden}>: the role does not allow mentions\\.`),
        );
        expect(await e.digests.list(e.world.guildId)).toEqual([]);
      });

      it('preview or send of a channel without a digest (after the deferral: the store had to be asked)', async () => {
        const preview = e.digest('preview', { channel: e.world.news });
        expect((await answer(preview)).content).toMatch(
          new RegExp(`^<#${e.world.news}> has no digest to preview\\. </digest list:\\d+> shows`),
        );
        expect((await logLine(e, preview.id)).outcome).toBe('invalid');
        expect((await answer(e.digest('preview'))).content).toBe(
          'This server has no digest yet, so there is nothing to preview. Start one with /digest set.',
        );
        expect((await answer(e.digest('send', { channel: e.world.news }))).content).toMatch(
          /has no digest to send\. Create it with <\/digest set:\d+> first\.$/,
        );
      });
    });

    it('shows a digest Discord refuses as failing, with the reason, in the reply and in the list', async () => {
      const { world } = e;
      const channel = e.emulator.addTextChannel(world.guildId, { name: 'soon-hidden' }).id;
      await cached(e, channel);
      await answer(e.digest('set', { channel, actors: 'Zakharova' }));
      // Discord stops letting the bot see the channel, and the client has not heard of it yet.
      e.emulator.channel(channel).overwrites.push({ id: e.emulator.botUser.id, type: 1, allow: 0n, deny: Permission.ViewChannel });
      const sent = await answer(e.digest('send', { channel }));
      expect(sent.content).toBe(
        `Could not post the digest in <#${channel}>: the bot cannot see the channel (Missing Access). Fix that, then try again.`,
      );
      const listed = textOf(await answer(e.digest('list')));
      expect(listed).toMatch(/Health: ⚠️ failing since <t:\d+:f> \(1 time in a row\): the bot cannot see the channel \(Missing Access\)/);
      expect(listed).toContain('1 digest, 1 needing attention');
      await answer(e.digest('remove', { channel }));
    });

    it('pauses a digest refused three times in a row, tells the server, and resumes it when set again', async () => {
      const { world } = e;
      const channel = e.emulator.addTextChannel(world.guildId, { name: 'soon-gone' }).id;
      await cached(e, channel);
      await answer(e.digest('set', { channel, actors: 'Zakharova' }));
      const hide = { id: e.emulator.botUser.id, type: 1 as const, allow: 0n, deny: Permission.ViewChannel };
      e.emulator.channel(channel).overwrites.push(hide);
      const notices = e.emulator.messages(world.general).length;
      for (let i = 0; i < 3; i++) await answer(e.digest('send', { channel }));
      const listed = textOf(await answer(e.digest('list')));
      expect(listed).toMatch(/Next: none while paused/);
      expect(listed).toMatch(
        /Health: ⏸️ paused since <t:\d+:f>: the bot cannot see the channel \(Missing Access\)\. Fix it, then run \/digest set/,
      );
      // The server hears of it in its system channel, without a ping.
      const notice = await e.emulator.waitForMessage(world.general, (m) => m.content.includes('is paused'));
      expect(e.emulator.messages(world.general)).toHaveLength(notices + 1);
      expect(notice.content).toContain(`The Attaché digest for <#${channel}> is paused: the bot cannot see the channel (Missing Access).`);
      expect(notice.allowedMentions).toEqual({ parse: [] });

      // Fixed, and set again: it runs, and says it had been paused.
      e.emulator.channel(channel).overwrites.splice(e.emulator.channel(channel).overwrites.indexOf(hide), 1);
      const resumed = await answer(e.digest('set', { channel }));
      expect(resumed.content).toMatch(/^Updated the digest for <#\d+>: every day at 08:00 UTC, only Maria Zakharova\./);
      expect(resumed.content).toContain('It was paused (the bot cannot see the channel (Missing Access)); it runs again from now on.');
      expect((await answer(e.digest('send', { channel }))).content).toMatch(/^Posted the digest in <#\d+>: 1 message\./);
      expect(textOf(await answer(e.digest('list')))).toContain('Health: ok');
      await answer(e.digest('remove', { channel }));
    });

    it('stops pinging when @everyone is picked as the mention, and keeps what was not given', async () => {
      const { world } = e;
      await answer(e.digest('set', { channel: world.news, time: '07:15', actors: 'Zakharova', mention: world.diplomats }));
      const cleared = await answer(e.digest('set', { channel: world.news, mention: world.guildId }));
      expect(cleared.content).toMatch(/^Updated the digest for <#\d+>: every day at 07:15 UTC, only Maria Zakharova\.\n/);
      const all = await answer(e.digest('set', { channel: world.news, actors: 'all' }));
      expect(all.content).toMatch(/^Updated the digest for <#\d+>: every day at 07:15 UTC, every actor\.\n/);
      await answer(e.digest('remove', { channel: world.news }));
    });

    it('lists many digests on pages', async () => {
      const { world } = e;
      const channels: string[] = [];
      for (let i = 0; i < 10; i++) channels.push(e.emulator.addTextChannel(world.guildId, { name: `region-${i}` }).id);
      for (const channel of channels) await cached(e, channel);
      for (const channel of channels) await answer(e.digest('set', { channel, time: '09:00' }));
      const first = await answer(e.digest('list'));
      expect(first.embeds[0]!.description).toMatch(/^10 digests\./);
      expect((first.embeds[0] as { fields: unknown[] }).fields).toHaveLength(8);
      const next = (first.components as { components: { custom_id: string; label: string }[] }[])
        .flatMap((r) => r.components)
        .find((b) => b.label === 'Next')!;
      const page2 = await e.emulator.pressButton({ message: first, customId: next.custom_id, userId: world.mod }).waitForReply();
      expect((page2.embeds[0] as { fields: unknown[] }).fields).toHaveLength(2);
      for (const channel of channels) await answer(e.digest('remove', { channel }));
    });

    it('skips a slot missed by more than the grace period, posts nothing for it, and says so in the list', async () => {
      const { world } = e;
      const slot = new Date(e.clock.now() + 14 * 3_600_000);
      const time = `${String(slot.getUTCHours()).padStart(2, '0')}:${String(slot.getUTCMinutes()).padStart(2, '0')}`;
      await answer(e.digest('set', { channel: world.news, time, actors: 'Zakharova' }));
      const before = e.emulator.messages(world.news).length;
      // The bot is down from now until ten hours after the slot (the grace period is six).
      await e.digests.stop();
      await e.clock.advance(24 * 3_600_000);
      await e.digests.start();
      await e.digests.settled();
      expect(e.emulator.messages(world.news)).toHaveLength(before);
      expect(e.logs.some((l) => l.event === 'digest.slot.skipped')).toBe(true);
      expect(textOf(await answer(e.digest('list')))).toContain(
        `Missed: the one due on ${slot.toISOString().slice(0, 10)} (I was offline too long); its news comes with the next digest`,
      );
      await answer(e.digest('remove', { channel: world.news }));
    });

    it('completes timezones and actors from memory', async () => {
      const zones = (await e.emulator
        .sendAutocomplete({ name: 'digest', subcommand: 'set', options: { timezone: 'yerev' }, focused: 'timezone', userId: e.world.mod })
        .waitForChoices()) as {
        name: string;
        value: string;
      }[];
      expect(zones[0]).toEqual({ name: 'Asia/Yerevan (GMT+4)', value: 'Asia/Yerevan' });
      const actors = (await e.emulator
        .sendAutocomplete({
          name: 'digest',
          subcommand: 'set',
          options: { actors: 'Zakharova, Mirzoy' },
          focused: 'actors',
          userId: e.world.mod,
        })
        .waitForChoices()) as {
        name: string;
        value: string;
      }[];
      expect(actors[0]).toEqual({ name: 'Zakharova, Ararat Mirzoyan', value: 'Zakharova, ararat-mirzoyan' });
      // What the choice sends resolves to the same two actors.
      const saved = await answer(e.digest('set', { channel: e.world.news, actors: actors[0]!.value }));
      expect(saved.content).toContain('only Maria Zakharova, Ararat Mirzoyan');
      await answer(e.digest('remove', { channel: e.world.news }));
    });
  });
}

// ——— the pure parts the suite above relies on ———

describe('digest option checks and wire body', () => {
  it('normalises a time to HH:MM and leaves an absent one to the service', () => {
    expect(parseDigestTime('8:05')).toEqual({ ok: true, value: '08:05' });
    expect(parseDigestTime(' 23:59 ')).toEqual({ ok: true, value: '23:59' });
    expect(parseDigestTime(null)).toEqual({ ok: true, value: undefined });
    expect(parseDigestTime('12:60').ok).toBe(false);
    expect(parseDigestTime('0800').ok).toBe(false);
  });

  it('spells a timezone canonically, in any case, with spaces for underscores', () => {
    expect(parseTimezone('europe/paris')).toEqual({ ok: true, value: 'Europe/Paris' });
    expect(parseTimezone('America/New York')).toEqual({ ok: true, value: 'America/New_York' });
    expect(parseTimezone('utc')).toEqual({ ok: true, value: 'UTC' });
    expect(parseTimezone('+04:00').ok).toBe(false);
  });

  it('never lets a digest message ping more than the roles it names, and keeps its nonce', () => {
    const body = digestMessageBody({
      content: '<@&123456789012345678> @everyone news',
      embeds: [{ title: 't' }],
      allowedMentions: { parse: [], roles: ['123456789012345678', '123456789012345678', 'not-a-role'] },
      nonce: 'n1',
      enforceNonce: true,
    });
    expect(body.allowed_mentions).toEqual({ parse: [], roles: ['123456789012345678'] });
    expect(body).toMatchObject({ nonce: 'n1', enforce_nonce: true });
    expect(digestMessageBody({ embeds: [], allowedMentions: { parse: [] } }).allowed_mentions).toEqual({ parse: [] });
  });
});
