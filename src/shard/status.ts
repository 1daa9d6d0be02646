// What the manager knows of each shard, turned into the statuses /health and /about show. Pure: the
// manager hands in its records and the time.
import { assessHealth, type GatewayHealth, type HealthReport, type IndexHealth } from '../health.js';
import type { ShardReport, ShardStatus } from './protocol.js';

/** The manager's record of one shard. */
export interface ShardRecord {
  readonly id: number;
  /** The live process's pid; null while there is none. */
  readonly pid: number | null;
  readonly restarts: number;
  /** The last report from the live process (a report of an earlier process is dropped on exit). */
  readonly report: ShardReport | null;
  /** When that report arrived, by the manager's clock. */
  readonly reportedAt: number | null;
  readonly lastExit: { readonly code: number | null; readonly signal: string | null; readonly at: number } | null;
}

/** A shard reports every REPORT_INTERVAL_MS; three missed reports and it counts as unresponsive. */
export const REPORT_INTERVAL_MS = 5_000;
export const SILENT_AFTER_MS = 3 * REPORT_INTERVAL_MS;

export function shardStatus(record: ShardRecord, now: number, silentAfterMs = SILENT_AFTER_MS): ShardStatus {
  const { report } = record;
  const lastExit = record.lastExit
    ? { lastExit: { code: record.lastExit.code, signal: record.lastExit.signal, at: new Date(record.lastExit.at).toISOString() } }
    : {};
  const base = {
    id: record.id,
    pid: record.pid,
    restarts: record.restarts,
    gateway: report?.gateway ? { status: report.gateway.status, ping: report.gateway.ping } : null,
    guilds: report ? report.guilds : null,
    index: report?.index ?? null,
    ...(report?.store ? { store: report.store } : {}),
    ...lastExit,
  };
  if (record.pid === null) {
    const how = record.lastExit
      ? `its process ended (${record.lastExit.signal ?? `exit code ${record.lastExit.code}`}); restarting`
      : 'not started yet';
    return { ...base, status: record.lastExit ? 'down' : 'starting', detail: how };
  }
  if (!report) return { ...base, status: 'starting', detail: 'process started, loading' };
  const assessed = assessHealth({
    phase: report.phase,
    gateway: report.gateway,
    index: report.index,
    reloadError: report.reloadError,
    store: report.store,
  });
  if (assessed.status !== 'ok') return { ...base, status: assessed.status, ...(assessed.detail ? { detail: assessed.detail } : {}) };
  const silentFor = now - (record.reportedAt ?? now);
  if (silentFor > silentAfterMs)
    return { ...base, status: 'degraded', detail: `no report for ${Math.round(silentFor / 1000)} s (event loop blocked?)` };
  return { ...base, status: 'ok' };
}

/** /health of a sharded bot: the usual report, over every shard, plus each shard's own status. */
export interface ShardedHealthReport extends HealthReport {
  readonly shards: readonly ShardStatus[];
}

const NO_INDEX: IndexHealth = { articles: 0, actors: 0, statements: 0, lastReload: null, problems: 0 };

/**
 * ok only when every shard is: a shard down is a part of the servers the bot does not answer. While
 * the manager is still bringing the shards up, 'starting'.
 */
export function assessCluster(statuses: readonly ShardStatus[], phase: 'starting' | 'running' | 'stopping'): ShardedHealthReport {
  const ready = statuses.filter((s) => s.gateway?.status === 'Ready').length;
  const notReady = statuses.find((s) => s.gateway && s.gateway.status !== 'Ready');
  const pings = statuses.map((s) => s.gateway?.ping).filter((p): p is number => typeof p === 'number');
  const gateway: GatewayHealth = {
    status: ready === statuses.length && statuses.length > 0 ? 'Ready' : (notReady?.gateway?.status ?? 'Idle'),
    // The slowest shard's heartbeat: the figure an alert would care about.
    ping: pings.length ? Math.max(...pings) : null,
    shards: statuses.length,
  };
  // The index of the shard furthest behind (the oldest load): the figures every shard serves at least.
  const indexes = statuses.map((s) => s.index).filter((i): i is IndexHealth => i !== null);
  const index = indexes.sort((a, b) => (a.lastReload ?? '').localeCompare(b.lastReload ?? ''))[0] ?? NO_INDEX;
  const base = { gateway, index, shards: statuses };
  if (phase === 'stopping') return { status: 'degraded', ...base, detail: 'shutting down' };
  const troubled = statuses.filter((s) => s.status !== 'ok');
  if (troubled.length === 0 && statuses.length > 0) return { status: 'ok', ...base };
  const detail = describeTrouble(troubled);
  if (phase === 'starting' && troubled.every((s) => s.status === 'starting')) return { status: 'starting', ...base, detail };
  return { status: 'degraded', ...base, detail };
}

function describeTrouble(troubled: readonly ShardStatus[]): string {
  const shown = troubled.slice(0, 3).map((s) => `shard ${s.id}: ${s.detail ?? s.status}`);
  if (troubled.length > 3) shown.push(`and ${troubled.length - 3} more`);
  return shown.join('; ') || 'no shards';
}
