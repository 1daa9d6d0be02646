// The SQLite file behind the store, and how the bot tells that it can still trust it. SQLite itself does
// not: a file deleted or replaced while open keeps taking writes (into the unlinked file, which nobody will
// read again), and a file it may not write is opened read-only without a word. So the file's identity
// (device and inode) is noted when it is opened, and before and after each call the path is compared with
// it and checked for writing (access(W_OK), which also refuses root an immutable file or a read-only file
// system). A file replaced is not adopted: what the bot holds in memory came from the old one, and a
// restart is the honest way to start from another file.
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv from 'keyv';
import { StoreError, StoreUnavailableError, type StoreProblem } from './errors.js';
import type { Backend } from './watched.js';

interface Connection {
  readonly keyv: Keyv;
  readonly disconnect: () => Promise<void>;
  /** The file opened; null for `:memory:`. */
  readonly identity: { readonly dev: number; readonly ino: number } | null;
}

/** `file` is absolute, or `:memory:`. Opens nothing yet: `recover` does, the first time. */
export function sqliteBackend(file: string, namespace: string): Backend {
  return new SqliteBackend(file, namespace);
}

/** SQLite's own retry on a file another process holds briefly (a CLI export): shorter than a call's deadline. */
const BUSY_TIMEOUT_MS = 2000;

class SqliteBackend implements Backend {
  readonly kind = 'sqlite' as const;
  /** A SQLite file serves one process (docs/scaling.md): its leases are this process's to share out. */
  private readonly leases = new Map<string, { holder: string; until: number }>();
  private connection: Connection | null = null;
  /** Why the file could not be opened, while it could not. */
  private openProblem: StoreProblem | null = null;

  constructor(
    private readonly file: string,
    private readonly namespace: string,
  ) {}

  get where(): string {
    return this.file;
  }

  keyv(): Keyv {
    if (!this.connection) throw new StoreUnavailableError(this.openProblem ?? { reason: 'the store file is not open' });
    return this.connection.keyv;
  }

  inspect(): StoreProblem | null {
    const connection = this.connection;
    if (!connection) return this.openProblem ?? { reason: 'the store file is not open' };
    if (!connection.identity) return null;
    let stat;
    try {
      stat = statSync(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        return {
          reason: 'the store file was deleted or moved',
          note: `nothing can be saved until ${this.file} is back (the same file); restarting starts afresh with an empty one`,
        };
      }
      return { reason: 'the store file cannot be looked at', note: `${this.file}: ${(err as Error).message}` };
    }
    if (stat.dev !== connection.identity.dev || stat.ino !== connection.identity.ino) {
      return {
        reason: 'the store file was replaced by another file',
        note: `what the bot holds came from the file it opened; put that one back at ${this.file}, or restart the bot to use the new one`,
      };
    }
    try {
      accessSync(this.file, constants.W_OK);
    } catch (err) {
      return {
        reason: 'the store file is read-only',
        note: `${this.file} cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): check its mode, owner, immutable attribute and file system`,
      };
    }
    return null;
  }

  /**
   * Opens the file the first time; later, once it is the same file again and writable, opens it anew:
   * a connection SQLite opened read-only stays read-only after the file becomes writable.
   */
  async recover(): Promise<void> {
    if (this.connection) {
      const problem = this.inspect();
      if (problem) throw new StoreUnavailableError(problem);
      const old = this.connection;
      this.connection = null;
      await old.disconnect().catch(() => undefined);
    }
    try {
      this.connection = await this.connect();
      this.openProblem = null;
    } catch (err) {
      this.openProblem = this.problemOf(err);
      throw new StoreUnavailableError(this.openProblem, { cause: err });
    }
  }

  problemOf(error: unknown): StoreProblem {
    const code = (error as { code?: unknown }).code;
    const note = `${this.file}: ${(error as Error).message}`;
    switch (code) {
      case 'SQLITE_READONLY':
      case 'EROFS':
      case 'EACCES':
      case 'EPERM':
        return { reason: 'the store file is read-only', note };
      case 'SQLITE_FULL':
      case 'ENOSPC':
        return { reason: 'the disk of the store file is full', note };
      case 'SQLITE_BUSY':
      case 'SQLITE_LOCKED':
        return { reason: 'the store file is locked by another program', note };
      case 'SQLITE_CORRUPT':
      case 'SQLITE_NOTADB':
        return { reason: 'the store file is damaged or not a SQLite database', note };
      case 'SQLITE_CANTOPEN':
        return { reason: 'the store file cannot be opened', note };
      default:
        return { reason: 'the store file failed', note };
    }
  }

  onChange(): void {
    // A file says nothing by itself: the periodic checks look at it.
  }

  lease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const held = this.leases.get(name);
    if (held && held.holder !== holder && held.until > now) return Promise.resolve(false);
    this.leases.set(name, { holder, until: now + ttlMs });
    return Promise.resolve(true);
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    await connection?.disconnect();
  }

  private async connect(): Promise<Connection> {
    const memory = this.file === ':memory:';
    if (!memory) {
      try {
        mkdirSync(dirname(this.file), { recursive: true });
      } catch (err) {
        throw new StoreError(`cannot create the folder of the store file: ${(err as Error).message}`, { cause: err });
      }
    }
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    const adapter = new KeyvSqlite({ uri: `sqlite://${this.file}`, busyTimeout: BUSY_TIMEOUT_MS });
    const keyv = new Keyv({ store: adapter, namespace: this.namespace, throwOnErrors: true });
    // keyv re-emits adapter errors as events; every call also throws them, which is what callers see.
    keyv.on('error', () => undefined);
    const disconnect = () => adapter.disconnect();
    try {
      // Opens the file (and creates keyv's table) or fails.
      await adapter.query('SELECT 1');
      if (!memory) {
        // Write-ahead log, synced at checkpoints: a write that returned survives the process being killed
        // (only a power cut can lose the last few), and a morning of deliveries is not a morning of fsyncs.
        await adapter.query('PRAGMA journal_mode=WAL');
        await adapter.query('PRAGMA synchronous=NORMAL');
      }
    } catch (err) {
      await disconnect().catch(() => undefined);
      throw err;
    }
    // Noted once open: from now on the path must still lead to this file.
    const identity = memory ? null : statSync(this.file);
    return { keyv, disconnect, identity: identity ? { dev: identity.dev, ino: identity.ino } : null };
  }
}
