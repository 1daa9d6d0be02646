// What the manager makes of its records: each shard's status, and /health over all of them.
import { describe, expect, it } from 'vitest';
import type { ShardReport } from '../../src/shard/protocol.js';
import { assessCluster, shardStatus, SILENT_AFTER_MS, type ShardRecord } from '../../src/shard/status.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const INDEX = { articles: 3, actors: 200, statements: 40, lastReload: '2026-03-01T11:00:00.000Z', problems: 0 };

function report(over: Partial<ShardReport> = {}): ShardReport {
  return {
    id: 0,
    pid: 100,
    phase: 'running',
    gateway: { status: 'Ready', ping: 42, shards: 1 },
    guilds: 7,
    index: INDEX,
    reloadError: null,
    store: { kind: 'redis', state: 'ok' },
    at: NOW,
    ...over,
  };
}

function record(over: Partial<ShardRecord> = {}): ShardRecord {
  return { id: 0, pid: 100, restarts: 0, report: report(), reportedAt: NOW - 1000, lastExit: null, ...over };
}

describe('shardStatus', () => {
  it('is ok when the shard runs, its gateway is Ready and it reported lately', () => {
    expect(shardStatus(record(), NOW)).toEqual({
      id: 0,
      status: 'ok',
      pid: 100,
      restarts: 0,
      gateway: { status: 'Ready', ping: 42 },
      guilds: 7,
      index: INDEX,
      store: { kind: 'redis', state: 'ok' },
    });
  });

  it('is starting before the first spawn and while a new process loads', () => {
    expect(shardStatus(record({ pid: null, report: null, reportedAt: null }), NOW)).toMatchObject({
      status: 'starting',
      detail: 'not started yet',
    });
    expect(shardStatus(record({ report: null }), NOW)).toMatchObject({ status: 'starting', detail: 'process started, loading' });
    expect(shardStatus(record({ report: report({ phase: 'starting', index: null, gateway: null }) }), NOW)).toMatchObject({
      status: 'starting',
      detail: 'loading the index',
    });
    expect(shardStatus(record({ report: report({ phase: 'starting' }) }), NOW)).toMatchObject({
      status: 'starting',
      detail: 'connecting to Discord',
    });
  });

  it('is down between the end of a process and the start of the next, saying how it ended', () => {
    const status = shardStatus(
      record({ pid: null, report: null, restarts: 2, lastExit: { code: null, signal: 'SIGKILL', at: NOW - 500 } }),
      NOW,
    );
    expect(status).toMatchObject({
      status: 'down',
      detail: 'its process ended (SIGKILL); restarting',
      restarts: 2,
      lastExit: { signal: 'SIGKILL', at: new Date(NOW - 500).toISOString() },
    });
    expect(shardStatus(record({ pid: null, report: null, lastExit: { code: 1, signal: null, at: NOW } }), NOW).detail).toBe(
      'its process ended (exit code 1); restarting',
    );
  });

  it('is degraded with the gateway away, a failed reload, a shutdown, or silence', () => {
    expect(shardStatus(record({ report: report({ gateway: { status: 'Resuming', ping: null, shards: 1 } }) }), NOW)).toMatchObject({
      status: 'degraded',
      detail: 'gateway Resuming',
    });
    expect(shardStatus(record({ report: report({ reloadError: 'EACCES' }) }), NOW)).toMatchObject({
      status: 'degraded',
      detail: 'last reload failed: EACCES',
    });
    expect(shardStatus(record({ report: report({ phase: 'stopping' }) }), NOW)).toMatchObject({
      status: 'degraded',
      detail: 'shutting down',
    });
    expect(shardStatus(record({ reportedAt: NOW - SILENT_AFTER_MS - 2000 }), NOW)).toMatchObject({
      status: 'degraded',
      detail: 'no report for 17 s (event loop blocked?)',
    });
    const down = { kind: 'redis', state: 'unavailable', reason: 'redis unreachable', since: '2026-03-01T11:59:00.000Z' } as const;
    expect(shardStatus(record({ report: report({ store: down }) }), NOW)).toMatchObject({
      status: 'degraded',
      detail: 'store unavailable: redis unreachable',
      store: down,
    });
  });
});

describe('assessCluster', () => {
  const ok = (id: number, over: Partial<ShardRecord> = {}) =>
    shardStatus(record({ id, pid: 100 + id, report: report({ id, pid: 100 + id }), ...over }), NOW);

  it('is ok when every shard is, with the slowest ping and the count', () => {
    const health = assessCluster(
      [ok(0), ok(1, { report: report({ id: 1, pid: 101, gateway: { status: 'Ready', ping: 90, shards: 1 } }) })],
      'running',
    );
    expect(health).toMatchObject({ status: 'ok', gateway: { status: 'Ready', ping: 90, shards: 2 }, index: INDEX });
    expect(health.detail).toBeUndefined();
    expect(health.shards).toHaveLength(2);
  });

  it('is degraded when one shard is down once started, naming it', () => {
    const down = ok(1, { pid: null, report: null, lastExit: { code: null, signal: 'SIGKILL', at: NOW } });
    expect(assessCluster([ok(0), down], 'running')).toMatchObject({
      status: 'degraded',
      detail: 'shard 1: its process ended (SIGKILL); restarting',
    });
  });

  it('is starting while the manager brings shards up, and degraded if one of them is already in trouble', () => {
    const loading = ok(1, { report: null });
    expect(assessCluster([ok(0), loading], 'starting')).toMatchObject({ status: 'starting', detail: 'shard 1: process started, loading' });
    const away = ok(0, { report: report({ gateway: { status: 'Reconnecting', ping: null, shards: 1 } }) });
    expect(assessCluster([away, loading], 'starting')).toMatchObject({ status: 'degraded', gateway: { status: 'Reconnecting' } });
  });

  it('reports the index of the shard furthest behind, so a reload not yet everywhere does not show as done', () => {
    const fresh = { ...INDEX, articles: 4, lastReload: '2026-03-01T11:59:00.000Z' };
    const health = assessCluster([ok(0, { report: report({ index: fresh }) }), ok(1)], 'running');
    expect(health.index).toEqual(INDEX);
  });

  it('counts the rest when many shards are in trouble, and is degraded while stopping', () => {
    const shards = [0, 1, 2, 3, 4].map((id) => ok(id, { report: null }));
    expect(assessCluster(shards, 'running').detail).toBe(
      'shard 0: process started, loading; shard 1: process started, loading; shard 2: process started, loading; and 2 more',
    );
    expect(assessCluster([ok(0)], 'stopping')).toMatchObject({ status: 'degraded', detail: 'shutting down' });
  });
});
