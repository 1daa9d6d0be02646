// Where the bot keeps what must survive a restart (digest subscriptions, delivery records, the arrival
// log): a key-value store behind keyv. STORE_URL picks it: a SQLite file for one process (the default),
// redis for several. Callers see four methods and never learn which it is, apart from `kind`, for logs.
//
// Every failure throws. keyv's default is to emit an error event and answer `undefined`/`false`, which
// would make a lost write look like a successful one; exactly-once delivery relies on a write that
// returned having happened. A store that cannot be used right now (./watched.ts) throws
// StoreUnavailableError at once, with the reason, and says so through `health()` until it recovers.
import { resolve } from 'node:path';
import { StoreError } from './errors.js';
import { redisBackend } from './redis.js';
import { sqliteBackend } from './sqlite.js';
import { WatchedStore, type Backend, type SharedLog, type StoreHealth, type StoreHealthListener } from './watched.js';

export { StoreError, StoreUnavailableError, type StoreProblem } from './errors.js';
export type { LogEntry, SharedLog, StoreHealth, StoreHealthListener } from './watched.js';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  /** Releases the file or connection; the store is unusable afterwards. Idempotent. */
  close(): Promise<void>;
  readonly kind: 'sqlite' | 'redis';
  /**
   * Takes or extends the lease `name` for `holder` (ms): false while another holder's runs. Absent from
   * stores only one process uses (a test's map in memory): there, every holder is the only one.
   */
  lease?(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /**
   * The append-only log `name` every process of the store reads, keeping about `keep` entries; null (or
   * absent) where one process uses the store (SQLite, a test's map): there is nobody to tell.
   */
  sharedLog?(name: string, keep: number): SharedLog | null;
  /**
   * Whether it can be used now, and if not why (openStore's stores say; a store without it, such as a
   * test's map in memory, is taken to be always usable).
   */
  health?(): StoreHealth;
}

/** The store openStore gives: it also says when its health changes. */
export interface WatchedKeyValueStore extends KeyValueStore {
  health(): StoreHealth;
  /** `listener` hears each change of health, and of the reason of an outage; returns the unsubscribe. */
  onHealthChange(listener: StoreHealthListener): () => void;
  /** The file, or the URL without its password: for the log. */
  readonly where: string;
}

export interface StoreOptions {
  /** Keys are kept apart per namespace (default `attache`): two namespaces never see each other's keys. */
  readonly namespace?: string;
  /** Redis only: how long one attempt to connect may take (default 5000 ms). */
  readonly connectTimeoutMs?: number;
  /** A call that has not answered after this long fails with StoreUnavailableError (default 3000 ms). */
  readonly timeoutMs?: number;
  /** How often the store checks itself and, while unavailable, tries to recover (default 2000 ms). */
  readonly checkEveryMs?: number;
  /**
   * When the store cannot be used at open (redis unreachable, the file read-only): false (default), reject;
   * true, resolve with a store whose `health()` says why and which recovers by itself (the bot's choice:
   * it serves everything else meanwhile). A URL that names no store is rejected either way.
   */
  readonly keepTrying?: boolean;
  readonly now?: () => number;
}

export const STORE_DEFAULTS = { namespace: 'attache', connectTimeoutMs: 5000, timeoutMs: 3000, checkEveryMs: 2000 } as const;

/**
 * Opens the store a STORE_URL names: `sqlite://<path>` (relative to the working directory; its folder
 * is created) or `redis://host:port` / `rediss://…`. Connects, reads and writes (leaving nothing) before
 * returning, so a store that cannot work is reported here, once, with where it is in the message.
 */
export async function openStore(url: string, options: StoreOptions = {}): Promise<WatchedKeyValueStore> {
  const namespace = options.namespace ?? STORE_DEFAULTS.namespace;
  if (!/^[A-Za-z0-9_.-]+$/.test(namespace)) throw new StoreError(`store namespace "${namespace}" must be letters, digits, "_", "." or "-"`);
  const backend = backendFor(url, namespace, options.connectTimeoutMs ?? STORE_DEFAULTS.connectTimeoutMs);
  const store = new WatchedStore(backend, {
    timeoutMs: options.timeoutMs ?? STORE_DEFAULTS.timeoutMs,
    checkEveryMs: options.checkEveryMs ?? STORE_DEFAULTS.checkEveryMs,
    now: options.now ?? Date.now,
  });
  const health = await store.start();
  if (health.state === 'unavailable' && !options.keepTrying) {
    await store.close().catch(() => undefined);
    const what = backend.kind === 'redis' ? `cannot reach redis at ${backend.where}` : `cannot open the store file ${backend.where}`;
    throw new StoreError(`${what}: ${health.reason}${health.note ? ` (${health.note})` : ''}`);
  }
  return store;
}

function backendFor(url: string, namespace: string, connectTimeoutMs: number): Backend {
  const scheme = /^([a-z]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'sqlite') {
    const path = url.slice('sqlite://'.length);
    if (!path) throw new StoreError(`STORE_URL "${url}" names no file: use e.g. sqlite://data/attache.sqlite`);
    return sqliteBackend(path === ':memory:' ? path : resolve(path), namespace);
  }
  if (scheme === 'redis' || scheme === 'rediss') return redisBackend(url, namespace, connectTimeoutMs);
  throw new StoreError(`STORE_URL "${url}" is not a store: use sqlite://path/to/file.sqlite or redis://host:port`);
}
