// `npm run start:sharded` end to end: the real manager (`node --import tsx src/shard/main.ts`) forks two
// real bot processes, which connect to the emulator in this process as shards 0 and 1 of 2 and share a
// redis-server this file starts. Guild A lives on shard 0 and guild B on shard 1 ((id >> 22) % 2).
// The tests run in order and share the running bot: each builds on what the one before left.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guildKey } from '../../src/digest/service.js';
import type { Subscription } from '../../src/digest/types.js';
import { DiscordEmulator, shardIdForGuild } from '@attache/discord-emulator';
import type { ShardedHealthReport } from '../../src/shard/status.js';
import { openStore } from '../../src/store/index.js';
import { FAKE_TOKEN, runMain, tempSeeds, type MainProcess } from '../app/process.js';
import { REDIS_SERVER, startRedis, type RedisServer } from '../store/backends.js';
import { LONG_QUOTE, textOf } from '../app/digestArticles.js';

const REDIS = existsSync(REDIS_SERVER);

interface LogLine {
  readonly level: string;
  readonly event: string;
  readonly shard?: number | 'manager';
  readonly [field: string]: unknown;
}

/**
 * The manager's stderr carries its shards' lines too (they inherit it). Lines from two processes may in
 * principle interleave past the pipe's atomic write size, so a line that does not parse is skipped.
 */
