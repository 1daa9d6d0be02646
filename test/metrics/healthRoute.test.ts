// The /metrics route of the health server, apart from what it renders.
import { afterEach, describe, expect, it } from 'vitest';
import { assessHealth, startHealthServer, type HealthServer, type HealthServerOptions } from '../../src/health.js';
import { PROMETHEUS_CONTENT_TYPE } from '../../src/metrics/index.js';

const report = () =>
  assessHealth({
    phase: 'running',
    gateway: { status: 'Ready', ping: 10, shards: 1 },
    index: { articles: 1, actors: 1, statements: 1, lastReload: null, problems: 0 },
  });

describe('GET /metrics on the health server', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const start = async (metrics: HealthServerOptions['metrics']) => {
    server = await startHealthServer({ port: 0, host: '127.0.0.1', report, ...(metrics ? { metrics } : {}) });
    return server.url.replace(/\/health$/, '/metrics');
  };

  it('serves the rendered text with the 0.0.4 content type, rendered afresh at each scrape', async () => {
    let n = 0;
    const url = await start(() => `x_total ${++n}\n`);
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe(PROMETHEUS_CONTENT_TYPE);
    expect(await first.text()).toBe('x_total 1\n');
    expect(await (await fetch(`${url}?name[]=x`)).text()).toBe('x_total 2\n');
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('awaits an async render (a shard manager gathering its shards)', async () => {
    const url = await start(async () => {
      await new Promise((r) => setTimeout(r, 10));
      return 'up{shard="0"} 1\n';
    });
    expect(await (await fetch(url)).text()).toBe('up{shard="0"} 1\n');
  });

  it('answers 500 when rendering fails, 405 to other methods, and /health as before', async () => {
    const url = await start(() => {
      throw new Error('boom');
    });
    expect((await fetch(url)).status).toBe(500);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    const health = await fetch(server!.url);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('is 404 without a metrics render', async () => {
    const url = await start(undefined);
    expect((await fetch(url)).status).toBe(404);
  });
});
