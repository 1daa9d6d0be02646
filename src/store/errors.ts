// How the store fails: a StoreError for what the caller got wrong or asked of a closed store, and a
// StoreUnavailableError when the store itself cannot be used right now (its file gone, replaced or
// read-only; redis unreachable; no answer in time), with a reason a moderator can read.

export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** Something wrong with the store that the bot cannot fix itself: why, and what an operator can do. */
export interface StoreProblem {
  /** Short, without paths or addresses: it is shown to moderators and in /health. */
  readonly reason: string;
  /** For the log: where, and what would clear it. */
  readonly note?: string;
}

export class StoreUnavailableError extends StoreError {
  readonly reason: string;
  readonly note: string | undefined;
  /**
   * True when a write got no answer in time: it may still happen, so the caller cannot say that nothing
   * changed. False when the store refused or was never asked.
   */
  readonly uncertain: boolean;

  constructor(problem: StoreProblem, options: { uncertain?: boolean; cause?: unknown } = {}) {
    super(`the store is unavailable: ${problem.reason}`, { cause: options.cause });
    this.name = 'StoreUnavailableError';
    this.reason = problem.reason;
    this.note = problem.note;
    this.uncertain = options.uncertain ?? false;
  }
}
