// Digests across restarts of the real process (`node --import tsx src/main.ts`, as `npm start` runs it)
// against the emulator in this process, on a SQLite file and on a redis-server this file starts:
// the configuration survives; a process killed (SIGKILL) in the middle of a digest is followed by one that
// sends exactly the rest, even when Discord had taken a message the killed one never recorded; a slot
// missed while the bot was down is delivered once, and only once.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { guildKey } from '../../src/digest/service.js';
import type { Subscription } from '../../src/digest/types.js';
import { DiscordEmulator } from '@attache/discord-emulator';
import { openStore } from '../../src/store/index.js';
import { REDIS_SERVER, startRedis } from '../store/backends.js';
import { FAKE_TOKEN, runMain, tempSeeds, type MainProcess } from './process.js';
import { LONG_QUOTE, textOf } from './digestArticles.js';

const REDIS = existsSync(REDIS_SERVER);
const RESTART_TIMEOUT = 90_000;

// ——— redis: a server of our own on a free port (test/store/backends.ts), gone when the file is done ———

/** FLUSHALL, spoken in RESP over a plain socket: each test starts from an empty redis. */
async function flushRedis(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  await new Promise<void>((done, fail) => {
    const socket = new Socket();
    socket.once('error', fail);
    socket.connect(Number(port), hostname, () => socket.write('*1\r\n$8\r\nFLUSHALL\r\n'));
    socket.once('data', (d) => {
      socket.end();
      if (d.toString().startsWith('+OK')) done();
      else fail(new Error(`FLUSHALL answered ${d.toString()}`));
    });
  });
}

// ——— helpers ———

/** /proc/<pid>/stat: its state is Z once the process is dead (and not yet reaped); gone, it reads as dead. */
function readStat(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return ') Z ';
  }
}

const variants: { name: string; skip: boolean }[] = [
  { name: 'SQLite', skip: false },
  // .ci/run installs redis-server; without it (a laptop) this half is skipped.
  { name: 'redis', skip: !REDIS },
];

