// Shards on two hosts (issue #12): two real shard managers (`npm run start:sharded`), one per "host", each
// with SHARD_COUNT=2 and its own SHARD_LIST, its own articles folder and cache, sharing one redis-server and
// a loopback news site. Both want to ingest; one holds the lease and polls, and every article it writes
// reaches the other host's folder through the store's article log, where that shard's index takes it in.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '@attache/discord-emulator';
import { FAKE_TOKEN, runMain, tempSeeds, type MainProcess } from '../app/process.js';
import { siteRoutes, STORIES } from '../ingestion/newsSite.js';
import { startNewsServer, type NewsServer } from '../sources/newsServer.js';
import { REDIS_SERVER, startRedis, type RedisServer } from '../store/backends.js';

const REDIS = existsSync(REDIS_SERVER);

interface LogLine {
  readonly event: string;
  readonly shard?: number | 'manager';
  readonly [field: string]: unknown;
}

function linesOf(main: MainProcess): LogLine[] {
  return main
    .stderr()
    .split('\n')
    .flatMap((line) => {
      if (!line.startsWith('{')) return [];
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  hosts: MainProcess[],
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${hosts.map((h) => h.stderr().slice(-3000)).join('\n---\n')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const articleFiles = async (dir: string) => (await readdir(dir)).filter((f) => /\.(txt|meta\.json)$/.test(f) && !f.startsWith('0')).sort();

describe.skipIf(!REDIS)('shards on two hosts, each with its own articles folder', () => {
  let redis: RedisServer;
  let emulator: DiscordEmulator;
  let site: NewsServer;
  let sourcesDir: string;
  const hosts: { seeds: Awaited<ReturnType<typeof tempSeeds>>; main: MainProcess }[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    emulator = new DiscordEmulator({ token: FAKE_TOKEN, shards: 2, maxConcurrency: 2 });
    await emulator.start();
    for (const shardId of [0, 1]) emulator.addGuild({ name: `Embassy ${shardId}`, shardId });
    let origin = '';
    site = await startNewsServer(siteRoutes(() => origin));
    origin = site.origin;
    sourcesDir = await mkdtemp(join(tmpdir(), 'attache-two-hosts-'));
    const sourcesFile = join(sourcesDir, 'sources.json');
    await writeFile(
      sourcesFile,
      JSON.stringify([{ id: 'test-wire', name: 'Test Wire', url: site.url('/feed.xml'), language: 'en', interval: 15 }]),
    );
    for (const shard of ['0', '1']) {
      const seeds = await tempSeeds();
      const main = runMain(
        [],
        {
          DISCORD_TOKEN: FAKE_TOKEN,
          DISCORD_API_URL: emulator.restUrl,
          SEEDS_DIR: seeds.seedsDir,
          CACHE_DIR: seeds.cacheDir,
          STORE_URL: redis.url,
          SHARD_COUNT: '2',
          SHARD_LIST: shard,
          INGEST: 'on',
          SOURCES_FILE: sourcesFile,
          SOURCES_ALLOW_PRIVATE: 'true',
          SOURCES_CONTACT_URL: 'https://example.org/attache-tests',
          HEALTH_PORT: '0',
          HEALTH_HOST: '127.0.0.1',
          LOG_LEVEL: 'debug',
        },
        'src/shard/main.ts',
      );
      hosts.push({ seeds, main });
    }
  }, 60_000);

  afterAll(async () => {
    for (const { main } of hosts) {
      if (main.child.exitCode === null) {
        main.child.kill('SIGTERM');
        await main.exited(30_000).catch(() => main.kill());
      }
    }
    await emulator?.stop();
    await site?.close();
    await redis?.stop();
    for (const { seeds } of hosts) await seeds.remove();
    await rm(sourcesDir, { recursive: true, force: true });
  }, 60_000);

  it('runs one shard on each host, ingests on one, and gives every article to both folders and both indexes', async () => {
    const mains = hosts.map((h) => h.main);
    for (const [i, { main }] of hosts.entries()) {
      const ready = await waitFor('the shard to be ready', () => linesOf(main).find((l) => l.event === 'shards ready'), mains);
      expect(ready).toMatchObject({ shards: 2, here: [i] });
      // Each host's manager forked its own shard only.
      expect(
        linesOf(main)
          .filter((l) => l.event === 'shard spawned')
          .map((l) => l.shard),
      ).toEqual([i]);
    }
    // Exactly one host holds the ingestion lease and polls the site.
    const polled = await waitFor('a poll', () => mains.flatMap(linesOf).find((l) => l.event === 'source polled'), mains);
    expect(polled).toMatchObject({ source: 'test-wire', new: STORIES.length });
    const taken = mains.map((m) => linesOf(m).filter((l) => l.event === 'ingestion lease taken').length);
    expect(taken.sort()).toEqual([0, 1]);

    // Both folders end up with the same articles and metadata, byte for byte.
    const [a, b] = hosts.map((h) => h.seeds.seedsDir) as [string, string];
    await waitFor(
      'the articles on both hosts',
      async () => (await articleFiles(a)).length === 2 * STORIES.length && (await articleFiles(b)).length === 2 * STORIES.length,
      mains,
    );
    expect(await articleFiles(b)).toEqual(await articleFiles(a));
    for (const name of await articleFiles(a)) expect(await readFile(join(b, name), 'utf8')).toBe(await readFile(join(a, name), 'utf8'));
    // The host that did not poll wrote them from the log.
    const relayed = mains.map((m) => linesOf(m).filter((l) => l.event === 'relayed article written').length);
    expect(relayed.sort()).toEqual([0, STORIES.length]);

    // And each shard's index took every new article in.
    const ids = (await articleFiles(a)).filter((f) => f.endsWith('.txt'));
    for (const main of mains)
      await waitFor(
        'the index to take the articles in',
        () => {
          const changed = new Set(
            linesOf(main).flatMap((l) => (l.event === 'index reloaded' ? ((l.changed as string[] | undefined) ?? []) : [])),
          );
          return ids.every((id) => changed.has(id));
        },
        mains,
      );
  }, 120_000);
});
