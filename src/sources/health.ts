// A source's health, from the outcome of each poll. Pure: the poller stores what this returns.
//
// - new → ok after a poll that read the feed (or was told it had not changed: 304).
// - A failed poll: failing, the failures in a row counted, the next poll backed off: the interval (at least
//   BACKOFF_BASE), doubling with each failure in a row, at most a day, and never sooner than a Retry-After.
// - `pauseAfter` failures in a row, or at once a failure that asking again will not mend (410 Gone, robots.txt
//   disallow, a private address: failures.ts isPermanentFailure): paused. A paused source is still probed
//   once a day, so a feed that comes back is picked up without anyone doing anything; an operator's
//   `resume` polls it at once.
// - Any good poll: ok again, the count back to 0.
import { describeFailure, formatDuration, isPermanentFailure, type SourceFailure } from './failures.js';

export type SourceState = 'new' | 'ok' | 'failing' | 'paused';

export interface SourceHealth {
  readonly version: 1;
  readonly state: SourceState;
  /** Failed polls in a row (0 when ok). */
  readonly failures: number;
  /** The last failure while failing or paused; null when ok. */
  readonly failure: SourceFailure | null;
  /** When the current run of failures began. */
  readonly failingSince: number | null;
  /** The last poll, good or bad (ms since the epoch). */
  readonly lastFetchAt: number | null;
  /** The last poll that read the source (200 or 304). */
  readonly lastSuccessAt: number | null;
  /** Items the source held at its last read (unchanged by a 304); null before any. */
  readonly items: number | null;
  /** Items seen for the first time at the last read. */
  readonly newItems: number;
  /** When the next poll is due. */
  readonly nextPollAt: number;
  /** A permanent redirect seen at the last read: the operator should update the URL. */
  readonly movedTo: string | null;
}

export type PollEvent =
  | { readonly kind: 'read'; readonly items: number; readonly newItems: number; readonly movedTo?: string | null }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failed'; readonly failure: SourceFailure; readonly retryAfterMs?: number };

export interface HealthPolicy {
  /** Failures in a row before a source is paused. */
  readonly pauseAfter: number;
  /** The smallest back-off, whatever the interval. */
  readonly backoffBaseMs: number;
  /** The largest back-off, and how often a paused source is probed. */
  readonly backoffCapMs: number;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
export const DEFAULT_HEALTH_POLICY: HealthPolicy = { pauseAfter: 8, backoffBaseMs: 5 * MINUTE_MS, backoffCapMs: DAY_MS };

/** A source never polled: due now. */
export function initialHealth(now: number): SourceHealth {
  return {
    version: 1,
    state: 'new',
    failures: 0,
    failure: null,
    failingSince: null,
    lastFetchAt: null,
    lastSuccessAt: null,
    items: null,
    newItems: 0,
    nextPollAt: now,
    movedTo: null,
  };
}

/** The wait after the `failures`-th failure in a row of a source polled every `intervalMs`. */
export function backoffMs(failures: number, intervalMs: number, policy: HealthPolicy = DEFAULT_HEALTH_POLICY): number {
  const base = Math.max(intervalMs, policy.backoffBaseMs);
  // 2^(n-1) grows past any cap long before it overflows; the exponent is bounded all the same.
  const factor = 2 ** Math.min(Math.max(failures - 1, 0), 40);
  return Math.min(base * factor, policy.backoffCapMs);
}

export function healthAfterPoll(
  before: SourceHealth,
  event: PollEvent,
  at: number,
  intervalMinutes: number,
  policy: HealthPolicy = DEFAULT_HEALTH_POLICY,
): SourceHealth {
  const intervalMs = intervalMinutes * MINUTE_MS;
  if (event.kind !== 'failed') {
    const read = event.kind === 'read';
    return {
      version: 1,
      state: 'ok',
      failures: 0,
      failure: null,
      failingSince: null,
      lastFetchAt: at,
      lastSuccessAt: at,
      items: read ? event.items : before.items,
      newItems: read ? event.newItems : 0,
      nextPollAt: at + intervalMs,
      movedTo: read ? (event.movedTo ?? null) : before.movedTo,
    };
  }
  const failures = before.failures + 1;
  const paused = failures >= policy.pauseAfter || isPermanentFailure(event.failure);
  const retryAfter = event.retryAfterMs ?? 0;
  // Paused: probed once a day. Retry-After is the server's own word and is obeyed even past the cap, up to a week.
  const wait = paused ? policy.backoffCapMs : backoffMs(failures, intervalMs, policy);
  return {
    ...before,
    version: 1,
    state: paused ? 'paused' : 'failing',
    failures,
    failure: event.failure,
    failingSince: before.failingSince ?? at,
    lastFetchAt: at,
    nextPollAt: at + Math.max(wait, Math.min(retryAfter, 7 * DAY_MS)),
  };
}

/** The operator asked for a paused (or failing) source to be polled again now; its history is kept. */
export function resumeHealth(before: SourceHealth, now: number): SourceHealth {
  return { ...before, state: before.state === 'paused' ? 'failing' : before.state, failures: 0, nextPollAt: now };
}

export const isDue = (health: SourceHealth, now: number): boolean => health.nextPollAt <= now;

/** What /sources, /about and `npm run cli -- sources` show of one source, for any renderer. */
export interface SourceHealthView {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly state: SourceState | 'disabled';
  /** "ok", "failing (3 in a row)", "paused after 8 failures", "not polled yet", "disabled". */
  readonly status: string;
  /** Why it is failing or paused, in words; null otherwise. */
  readonly reason: string | null;
  /** The failure's kind, for a metric label or an icon; null when none. */
  readonly reasonKind: SourceFailure['kind'] | null;
  readonly lastFetchAt: number | null;
  readonly lastSuccessAt: number | null;
  readonly items: number | null;
  readonly newItems: number;
  readonly failures: number;
  /** null when disabled. */
  readonly nextPollAt: number | null;
  /** "moved permanently to …; update the sources file", when it was. */
  readonly note: string | null;
}

export function sourceHealthView(
  source: { readonly id: string; readonly name: string; readonly url: string; readonly enabled: boolean },
  health: SourceHealth,
): SourceHealthView {
  const state = source.enabled ? health.state : 'disabled';
  const status =
    state === 'disabled'
      ? 'disabled'
      : state === 'new'
        ? 'not polled yet'
        : state === 'ok'
          ? 'ok'
          : state === 'failing'
            ? `failing (${health.failures} in a row)`
            : health.failures > 1
              ? `paused after ${health.failures} failures, retried daily`
              : 'paused, retried daily';
  const retry = health.failure?.kind === 'http-status' && health.failure.retryAfterMs ? health.failure.retryAfterMs : null;
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    state,
    status,
    reason: health.failure ? describeFailure(health.failure) : null,
    reasonKind: health.failure?.kind ?? null,
    lastFetchAt: health.lastFetchAt,
    lastSuccessAt: health.lastSuccessAt,
    items: health.items,
    newItems: health.newItems,
    failures: health.failures,
    nextPollAt: source.enabled ? health.nextPollAt : null,
    note: health.movedTo
      ? `moved permanently to ${health.movedTo}; update the sources file`
      : retry
        ? `the server asked to wait ${formatDuration(retry)}`
        : null,
  };
}