for (const variant of variants) {
  describe.skipIf(variant.skip)(`digests across restarts on ${variant.name}`, () => {
    let redis: { url: string; stop: () => Promise<void> } | null = null;
    let dir: string;
    let storeUrl: string;
    let emulator: DiscordEmulator;
    let guildId: string;
    let channelId: string;
    let roleId: string;
    let seeds: Awaited<ReturnType<typeof tempSeeds>>;
    const running: MainProcess[] = [];

    beforeAll(async () => {
      if (variant.name === 'redis') redis = await startRedis();
    });
    afterAll(async () => {
      await redis?.stop();
    });

    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'attache-digest-restart-'));
      if (redis) {
        await flushRedis(redis.url);
        storeUrl = redis.url;
      } else storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
      emulator = new DiscordEmulator({ token: FAKE_TOKEN });
      await emulator.start();
      const guild = emulator.addGuild({ name: 'Embassy' });
      guildId = guild.id;
      channelId = emulator.addTextChannel(guild.id, { name: 'digests' }).id;
      roleId = emulator.addRole(guild.id, { name: 'Diplomats', mentionable: true }).id;
      seeds = await tempSeeds();
      // A newer day of news, long enough to take several messages.
      await writeFile(
        join(seeds.seedsDir, 'long.txt'),
        ` date 2022-06-01 European Council President Charles Michel spoke after the meeting.\n\n${Array.from({ length: 16 }, (_, n) => LONG_QUOTE(n)).join('\n\n')}\n`,
      );
      await writeFile(
        join(seeds.seedsDir, 'zakharova.txt'),
        ` date 2022-06-01 Russian Foreign Ministry spokeswoman Maria Zakharova commented on the talks.\n\n“The talks are over,” Zakharova said.\n`,
      );
    });

    afterEach(async () => {
      for (const main of running.splice(0)) {
        main.kill();
        await main.exited().catch(() => undefined);
      }
      await emulator.stop();
      await seeds.remove();
      await rm(dir, { recursive: true, force: true });
    });

    /** `npm start` with a token, on the emulator and the test's store; resolves once it says "ready". */
    async function start(): Promise<MainProcess> {
      const main = runMain([], {
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_API_URL: emulator.restUrl,
        DISCORD_GUILD_ID: guildId,
        SEEDS_DIR: seeds.seedsDir,
        CACHE_DIR: seeds.cacheDir,
        STORE_URL: storeUrl,
        LOG_LEVEL: 'debug',
      });
      running.push(main);
      await main.waitForLog('ready', 30_000);
      return main;
    }

    async function stop(main: MainProcess): Promise<void> {
      main.child.kill('SIGTERM');
      expect((await main.exited()).code).toBe(0);
    }

    const digest = (subcommand: string, options: Record<string, string> = {}) =>
      emulator.sendCommand({ name: 'digest', subcommand, options, guildId });

    it(
      'keeps the configuration: a digest set before a restart is listed, and scheduled, after it',
      async () => {
        let main = await start();
        const saved = await digest('set', {
          channel: channelId,
          time: '06:45',
          timezone: 'Europe/Paris',
          actors: 'Mirzoyan, Zakharova',
          mention: roleId,
        }).waitForReply();
        expect(saved.content).toMatch(
          /^Created the digest for <#\d+>: every day at 06:45 \(Europe\/Paris\), only Ararat Mirzoyan, Maria Zakharova, pinging <@&\d+>\./,
        );
        await stop(main);

        main = await start();
        expect(main.logs().find((l) => l.event === 'digest.started')).toMatchObject({
          guilds: 1,
          subscriptions: 1,
          store: variant.name === 'redis' ? 'redis' : 'sqlite',
        });
        const listed = textOf(await digest('list').waitForReply());
        expect(listed).toContain(`<#${channelId}> · every day at 06:45 (Europe/Paris)`);
        expect(listed).toContain(`Only Ararat Mirzoyan, Maria Zakharova · pings <@&${roleId}>`);
        expect(listed).toContain('Health: ok');
        await stop(main);
      },
      RESTART_TIMEOUT,
    );

    it(
      'finishes a digest after the bot was killed in the middle of it, without sending any message twice',
      async () => {
        let main = await start();
        await digest('set', { channel: channelId }).waitForReply();
        const preview = await digest('preview', { channel: channelId }).waitForReply();
        const total = Number(/: (\d+) messages/.exec(preview.content)?.[1]);
        expect(total).toBeGreaterThanOrEqual(3);

        // The second message is held: Discord answers 429 "retry in a minute", and discord.js waits.
        let posts = 0;
        emulator.failNext(({ method, path }) => method === 'POST' && path === `/channels/${channelId}/messages` && ++posts === 2, {
          status: 429,
          retryAfter: 60,
        });
        digest('send', { channel: channelId });
        await emulator.waitForRequest('POST /channels/:id/messages', (r) => r.fault === 'rate-limit', 15_000);
        main.child.kill('SIGKILL');
        await main.exited();
        expect(emulator.messages(channelId)).toHaveLength(1);

        main = await start();
        await main.waitForLog('digest.delivered', 30_000);
        expect(main.logs().find((l) => l.event === 'digest.resuming')).toMatchObject({ sent: 1, of: total });
        await new Promise((r) => setTimeout(r, 500)); // anything extra would have arrived by now
        const posted = emulator.messages(channelId);
        expect(posted).toHaveLength(total);
        expect(new Set(posted.map(textOf)).size).toBe(total);
        posted.forEach((m, i) => expect(textOf(m)).toContain(`part ${i + 1} of ${total}`));
        const all = posted.map(textOf).join('\n');
        for (let n = 0; n < 16; n++) expect(all.split(`point ${n}.0 of the statement`).length - 1).toBe(1);

        // And a third start finds nothing left to do.
        await stop(main);
        main = await start();
        await new Promise((r) => setTimeout(r, 500));
        expect(emulator.messages(channelId)).toHaveLength(total);
        expect(main.logs().some((l) => l.event === 'digest.resuming')).toBe(false);
        await stop(main);
      },
      RESTART_TIMEOUT,
    );

    it(
      'does not post a message again that Discord took just before the kill, long after the nonce window',
      async () => {
        // Discord forgets an enforced nonce after a few minutes: as after a long outage, the emulator keeps none.
        emulator.setNonceWindow(0);
        let main = await start();
        await digest('set', { channel: channelId }).waitForReply();
        const preview = await digest('preview', { channel: channelId }).waitForReply();
        const total = Number(/: (\d+) messages/.exec(preview.content)?.[1]);
        expect(total).toBeGreaterThanOrEqual(3);

        // Killed the moment Discord takes message 2: before its answer is sent, let alone recorded. The
        // emulator waits (synchronously, before answering) until the process is gone.
        const victim = main;
        const onMessage = ({ message }: { message: { channelId: string } }) => {
          if (message.channelId !== channelId || emulator.messages(channelId).length !== 2) return;
          victim.child.kill('SIGKILL');
          const until = Date.now() + 5_000;
          while (Date.now() < until && !/\) Z /.test(readStat(victim.child.pid!))) continue;
        };
        emulator.on('message', onMessage);
        digest('send', { channel: channelId });
        await main.exited();
        emulator.off('message', onMessage);
        expect(emulator.messages(channelId)).toHaveLength(2);

        main = await start();
        await main.waitForLog('digest.delivered', 30_000);
        await new Promise((r) => setTimeout(r, 500)); // anything extra would have arrived by now
        const posted = emulator.messages(channelId);
        expect(posted.map((m) => /part (\d+) of/.exec(textOf(m))?.[1])).toEqual(Array.from({ length: total }, (_, i) => String(i + 1)));
        expect(main.logs().find((l) => l.event === 'digest.resuming')).toMatchObject({ sent: 1, of: total });
        expect(main.logs().find((l) => l.event === 'digest.message.already_posted')).toMatchObject({ message: 1 });
        await stop(main);
      },
      RESTART_TIMEOUT,
    );

    it(
      'delivers a slot missed while the bot was down once, and not again at the next start',
      async () => {
        let main = await start();
        await digest('set', { channel: channelId, actors: 'Zakharova' }).waitForReply();
        await stop(main);

        // While the bot is down: the digest was set two hours ago, for three minutes ago (UTC).
        const store = await openStore(storeUrl);
        const stored = (await store.get<{ version: number; subscriptions: Subscription[] }>(guildKey(guildId)))!;
        const slot = new Date(Date.now() - 3 * 60_000);
        const time = `${String(slot.getUTCHours()).padStart(2, '0')}:${String(slot.getUTCMinutes()).padStart(2, '0')}`;
        stored.subscriptions = stored.subscriptions.map((s) => ({
          ...s,
          time,
          timezone: 'UTC',
          updatedAt: Date.now() - 2 * 3_600_000,
          lastSlot: null,
        }));
        await store.set(guildKey(guildId), stored);
        await store.close();

        main = await start();
        await main.waitForLog('digest.delivered', 30_000);
        expect(main.logs().find((l) => l.event === 'digest.slot.missed')).toMatchObject({ channelId, time, timezone: 'UTC' });
        expect(emulator.messages(channelId)).toHaveLength(1);
        expect(textOf(emulator.messages(channelId)[0]!)).toContain('The talks are over');
        await stop(main);

        main = await start();
        await new Promise((r) => setTimeout(r, 1000));
        expect(main.logs().some((l) => l.event === 'digest.slot.missed')).toBe(false);
        expect(emulator.messages(channelId)).toHaveLength(1);
        const listed = textOf(await digest('list').waitForReply());
        expect(listed).toMatch(/Last: <t:\d+:f>, 1 message/);
        await stop(main);
      },
      RESTART_TIMEOUT,
    );
  });
}
