// The store's layout as it lies in the SQLite file and on the redis server: an operator's subscriptions and
// delivery records written by one release must be found by the next. keyv 6 (with the adapters it can run)
// writes `attache::<key>` where keyv 5 wrote `attache:<key>`, so every subscription would silently vanish on
// upgrade: this test fails on such a move instead, and a move has to bring a migration (README.md, "Why these
// libraries", keyv).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { REDIS_SERVER, startRedis, type RedisServer } from './backends.js';

const subscriptions = { version: 1, subscriptions: [{ channelId: '2', time: '07:00' }] };

function rows(file: string, sql: string, ...params: unknown[]): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => {
      if (err) return reject(err);
      db.all(sql, params, (queryErr, result: Record<string, unknown>[]) => db.close(() => (queryErr ? reject(queryErr) : resolve(result))));
    });
  });
}

describe('the SQLite file', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'attache-layout-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds each key as "<namespace>:<key>" in the table keyv, its value as {"value": …} JSON', async () => {
    const file = join(dir, 'written.sqlite');
    const store = await openStore(`sqlite://${file}`);
    await store.set('guild:1:subscriptions', subscriptions);
    await store.close();
    expect(await rows(file, 'SELECT key, value FROM keyv')).toEqual([
      { key: 'attache:guild:1:subscriptions', value: JSON.stringify({ value: subscriptions }) },
    ]);
  });

  it('gives back what an earlier release wrote in that layout', async () => {
    const file = join(dir, 'earlier.sqlite');
    await openStore(`sqlite://${file}`).then((s) => s.close());
    await rows(
      file,
      'INSERT INTO keyv (key, value) VALUES (?, ?), (?, ?)',
      'attache:guild:1:subscriptions',
      JSON.stringify({ value: subscriptions, expires: null }),
      'attache:arrivals:head',
      '{"value":7}',
    );
    const store = await openStore(`sqlite://${file}`);
    try {
      expect(await store.get('guild:1:subscriptions')).toEqual(subscriptions);
      expect(await store.get('arrivals:head')).toBe(7);
    } finally {
      await store.close();
    }
  });
});

const REDIS_CLI = join(dirname(REDIS_SERVER), 'redis-cli');
describe.skipIf(!existsSync(REDIS_SERVER) || !existsSync(REDIS_CLI))('the redis server', () => {
  let server: RedisServer;
  const cli = (...args: string[]) => execFileSync(REDIS_CLI, ['-p', String(server.port), '--raw', ...args], { encoding: 'utf8' }).trim();
  beforeAll(async () => {
    server = await startRedis();
  }, 20_000);
  afterAll(() => server?.stop(), 20_000);

  it('holds each key as "<namespace>::<namespace>:<key>" (keyv\'s prefix inside the adapter\'s), its value as {"value": …} JSON', async () => {
    const store = await openStore(server.url);
    await store.set('guild:1:subscriptions', subscriptions);
    await store.close();
    expect(cli('KEYS', '*')).toBe('attache::attache:guild:1:subscriptions');
    expect(JSON.parse(cli('GET', 'attache::attache:guild:1:subscriptions'))).toEqual({ value: subscriptions });
  });

  it('gives back what an earlier release wrote in that layout', async () => {
    cli('SET', 'attache::attache:arrivals:head', '{"value":7}');
    const store = await openStore(server.url);
    try {
      expect(await store.get('arrivals:head')).toBe(7);
    } finally {
      await store.close();
    }
  });
});
