// The store as the bot uses it: a SQLite file or a redis connection (a Backend) behind the four methods,
// watched so that nothing is taken for saved that the store did not confirm. Every call has a deadline;
// before each call (and after each write) the backend says whether it can be trusted (the file still the
// one at the path and writable, redis connected), so a write to a deleted file fails instead of vanishing.
// While something is wrong every call fails at once with the reason, and a check every few seconds tries
// a read and a write, so the store comes back by itself. Listeners hear each change of health; the store
// itself does not log.
import type Keyv from 'keyv';
import { StoreError, StoreUnavailableError, type StoreProblem } from './errors.js';

/** What a SQLite file or a redis connection offers the watched store. */
export interface Backend {
  readonly kind: 'sqlite' | 'redis';
  /** Where, for the log: the file, or the URL without its password. */
  readonly where: string;
  /** keyv over the connection in use; throws StoreUnavailableError when there is none. */
  keyv(): Keyv;
  /**
   * What can be seen to be wrong without asking the store: the file gone, replaced or read-only; redis not
   * connected. Synchronous and cheap (it runs before every call); null when nothing is.
   */
  inspect(): StoreProblem | null;
  /** Whatever lets the next call work, once the cause is gone (open the file anew); throws StoreUnavailableError while it is not. */
  recover(): Promise<void>;
  /** What a failed call says about the store. */
  problemOf(error: unknown): StoreProblem;
  /** Calls `listener` when the backend notices a change by itself (redis connected, or lost). */
  onChange(listener: () => void): void;
  /**
   * Takes the lease `name` for `holder` for `ttlMs`, or extends it when `holder` has it already: true
   * then; false while another holder's lease runs. Atomic across every process of the store.
   */
  lease(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** An append-only log every process of the store reads (a redis stream); absent where one process uses the store. */
  sharedLog?(name: string, keep: number): SharedLog;
  close(): Promise<void>;
}

/** One entry of a shared log: its id (increasing) and its fields. */
export interface LogEntry {
  readonly id: string;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * An append-only log shared by every process of the store, read by each at its own pace: what one host
 * writes, every other host can take up, also after a restart (it says where it got to). Only the latest
 * `keep` entries or so are kept.
 */
export interface SharedLog {
  /** Appends an entry; its id. */
  append(fields: Readonly<Record<string, string>>): Promise<string>;
  /** Up to `count` entries after `afterId` (`'0'`: from the oldest kept), oldest first. */
  after(afterId: string, count: number): Promise<readonly LogEntry[]>;
}

export type StoreHealth =
  | { readonly state: 'ok' }
  | {
      readonly state: 'unavailable';
      readonly reason: string;
      readonly note?: string;
      /** Since when (ms since the epoch): the first moment of this outage, whatever its reasons since. */
      readonly since: number;
    };

export type StoreHealthListener = (health: StoreHealth, previous: StoreHealth) => void;

export interface WatchOptions {
  /** A call that has not answered after this long fails (its work may still complete). */
  readonly timeoutMs: number;
  /** How often the backend is inspected and, while unavailable, a read and a write are tried. */
  readonly checkEveryMs: number;
  readonly now: () => number;
}

const OK: StoreHealth = { state: 'ok' };
/** Written and deleted by each probe: a write that leaves nothing behind. */
const PROBE_KEY = 'store:probe';

export class WatchedStore {
  private status: StoreHealth = OK;
  private readonly listeners = new Set<StoreHealthListener>();
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly backend: Backend,
    private readonly o: WatchOptions,
  ) {
    backend.onChange(() => void this.check());
  }

  get kind(): 'sqlite' | 'redis' {
    return this.backend.kind;
  }

  get where(): string {
    return this.backend.where;
  }

  /** Connects and tries a read and a write; then checks every `checkEveryMs`. The health it found. */
  async start(): Promise<StoreHealth> {
    await this.recover();
    this.timer = setInterval(() => void this.check(), this.o.checkEveryMs);
    // Checks must not keep a stopping process alive.
    this.timer.unref();
    return this.status;
  }

  /** Whether the store can be used now; looks at the backend again when it was fine, so it is never stale. */
  health(): StoreHealth {
    if (this.status.state === 'ok' && !this.closing) {
      const problem = this.backend.inspect();
      if (problem) this.fail(problem);
    }
    return this.status;
  }

  /** Calls `listener` on each change of health (and of the reason of an outage); returns the unsubscribe. */
  onHealthChange(listener: StoreHealthListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async get<T>(key: string): Promise<T | undefined> {
    const value = (await this.call('read', (keyv) => keyv.get(key))) as T | undefined | null;
    return value ?? undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    if (value === undefined) throw new StoreError(`cannot store undefined under "${key}": delete the key instead`);
    const ok = await this.call('write', (keyv) => keyv.set(key, value));
    if (ok === false) throw new StoreError(`the store did not accept the write of "${key}"`);
  }

  async delete(key: string): Promise<void> {
    await this.call('write', (keyv) => keyv.delete(key));
  }

  lease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    return this.call('write', () => this.backend.lease(name, holder, ttlMs));
  }

