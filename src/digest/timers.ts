// The digest service's clock: when slots fire, and short waits between retries. In production node-cron
// fires each subscription's slot in its own timezone; in tests a manual clock does, instant by instant.
// Both fire at `nextSlot`'s instants (./schedule.ts), so what a test shows is what the bot does.
import cron from 'node-cron';
import type { Logger } from '../log.js';
import { nextSlot, parseTime } from './schedule.js';

export interface Cancel {
  cancel(): void;
}

export interface DigestTimers {
  /** Calls `run` with each slot's instant, every day at `time` in `timezone`, until cancelled. */
  daily(time: string, timezone: string, run: (at: Date) => void): Cancel;
  /** Calls `run` once after `ms` (retry back-off, send timeouts). */
  after(ms: number, run: () => void): Cancel;
  /** The current time, ms since the epoch. */
  now(): number;
}

/** A missed heartbeat this late (a busy event loop, a suspended VM) still runs its slot rather than dropping it. */
const CRON_LATE_TOLERANCE_MS = 10 * 60_000;

/**
 * node-cron: one task per subscription, `M H * * *` in its timezone. node-cron skips a day whose time
 * falls into a daylight-saving gap, and on the day the clocks go back it may pick either 02:30; the
 * subscription's schedule says "after the gap" and "the first" (./schedule.ts). So each time a task is
 * armed or fires, the next slot is compared with node-cron's next run, and a one-off timer covers a slot
 * node-cron would miss or run late. A run that node-cron then adds the same day has the same slot id and
 * is dropped by the service as already handled.
 */
export function cronTimers(logger?: Logger): DigestTimers {
  const cronLogger = logger
    ? {
        info: (message: string) => logger.debug('digest.cron', { message }),
        warn: (message: string) => logger.warn('digest.cron', { message }),
        error: (message: string | Error, err?: Error) => logger.error('digest.cron', { message: String(message), error: err }),
        debug: (message: string | Error) => logger.debug('digest.cron', { message: String(message) }),
      }
    : undefined;
  return {
    now: () => Date.now(),
    after(ms, run) {
      const timer = setTimeout(run, Math.max(0, ms));
      return { cancel: () => clearTimeout(timer) };
    },
    daily(time, timezone, run) {
      const t = parseTime(time);
      if (!t) throw new RangeError(`"${time}" is not a time of day (HH:MM)`);
      let extra: NodeJS.Timeout | null = null;
      let cancelled = false;
      const coverGaps = () => {
        if (extra) clearTimeout(extra);
        extra = null;
        if (cancelled) return;
        const now = new Date();
        const want = nextSlot(time, timezone, now).at;
        const planned = task.getNextRun();
        if (planned && want.getTime() >= planned.getTime() - 1000) return;
        extra = setTimeout(() => {
          extra = null;
          if (cancelled) return;
          run(want);
          coverGaps();
        }, want.getTime() - now.getTime());
      };
      const task = cron.schedule(
        `${t.minute} ${t.hour} * * *`,
        (context) => {
          run(context.date);
          coverGaps();
        },
        { timezone, missedExecutionTolerance: CRON_LATE_TOLERANCE_MS, ...(cronLogger ? { logger: cronLogger } : {}) },
      );
      coverGaps();
      return {
        cancel() {
          cancelled = true;
          if (extra) clearTimeout(extra);
          void Promise.resolve(task.destroy()).catch(() => undefined);
        },
      };
    },
  };
}

interface Pending {
  at: number;
  seq: number;
  fire: () => void;
  cancelled: boolean;
}

/**
 * A clock that moves only when told: for tests (and the bench). `advanceTo` fires every timer due up to
 * the target in time order, setting `now()` to each one's instant first, and awaits `settle` after each
 * (pass the service's `settled`, so a day's deliveries finish before the next day's slots fire).
 */
export class ManualClock implements DigestTimers {
  private current: number;
  private seq = 0;
  private readonly pending = new Set<Pending>();

  constructor(start: Date | number) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  after(ms: number, run: () => void): Cancel {
    return this.add(this.current + Math.max(0, ms), run);
  }

  daily(time: string, timezone: string, run: (at: Date) => void): Cancel {
    let entry: Cancel | null = null;
    let cancelled = false;
    const arm = (after: number) => {
      const at = nextSlot(time, timezone, new Date(after)).at;
      entry = this.add(at.getTime(), () => {
        if (cancelled) return;
        arm(at.getTime());
        run(at);
      });
    };
    arm(this.current);
    return {
      cancel: () => {
        cancelled = true;
        entry?.cancel();
      },
    };
  }

  /** Timers armed and not yet fired (for assertions). */
  get armed(): number {
    return [...this.pending].filter((p) => !p.cancelled).length;
  }

  /** The instant of the next timer due, or null. */
  nextDue(): number | null {
    const next = this.first();
    return next ? next.at : null;
  }

  async advanceTo(target: Date | number, settle?: () => Promise<unknown>): Promise<void> {
    const end = typeof target === 'number' ? target : target.getTime();
    for (;;) {
      // Let work started by the previous timer arm its own timers (retries) before looking.
      await flush();
      if (settle) await settle();
      const next = this.first();
      if (!next || next.at > end) break;
      this.pending.delete(next);
      this.current = Math.max(this.current, next.at);
      next.fire();
    }
    this.current = Math.max(this.current, end);
  }

  advance(ms: number, settle?: () => Promise<unknown>): Promise<void> {
    return this.advanceTo(this.current + ms, settle);
  }

  private add(at: number, fire: () => void): Cancel {
    const entry: Pending = { at, seq: this.seq++, fire, cancelled: false };
    this.pending.add(entry);
    return {
      cancel: () => {
        entry.cancelled = true;
        this.pending.delete(entry);
      },
    };
  }

  private first(): Pending | null {
    let best: Pending | null = null;
    for (const p of this.pending) if (!best || p.at < best.at || (p.at === best.at && p.seq < best.seq)) best = p;
    return best;
  }
}

/** A few turns of the event loop: enough for promise chains and store I/O callbacks to run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
