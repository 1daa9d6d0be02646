// The redis connection behind the store. It connects in the background and reconnects by itself, however
// long redis is away, at start or later; while it is not connected a call fails at once (no offline
// queue), so nothing waits on a redis that is gone and nothing queued meanwhile is written later behind
// the caller's back. The watched store hears each connect and loss at once.
import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import { StoreError, StoreUnavailableError, type StoreProblem } from './errors.js';
import type { Backend, SharedLog } from './watched.js';

/** Extends the lease when the holder has it, else takes it if nobody does: one step, so two never both win. */
const LEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then
  redis.call('pexpire', KEYS[1], ARGV[2])
  return 1
end
if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`;

/** Between attempts to reconnect: 100 ms doubling up to 2 s, for as long as it takes. */
const reconnectDelay = (attempts: number) => Math.min(2 ** attempts * 100, 2000);

/** Creates the client and starts connecting; `connectTimeoutMs` bounds each attempt. */
export function redisBackend(url: string, namespace: string, connectTimeoutMs: number): Backend {
  return new RedisBackend(url, namespace, connectTimeoutMs);
}

type Client = ReturnType<typeof createClient>;

class RedisBackend implements Backend {
  readonly kind = 'redis' as const;
  readonly where: string;
  private readonly client: Client;
  private readonly store: Keyv;
  private readonly listeners: (() => void)[] = [];
  private lastError: Error | null = null;
  /** Settles at the first attempt's outcome (connected, refused, timed out), so that start waits for it. */
  private readonly firstAttempt: Promise<void>;

  constructor(
    url: string,
    private readonly namespace: string,
    connectTimeoutMs: number,
  ) {
    this.where = redactedUrl(url);
    try {
      this.client = createClient({
        url,
        disableOfflineQueue: true,
        socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: reconnectDelay },
      });
    } catch (err) {
      throw new StoreError(`STORE_URL "${this.where}" is not a redis URL: ${(err as Error).message}`, { cause: err });
    }
    let attempted: () => void = () => undefined;
    this.firstAttempt = new Promise<void>((resolve) => (attempted = resolve));
    const changed = () => {
      attempted();
      for (const listener of this.listeners) listener();
    };
    // The client reports connection trouble as events; without a listener Node would throw them.
    this.client.on('error', (err: Error) => {
      this.lastError = err;
      changed();
    });
    this.client.on('ready', changed);
    this.client.on('end', changed);
    // An attempt that hangs (a black-holed address) is given up after connectTimeout; the client retries.
    setTimeout(attempted, connectTimeoutMs + 100).unref();
    const adapter = new KeyvRedis(this.client, { throwOnConnectError: true, throwOnErrors: true });
    this.store = new Keyv({ store: adapter, namespace, throwOnErrors: true });
    this.store.on('error', () => undefined);
    // In the background: connect() resolves only once redis answers, which may be never.
    this.client.connect().catch(() => undefined);
  }

  keyv(): Keyv {
    return this.store;
  }

  inspect(): StoreProblem | null {
    if (this.client.isReady) return null;
    return {
      reason: 'the redis server is unreachable',
      note: `reconnecting to ${this.where} in the background${this.lastError ? ` (${this.lastError.message})` : ''}`,
    };
  }

  async recover(): Promise<void> {
    await this.firstAttempt;
    const problem = this.inspect();
    if (problem) throw new StoreUnavailableError(problem);
  }

  problemOf(error: unknown): StoreProblem {
    return this.inspect() ?? { reason: 'the redis server refused the request', note: `${this.where}: ${(error as Error).message}` };
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  async lease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const taken = await this.client.eval(LEASE, { keys: [`${this.namespace}:lease:${name}`], arguments: [holder, String(ttlMs)] });
    return taken === 1;
  }

  sharedLog(name: string, keep: number): SharedLog {
    const key = `${this.namespace}:log:${name}`;
    return {
      // MAXLEN ~: redis trims whole nodes of the stream, cheaply, keeping at least `keep` entries.
      append: (fields) =>
        this.client.sendCommand<string>(['XADD', key, 'MAXLEN', '~', String(keep), '*', ...Object.entries(fields).flat()]),
      after: async (afterId, count) => {
        const from = afterId === '0' ? '-' : `(${afterId}`;
        const rows = await this.client.sendCommand<[string, string[]][]>(['XRANGE', key, from, '+', 'COUNT', String(count)]);
        return rows.map(([id, flat]) => {
          const fields: Record<string, string> = {};
          for (let i = 0; i + 1 < flat.length; i += 2) fields[String(flat[i])] = String(flat[i + 1]);
          return { id: String(id), fields };
        });
      },
    };
  }

  async close(): Promise<void> {
    this.listeners.length = 0;
    if (!this.client.isOpen) return;
    // A client that is not connected may still be retrying in the background: stop it at once.
    if (!this.client.isReady) this.client.destroy();
    else await this.client.close();
  }
}

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}
