// Before any shard starts: the count, the store, the start-up order and the restart back-off; and the
// manager refusing, as a process, a set-up several shards cannot run on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '@attache/discord-emulator';
import { fetchGatewayBot, resolveShardCount, restartDelay, ShardSetupError, spawnWaves, storeProblem } from '../../src/shard/plan.js';
import { FAKE_TOKEN, runMain } from '../app/process.js';

describe('shard plan', () => {
  let emulator: DiscordEmulator;
  beforeAll(async () => {
    emulator = new DiscordEmulator({ token: FAKE_TOKEN, shards: 3, maxConcurrency: 2 });
    await emulator.start();
  });
  afterAll(() => emulator.stop());

  it('asks DISCORD_API_URL (not discord.com) for the recommended count and the identify concurrency', async () => {
    const info = await fetchGatewayBot(FAKE_TOKEN, emulator.restUrl);
    expect(info).toMatchObject({ shards: 3, sessionStartLimit: { maxConcurrency: 2 } });
    expect(emulator.requestsTo('GET /gateway/bot')).toHaveLength(1);
    expect(resolveShardCount('auto', info)).toBe(3);
    expect(resolveShardCount(5, info)).toBe(5);
  });

  it('says plainly when Discord refuses the token', async () => {
    const wrong = `${FAKE_TOKEN.slice(0, -3)}xyz`;
    const failure = fetchGatewayBot(wrong, emulator.restUrl);
    await expect(failure).rejects.toBeInstanceOf(ShardSetupError);
    await expect(failure).rejects.toThrow(/Discord refused DISCORD_TOKEN \(401 on GET \/gateway\/bot\)/);
  });

  it('refuses a SQLite store for two shards or more, and keeps it for one', () => {
    expect(storeProblem('sqlite://data/attache.sqlite', 2)).toMatch(
      /2 shard processes cannot share a SQLite file\. Set STORE_URL=redis:\/\//,
    );
    expect(storeProblem('sqlite://:memory:', 4)).toMatch(/cannot share/);
    expect(storeProblem('sqlite://data/attache.sqlite', 1)).toBeNull();
    expect(storeProblem('redis://cache:6379', 16)).toBeNull();
    expect(storeProblem('rediss://user:pw@cache:6380', 16)).toBeNull();
  });

  it('starts shards in waves of max_concurrency, in id order', () => {
    expect(spawnWaves(1, 1)).toEqual([[0]]);
    expect(spawnWaves(3, 1)).toEqual([[0], [1], [2]]);
    expect(spawnWaves(5, 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(spawnWaves(2, 16)).toEqual([[0, 1]]);
  });

  it('backs off a shard that keeps dying before it runs, up to a minute', () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => restartDelay(n))).toEqual([1_000, 5_000, 15_000, 60_000, 60_000, 60_000]);
  });
});

describe('npm run start:sharded refuses what it cannot run, and npm start ignores SHARD_COUNT', () => {
  it('two shards on a SQLite file: exits 1 before starting any, saying what to set', async () => {
    const main = runMain(
      [],
      { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: 'http://127.0.0.1:9/api', SHARD_COUNT: '2', STORE_URL: 'sqlite://data/attache.sqlite' },
      'src/shard/main.ts',
    );
    const exit = await main.exited(20_000);
    expect(exit.code).toBe(1);
    expect(main.stderr()).toContain('2 shard processes cannot share a SQLite file. Set STORE_URL=redis://host:6379');
    expect(main.stderr()).not.toContain('shard spawned');
  });

  it('SHARD_COUNT=auto on SQLite when Discord recommends two', async () => {
    const emulator = new DiscordEmulator({ token: FAKE_TOKEN, shards: 2 });
    await emulator.start();
    try {
      const main = runMain([], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: emulator.restUrl, SHARD_COUNT: 'auto' }, 'src/shard/main.ts');
      expect((await main.exited(20_000)).code).toBe(1);
      expect(main.stderr()).toContain('STORE_URL is sqlite:// but 2 shard processes cannot share a SQLite file');
      expect(emulator.requestsTo('GET /gateway/bot')).toHaveLength(1);
    } finally {
      await emulator.stop();
    }
  });

  it('npm start is one process whatever SHARD_COUNT says (discord.js would read "auto" as a count)', async () => {
    const main = runMain(['--demo'], { SHARD_COUNT: 'auto' });
    expect((await main.exited(30_000)).code).toBe(0);
    expect(main.stderr()).not.toContain('shardCount');
  });

  it('no token: the sandbox is one process', async () => {
    const main = runMain([], {}, 'src/shard/main.ts');
    expect((await main.exited(20_000)).code).toBe(1);
    expect(main.stderr()).toContain('npm run start:sharded connects to Discord: set DISCORD_TOKEN');
  });
});
