// GET /health for orchestrators and uptime checks: 200 when the bot can answer, 503 otherwise, with the
// figures an operator looks at first. Knows nothing of discord.js: the caller hands in plain snapshots.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './log.js';

export type HealthStatus = 'ok' | 'starting' | 'degraded';

export interface GatewayHealth {
  /** discord.js's name for the connection state: 'Ready', 'Reconnecting', 'Resuming', … */
  readonly status: string;
  /** Heartbeat round trip in ms; null until the first heartbeat was acknowledged. */
  readonly ping: number | null;
  readonly shards: number;
}

export interface IndexHealth {
  readonly articles: number;
  readonly actors: number;
  readonly statements: number;
  /** ISO time of the last successful (re)load; null before the first. */
  readonly lastReload: string | null;
  /** Files and dictionary entries skipped at the last load. */
  readonly problems: number;
}

/** The store of digest settings (absent when the bot runs without one). */
export interface StoreHealthReport {
  readonly kind: 'sqlite' | 'redis';
  readonly state: 'ok' | 'unavailable';
  /** Why it cannot be used (when unavailable): the file deleted, replaced or read-only, redis unreachable… */
  readonly reason?: string;
  /** ISO time the outage began (when unavailable). */
  readonly since?: string;
}

export interface HealthReport {
  readonly status: HealthStatus;
  readonly gateway: GatewayHealth;
  readonly index: IndexHealth;
  readonly store?: StoreHealthReport;
  /** Why the status is not 'ok' (absent when it is). */
  readonly detail?: string;
}

/** What the process knows at one moment; `assessHealth` turns it into a report. */
export interface HealthInputs {
  /** 'starting' until the bot has logged in and registered its commands; 'stopping' once shutdown began. */
  readonly phase: 'starting' | 'running' | 'stopping';
  /** null before a client exists. */
  readonly gateway: GatewayHealth | null;
  /** null before the first index load finished. */
  readonly index: IndexHealth | null;
  /** The last reload failed as a whole (the previous index is still served). */
  readonly reloadError?: string | null;
  /** The store: unavailable makes the bot degraded (it answers, but saves no digest settings). */
  readonly store?: StoreHealthReport | null;
}

const NO_GATEWAY: GatewayHealth = { status: 'Idle', ping: null, shards: 0 };
const NO_INDEX: IndexHealth = { articles: 0, actors: 0, statements: 0, lastReload: null, problems: 0 };

export function assessHealth(inputs: HealthInputs): HealthReport {
  const gateway = inputs.gateway ?? NO_GATEWAY;
  const index = inputs.index ?? NO_INDEX;
  const base = { gateway, index, ...(inputs.store ? { store: inputs.store } : {}) };
  if (inputs.phase === 'stopping') return { status: 'degraded', ...base, detail: 'shutting down' };
  if (inputs.phase === 'starting' || !inputs.index) {
    return { status: 'starting', ...base, detail: inputs.index ? 'connecting to Discord' : 'loading the index' };
  }
  if (gateway.status !== 'Ready') return { status: 'degraded', ...base, detail: `gateway ${gateway.status}` };
  if (inputs.reloadError) return { status: 'degraded', ...base, detail: `last reload failed: ${inputs.reloadError}` };
  if (inputs.store?.state === 'unavailable')
    return { status: 'degraded', ...base, detail: `store unavailable: ${inputs.store.reason ?? 'unknown'}` };
  return { status: 'ok', ...base };
}

export interface HealthServerOptions {
  readonly port: number;
  /** Default 127.0.0.1, as HEALTH_HOST's: this machine only (the image sets 0.0.0.0 itself). */
  readonly host?: string;
  readonly report: () => HealthReport;
  /**
   * The Prometheus text for GET /metrics; without it that path is 404 like any other. May be async: a
   * shard manager asks its shards for their figures at scrape time.
   */
  readonly metrics?: () => string | Promise<string>;
  readonly logger?: Logger;
}

export interface HealthServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/** Prometheus text format 0.0.4 (src/metrics/exposition.ts writes it; the type is repeated here to keep this file free of imports). */
const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

async function serveMetrics(
  method: string | undefined,
  res: ServerResponse,
  metrics: () => string | Promise<string>,
  logger: Logger | undefined,
): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8', allow: 'GET, HEAD' }).end('method not allowed\n');
    return;
  }
  let body: string;
  try {
    body = await metrics();
  } catch (err) {
    logger?.error('metrics render failed', { err });
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics render failed\n');
    return;
  }
  res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' });
  res.end(method === 'HEAD' ? undefined : body);
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/metrics' && options.metrics) {
      void serveMetrics(req.method, res, options.metrics, options.logger);
      return;
    }
    if (path !== '/health') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found: try GET /health"}');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'application/json', allow: 'GET, HEAD' }).end('{"error":"method not allowed"}');
      return;
    }
    let report: HealthReport;
    try {
      report = options.report();
    } catch (err) {
      options.logger?.error('health report failed', { err });
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"status":"degraded","detail":"health report failed"}');
      return;
    }
    const body = JSON.stringify(report);
    res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  // Probes should not keep a closing process alive.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${reachable}:${port}/health`;
  options.logger?.info('health listening', { host, port });
  return {
    port,
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
