// The store says when it cannot be trusted (issue #11): a SQLite file deleted, replaced or read-only under
// it, redis gone or hung. Each call then fails at once with the reason instead of writing where nobody will
// read, health() says so, listeners hear it once per outage, and the store recovers by itself when the
// cause is gone. With real files and a real redis-server.
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, StoreError, StoreUnavailableError, type StoreHealth, type WatchedKeyValueStore } from '../../src/store/index.js';
import { freePort, REDIS_SERVER, startRedis, type RedisServer } from './backends.js';

/** Root writes through file modes; the immutable attribute stops root too (see test/faults/store-sqlite.test.ts). */
function immutableWorks(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'attache-chattr-'));
  const file = join(dir, 'probe');
  writeFileSync(file, '');
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const opened: WatchedKeyValueStore[] = [];
async function open(url: string, options: Parameters<typeof openStore>[1] = {}): Promise<WatchedKeyValueStore> {
  const store = await openStore(url, { checkEveryMs: 50, ...options });
  opened.push(store);
  return store;
}

/** Every change of health the store reports, in order. */
function changesOf(store: WatchedKeyValueStore): StoreHealth['state'][] {
  const seen: StoreHealth['state'][] = [];
  store.onHealthChange((health) => seen.push(health.state));
  return seen;
}

async function until(what: string, condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((s) => s.close()));
});

describe('a watched SQLite store', () => {
  let dir = '';
  let file = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'attache-watched-'));
    file = join(dir, 'attache.sqlite');
  });
  afterEach(() => {
    try {
      execFileSync('chattr', ['-i', file], { stdio: 'ignore' });
    } catch {
      // not immutable, or gone
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a write once its file is deleted, says why, and takes writes again once the same file is back', async () => {
    const store = await open(`sqlite://${file}`);
    const changes = changesOf(store);
    await store.set('k', 1);
    linkSync(file, join(dir, 'kept'));
    unlinkSync(file);

    await expect(store.set('k', 2)).rejects.toThrow(StoreUnavailableError);
    await expect(store.get('k')).rejects.toMatchObject({ reason: 'the store file was deleted or moved', uncertain: false });
    expect(store.health()).toMatchObject({ state: 'unavailable', reason: 'the store file was deleted or moved' });
    expect(changes).toEqual(['unavailable']);

    linkSync(join(dir, 'kept'), file);
    await until('recovered', () => store.health().state === 'ok');
    expect(await store.get('k')).toBe(1);
    await store.set('k', 3);
    expect(changes).toEqual(['unavailable', 'ok']);
  });

  it('notices a deletion by itself, between calls', async () => {
    const store = await open(`sqlite://${file}`);
    const changes = changesOf(store);
    unlinkSync(file);
    await until('noticed by the periodic check', () => changes.length === 1);
    expect(store.health()).toMatchObject({ state: 'unavailable' });
  });

  it('does not adopt another file put in its place: what it holds came from the one it opened', async () => {
    const store = await open(`sqlite://${file}`);
    await store.set('k', 'original');
    const other = join(dir, 'other.sqlite');
    await openStore(`sqlite://${other}`).then((s) => s.close());
    renameSync(file, join(dir, 'original.sqlite'));
    renameSync(other, file);

    await expect(store.set('k', 'lost')).rejects.toMatchObject({ reason: 'the store file was replaced by another file' });
    await new Promise((r) => setTimeout(r, 200)); // several checks
    expect(store.health()).toMatchObject({ state: 'unavailable', reason: 'the store file was replaced by another file' });
    expect(store.health()).toMatchObject({ note: expect.stringContaining('restart the bot to use the new one') });

    renameSync(join(dir, 'original.sqlite'), file);
    await until('recovered', () => store.health().state === 'ok');
    expect(await store.get('k')).toBe('original');
  });

  it.skipIf(!immutableWorks())('opens a read-only file as unavailable (with keepTrying), and recovers once it is writable', async () => {
    await openStore(`sqlite://${file}`).then((s) => s.close());
    execFileSync('chattr', ['+i', file]);
    await expect(openStore(`sqlite://${file}`)).rejects.toThrow(/cannot open the store file .*: the store file is read-only/);

    const store = await open(`sqlite://${file}`, { keepTrying: true });
    expect(store.health()).toMatchObject({ state: 'unavailable', reason: 'the store file is read-only' });
    await expect(store.set('k', 1)).rejects.toThrow(StoreUnavailableError);

    execFileSync('chattr', ['-i', file]);
    // SQLite opened it read-only and would stay so: the store opens it anew.
    await until('recovered', () => store.health().state === 'ok');
    await store.set('k', 1);
    expect(await store.get('k')).toBe(1);
  });

  it('still refuses a closed store as closed, not as unavailable', async () => {
    const store = await open(`sqlite://${file}`);
    await store.close();
    await expect(store.set('k', 1)).rejects.toSatisfy((err) => err instanceof StoreError && !(err instanceof StoreUnavailableError));
    expect(existsSync(file)).toBe(true);
  });
});

describe.skipIf(!existsSync(REDIS_SERVER))('a watched redis store', () => {
  let redis: RedisServer | null = null;
  afterEach(async () => {
    await redis?.stop();
    redis = null;
  });

  it('fails at once while redis is stopped, once per outage, and works again by itself when it is back', async () => {
    redis = await startRedis();
    const port = redis.port;
    const store = await open(redis.url);
    const changes = changesOf(store);
    await store.set('k', 1);

    await redis.stop();
    await until('noticed', () => store.health().state === 'unavailable');
    const asked = Date.now();
    await expect(store.set('k', 2)).rejects.toMatchObject({ reason: 'the redis server is unreachable', uncertain: false });
    await expect(store.get('k')).rejects.toThrow(StoreUnavailableError);
    expect(Date.now() - asked).toBeLessThan(100);
    expect(changes).toEqual(['unavailable']);

    redis = await startRedis({ port });
    await until('recovered', () => store.health().state === 'ok');
    await store.set('k', 3);
    expect(await store.get('k')).toBe(3);
    expect(changes).toEqual(['unavailable', 'ok']);
  }, 15_000);

  it('opens while redis is unreachable (with keepTrying) and connects by itself when it starts', async () => {
    const port = await freePort();
    await expect(openStore(`redis://127.0.0.1:${port}`)).rejects.toThrow(/cannot reach redis/);
    const store = await open(`redis://127.0.0.1:${port}`, { keepTrying: true });
    expect(store.health()).toMatchObject({ state: 'unavailable', reason: 'the redis server is unreachable' });
    redis = await startRedis({ port });
    await until('connected', () => store.health().state === 'ok');
    await store.set('k', 1);
    expect(await store.get('k')).toBe(1);
  }, 15_000);

  it('gives up on a call redis does not answer, says a write may still happen, and recovers when redis answers again', async () => {
    redis = await startRedis();
    const store = await open(redis.url, { timeoutMs: 300 });
    redis.pause();
    const asked = Date.now();
    await expect(store.set('k', 1)).rejects.toMatchObject({ reason: 'the store did not answer within 0.3 s', uncertain: true });
    expect(Date.now() - asked).toBeLessThan(1_000);
    // Unavailable meanwhile: the next call does not wait again.
    await expect(store.get('k')).rejects.toMatchObject({ uncertain: false });
    redis.resume();
    await until('recovered', () => store.health().state === 'ok');
    expect(await store.get('k')).toBe(1);
  }, 15_000);
});
