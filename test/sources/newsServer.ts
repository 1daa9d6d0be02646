// A loopback news site for the tests: node:http on 127.0.0.1, serving the paths it is given with the status,
// headers, body, compression and delay each asks for, and recording every request (path, headers, when it
// started and ended, how many were in flight). Nothing here reaches the internet. Reusable by any test that
// needs feeds, pages or faults: `const site = await startNewsServer({ '/feed.xml': { body: rss } })`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

export interface Route {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
  /** A string is sent as UTF-8; bytes as they are. */
  readonly body?: string | Uint8Array;
  /** Instead of `body`: this many bytes of filler, streamed in 64 kB chunks (the 30 MB body). */
  readonly size?: number;
  /** With `size`: leave Content-Length out (chunked), so only counting can stop it. */
  readonly chunked?: boolean;
  /** Compress the body and say so in Content-Encoding. */
  readonly encoding?: 'gzip' | 'deflate' | 'br';
  /** Wait this long (real ms) before answering. */
  readonly delayMs?: number;
}

/** A fixed answer, a function of the request (conditional GET), or a sequence (one per request, the last repeating). */
export type RouteSpec = Route | ((request: IncomingMessage) => Route) | readonly Route[];

export interface RecordedRequest {
  readonly path: string;
  readonly host: string;
  readonly headers: IncomingMessage['headers'];
  readonly startedAt: number;
  endedAt: number | null;
}

export interface NewsServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  url(path: string): string;
  readonly requests: RecordedRequest[];
  /** Requests to `path` so far. */
  hits(path: string): RecordedRequest[];
  /** The most requests that were ever in flight together. */
  readonly maxInFlight: number;
  route(path: string, spec: RouteSpec): void;
  close(): Promise<void>;
}

export async function startNewsServer(routes: Readonly<Record<string, RouteSpec>> = {}): Promise<NewsServer> {
  const table = new Map<string, RouteSpec>(Object.entries(routes));
  const served = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const record: RecordedRequest = { path, host: req.headers.host ?? '', headers: req.headers, startedAt: Date.now(), endedAt: null };
    requests.push(record);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight--;
      record.endedAt = Date.now();
    });
    const spec = table.get(path) ?? table.get(path.split('?')[0]!);
    const count = served.get(path) ?? 0;
    served.set(path, count + 1);
    const route: Route = !spec
      ? { status: 404, body: 'not here' }
      : typeof spec === 'function'
        ? spec(req)
        : Array.isArray(spec)
          ? (spec[Math.min(count, spec.length - 1)] as Route)
          : (spec as Route);
    const answer = () => respond(res, route);
    if (route.delayMs) {
      const timer = setTimeout(answer, route.delayMs);
      res.on('close', () => clearTimeout(timer));
    } else answer();
  });
  // Keep-alive sockets would hold close() up; the fetcher opens one socket per request anyway.
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path),
    get maxInFlight() {
      return maxInFlight;
    },
    route: (path, spec) => void table.set(path, spec),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function respond(res: ServerResponse, route: Route): void {
  const headers: Record<string, string | readonly string[]> = { ...route.headers };
  res.statusCode = route.status ?? 200;
  if (route.size !== undefined) {
    if (!route.chunked) headers['content-length'] = String(route.size);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    return streamFiller(res, route.size);
  }
  let body: Uint8Array = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : (route.body ?? new Uint8Array(0));
  if (route.encoding) {
    body = route.encoding === 'gzip' ? gzipSync(body) : route.encoding === 'br' ? brotliCompressSync(body) : deflateSync(body);
    headers['content-encoding'] = route.encoding;
  }
  headers['content-length'] = String(body.byteLength);
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.end(body);
}

function streamFiller(res: ServerResponse, size: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let left = size;
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

/** A clock for the fetcher that jumps instead of sleeping, and remembers every sleep it was asked for. */
export class JumpingClock {
  readonly sleeps: number[] = [];
  constructor(public time = Date.UTC(2026, 0, 15, 9, 0, 0)) {}
  now = (): number => this.time;
  sleep = (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.time += ms;
    return Promise.resolve();
  };
  advance(ms: number): void {
    this.time += ms;
  }
}
