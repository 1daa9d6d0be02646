import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, StoreError } from '../../src/store/index.js';
import { backends } from './backends.js';

describe.each(backends().map((b) => [b.name, b] as const))('the %s store', (_name, backend) => {
  if (backend.unavailable) {
    it.skip(`is not tested: ${backend.unavailable}`, () => undefined);
    return;
  }
  beforeAll(() => backend.setup(), 20_000);
  afterAll(() => backend.teardown(), 20_000);

  it(`reports its kind as ${backend.name}`, async () => {
    const { store } = await backend.fresh();
    expect(store.kind).toBe(backend.name);
  });

  it('gives back what was set, as plain JSON values', async () => {
    const { store } = await backend.fresh();
    const value = { text: 'Mirzoyan said “peace” — ✓', n: 3.5, nested: { list: [1, 'two', null], flag: false }, nothing: null };
    await store.set('guild:1:subscriptions', value);
    await store.set('arrivals:head', 0);
    await store.set('empty', '');
    expect(await store.get('guild:1:subscriptions')).toEqual(value);
    expect(await store.get('arrivals:head')).toBe(0);
    expect(await store.get('empty')).toBe('');
  });

  it('answers undefined for a key never set', async () => {
    const { store } = await backend.fresh();
    expect(await store.get('delivery:1:2:nowhere')).toBeUndefined();
  });

  it('overwrites a key on a second set', async () => {
    const { store } = await backend.fresh();
    await store.set('k', { sent: 1 });
    await store.set('k', { sent: 2 });
    expect(await store.get('k')).toEqual({ sent: 2 });
  });

  it('forgets a deleted key, and deleting a missing key is no error', async () => {
    const { store } = await backend.fresh();
    await store.set('k', 1);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    await expect(store.delete('never-there')).resolves.toBeUndefined();
  });

  it('keeps values across close and reopen', async () => {
    const fresh = await backend.fresh();
    await fresh.store.set('guild:9:subscriptions', { version: 1, subscriptions: [{ channelId: '1' }] });
    await fresh.store.close();
    const again = await fresh.reopen();
    expect(await again.get('guild:9:subscriptions')).toEqual({ version: 1, subscriptions: [{ channelId: '1' }] });
  });

  it('keeps namespaces apart on the same file or server', async () => {
    const fresh = await backend.fresh();
    const other = await openStore(fresh.url, { namespace: `${fresh.namespace}-other` });
    try {
      await fresh.store.set('k', 'mine');
      await other.set('k', 'theirs');
      expect(await fresh.store.get('k')).toBe('mine');
      expect(await other.get('k')).toBe('theirs');
      await other.delete('k');
      expect(await fresh.store.get('k')).toBe('mine');
    } finally {
      await other.close();
    }
  });

  it('refuses to work once closed, and closing twice is harmless', async () => {
    const fresh = await backend.fresh();
    await fresh.store.close();
    await expect(fresh.store.close()).resolves.toBeUndefined();
    await expect(fresh.store.get('k')).rejects.toThrow(/closed/);
  });
});

describe('openStore', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'attache-open-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the SQLite file's folder", async () => {
    const file = join(dir, 'deep', 'er', 'attache.sqlite');
    const store = await openStore(`sqlite://${file}`);
    await store.set('k', 1);
    await store.close();
    expect(existsSync(file)).toBe(true);
  });

  it('resolves a relative SQLite path against the working directory', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const store = await openStore('sqlite://data/attache.sqlite');
      await store.close();
      expect(existsSync(join(dir, 'data', 'attache.sqlite'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('rejects a URL that names no store, saying what would work', async () => {
    await expect(openStore('postgres://localhost/attache')).rejects.toThrow(/sqlite:\/\/.*redis:\/\//);
    await expect(openStore('data/attache.sqlite')).rejects.toBeInstanceOf(StoreError);
    await expect(openStore('sqlite://')).rejects.toThrow(/names no file/);
  });

  it('rejects a namespace that could collide with key syntax', async () => {
    await expect(openStore(`sqlite://${join(dir, 'ns.sqlite')}`, { namespace: 'a:b' })).rejects.toThrow(/namespace/);
  });

  it('fails fast with the address when redis is unreachable', async () => {
    const started = Date.now();
    // Port 1 on loopback: nothing listens there.
    await expect(openStore('redis://127.0.0.1:1', { connectTimeoutMs: 1_000 })).rejects.toThrow(
      /cannot reach redis at redis:\/\/127\.0\.0\.1:1/,
    );
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 15_000);

  it('keeps a password out of the error message', async () => {
    await expect(openStore('redis://:s3cretpass@127.0.0.1:1', { connectTimeoutMs: 500 })).rejects.toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cretpass') }),
    );
  }, 15_000);
});
