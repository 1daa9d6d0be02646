// The ingestion lease (issue #12): one holder at a time across every process of the store; the holder
// extends it; when it stops extending (it died), another takes it once it runs out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './backends.js';

describe.each(backends().map((b) => [b.name, b] as const))('the lease of the %s store', (_name, backend) => {
  beforeAll(() => backend.setup());
  afterAll(() => backend.teardown());

  it.skipIf(backend.unavailable !== null)('is one holder’s at a time, extended by it, and another’s once it runs out', async () => {
    const { store, reopen } = await backend.fresh();
    // The redis case opens a second connection, as a second process would; a SQLite file has one process.
    const other = backend.name === 'redis' ? await reopen() : store;
    expect(await store.lease!('ingestion', 'a', 400)).toBe(true);
    expect(await other.lease!('ingestion', 'b', 400)).toBe(false);
    // a extends before it runs out: b still cannot take it after the first term would have ended.
    await new Promise((r) => setTimeout(r, 250));
    expect(await store.lease!('ingestion', 'a', 400)).toBe(true);
    await new Promise((r) => setTimeout(r, 250));
    expect(await other.lease!('ingestion', 'b', 400)).toBe(false);
    // a stops (dies): once its term is over, b takes it, and a no longer has it.
    await new Promise((r) => setTimeout(r, 450));
    expect(await other.lease!('ingestion', 'b', 400)).toBe(true);
    expect(await store.lease!('ingestion', 'a', 400)).toBe(false);
    // Another lease name is another lease.
    expect(await store.lease!('something else', 'a', 400)).toBe(true);
  });

  it.skipIf(backend.unavailable !== null)('is never won by two of many contenders asking at the same moment', async () => {
    const { store, reopen } = await backend.fresh();
    const stores = backend.name === 'redis' ? [store, ...(await Promise.all([reopen(), reopen(), reopen()]))] : [store];
    const contenders = Array.from({ length: 8 }, (_, i) => stores[i % stores.length]!.lease!('race', `p${i}`, 5000));
    const won = (await Promise.all(contenders)).filter(Boolean);
    expect(won).toHaveLength(1);
  });
});
