// One message to Discord: a send that does not answer in time counts as Discord's trouble, and Discord's
// trouble is retried in place after a few back-offs (discord.js has already retried the 429s and 5xx it
// could). A refusal or a rejection is not retried: the delivery decides what follows (./delivery.ts).
import { classifyDeliveryError, type DeliveryFault } from './failures.js';
import type { DigestTimers } from './timers.js';

export interface SendPolicy {
  readonly timers: DigestTimers;
  /** Waits between attempts after a transient failure; their number is the number of retries. */
  readonly retryDelaysMs: readonly number[];
  /** A send that has not answered after this long counts as a transient failure. */
  readonly sendTimeoutMs: number;
  /** Waits `ms` on the timers (the queues' `sleep`, which `settled` counts as waiting for the clock). */
  readonly sleep: (ms: number) => Promise<void>;
  /** Before each attempt: throws to stop (the digest was removed, the bot is stopping). */
  readonly beforeAttempt?: () => void;
  /** After a transient failure, before waiting `delayMs`. */
  readonly onRetry?: (attempt: number, delayMs: number, fault: DeliveryFault) => void;
}

/**
 * Calls `send` (with the attempt's number, from 0) until it succeeds, and answers what it answered; throws
 * the DeliveryFault when it fails for good. A DeliveryFault is a verdict for the delivery to act on, not an
 * error to report: no stack wanted.
 */
export async function sendWithRetries<T>(send: (attempt: number) => Promise<T>, policy: SendPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    policy.beforeAttempt?.();
    let fault: DeliveryFault;
    try {
      return await withTimeout(policy.timers, policy.sendTimeoutMs, send(attempt));
    } catch (err) {
      fault = classifyDeliveryError(err);
    }
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (fault.kind !== 'transient' || attempt >= policy.retryDelaysMs.length) throw fault;
    const delay = policy.retryDelaysMs[attempt]!;
    policy.onRetry?.(attempt + 1, delay, fault);
    await policy.sleep(delay);
  }
}

export function withTimeout<T>(timers: DigestTimers, ms: number, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = timers.after(ms, () =>
      reject(Object.assign(new Error(`no answer from Discord within ${ms} ms`), { name: 'TimeoutError' })),
    );
    promise.then(
      (v) => {
        timer.cancel();
        resolve(v);
      },
      (e: unknown) => {
        timer.cancel();
        reject(e);
      },
    );
  });
}
