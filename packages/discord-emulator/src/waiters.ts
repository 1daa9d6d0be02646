/**
 * Condition waiters: a check function is re-evaluated whenever the emulator's state changes (notify()),
 * so a wait started after the fact still sees what already happened.
 */

export class EmulatorTimeoutError extends Error {
  override name = 'EmulatorTimeoutError';
}

interface Waiter {
  check: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

export class Waiters {
  private readonly pending = new Set<Waiter>();

  /**
   * Resolves with the first non-undefined value `check` returns (checked now and after every notify()).
   * Rejects if `check` throws or after `timeoutMs`.
   */
  wait<T>(check: () => T | undefined, timeoutMs: number, description: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let first: T | undefined;
      try {
        first = check();
      } catch (error) {
        reject(error);
        return;
      }
      if (first !== undefined) {
        resolve(first);
        return;
      }
      const waiter: Waiter = {
        check,
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: setTimeout(() => {
          this.pending.delete(waiter);
          reject(new EmulatorTimeoutError(`Timed out after ${timeoutMs} ms waiting for ${description}`));
        }, timeoutMs),
      };
      this.pending.add(waiter);
    });
  }

  notify(): void {
    for (const waiter of [...this.pending]) {
      let value: unknown;
      try {
        value = waiter.check();
      } catch (error) {
        this.settle(waiter);
        waiter.reject(error);
        continue;
      }
      if (value !== undefined) {
        this.settle(waiter);
        waiter.resolve(value);
      }
    }
  }

  cancelAll(reason: string): void {
    for (const waiter of [...this.pending]) {
      this.settle(waiter);
      waiter.reject(new Error(reason));
    }
  }

  get size(): number {
    return this.pending.size;
  }

  private settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.pending.delete(waiter);
  }
}

/** Marks a promise as handled (so an ignored rejection doesn't crash the process) and returns it unchanged. */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
