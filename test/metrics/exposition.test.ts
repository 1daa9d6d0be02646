import { describe, expect, it } from 'vitest';
import { MetricsRegistry, renderPrometheus, type MetricsSnapshot } from '../../src/metrics/index.js';

const render = (r: MetricsRegistry) => renderPrometheus([{ labels: {}, snapshot: r.snapshot() }]);

describe('Prometheus text format 0.0.4', () => {
  it('writes HELP and TYPE once per family, then one line per series', () => {
    const r = new MetricsRegistry();
    const c = r.counter({ name: 'x_total', help: 'Things done.', labelNames: ['command', 'outcome'] });
    c.inc({ command: 'brief', outcome: 'ok' });
    c.inc({ command: 'brief', outcome: 'ok' }, 2);
    c.inc({ command: 'actors', outcome: 'error' });
    expect(render(r)).toBe(
      [
        '# HELP x_total Things done.',
        '# TYPE x_total counter',
        'x_total{command="brief",outcome="ok"} 3',
        'x_total{command="actors",outcome="error"} 1',
        '',
      ].join('\n'),
    );
  });

  it('shows a counter without labels at 0 before its first event, then one series that moves', () => {
    const r = new MetricsRegistry();
    const done = r.counter({ name: 'done_total', help: 'h' });
    expect(render(r)).toContain('\ndone_total 0\n');
    done.inc();
    done.inc(undefined, 2);
    expect(render(r).match(/^done_total .*$/gm)).toEqual(['done_total 3']);
  });

  it('escapes label values (backslash, quote, newline) and HELP text (backslash, newline)', () => {
    const r = new MetricsRegistry();
    r.counter({ name: 'e_total', help: 'a \\ b\nc "q"', labelNames: ['v'] }).inc({ v: 'say "hi"\\\nbye' });
    const text = render(r);
    expect(text).toContain('# HELP e_total a \\\\ b\\nc "q"\n');
    expect(text).toContain('e_total{v="say \\"hi\\"\\\\\\nbye"} 1\n');
  });

  it('writes a histogram as cumulative _bucket lines with le, a +Inf bucket, _sum and _count', () => {
    const r = new MetricsRegistry();
    const h = r.histogram({ name: 'd_seconds', help: 'h', labelNames: ['command'], buckets: [0.1, 0.5, 1] });
    for (const v of [0.05, 0.1, 0.3, 2]) h.observe({ command: 'brief' }, v);
    expect(render(r)).toBe(
      [
        '# HELP d_seconds h',
        '# TYPE d_seconds histogram',
        'd_seconds_bucket{command="brief",le="0.1"} 2',
        'd_seconds_bucket{command="brief",le="0.5"} 3',
        'd_seconds_bucket{command="brief",le="1"} 3',
        'd_seconds_bucket{command="brief",le="+Inf"} 4',
        'd_seconds_sum{command="brief"} 2.45',
        'd_seconds_count{command="brief"} 4',
        '',
      ].join('\n'),
    );
  });

  it('reads gauges at scrape time; null leaves the series out, a throwing gauge leaves only itself out', () => {
    const r = new MetricsRegistry();
    let articles: number | null = null;
    r.gauge({ name: 'articles', help: 'h', read: () => articles });
    r.gauge({
      name: 'broken',
      help: 'h',
      read: () => {
        throw new Error('no');
      },
    });
    r.gauge({
      name: 'per',
      help: 'h',
      read: () => [
        { labels: { kind: 'a' }, value: Infinity },
        { labels: { kind: 'b' }, value: NaN },
      ],
    });
    expect(render(r)).not.toMatch(/^articles /m);
    articles = 12;
    const text = render(r);
    expect(text).toMatch(/^articles 12$/m);
    expect(text).toContain('# TYPE broken gauge\n');
    expect(text).not.toMatch(/^broken /m);
    expect(text).toContain('per{kind="a"} +Inf\nper{kind="b"} NaN\n');
  });

  it('refuses what Prometheus could not read: bad names, wrong labels, falling counters, unsorted buckets', () => {
    const r = new MetricsRegistry();
    expect(() => r.counter({ name: 'bad-name', help: 'h' })).toThrow(/invalid metric name/);
    expect(() => r.counter({ name: 'ok_total', help: 'h', labelNames: ['le'] })).toThrow(/invalid label/);
    const c = r.counter({ name: 'c_total', help: 'h', labelNames: ['command'] });
    expect(() => c.inc({ cmd: 'x' })).toThrow(/expected labels/);
    expect(() => c.inc({ command: 'x' }, -1)).toThrow(/only goes up/);
    expect(() => r.counter({ name: 'c_total', help: 'h' })).toThrow(/twice/);
    expect(() => r.histogram({ name: 'h', help: 'h', buckets: [1, 0.5] })).toThrow(/ascending/);
  });
});

describe('merging snapshots of several processes', () => {
  const shard = (n: number): MetricsSnapshot => {
    const r = new MetricsRegistry();
    r.counter({ name: 'cmd_total', help: 'Commands.', labelNames: ['command'] }).inc({ command: 'brief' }, n);
    r.histogram({ name: 'lat_seconds', help: 'Latency.', buckets: [1] }).observe({}, n);
    r.gauge({ name: 'up', help: 'Up.', read: () => 1 });
    // Through JSON, as it arrives over IPC from a shard process.
    return JSON.parse(JSON.stringify(r.snapshot())) as MetricsSnapshot;
  };

  it('writes each family once with every part’s series, labelled with the part’s labels', () => {
    const text = renderPrometheus([
      { labels: { shard: '0' }, snapshot: shard(1) },
      { labels: { shard: '1' }, snapshot: shard(2) },
    ]);
    expect(text.match(/# TYPE cmd_total counter/g)).toHaveLength(1);
    expect(text).toContain('cmd_total{command="brief",shard="0"} 1\ncmd_total{command="brief",shard="1"} 2\n');
    expect(text).toContain(
      'lat_seconds_bucket{shard="1",le="1"} 0\nlat_seconds_bucket{shard="1",le="+Inf"} 1\nlat_seconds_sum{shard="1"} 2\n',
    );
    expect(text).toContain('up{shard="0"} 1\nup{shard="1"} 1\n');
  });

  it('keeps the first type when parts disagree, and writes families only one part has', () => {
    const other = new MetricsRegistry();
    other.gauge({ name: 'cmd_total', help: 'Not a counter.', read: () => 5 });
    other.gauge({ name: 'manager_only', help: 'h', read: () => 7 });
    const text = renderPrometheus([
      { labels: { shard: '0' }, snapshot: shard(1) },
      { labels: { shard: 'manager' }, snapshot: other.snapshot() },
    ]);
    expect(text).not.toContain('cmd_total{shard="manager"}');
    expect(text).toContain('# TYPE manager_only gauge\nmanager_only{shard="manager"} 7\n');
  });

  it('renders nothing for nothing', () => {
    expect(renderPrometheus([])).toBe('');
  });
});
