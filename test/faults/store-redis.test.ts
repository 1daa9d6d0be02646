// A redis store that goes away under the running bot, is not there at start, or stops answering (issue #11):
// the bot answers /digest promptly with "cannot be saved" and a reason, says so once in its log and in
// /health, keeps serving everything else, and picks digests up again by itself when redis is back.
// Against the real process, the loopback emulator and a real redis-server this file starts and stops.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOf } from '../discord/messageText.js';
import { freePort, REDIS_SERVER, startRedis, type RedisServer } from '../store/backends.js';
import { startBot, startWorld, type FaultWorld, type RunningBot } from './storeBot.js';

const CASE_TIMEOUT = 60_000;

describe.skipIf(!existsSync(REDIS_SERVER))('a redis store that fails while the bot runs', () => {
  let world: FaultWorld;
  let dir: string;
  let redis: RedisServer | null = null;
  let bot: RunningBot | null = null;

  beforeEach(async () => {
    // Redis keeps its data across a stop and a start here, as a production one does.
    dir = mkdtempSync(join(tmpdir(), 'attache-redis-fault-'));
    world = await startWorld();
  });

  afterEach(async () => {
    bot?.main.kill();
    await bot?.main.exited().catch(() => undefined);
    bot = null;
    await redis?.stop();
    redis = null;
    await world.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'answers promptly while redis is stopped, says why once, and saves again by itself when it is back',
    async () => {
      const [news, briefings] = world.channels as [string, string];
      redis = await startRedis({ dir });
      const port = redis.port;
      bot = await startBot(world, redis.url);
      expect((await bot.digest('set', { channel: news })).content).toMatch(/^Created the digest for/);

      await redis.stop();
      const asked = Date.now();
      const refused = await bot.digest('set', { channel: briefings });
      expect(Date.now() - asked).toBeLessThan(2_000);
      expect(refused.content).toMatch(/cannot be saved right now: .*redis/);
      expect(refused.content).toMatch(/Nothing was changed/);
      expect((await bot.digest('list')).content).toMatch(/cannot be saved right now/);
      const health = await bot.health();
      expect(health.code).toBe(503);
      expect(health.body).toMatchObject({ status: 'degraded', store: { kind: 'redis', state: 'unavailable' } });
      expect(health.body.detail).toMatch(/^store unavailable: .*redis/);
      expect((await bot.brief('Mirzoyan')).embeds.length).toBeGreaterThan(0);
      expect(bot.logged('store unavailable')).toHaveLength(1);

      redis = await startRedis({ port, dir });
      await bot.waitForLogs('store recovered', 1);
      expect((await bot.digest('set', { channel: briefings })).content).toMatch(/^Created the digest for/);
      expect((await bot.health()).body.status).toBe('ok');
      const listed = textOf(await bot.digest('list'));
      expect(listed).toContain(`<#${news}>`);
      expect(listed).toContain(`<#${briefings}>`);
      expect(bot.logged('store unavailable')).toHaveLength(1);
      expect(await bot.stop()).toBe(0);
    },
    CASE_TIMEOUT,
  );

  it(
    'starts without redis, serving /brief with /health degraded, and turns digests on by itself once redis starts',
    async () => {
      const [news] = world.channels as [string];
      const port = await freePort();
      bot = await startBot(world, `redis://127.0.0.1:${port}`);
      expect(bot.logged('store unavailable')).toHaveLength(1);
      const health = await bot.health();
      expect(health.code).toBe(503);
      expect(health.body).toMatchObject({ status: 'degraded', store: { kind: 'redis', state: 'unavailable' } });
      expect((await bot.brief('Mirzoyan')).embeds.length).toBeGreaterThan(0);
      expect((await bot.digest('set', { channel: news })).content).toMatch(/cannot be saved right now: .*redis/);

      redis = await startRedis({ port, dir });
      await bot.waitForLogs('store recovered', 1);
      await bot.waitForLogs('digest.started', 1);
      expect((await bot.digest('set', { channel: news })).content).toMatch(/^Created the digest for/);
      expect((await bot.health()).body.status).toBe('ok');
      expect(await bot.stop()).toBe(0);
    },
    CASE_TIMEOUT,
  );

  it(
    'gives up on a redis that stops answering after a few seconds, with a clear answer and a log line',
    async () => {
      const [news, briefings, press] = world.channels as [string, string, string];
      redis = await startRedis({ dir });
      bot = await startBot(world, redis.url);
      expect((await bot.digest('set', { channel: news })).content).toMatch(/^Created the digest for/);

      redis.pause();
      const asked = Date.now();
      const timedOut = await bot.digest('set', { channel: briefings });
      expect(Date.now() - asked).toBeLessThan(8_000);
      expect(timedOut.content).toMatch(/did not answer within \d+ s/);
      expect(bot.logged('store unavailable')).toHaveLength(1);
      expect(bot.logged('store unavailable')[0]).toMatchObject({ reason: expect.stringMatching(/did not answer within \d+ s/) });

      redis.resume();
      await bot.waitForLogs('store recovered', 1);
      expect((await bot.digest('set', { channel: press })).content).toMatch(/^Created the digest for/);
      expect(await bot.stop()).toBe(0);
    },
    CASE_TIMEOUT,
  );
});
