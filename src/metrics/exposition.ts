// The Prometheus text exposition format, version 0.0.4, for one process or for several merged (a shard
// manager hands in each shard's snapshot with its `shard` label).
// https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format
import type { FamilySnapshot, Labels, MetricsSnapshot } from './registry.js';

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export interface SnapshotPart {
  /** Added to every series of this part; they win over a series' own label of the same name. */
  readonly labels: Labels;
  readonly snapshot: MetricsSnapshot;
}

/**
 * One text for all parts: a family appears once (HELP and TYPE from the first part that has it), with
 * the series of every part below it. A family whose type differs from the first part's is left out of
 * that part: the format cannot hold both, and the first is the one dashboards were built on.
 */
export function renderPrometheus(parts: readonly SnapshotPart[]): string {
  const order: string[] = [];
  const merged = new Map<string, { first: FamilySnapshot; members: Array<{ labels: Labels; family: FamilySnapshot }> }>();
  for (const part of parts) {
    for (const family of part.snapshot.families) {
      let entry = merged.get(family.name);
      if (!entry) {
        merged.set(family.name, (entry = { first: family, members: [] }));
        order.push(family.name);
      }
      if (entry.first.type === family.type) entry.members.push({ labels: part.labels, family });
    }
  }
  const lines: string[] = [];
  for (const name of order) {
    const { first, members } = merged.get(name)!;
    lines.push(`# HELP ${name} ${escapeHelp(first.help)}`, `# TYPE ${name} ${first.type}`);
    for (const { labels: extra, family } of members) {
      if (family.type === 'histogram') {
        for (const s of family.series) {
          const labels = { ...s.labels, ...extra };
          family.buckets.forEach((bound, i) =>
            lines.push(`${name}_bucket${labelText(labels, formatValue(bound))} ${formatValue(s.counts[i] ?? 0)}`),
          );
          lines.push(`${name}_bucket${labelText(labels, '+Inf')} ${formatValue(s.count)}`);
          lines.push(`${name}_sum${labelText(labels)} ${formatValue(s.sum)}`);
          lines.push(`${name}_count${labelText(labels)} ${formatValue(s.count)}`);
        }
      } else {
        for (const s of family.series) lines.push(`${name}${labelText({ ...s.labels, ...extra })} ${formatValue(s.value)}`);
      }
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** `{a="x",b="y"}`, or nothing without labels; `le` (a histogram bucket's bound) comes last. */
function labelText(labels: Labels, le?: string): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
  if (le !== undefined) pairs.push(`le="${le}"`);
  return pairs.length ? `{${pairs.join(',')}}` : '';
}

export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** Go's float formatting as Prometheus reads it: +Inf, -Inf, NaN; everything else as JavaScript prints it. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}
