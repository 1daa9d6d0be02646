// The bot's own metrics (docs/metrics.md lists them): instruments the router, the digest service and the
// sources' poller update, and gauges read at scrape time from what health already reports. One object per
// process, handed to whoever records (no global registry), so tests and shards each have their own.
import type { GatewayHealth, IndexHealth } from '../health.js';
import { renderPrometheus } from './exposition.js';
import { DURATION_BUCKETS, MetricsRegistry, type Counter, type Histogram, type MetricsSnapshot } from './registry.js';
import { registerSourceMetrics, type SourceMetrics } from './sources.js';

/** How a command ended, coarse enough to alert on: the user's mistake is not the bot's. */
export type CommandOutcome = 'ok' | 'user_error' | 'error';

/** What the digest service counts; the service knows nothing of the registry behind it. */
export interface DigestMetrics {
  /** A digest is completely out (all its messages accepted). */
  delivered(): void;
  /** One message of a digest accepted by Discord. */
  messageSent(): void;
  /** A delivery that could not complete (the channel refused, or Discord kept failing). */
  failed(): void;
}

export interface AttacheMetrics {
  readonly registry: MetricsRegistry;
  /** {command, outcome}: one per slash command answered (autocomplete and buttons not counted here). */
  readonly commands: Counter;
  /** {command}: from the interaction's arrival to the end of its handler, in seconds. */
  readonly commandDuration: Histogram;
  /** {command}: the same for autocomplete, which Discord drops after 3 seconds. */
  readonly autocompleteDuration: Histogram;
  readonly digests: DigestMetrics;
  /** The news sources: polls, articles ingested, sources by state (sources.ts). */
  readonly sources: SourceMetrics;
  /** For a shard manager: this process's figures as JSON. */
  snapshot(): MetricsSnapshot;
  /** This process alone, in Prometheus text format. A function property: it is handed on detached (to /metrics). */
  readonly render: () => string;
}

export interface MetricsSources {
  /** The index's figures, null before the first load (the gauges are then left out). */
  readonly index?: () => IndexHealth | null;
  /** The gateway's state, null before a client exists (up reads 0). */
  readonly gateway?: () => GatewayHealth | null;
}

// Autocomplete answers from memory: most land in the first buckets, and 3 s is where Discord gives up.
const AUTOCOMPLETE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3];

export function createAttacheMetrics(sources: MetricsSources = {}): AttacheMetrics {
  const registry = new MetricsRegistry();
  const commands = registry.counter({
    name: 'attache_commands_total',
    help: 'Slash commands answered, by command and outcome (ok, user_error, error).',
    labelNames: ['command', 'outcome'],
  });
  const commandDuration = registry.histogram({
    name: 'attache_command_duration_seconds',
    help: 'Time from a slash command reaching the bot to its handler finishing.',
    labelNames: ['command'],
    buckets: DURATION_BUCKETS,
  });
  const autocompleteDuration = registry.histogram({
    name: 'attache_autocomplete_duration_seconds',
    help: 'Time to answer an autocomplete request (Discord drops answers after 3 s).',
    labelNames: ['command'],
    buckets: AUTOCOMPLETE_BUCKETS,
  });
  const delivered = registry.counter({
    name: 'attache_digests_delivered_total',
    help: 'Digests completely delivered (every message accepted by Discord).',
  });
  const messagesSent = registry.counter({ name: 'attache_digest_messages_sent_total', help: 'Digest messages accepted by Discord.' });
  const failed = registry.counter({
    name: 'attache_digests_failed_total',
    help: 'Digest deliveries that could not complete (channel refused or Discord kept failing).',
  });
  const newsSources = registerSourceMetrics(registry);

  const index = () => sources.index?.() ?? null;
  registry.gauge({ name: 'attache_index_articles', help: 'Articles in the served index.', read: () => index()?.articles ?? null });
  registry.gauge({ name: 'attache_index_statements', help: 'Statements in the served index.', read: () => index()?.statements ?? null });
  registry.gauge({ name: 'attache_index_actors', help: 'Actors in the served index.', read: () => index()?.actors ?? null });
  registry.gauge({
    name: 'attache_index_last_reload_timestamp_seconds',
    help: 'Unix time of the last successful index (re)load.',
    read: () => {
      const at = index()?.lastReload;
      return at ? Date.parse(at) / 1000 : null;
    },
  });
  registry.gauge({
    name: 'attache_index_problems',
    help: 'Files and dictionary entries skipped at the last index load.',
    read: () => index()?.problems ?? null,
  });
  registry.gauge({
    name: 'attache_gateway_up',
    help: '1 when the Discord gateway connection is Ready, else 0.',
    read: () => (sources.gateway?.()?.status === 'Ready' ? 1 : 0),
  });
  registry.gauge({
    name: 'attache_gateway_ping_seconds',
    help: 'Last gateway heartbeat round trip.',
    read: () => {
      const ping = sources.gateway?.()?.ping;
      return ping === null || ping === undefined ? null : ping / 1000;
    },
  });
  registry.gauge({
    name: 'attache_process_resident_memory_bytes',
    help: 'Resident set size of this process.',
    read: () => process.memoryUsage.rss(),
  });
  // timeOrigin is when this process started, to the millisecond, without a clock read per scrape.
  const startSeconds = Math.round(performance.timeOrigin) / 1000;
  registry.gauge({ name: 'attache_process_start_time_seconds', help: 'Unix time this process started.', read: () => startSeconds });

  return {
    registry,
    commands,
    commandDuration,
    autocompleteDuration,
    digests: { delivered: () => delivered.inc(), messageSent: () => messagesSent.inc(), failed: () => failed.inc() },
    sources: newsSources,
    snapshot: () => registry.snapshot(),
    render: () => renderPrometheus([{ labels: {}, snapshot: registry.snapshot() }]),
  };
}
