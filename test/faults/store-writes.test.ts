// A write of digest settings that the store refuses (issue #11): the service says so by throwing, and what
// it holds in memory stays what the store holds, so /digest list never shows a digest a restart would not
// find, and a digest whose removal was refused keeps running. The DigestService on a real SQLite store,
// with the writes failing as an unavailable store fails them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestService, guildKey, StoreUnavailableError } from '../../src/digest/service.js';
import { ManualClock } from '../../src/digest/timers.js';
import type { Subscription } from '../../src/digest/types.js';
import { silentLogger } from '../../src/log.js';
import { openStore, type KeyValueStore, type WatchedKeyValueStore } from '../../src/store/index.js';
import { articlesOf, dailyStories, digestIndexOf } from '../digest/fixtures.js';

const G1 = '100000000000000001';
const C1 = '200000000000000001';
const C2 = '200000000000000002';

describe('digest settings the store refuses to save', () => {
  let dir: string;
  let store: WatchedKeyValueStore;
  let failing: boolean;
  let service: DigestService;
  let clock: ManualClock;
  const sent: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attache-refused-'));
    store = await openStore(`sqlite://${join(dir, 'attache.sqlite')}`);
    failing = false;
    sent.length = 0;
    // The store as the service sees it, its writes refused while `failing`, as during an outage.
    const refusing: KeyValueStore = {
      kind: store.kind,
      get: (key) => store.get(key),
      set: async (key, value) => {
        if (failing) throw new StoreUnavailableError({ reason: 'the store file was deleted or moved' });
        await store.set(key, value);
      },
      delete: (key) => store.delete(key),
      close: () => store.close(),
    };
    clock = new ManualClock(Date.parse('2026-03-28T06:00:00Z'));
    const { articles, extractions } = articlesOf(dailyStories('2026-03-20', 3));
    const index = digestIndexOf(articles, extractions);
    service = new DigestService({
      store: refusing,
      index: () => index,
      logger: silentLogger,
      timers: clock,
      heldGuilds: () => [G1],
      send: async (channelId) => {
        sent.push(channelId);
        return { id: `m${sent.length}` };
      },
      notifyGuild: async () => undefined,
    });
    await service.start();
  });

  afterEach(async () => {
    await service.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const listed = async () => (await service.list(G1)).map((e) => `${e.subscription.channelId} ${e.subscription.time}`);
  const stored = async () =>
    ((await store.get<{ subscriptions: Subscription[] }>(guildKey(G1)))?.subscriptions ?? []).map((s) => `${s.channelId} ${s.time}`);

  it('leaves out of memory a new digest, and a change, that were not saved', async () => {
    await service.set({ guildId: G1, channelId: C1, time: '07:00' });
    failing = true;
    await expect(service.set({ guildId: G1, channelId: C2, time: '07:30' })).rejects.toThrow(StoreUnavailableError);
    await expect(service.set({ guildId: G1, channelId: C1, time: '09:00' })).rejects.toThrow(StoreUnavailableError);
    expect(await listed()).toEqual([`${C1} 07:00`]);
    failing = false;
    expect(await stored()).toEqual([`${C1} 07:00`]);
  });

  it('keeps running a digest whose removal was not saved', async () => {
    await service.set({ guildId: G1, channelId: C1, time: '07:00', timezone: 'UTC' });
    failing = true;
    await expect(service.remove(G1, C1)).rejects.toThrow(StoreUnavailableError);
    expect(await listed()).toEqual([`${C1} 07:00`]);
    failing = false;
    await clock.advanceTo(Date.parse('2026-03-28T07:01:00Z'), () => service.settled());
    expect(sent).toContain(C1);
  });

  it('delivers a slot the outage held up as soon as the store is back, once', async () => {
    await service.set({ guildId: G1, channelId: C1, time: '07:00', timezone: 'UTC' });
    failing = true;
    await clock.advanceTo(Date.parse('2026-03-28T07:01:00Z'), () => service.settled());
    expect(sent).toEqual([]);
    failing = false;
    await service.resume();
    await service.settled();
    expect(sent).toEqual([C1]);
    await service.resume();
    await service.settled();
    expect(sent).toEqual([C1]);
  });
});