  sharedLog(name: string, keep: number): SharedLog | null {
    const log = this.backend.sharedLog?.(name, keep);
    if (!log) return null;
    return {
      append: (fields) => this.call('write', () => log.append(fields)),
      after: (afterId, count) => this.call('read', () => log.after(afterId, count)),
    };
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.timer) clearInterval(this.timer);
      this.listeners.clear();
      await this.checking?.catch(() => undefined);
      await this.backend.close();
    })();
    return this.closing;
  }

  /** Looks at the backend; while unavailable, tries to recover. One check at a time. */
  check(): Promise<void> {
    if (this.closing) return Promise.resolve();
    if (this.checking) return this.checking;
    if (this.status.state === 'ok') {
      this.health();
      return Promise.resolve();
    }
    const checking = this.recover().finally(() => {
      if (this.checking === checking) this.checking = null;
    });
    this.checking = checking;
    return checking;
  }

  private async call<T>(mode: 'read' | 'write', op: (keyv: Keyv) => Promise<T>): Promise<T> {
    if (this.closing) throw new StoreError('the store is closed');
    const health = this.health();
    if (health.state === 'unavailable') throw new StoreUnavailableError(health);
    let result: T;
    try {
      result = await this.timed(() => op(this.backend.keyv()));
    } catch (err) {
      if (this.closing) throw new StoreError('the store is closed', { cause: err });
      const timedOut = err instanceof TimedOut;
      const problem = timedOut
        ? err.problem
        : err instanceof StoreUnavailableError
          ? err
          : (this.backend.inspect() ?? this.backend.problemOf(err));
      this.fail(problem);
      throw new StoreUnavailableError(problem, { uncertain: timedOut && mode === 'write', cause: err });
    }
    if (mode === 'write') {
      // Done, but where? A file deleted or replaced meanwhile took the write with it.
      const problem = this.backend.inspect();
      if (problem) {
        this.fail(problem);
        throw new StoreUnavailableError(problem);
      }
    }
    return result;
  }

  /** The backend's own recovery, then a read and a write (that leaves nothing): ok only if all worked. */
  private async recover(): Promise<void> {
    try {
      await this.backend.recover();
      await this.timed(async () => {
        const keyv = this.backend.keyv();
        await keyv.get(PROBE_KEY);
        await keyv.set(PROBE_KEY, this.o.now());
        await keyv.delete(PROBE_KEY);
      });
      const problem = this.backend.inspect();
      if (problem) throw new StoreUnavailableError(problem);
      this.become(OK);
    } catch (err) {
      if (this.closing) return;
      if (err instanceof StoreUnavailableError) this.fail(err);
      else if (err instanceof TimedOut) this.fail(err.problem);
      else this.fail(this.backend.inspect() ?? this.backend.problemOf(err));
    }
  }

  private fail(problem: StoreProblem): void {
    const since = this.status.state === 'unavailable' ? this.status.since : this.o.now();
    this.become({ state: 'unavailable', reason: problem.reason, ...(problem.note ? { note: problem.note } : {}), since });
  }

  private become(next: StoreHealth): void {
    const previous = this.status;
    if (previous.state === 'ok' && next.state === 'ok') return;
    if (previous.state === 'unavailable' && next.state === 'unavailable' && previous.reason === next.reason) return;
    this.status = next;
    for (const listener of this.listeners) {
      try {
        listener(next, previous);
      } catch {
        // A listener's failure is its own; the store's health is unaffected.
      }
    }
  }

  /** Runs `work` with the deadline; the rejection names how long was waited. */
  private timed<T>(work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimedOut(this.o.timeoutMs, this.backend)), this.o.timeoutMs);
    });
    // Through an async function, so that a synchronous throw is a rejection like any other.
    const running = (async () => work())();
    return Promise.race([running, deadline]).finally(() => clearTimeout(timer));
  }
}

class TimedOut extends Error {
  readonly problem: StoreProblem;
  constructor(ms: number, backend: Pick<Backend, 'kind' | 'where'>) {
    const seconds = Number((ms / 1000).toFixed(1));
    super(`no answer within ${ms} ms`);
    this.problem = {
      reason: `the store did not answer within ${seconds} s`,
      note: `${backend.kind === 'redis' ? 'redis' : 'the store file'} at ${backend.where} is overloaded or hung; a change asked meanwhile may still be saved`,
    };
  }
}
