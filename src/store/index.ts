// Where the bot keeps what must survive a restart (digest subscriptions, delivery records, the arrival
// log): a key-value store behind keyv. STORE_URL picks it: a SQLite file for one process (the default),
// redis for several. Callers see four methods and never learn which it is, apart from `kind`, for logs.
//
// Every failure throws. keyv's default is to emit an error event and answer `undefined`/`false`, which
// would make a lost write look like a successful one; exactly-once delivery relies on a write that
// returned having happened.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv from 'keyv';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  /** Releases the file or connection; the store is unusable afterwards. Idempotent. */
  close(): Promise<void>;
  readonly kind: 'sqlite' | 'redis';
}

export interface StoreOptions {
  /** Keys are kept apart per namespace (default `attache`): two namespaces never see each other's keys. */
  readonly namespace?: string;
  /** Redis only: how long to wait for the server before giving up with an error (default 5000 ms). */
  readonly connectTimeoutMs?: number;
}

export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

const DEFAULT_NAMESPACE = 'attache';

/**
 * Opens the store a STORE_URL names: `sqlite://<path>` (relative to the working directory; its folder
 * is created) or `redis://host:port` / `rediss://…`. Connects before returning, so a bad path or an
 * unreachable server is reported here, once, with the URL in the message.
 */
export async function openStore(url: string, options: StoreOptions = {}): Promise<KeyValueStore> {
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  if (!/^[A-Za-z0-9_.-]+$/.test(namespace)) throw new StoreError(`store namespace "${namespace}" must be letters, digits, "_", "." or "-"`);
  const scheme = /^([a-z]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'sqlite') return openSqlite(url, namespace);
  if (scheme === 'redis' || scheme === 'rediss') return openRedis(url, namespace, options.connectTimeoutMs ?? 5000);
  throw new StoreError(`STORE_URL "${url}" is not a store: use sqlite://path/to/file.sqlite or redis://host:port`);
}

async function openSqlite(url: string, namespace: string): Promise<KeyValueStore> {
  const path = url.slice('sqlite://'.length);
  if (!path) throw new StoreError(`STORE_URL "${url}" names no file: use e.g. sqlite://data/attache.sqlite`);
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:') {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (err) {
      throw new StoreError(`cannot create the folder of the store file ${file}: ${(err as Error).message}`, { cause: err });
    }
  }
  const { default: KeyvSqlite } = await import('@keyv/sqlite');
  // A busy timeout: a second process (a CLI export, say) holding the file briefly must not fail a write.
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5000 });
  const store = new KeyvStore(new Keyv({ store: adapter, namespace, throwOnErrors: true }), 'sqlite', () => adapter.disconnect());
  await store.probe(`cannot open the store file ${file}`);
  // Write-ahead log, synced at checkpoints: a write that returned survives the process being killed
  // (only a power cut can lose the last few), and a morning of deliveries is not a morning of fsyncs.
  if (file !== ':memory:') {
    try {
      await adapter.query('PRAGMA journal_mode=WAL');
      await adapter.query('PRAGMA synchronous=NORMAL');
    } catch (err) {
      await store.close().catch(() => undefined);
      throw new StoreError(`cannot set up the store file ${file}: ${(err as Error).message}`, { cause: err });
    }
  }
  return store;
}

async function openRedis(url: string, namespace: string, connectTimeoutMs: number): Promise<KeyValueStore> {
  const { default: KeyvRedis } = await import('@keyv/redis');
  const where = redactedUrl(url);
  let adapter: InstanceType<typeof KeyvRedis>;
  try {
    adapter = new KeyvRedis(
      // Reconnect after a dropped connection (a redis restart), but give up on a first connect that
      // never succeeds: the probe below turns that into one clear error.
      { url, socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (attempts: number) => Math.min(2 ** attempts * 100, 2000) } },
      { throwOnConnectError: true, throwOnErrors: true, connectionTimeout: connectTimeoutMs },
    );
  } catch (err) {
    throw new StoreError(`STORE_URL "${where}" is not a redis URL: ${(err as Error).message}`, { cause: err });
  }
  // The redis client reports connection trouble as events; without a listener Node would throw them.
  (adapter.client as unknown as { on(event: 'error', listener: (err: unknown) => void): void }).on('error', () => undefined);
  const disconnect = async () => {
    const client = adapter.client as unknown as { isOpen: boolean; destroy?: () => void; quit?: () => Promise<unknown> };
    if (!client.isOpen) {
      // A client that never connected may still be retrying in the background.
      client.destroy?.();
      return;
    }
    await adapter.disconnect();
  };
  const store = new KeyvStore(new Keyv({ store: adapter, namespace, throwOnErrors: true }), 'redis', disconnect);
  try {
    await store.probe(`cannot reach redis at ${where}`);
  } catch (err) {
    await disconnect().catch(() => undefined);
    throw err;
  }
  return store;
}

class KeyvStore implements KeyValueStore {
  private closed: Promise<void> | null = null;

  constructor(
    private readonly keyv: Keyv,
    readonly kind: 'sqlite' | 'redis',
    private readonly disconnect: () => Promise<void>,
  ) {
    // keyv re-emits adapter errors as events; every method also throws them, which is what callers see.
    keyv.on('error', () => undefined);
  }

  /** One read, so that a store that cannot work fails at open rather than at the first digest. */
  async probe(what: string): Promise<void> {
    try {
      await this.keyv.get('store:probe');
    } catch (err) {
      await this.close().catch(() => undefined);
      throw new StoreError(`${what}: ${(err as Error).message}`, { cause: err });
    }
  }

  async get<T>(key: string): Promise<T | undefined> {
    this.assertOpen();
    const value = (await this.keyv.get(key)) as T | undefined | null;
    return value ?? undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    this.assertOpen();
    if (value === undefined) throw new StoreError(`cannot store undefined under "${key}": delete the key instead`);
    const ok = await this.keyv.set(key, value);
    if (ok === false) throw new StoreError(`the store did not accept the write of "${key}"`);
  }

  async delete(key: string): Promise<void> {
    this.assertOpen();
    await this.keyv.delete(key);
  }

  close(): Promise<void> {
    this.closed ??= this.disconnect();
    return this.closed;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('the store is closed');
  }
}

/** The URL without its password, for messages and logs. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}
