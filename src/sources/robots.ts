// robots.txt, read once per origin and kept for a day (RFC 9309 asks for no longer), parsed by robots-parser.
// As the RFC says: a robots.txt that is missing or refused (4xx) allows everything; one that cannot be
// read (5xx, network) allows nothing for now: the poll fails as "robots.txt unreachable" and is retried
// with the usual back-off, instead of crawling a site whose rules we do not know.
import { createRequire } from 'node:module';
import type { Clock } from './clock.js';
import type { SourceFailure } from './failures.js';

export interface RobotsRules {
  isAllowed(url: URL): boolean;
  /** robots.txt's Crawl-delay for us, in ms; null when it sets none. */
  readonly crawlDelayMs: number | null;
}

/** What fetching /robots.txt gave: an answer (any status), or no answer at all. */
export type RobotsAnswer = { readonly status: number; readonly body: string } | { readonly failure: SourceFailure };

export type RobotsLookup = { readonly ok: true; readonly rules: RobotsRules } | { readonly ok: false; readonly failure: SourceFailure };

export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
/** An unreadable robots.txt is asked for again after this, not after a day. */
export const ROBOTS_RETRY_MS = 30 * 60 * 1000;
/** RFC 9309: a crawler must read at least 500 KiB of it; what is beyond may be ignored. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (`module.exports = function`) while its typings declare an ES default export,
// which TypeScript under NodeNext then reads as not callable: required as what it is.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => ParsedRobots;

const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: null };

interface Entry {
  readonly lookup: RobotsLookup;
  readonly until: number;
}

export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<RobotsLookup>>();

  /**
   * @param token the product token robots.txt groups are matched against (`AttacheBot`).
   * @param fetchRobots reads one robots.txt (redirects followed, no robots check of its own).
   */
  constructor(
    private readonly token: string,
    private readonly fetchRobots: (robotsUrl: URL) => Promise<RobotsAnswer>,
    private readonly clock: Clock,
    private readonly ttlMs = ROBOTS_TTL_MS,
  ) {}

  /** The rules for `url`'s origin, fetched at most once at a time per origin. */
  async rulesFor(url: URL): Promise<RobotsLookup> {
    const origin = url.origin;
    const cached = this.entries.get(origin);
    if (cached && cached.until > this.clock.now()) return cached.lookup;
    const inFlight = this.pending.get(origin);
    if (inFlight) return inFlight;
    const robotsUrl = new URL('/robots.txt', origin);
    const promise = this.fetchRobots(robotsUrl)
      .then((answer) => this.remember(origin, robotsUrl, answer))
      .finally(() => this.pending.delete(origin));
    this.pending.set(origin, promise);
    return promise;
  }

  private remember(origin: string, robotsUrl: URL, answer: RobotsAnswer): RobotsLookup {
    const now = this.clock.now();
    let lookup: RobotsLookup;
    let ttl = this.ttlMs;
    if ('failure' in answer) {
      // A site that cannot be reached at all (refused, timed out, a private address) is said as such: the
      // feed would fail the same way. Only an answer we cannot use is "robots.txt unreachable".
      const passed = ['network', 'timeout', 'private-address'].includes(answer.failure.kind);
      const failure: SourceFailure = passed ? answer.failure : { kind: 'robots-unreachable', detail: describeAnswer(answer.failure) };
      lookup = { ok: false, failure };
      ttl = Math.min(ttl, ROBOTS_RETRY_MS);
    } else if (answer.status >= 200 && answer.status < 300) {
      lookup = { ok: true, rules: this.parse(robotsUrl, answer.body) };
    } else if (answer.status >= 400 && answer.status < 500 && answer.status !== 429) {
      lookup = { ok: true, rules: ALLOW_ALL };
    } else {
      lookup = { ok: false, failure: { kind: 'robots-unreachable', detail: `HTTP ${answer.status}` } };
      ttl = Math.min(ttl, ROBOTS_RETRY_MS);
    }
    this.entries.set(origin, { lookup, until: now + ttl });
    return lookup;
  }

  private parse(robotsUrl: URL, body: string): RobotsRules {
    const robots = robotsParser(robotsUrl.href, body.slice(0, ROBOTS_MAX_BYTES));
    const delay = robots.getCrawlDelay(this.token);
    return {
      // robots-parser answers undefined for a URL of another origin; the cache is per origin, so it is ours.
      isAllowed: (url) => robots.isAllowed(url.href, this.token) !== false,
      crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay * 1000 : null,
    };
  }
}

function describeAnswer(failure: SourceFailure): string {
  return 'detail' in failure ? `${failure.kind.replace(/-/g, ' ')}: ${failure.detail}` : failure.kind.replace(/-/g, ' ');
}
