// Each subscription's work on its own promise chain: a channel whose sends hang or back off holds up
// nothing else, in its guild or any other, while one subscription's tasks (a slot, a retry, `/digest send`)
// never overlap. Every task is tracked, for `stop` (wait for them, up to a point) and for tests on a manual
// clock (`settled`: wait until nothing can go on without the clock moving).
import type { Logger } from '../log.js';
import { DigestDeliveryError, DigestInputError, Interrupted } from './failures.js';
import type { DigestTimers } from './timers.js';

export class SubscriptionQueues {
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly inflight = new Set<Promise<unknown>>();
  /** Tasks running now, and how many of them are waiting out a back-off (`sleep`). */
  private active = 0;
  private sleeping = 0;

  constructor(private readonly log: Logger) {}

  /** Tasks queued or running. */
  get size(): number {
    return this.inflight.size;
  }

  /** Runs `task` after the earlier tasks of `key`; its failure is the caller's, and logged unless expected. */
  enqueue<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(async () => {
        this.active++;
        try {
          return await task();
        } finally {
          this.active--;
        }
      });
    const tracked = run.catch((err: unknown) => {
      if (!(err instanceof Interrupted) && !(err instanceof DigestDeliveryError) && !(err instanceof DigestInputError)) {
        this.log.error('digest.task_failed', { key, error: err });
      }
    });
    this.chains.set(key, tracked);
    this.inflight.add(tracked);
    void tracked.finally(() => {
      this.inflight.delete(tracked);
      if (this.chains.get(key) === tracked) this.chains.delete(key);
    });
    return run;
  }

  /** A task's wait of `ms` on `timers`, counted as waiting for the clock (see `settled`). */
  async sleep(timers: DigestTimers, ms: number): Promise<void> {
    this.sleeping++;
    try {
      await new Promise<void>((resolve) => timers.after(ms, resolve));
    } finally {
      this.sleeping--;
    }
  }

  /**
   * Resolves when no task can go on without the clock moving: every one has finished, or is asleep. For
   * tests with a ManualClock; a send that never answers keeps it waiting.
   */
  async settled(): Promise<void> {
    while (this.inflight.size > 0 && !(this.active > 0 && this.active === this.sleeping)) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Waits (at most `timeoutMs`, real time) for the tasks under way; false when they did not finish. */
  async drain(timeoutMs: number): Promise<boolean> {
    const pending = Promise.allSettled([...this.inflight]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      timer.unref?.();
    });
    const outcome = await Promise.race([pending.then(() => 'done' as const), timeout]);
    clearTimeout(timer);
    return outcome === 'done';
  }
}
