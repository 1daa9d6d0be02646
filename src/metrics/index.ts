// Metrics for the health port: the registry (registry.ts), the Prometheus text format (exposition.ts) and
// the bot's own instruments (attache.ts). A shard manager renders its shards' snapshots together with
// renderPrometheus([{ labels: { shard: '0' }, snapshot }, ...]).
export { createAttacheMetrics, type AttacheMetrics, type CommandOutcome, type DigestMetrics, type MetricsSources } from './attache.js';
export { registerSourceMetrics, SOURCE_STATES, SOURCE_STATES_MAX_AGE_MS, type PollOutcome, type SourceMetrics } from './sources.js';
export { PROMETHEUS_CONTENT_TYPE, renderPrometheus, type SnapshotPart } from './exposition.js';
export {
  DURATION_BUCKETS,
  MetricsRegistry,
  type Counter,
  type FamilySnapshot,
  type GaugeReading,
  type Histogram,
  type HistogramSeriesSnapshot,
  type Labels,
  type MetricsSnapshot,
  type SeriesSnapshot,
} from './registry.js';
