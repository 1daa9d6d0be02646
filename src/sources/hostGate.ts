// One request in flight per host, and a pause between two of them: the first rule of a polite crawler, and
// what keeps ten sources on one ministry's site from reaching it ten at a time. Requests to one host run in
// the order they asked, each starting at least `spacingMs` after the previous one ended (robots.txt's
// Crawl-delay, when larger, is the spacing the fetcher asks for). Hosts never wait for one another.
import type { Clock } from './clock.js';

export class HostGate {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastEnd = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  /** Runs `task` when `host` is free and `spacingMs` have passed since its last request ended. */
  async run<T>(host: string, spacingMs: number, task: () => Promise<T>): Promise<T> {
    const key = host.toLowerCase();
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      const last = this.lastEnd.get(key);
      const wait = last === undefined ? 0 : last + spacingMs - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      return await task();
    } finally {
      this.lastEnd.set(key, this.clock.now());
      if (this.tails.get(key) === tail) this.tails.delete(key);
      release();
    }
  }

  /** Whether a request to `host` is running or waiting (for tests and the health view). */
  busy(host: string): boolean {
    return this.tails.has(host.toLowerCase());
  }
}
