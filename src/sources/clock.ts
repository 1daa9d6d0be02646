// Time as the fetcher sees it: `now` for schedules, back-off and Retry-After dates, `sleep` for the spacing
// between two requests to one host. Tests hand in a clock that jumps instead of waiting. Timeouts of a
// request in flight are real time, always: they guard against a server, not against our schedule.
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
