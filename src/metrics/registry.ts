// A small metrics registry: counters and histograms that code updates as things happen, and gauges read
// when someone scrapes. Dependency-free on purpose: the bot needs three instrument kinds and one text
// format, and a shard process must hand its figures to the manager as plain JSON (snapshot()), which a
// library's internal state does not give us. Rendering lives in exposition.ts.

/** Label name → value. Values are free text (escaped on output); names follow Prometheus's rules. */
export type Labels = Readonly<Record<string, string>>;

export interface SeriesSnapshot {
  readonly labels: Labels;
  readonly value: number;
}

export interface HistogramSeriesSnapshot {
  readonly labels: Labels;
  /** Cumulative: counts[i] observations were ≤ buckets[i]. The +Inf bucket is `count`. */
  readonly counts: readonly number[];
  readonly sum: number;
  readonly count: number;
}

export type FamilySnapshot =
  | { readonly type: 'counter' | 'gauge'; readonly name: string; readonly help: string; readonly series: readonly SeriesSnapshot[] }
  | {
      readonly type: 'histogram';
      readonly name: string;
      readonly help: string;
      /** Upper bounds in ascending order, +Inf left out. */
      readonly buckets: readonly number[];
      readonly series: readonly HistogramSeriesSnapshot[];
    };

/** Everything a registry holds at one moment: plain JSON, so it crosses process IPC unchanged. */
export interface MetricsSnapshot {
  readonly families: readonly FamilySnapshot[];
}

export interface Counter {
  /** Adds `by` (default 1, never negative) to the series with these labels. */
  inc(labels?: Labels, by?: number): void;
}

export interface Histogram {
  /** Records one observation (seconds, for the durations here). */
  observe(labels: Labels, value: number): void;
  /** Starts a timer; calling the result observes the seconds elapsed with the labels given then. */
  startTimer(): (labels: Labels) => number;
}

/** What a gauge reads at scrape time: one number, one number per label set, or nothing (series left out). */
export type GaugeReading = number | null | readonly SeriesSnapshot[];

interface Definition {
  readonly name: string;
  readonly help: string;
  /** Every series has exactly these labels; an update with other labels throws (a bug, found early). */
  readonly labelNames?: readonly string[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Seconds: from a 1 ms lookup to past Discord's 3-second limit for a first answer. */
export const DURATION_BUCKETS: readonly number[] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 3, 5, 10];

type Family =
  | { type: 'counter'; def: Definition; series: Map<string, { labels: Labels; value: number }> }
  | {
      type: 'histogram';
      def: Definition;
      buckets: readonly number[];
      series: Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>;
    }
  | { type: 'gauge'; def: Definition; read: () => GaugeReading };

export class MetricsRegistry {
  private readonly families = new Map<string, Family>();

  counter(def: Definition): Counter {
    const family: Family = { type: 'counter', def: this.checked(def), series: new Map() };
    this.families.set(def.name, family);
    // A counter without labels exists from the start at 0, so a rate over it is defined before the first event.
    if (!def.labelNames?.length) family.series.set(seriesKey(def, {}), { labels: {}, value: 0 });
    return {
      inc: (labels = {}, by = 1) => {
        if (!(by >= 0)) throw new RangeError(`${def.name}: a counter only goes up (got ${by})`);
        const key = seriesKey(def, labels);
        const s = family.series.get(key);
        if (s) s.value += by;
        else family.series.set(key, { labels: { ...labels }, value: by });
      },
    };
  }

  histogram(def: Definition & { readonly buckets?: readonly number[] }): Histogram {
    const buckets = [...(def.buckets ?? DURATION_BUCKETS)];
    if (!buckets.length || buckets.some((b, i) => !Number.isFinite(b) || (i > 0 && b <= buckets[i - 1]!))) {
      throw new RangeError(`${def.name}: buckets must be finite and strictly ascending`);
    }
    const family: Family = { type: 'histogram', def: this.checked(def), buckets, series: new Map() };
    this.families.set(def.name, family);
    const observe = (labels: Labels, value: number) => {
      const key = seriesKey(def, labels);
      let s = family.series.get(key);
      if (!s) family.series.set(key, (s = { labels: { ...labels }, counts: buckets.map(() => 0), sum: 0, count: 0 }));
      for (let i = 0; i < buckets.length; i++) if (value <= buckets[i]!) s.counts[i]!++;
      s.sum += value;
      s.count++;
    };
    return {
      observe,
      startTimer: () => {
        const started = performance.now();
        return (labels) => {
          const seconds = (performance.now() - started) / 1000;
          observe(labels, seconds);
          return seconds;
        };
      },
    };
  }

  /** A gauge computed at scrape time from what the process already knows (no bookkeeping to drift). */
  gauge(def: Definition & { readonly read: () => GaugeReading }): void {
    this.families.set(def.name, { type: 'gauge', def: this.checked(def), read: def.read });
  }

  /** The figures now, in registration order. A gauge whose reading throws is left out, not the scrape. */
  snapshot(): MetricsSnapshot {
    const families: FamilySnapshot[] = [];
    for (const f of this.families.values()) {
      const { name, help } = f.def;
      if (f.type === 'counter') {
        families.push({ type: 'counter', name, help, series: [...f.series.values()].map((s) => ({ labels: s.labels, value: s.value })) });
      } else if (f.type === 'histogram') {
        const series = [...f.series.values()].map((s) => ({ labels: s.labels, counts: [...s.counts], sum: s.sum, count: s.count }));
        families.push({ type: 'histogram', name, help, buckets: f.buckets, series });
      } else {
        families.push({ type: 'gauge', name, help, series: readGauge(f.read) });
      }
    }
    return { families };
  }

  private checked<D extends Definition>(def: D): D {
    if (!METRIC_NAME.test(def.name)) throw new RangeError(`invalid metric name: ${def.name}`);
    if (this.families.has(def.name)) throw new RangeError(`metric registered twice: ${def.name}`);
    for (const l of def.labelNames ?? []) {
      if (!LABEL_NAME.test(l) || l.startsWith('__') || l === 'le') throw new RangeError(`${def.name}: invalid label name ${l}`);
    }
    return def;
  }
}

function readGauge(read: () => GaugeReading): SeriesSnapshot[] {
  let reading: GaugeReading;
  try {
    reading = read();
  } catch {
    return [];
  }
  if (reading === null) return [];
  if (typeof reading === 'number') return [{ labels: {}, value: reading }];
  return reading.map((s) => ({ labels: { ...s.labels }, value: s.value }));
}

/** The series' identity: its label values in the declared order. Other or missing labels are a bug. */
function seriesKey(def: Definition, labels: Labels): string {
  const names = def.labelNames ?? [];
  const given = Object.keys(labels);
  if (given.length !== names.length || names.some((n) => typeof labels[n] !== 'string')) {
    throw new RangeError(`${def.name}: expected labels {${names.join(',')}}, got {${given.join(',')}}`);
  }
  return JSON.stringify(names.map((n) => labels[n]));
}
