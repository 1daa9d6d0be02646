import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '@attache/discord-emulator';
import { assessHealth, startHealthServer, type HealthInputs, type HealthServer, type IndexHealth } from '../../src/health.js';
import { gatewayHealth } from '../../src/runtime/app.js';
import { runMain, tempSeeds, type MainProcess } from './process.js';

const INDEX: IndexHealth = { articles: 3, actors: 198, statements: 22, lastReload: '2024-05-01T12:00:00.000Z', problems: 1 };
const READY = { status: 'Ready', ping: 42, shards: 1 };

describe('assessHealth', () => {
  it('is starting until the index is loaded and the bot has logged in', () => {
    expect(assessHealth({ phase: 'starting', gateway: null, index: null })).toEqual({
      status: 'starting',
      gateway: { status: 'Idle', ping: null, shards: 0 },
      index: { articles: 0, actors: 0, statements: 0, lastReload: null, problems: 0 },
      detail: 'loading the index',
    });
    expect(assessHealth({ phase: 'starting', gateway: { status: 'Identifying', ping: null, shards: 1 }, index: INDEX })).toMatchObject({
      status: 'starting',
      detail: 'connecting to Discord',
    });
  });

  it('is ok when running with the gateway ready, problems in files notwithstanding', () => {
    expect(assessHealth({ phase: 'running', gateway: READY, index: INDEX })).toEqual({ status: 'ok', gateway: READY, index: INDEX });
  });

  it.each<[string, HealthInputs, string]>([
    [
      'the gateway is reconnecting',
      { phase: 'running', gateway: { status: 'Reconnecting', ping: 40, shards: 1 }, index: INDEX },
      'gateway Reconnecting',
    ],
    ['the last reload failed', { phase: 'running', gateway: READY, index: INDEX, reloadError: 'ENOENT' }, 'last reload failed: ENOENT'],
    ['the process is shutting down', { phase: 'stopping', gateway: READY, index: INDEX }, 'shutting down'],
  ])('is degraded when %s', (_, inputs, detail) => {
    expect(assessHealth(inputs)).toMatchObject({ status: 'degraded', detail });
  });
});

describe('GET /health', () => {
  let server: HealthServer | undefined;
  let emulator: DiscordEmulator | undefined;
  let client: Client | undefined;
  afterEach(async () => {
    await server?.close();
    await client?.destroy();
    await emulator?.stop();
    server = client = emulator = undefined;
  });

  it('answers 503 before the bot is ready and 200 with the gateway and index figures after', async () => {
    emulator = new DiscordEmulator();
    await emulator.start();
    emulator.seedDefaultWorld();
    client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: emulator.restUrl },
      ws: { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) },
    });
    let inputs: HealthInputs = { phase: 'starting', gateway: gatewayHealth(client), index: null };
    server = await startHealthServer({ port: 0, host: '127.0.0.1', report: () => assessHealth(inputs) });

    const before = await fetch(server.url);
    expect(before.status).toBe(503);
    expect(before.headers.get('content-type')).toBe('application/json');
    expect(await before.json()).toMatchObject({ status: 'starting', gateway: { shards: 0 }, index: { articles: 0, lastReload: null } });

    const ready = new Promise((resolve) => client!.once(Events.ClientReady, resolve));
    await client.login(emulator.token);
    await ready;
    inputs = { phase: 'running', gateway: gatewayHealth(client), index: INDEX };
    const after = await fetch(server.url);
    expect(after.status).toBe(200);
    const body = (await after.json()) as Record<string, unknown>;
    expect(body).toEqual({ status: 'ok', gateway: { status: 'Ready', ping: null, shards: 1 }, index: INDEX });
    expect(Object.keys(body)).toEqual(['status', 'gateway', 'index']);
  });

  it('answers 404 elsewhere and 405 to other methods', async () => {
    server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      report: () => assessHealth({ phase: 'running', gateway: READY, index: INDEX }),
    });
    expect((await fetch(server.url.replace('/health', '/metrics'))).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${server.url}?verbose=1`)).status).toBe(200);
  });
});

/** `name value` or `name{…} value` → value, for series without labels. */
function gauge(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('HEALTH_PORT in the running process', () => {
  let main: MainProcess | undefined;
  let seeds: Awaited<ReturnType<typeof tempSeeds>> | undefined;
  afterEach(async () => {
    main?.kill();
    await seeds?.remove();
    main = seeds = undefined;
  });

  it('serves the live figures of the bot and its index once ready', async () => {
    seeds = await tempSeeds();
    main = runMain(['--sandbox-serve'], {
      SEEDS_DIR: seeds.seedsDir,
      CACHE_DIR: seeds.cacheDir,
      HEALTH_PORT: '0',
      HEALTH_HOST: '127.0.0.1',
    });
    const listening = await main.waitForLog('health listening');
    expect(listening).toMatchObject({ host: '127.0.0.1' });
    const ready = await main.waitForLog('ready');
    const response = await fetch(String(ready.health));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; gateway: Record<string, unknown>; index: Record<string, unknown> };
    expect(body.status).toBe('ok');
    expect(body.gateway).toMatchObject({ status: 'Ready', shards: 1 });
    expect(body.index).toMatchObject({ articles: 2, problems: 0 });
    expect(body.index.statements).toBeGreaterThan(0);
    expect(Date.parse(String(body.index.lastReload))).toBeGreaterThan(Date.now() - 60_000);
    main.child.kill('SIGTERM');
    expect((await main.exited()).code).toBe(0);
  });

  it('serves GET /metrics beside it: the index size, last reload, gateway state and process figures in Prometheus text', async () => {
    seeds = await tempSeeds();
    main = runMain(['--sandbox-serve'], {
      SEEDS_DIR: seeds.seedsDir,
      CACHE_DIR: seeds.cacheDir,
      HEALTH_PORT: '0',
      HEALTH_HOST: '127.0.0.1',
    });
    const ready = await main.waitForLog('ready');
    const healthUrl = String(ready.health);
    const health = (await (await fetch(healthUrl)).json()) as {
      index: { articles: number; statements: number; actors: number; problems: number; lastReload: string };
    };

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
