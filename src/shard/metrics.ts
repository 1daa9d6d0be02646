// GET /metrics of a sharded bot: every shard's figures, gathered over IPC at scrape time and labelled
// `shard`, after the manager's own (is each shard up, how often was it restarted).
import { MetricsRegistry, renderPrometheus, type MetricsSnapshot, type SnapshotPart } from '../metrics/index.js';
import type { ShardManager } from './manager.js';

export async function renderShardMetrics(manager: Pick<ShardManager, 'metrics' | 'statuses'>): Promise<string> {
  const statuses = manager.statuses();
  const own = new MetricsRegistry();
  own.gauge({
    name: 'attache_shard_up',
    help: '1 when the shard process is running and its gateway is Ready, else 0.',
    labelNames: ['shard'],
    read: () => statuses.map((s) => ({ labels: { shard: String(s.id) }, value: s.status === 'ok' ? 1 : 0 })),
  });
  own.gauge({
    name: 'attache_shard_restarts',
    help: 'Times the manager has started the shard again after its process ended.',
    labelNames: ['shard'],
    read: () => statuses.map((s) => ({ labels: { shard: String(s.id) }, value: s.restarts })),
  });
  const parts: SnapshotPart[] = [{ labels: {}, snapshot: own.snapshot() }];
  // A shard that is down or slow to answer is left out of this scrape; attache_shard_up says which.
  for (const { id, snapshot } of await manager.metrics()) if (isSnapshot(snapshot)) parts.push({ labels: { shard: String(id) }, snapshot });
  return renderPrometheus(parts);
}

function isSnapshot(value: unknown): value is MetricsSnapshot {
  return typeof value === 'object' && value !== null && Array.isArray((value as { families?: unknown }).families);
}
