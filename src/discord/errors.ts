// Failures that are states to explain to the user rather than bugs to apologise for.

/** The index could not be had (the first load still running, or failed): say so, and to try again. */
export class IndexUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the index is not available', { cause });
    this.name = 'IndexUnavailableError';
  }
}

export const UNAVAILABLE_TEXT = 'The news index is still loading; try again in a minute.';
