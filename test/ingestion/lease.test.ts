// Several processes run the ingestion loop; only the holder of the lease in the store polls, and when it
// dies (stops extending) another takes over at its next tick. Against a real redis-server, each loop on a
// connection of its own, as shard processes are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestionLoop, type SourcePoller } from '../../src/ingestion/index.js';
import { createLogger } from '../../src/log.js';
import type { KeyValueStore } from '../../src/store/index.js';
import { redisBackend } from '../store/backends.js';

const redis = redisBackend();
beforeAll(() => redis.setup());
afterAll(() => redis.teardown());

/** A loop whose rounds are only counted; its lease on a store connection of its own. */
async function contender(reopen: () => Promise<KeyValueStore>, holder: string, ttlMs: number) {
  const store = await reopen();
  let rounds = 0;
  const lines: Record<string, unknown>[] = [];
  const poller = { pollDue: async () => (rounds++, { results: [] }), stop: () => undefined } as unknown as SourcePoller;
  const logger = createLogger({ level: 'info', write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) });
  const loop = new IngestionLoop(poller, logger, { tickMs: 3_600_000, lease: () => store.lease!('ingestion', holder, ttlMs) });
  return { loop, rounds: () => rounds, events: () => lines.map((l) => l.event) };
}

describe('the ingestion lease between processes', () => {
  it.skipIf(redis.unavailable !== null)('lets one poll at a time, and another once the holder stops', async () => {
    const { reopen } = await redis.fresh();
    const a = await contender(reopen, 'host:1', 600);
    const b = await contender(reopen, 'host:2', 600);
    for (let i = 0; i < 3; i++) {
      await a.loop.tick();
      await b.loop.tick();
    }
    expect([a.rounds(), b.rounds()]).toEqual([3, 0]);
    expect(a.events()).toEqual(['ingestion lease taken']);
    expect(b.events()).toEqual(['ingestion lease held elsewhere']);
    // a dies: it polls and extends no more. b's ticks stand by until a's lease has run out, then poll.
    await a.loop.stop();
    await b.loop.tick();
    expect(b.rounds()).toBe(0);
    await new Promise((r) => setTimeout(r, 700));
    await b.loop.tick();
    await b.loop.tick();
    expect(b.rounds()).toBe(2);
    expect(b.events()).toEqual(['ingestion lease held elsewhere', 'ingestion lease taken']);
    await b.loop.stop();
  });
});
