// The stores the tests run against: a SQLite file in a temporary folder, and a real redis-server the
// tests start on a free port and stop afterwards. Each test gets a store no other test sees: a new file,
// or a new namespace on the one server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type KeyValueStore } from '../../src/store/index.js';

export const REDIS_SERVER = '/usr/bin/redis-server';

export interface FreshStore {
  readonly store: KeyValueStore;
  /** The same store opened anew (another process, or the bot after a restart). */
  reopen(): Promise<KeyValueStore>;
  /** Where it is, as STORE_URL would say. */
  readonly url: string;
  readonly namespace: string;
}

export interface Backend {
  readonly name: 'sqlite' | 'redis';
  /** Why the backend cannot run here; null when it can. */
  readonly unavailable: string | null;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  fresh(): Promise<FreshStore>;
}

let counter = 0;
const uniqueName = () => `t${process.pid}x${Date.now().toString(36)}x${counter++}`;

export function sqliteBackend(): Backend {
  let dir = '';
  const opened: KeyValueStore[] = [];
  return {
    name: 'sqlite',
    unavailable: null,
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'attache-store-'));
    },
    async teardown() {
      await Promise.allSettled(opened.map((s) => s.close()));
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async fresh() {
      const url = `sqlite://${join(dir, uniqueName(), 'attache.sqlite')}`;
      const namespace = 'attache';
      const open = async () => {
        const s = await openStore(url, { namespace });
        opened.push(s);
        return s;
      };
      return { store: await open(), reopen: open, url, namespace };
    },
  };
}

export function redisBackend(): Backend {
  let server: RedisServer | null = null;
  const opened: KeyValueStore[] = [];
  const unavailable = existsSync(REDIS_SERVER)
    ? null
    : `${REDIS_SERVER} is not installed (apt-get install redis-server); the redis store is not tested`;
  return {
    name: 'redis',
    unavailable,
    async setup() {
      if (!unavailable) server = await startRedis();
    },
    async teardown() {
      await Promise.allSettled(opened.map((s) => s.close()));
      await server?.stop();
    },
    async fresh() {
      if (!server) throw new Error('redis-server is not running');
      const url = server.url;
      const namespace = uniqueName();
      const open = async () => {
        const s = await openStore(url, { namespace });
        opened.push(s);
        return s;
      };
      return { store: await open(), reopen: open, url, namespace };
    },
  };
}

export function backends(): Backend[] {
  return [sqliteBackend(), redisBackend()];
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
  /** SIGSTOP: the server keeps its connections but answers nothing (a hung redis). */
  pause(): void;
  /** SIGCONT after `pause`. */
  resume(): void;
}

export interface RedisOptions {
  /** Default: a free one. A server started again on the port of one stopped is "redis came back". */
  readonly port?: number;
  /**
   * A folder for an append-only file synced at every write, so that what was written survives a stop
   * and a start in it (a production redis keeps its data too). Default: nothing kept.
   */
  readonly dir?: string;
}

/** A throwaway redis-server: no snapshots, no append-only file unless `dir` is given, loopback only. */
export async function startRedis(options: RedisOptions = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const persistence = options.dir ? ['--dir', options.dir, '--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPong(port, child, 10_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`redis-server did not start on port ${port}: ${(err as Error).message}\n${output}`, { cause: err });
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** A loopback port nothing listens on at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPong(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    if (await ping(port)) return;
    if (Date.now() > deadline) throw new Error(`no PONG within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d: Buffer) => {
      reply += d.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}
