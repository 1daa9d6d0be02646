// GET /metrics from the real process (`npm start -- --sandbox-serve` with HEALTH_PORT): the index and
// gateway gauges read what the running bot holds, in the Prometheus text format.
import { afterEach, describe, expect, it } from 'vitest';
import { runMain, tempSeeds, type MainProcess } from './process.js';

/** `name value` or `name{…} value` → value, for series without labels. */
function gauge(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('GET /metrics on HEALTH_PORT in the running process', () => {
  let main: MainProcess | undefined;
  let seeds: Awaited<ReturnType<typeof tempSeeds>> | undefined;
  afterEach(async () => {
    main?.kill();
    await seeds?.remove();
    main = seeds = undefined;
  });

  it('serves the index size, last reload, gateway state and process figures in Prometheus text', async () => {
    seeds = await tempSeeds();
    main = runMain(['--sandbox-serve'], { SEEDS_DIR: seeds.seedsDir, CACHE_DIR: seeds.cacheDir, HEALTH_PORT: '0', HEALTH_HOST: '127.0.0.1' });
    const ready = await main.waitForLog('ready');
    const healthUrl = String(ready.health);
    const health = (await (await fetch(healthUrl)).json()) as { index: { articles: number; statements: number; actors: number; problems: number; lastReload: string } };

    const response = await fetch(healthUrl.replace(/\/health$/, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();

    // The same figures /health reports, as gauges.
    expect(gauge(text, 'attache_index_articles')).toBe(2);
    expect(gauge(text, 'attache_index_articles')).toBe(health.index.articles);
    expect(gauge(text, 'attache_index_statements')).toBe(health.index.statements);
    expect(gauge(text, 'attache_index_statements')).toBeGreaterThan(0);
    expect(gauge(text, 'attache_index_actors')).toBe(health.index.actors);
    expect(gauge(text, 'attache_index_problems')).toBe(0);
    expect(gauge(text, 'attache_index_last_reload_timestamp_seconds')).toBe(Date.parse(health.index.lastReload) / 1000);
    expect(gauge(text, 'attache_index_last_reload_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(gauge(text, 'attache_gateway_up')).toBe(1);
    expect(gauge(text, 'attache_process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    const started = gauge(text, 'attache_process_start_time_seconds')!;
    expect(started).toBeLessThanOrEqual(Date.now() / 1000);
    expect(started).toBeGreaterThan(Date.now() / 1000 - 120);
    // Counters exist from the start, at 0.
    expect(gauge(text, 'attache_digests_delivered_total')).toBe(0);
    expect(text).toContain('# TYPE attache_command_duration_seconds histogram\n');
    // /health itself is unchanged.
    expect((await fetch(healthUrl)).headers.get('content-type')).toBe('application/json');

    main.child.kill('SIGTERM');
    expect((await main.exited()).code).toBe(0);
  });
});