function linesOf(main: MainProcess): LogLine[] {
  const out: LogLine[] = [];
  for (const line of main.stderr().split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      out.push(JSON.parse(line) as LogLine);
    } catch {
      // a torn line: not ours to judge
    }
  }
  return out;
}

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
  main?: MainProcess,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${main ? `\n${main.stderr().slice(-4000)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!REDIS)('npm run start:sharded: two shard processes on one redis', () => {
  let redis: RedisServer;
  let emulator: DiscordEmulator;
  let seeds: Awaited<ReturnType<typeof tempSeeds>>;
  let manager: MainProcess;
  let healthUrl: string;
  const guilds: { id: string; digests: string }[] = [];

  function startManager(): MainProcess {
    const main = runMain(
      [],
      {
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_API_URL: emulator.restUrl,
        SEEDS_DIR: seeds.seedsDir,
        CACHE_DIR: seeds.cacheDir,
        STORE_URL: redis.url,
        SHARD_COUNT: 'auto',
        HEALTH_PORT: '0',
        HEALTH_HOST: '127.0.0.1',
        LOG_LEVEL: 'debug',
      },
      'src/shard/main.ts',
    );
    return main;
  }

  async function started(main: MainProcess): Promise<void> {
    const ready = await waitFor(
      'the manager to say ready',
      () => linesOf(main).find((l) => l.event === 'ready' && l.shard === 'manager'),
      20_000,
      main,
    );
    healthUrl = ready.health as string;
    await waitFor('both shards to run', () => linesOf(main).some((l) => l.event === 'shards ready'), 40_000, main);
  }

  async function health(): Promise<{ code: number; body: ShardedHealthReport }> {
    const res = await fetch(healthUrl);
    return { code: res.status, body: (await res.json()) as ShardedHealthReport };
  }

  const command = (guild: number, name: string, options: Record<string, string> = {}, subcommand?: string) =>
    emulator.sendCommand({ name, guildId: guilds[guild]!.id, options, ...(subcommand ? { subcommand } : {}) });

  beforeAll(async () => {
    redis = await startRedis();
    // What GET /gateway/bot says: two shards, both may identify at once (so the test need not wait 5 s).
    emulator = new DiscordEmulator({ token: FAKE_TOKEN, shards: 2, maxConcurrency: 2 });
    await emulator.start();
    for (const shardId of [0, 1]) {
      const guild = emulator.addGuild({ name: `Embassy ${shardId}`, shardId });
      guilds.push({ id: guild.id, digests: emulator.addTextChannel(guild.id, { name: 'digests' }).id });
    }
    seeds = await tempSeeds();
    // A newer day of news, long enough for a digest of several messages.
    await writeFile(
      join(seeds.seedsDir, 'long.txt'),
      ` date 2022-06-01 European Council President Charles Michel spoke after the meeting.\n\n${Array.from({ length: 16 }, (_, n) => LONG_QUOTE(n)).join('\n\n')}\n`,
    );
    manager = startManager();
    await started(manager);
  }, 60_000);

  afterAll(async () => {
    if (manager && manager.child.exitCode === null) {
      manager.child.kill('SIGTERM');
      await manager.exited(30_000).catch(() => manager.kill());
    }
    await emulator?.stop();
    await redis?.stop();
    await seeds?.remove();
  }, 40_000);

  it('answers /brief in each guild from the shard that holds it', async () => {
    expect(guilds.map((g) => shardIdForGuild(g.id, 2))).toEqual([0, 1]);
    for (const shard of [0, 1]) {
      const handle = command(shard, 'brief', { actor: 'Mirzoyan' });
      const reply = await handle.waitForReply(5000);
      expect(reply.embeds[0]?.title).toContain('Ararat Mirzoyan');
      expect(handle.record.deliveredTo).toEqual([shard]);
      const line = await waitFor('the interaction log line', () =>
        linesOf(manager).find((l) => l.event === 'interaction' && l.interaction === handle.id),
      );
      expect(line).toMatchObject({ shard, guild: guilds[shard]!.id, command: 'brief', outcome: 'ok' });
    }
    // The commands (global: both guilds have them) were registered once, by shard 0, not by both.
    expect(emulator.requestsTo('PUT /applications/:id/commands')).toHaveLength(1);
  });

  it('reports every shard on the manager’s /health and /metrics, and the others’ state in /about', async () => {
    const { code, body } = await health();
    expect(code).toBe(200);
    expect(body).toMatchObject({ status: 'ok', gateway: { status: 'Ready', shards: 2 } });
    expect(body.shards.map((s) => [s.id, s.status, s.guilds, s.gateway?.status, s.restarts])).toEqual([
      [0, 'ok', 1, 'Ready', 0],
      [1, 'ok', 1, 'Ready', 0],
    ]);
    expect(new Set(body.shards.map((s) => s.pid)).size).toBe(2);
    expect(body.shards.every((s) => (s.index?.articles ?? 0) >= 3)).toBe(true);

    const metrics = await (await fetch(healthUrl.replace(/\/health$/, '/metrics'))).text();
    expect(metrics).toMatch(/^attache_shard_up\{shard="0"\} 1$/m);
    expect(metrics).toMatch(/^attache_shard_up\{shard="1"\} 1$/m);
    expect(metrics).toMatch(/^attache_commands_total\{command="brief",outcome="ok",shard="0"\} 1$/m);
    expect(metrics).toMatch(/^attache_commands_total\{command="brief",outcome="ok",shard="1"\} 1$/m);

    const about = textOf(await command(1, 'about').waitForReply(5000));
    expect(about).toContain('This server is served by shard 1 of 2. 2 of 2 ok.');
    expect(about).toMatch(/`1` ok · 1 server.*\(this one\)/);
    expect(about).toMatch(/`0` ok · 1 server/);
  });

  it('reloads an added article in every shard', async () => {
    const before = (await health()).body.shards.map((s) => s.index!.articles);
    await writeFile(
      join(seeds.seedsDir, 'zakharova.txt'),
      ` date 2022-06-01 Russian Foreign Ministry spokeswoman Maria Zakharova commented on the talks.\n\n“The talks are over,” Zakharova said.\n`,
    );
    await waitFor('both shards to reload', async () => {
      const shards = (await health()).body.shards;
      return shards.every((s, i) => s.index!.articles === before[i]! + 1);
    });
    for (const shard of [0, 1]) {
      const reply = await command(shard, 'brief', { actor: 'Zakharova' }).waitForReply(5000);
      expect(textOf(reply)).toContain('The talks are over');
    }
  });

  it('delivers each guild’s digest once, from its own shard, though shard 0 is killed in the middle of one', async () => {
    // Subscribed while the bot runs (each /digest answered by the guild's shard), for a time far away.
    const later = new Date(Date.now() + 12 * 3_600_000);
    const time = `${String(later.getUTCHours()).padStart(2, '0')}:${String(later.getUTCMinutes()).padStart(2, '0')}`;
    for (const shard of [0, 1]) {
      const saved = await command(shard, 'digest', { channel: guilds[shard]!.digests, time }, 'set').waitForReply(5000);
      expect(saved.content).toMatch(/^Created the digest/);
    }

    // Stopped (SIGTERM: each shard shuts down in order), the digests made due three minutes ago.
    manager.child.kill('SIGTERM');
    expect((await manager.exited(30_000)).code).toBe(0);
    expect(
      linesOf(manager)
        .filter((l) => l.event === 'shutdown complete')
        .map((l) => [l.shard, l.code]),
    ).toEqual(
      expect.arrayContaining([
        [0, 0],
        [1, 0],
        ['manager', 0],
      ]),
    );
    const store = await openStore(redis.url);
    const slot = new Date(Date.now() - 3 * 60_000);
    const due = `${String(slot.getUTCHours()).padStart(2, '0')}:${String(slot.getUTCMinutes()).padStart(2, '0')}`;
    for (const { id } of guilds) {
      const stored = (await store.get<{ version: number; subscriptions: Subscription[] }>(guildKey(id)))!;
      stored.subscriptions = stored.subscriptions.map((s) => ({
        ...s,
        time: due,
        timezone: 'UTC',
        updatedAt: Date.now() - 2 * 3_600_000,
        lastSlot: null,
      }));
      await store.set(guildKey(id), stored);
    }
    await store.close();

    // Guild A's second message is held (429, retry in a minute), and shard 0 killed while it waits.
    const [a, b] = guilds as [(typeof guilds)[0], (typeof guilds)[0]];
    let posts = 0;
    emulator.failNext(({ method, path }) => method === 'POST' && path === `/channels/${a.digests}/messages` && ++posts === 2, {
      status: 429,
      retryAfter: 60,
    });
    manager = startManager();
    await started(manager);
    await emulator.waitForRequest('POST /channels/:id/messages', (r) => r.fault === 'rate-limit', 15_000);
    const victim = (await health()).body.shards[0]!.pid!;
    process.kill(victim, 'SIGKILL');

    // The manager starts shard 0 again; the new process sends exactly the rest of A's digest.
    const exited = await waitFor(
      'the manager to see shard 0 end',
      () => linesOf(manager).find((l) => l.event === 'shard exited' && l.shard === 0),
      10_000,
      manager,
    );
    expect(exited).toMatchObject({ pid: victim, signal: 'SIGKILL' });
    const delivered = (guildId: string) => linesOf(manager).filter((l) => l.event === 'digest.delivered' && l.guildId === guildId);
    await waitFor('A’s digest to be finished', () => delivered(a.id).length > 0, 30_000, manager);
    await waitFor('B’s digest', () => delivered(b.id).length > 0, 10_000, manager);
    await new Promise((r) => setTimeout(r, 500)); // anything extra would have arrived by now

    const resumed = linesOf(manager).find((l) => l.event === 'digest.resuming');
    expect(resumed).toMatchObject({ shard: 0, guildId: a.id, sent: 1 });
    for (const [guild, shard] of [
      [a, 0],
      [b, 1],
    ] as const) {
      expect(delivered(guild.id).map((l) => l.shard)).toEqual([shard]);
      const posted = emulator.messages(guild.digests);
      const total = posted.length;
      expect(total).toBeGreaterThanOrEqual(3);
      expect(new Set(posted.map(textOf)).size).toBe(total);
      posted.forEach((m, i) => expect(textOf(m)).toContain(`part ${i + 1} of ${total}`));
      const all = posted.map(textOf).join('\n');
      for (let n = 0; n < 16; n++) expect(all.split(`point ${n}.0 of the statement`).length - 1).toBe(1);
    }
    // Neither shard touched the other's guild.
    expect(
      linesOf(manager)
        .filter((l) => l.event === 'digest.slot.missed')
        .map((l) => [l.shard, l.guildId]),
    ).toEqual(
      expect.arrayContaining([
        [0, a.id],
        [1, b.id],
      ]),
    );
    expect(
      linesOf(manager)
        .filter((l) => l.event === 'digest.slot.missed')
        .every((l) => shardIdForGuild(l.guildId as string, 2) === l.shard),
    ).toBe(true);

    const after = await waitFor<ShardedHealthReport>('shard 0 to be ok again', async () => {
      const h = await health();
      return h.code === 200 && h.body;
    });
    expect(after.shards[0]).toMatchObject({ status: 'ok', restarts: 1, lastExit: { signal: 'SIGKILL' } });
    expect(after.shards[0]!.pid).not.toBe(victim);
  }, 60_000);

  it('stops its shards when the manager itself is killed, so a new manager never finds them still running', async () => {
    const pids = (await health()).body.shards.map((s) => s.pid!);
    manager.child.kill('SIGKILL');
    await manager.exited(5_000);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await waitFor('both shard processes to end', () => pids.every((pid) => !alive(pid)), 20_000);
    expect(
      linesOf(manager)
        .filter((l) => l.event === 'shard manager gone')
        .map((l) => l.shard)
        .sort(),
    ).toEqual([0, 1]);
  }, 30_000);
});
