// A source's health as a pure function of its polls: ok, failing with back-off, paused, and the view.
import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  DAY_MS,
  DEFAULT_HEALTH_POLICY,
  healthAfterPoll,
  initialHealth,
  MINUTE_MS,
  resumeHealth,
  sourceHealthView,
  type SourceHealth,
} from '../../src/sources/health.js';
import type { SourceFailure } from '../../src/sources/failures.js';

const T0 = Date.UTC(2026, 0, 15, 9);
const FIVE_HUNDRED: SourceFailure = { kind: 'http-status', status: 500 };
const SOURCE = { id: 'armenpress', name: 'Armenpress', url: 'https://armenpress.am/rss', enabled: true };

function failRepeatedly(times: number, interval: number, policy = DEFAULT_HEALTH_POLICY): SourceHealth[] {
  const states: SourceHealth[] = [];
  let health = initialHealth(T0);
  let at = T0;
  for (let i = 0; i < times; i++) {
    health = healthAfterPoll(health, { kind: 'failed', failure: FIVE_HUNDRED }, at, interval, policy);
    states.push(health);
    at = health.nextPollAt;
  }
  return states;
}

describe('source health', () => {
  it('starts new and due now, and is ok after a read, next polled one interval later', () => {
    const fresh = initialHealth(T0);
    expect(fresh).toMatchObject({ state: 'new', nextPollAt: T0, items: null });
    const ok = healthAfterPoll(fresh, { kind: 'read', items: 20, newItems: 3 }, T0, 15);
    expect(ok).toMatchObject({ state: 'ok', items: 20, newItems: 3, lastFetchAt: T0, lastSuccessAt: T0, nextPollAt: T0 + 15 * MINUTE_MS });
    const same = healthAfterPoll(ok, { kind: 'not-modified' }, T0 + 15 * MINUTE_MS, 15);
    expect(same).toMatchObject({ state: 'ok', items: 20, newItems: 0 });
  });

  it('backs off after failures: minutes, doubling, capped at a day', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, 15 * MINUTE_MS) / MINUTE_MS)).toEqual([15, 30, 60, 120, 240]);
    // A source polled every 2 minutes still waits at least the base (5 minutes) after a failure.
    expect(backoffMs(1, 2 * MINUTE_MS) / MINUTE_MS).toBe(5);
    expect(backoffMs(7, 15 * MINUTE_MS) / MINUTE_MS).toBe(960);
    expect(backoffMs(8, 15 * MINUTE_MS)).toBe(DAY_MS);
    expect(backoffMs(1000, 15 * MINUTE_MS)).toBe(DAY_MS);

    const waits = failRepeatedly(10, 15, { ...DEFAULT_HEALTH_POLICY, pauseAfter: 50 }).map(
      (h) => (h.nextPollAt - h.lastFetchAt!) / MINUTE_MS,
    );
    expect(waits).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440, 1440]);
  });

  it('is failing with the reason and the count, then paused after pauseAfter failures in a row, probed daily', () => {
    const states = failRepeatedly(8, 15);
    expect(states.slice(0, 7).every((h) => h.state === 'failing')).toBe(true);
    expect(states[2]).toMatchObject({ failures: 3, failure: FIVE_HUNDRED, failingSince: T0 });
    const paused = states[7]!;
    expect(paused).toMatchObject({ state: 'paused', failures: 8 });
    expect(paused.nextPollAt - paused.lastFetchAt!).toBe(DAY_MS);
  });

  it('pauses at once on what asking again will not mend: 410 Gone, robots.txt, a private address', () => {
    for (const failure of [
      { kind: 'http-status', status: 410 },
      { kind: 'robots-disallow', url: 'https://x.example/feed' },
      { kind: 'private-address', host: 'x', address: '10.0.0.1' },
    ] satisfies SourceFailure[]) {
      expect(healthAfterPoll(initialHealth(T0), { kind: 'failed', failure }, T0, 15).state, failure.kind).toBe('paused');
    }
    expect(healthAfterPoll(initialHealth(T0), { kind: 'failed', failure: { kind: 'http-status', status: 404 } }, T0, 15).state).toBe(
      'failing',
    );
  });

  it('waits at least as long as Retry-After asks', () => {
    const failure: SourceFailure = { kind: 'http-status', status: 429, retryAfterMs: 3 * 3_600_000 };
    const health = healthAfterPoll(initialHealth(T0), { kind: 'failed', failure, retryAfterMs: 3 * 3_600_000 }, T0, 15);
    expect(health.nextPollAt).toBe(T0 + 3 * 3_600_000);
  });

  it('recovers to ok on the next good poll, and an operator can resume a paused source now', () => {
    const paused = failRepeatedly(8, 15)[7]!;
    const resumed = resumeHealth(paused, T0 + 1);
    expect(resumed).toMatchObject({ state: 'failing', failures: 0, nextPollAt: T0 + 1 });
    const ok = healthAfterPoll(resumed, { kind: 'read', items: 5, newItems: 5 }, T0 + 2, 15);
    expect(ok).toMatchObject({ state: 'ok', failures: 0, failure: null, failingSince: null });
  });
});

describe('SourceHealthView', () => {
  it('says the state and the reason in words', () => {
    const failing = failRepeatedly(3, 15)[2]!;
    expect(sourceHealthView(SOURCE, failing)).toMatchObject({
      id: 'armenpress',
      state: 'failing',
      status: 'failing (3 in a row)',
      reason: 'HTTP 500 Internal Server Error',
      reasonKind: 'http-status',
      failures: 3,
      nextPollAt: failing.nextPollAt,
    });
    expect(sourceHealthView(SOURCE, failRepeatedly(8, 15)[7]!).status).toBe('paused after 8 failures, retried daily');
    expect(sourceHealthView(SOURCE, initialHealth(T0)).status).toBe('not polled yet');
    expect(sourceHealthView({ ...SOURCE, enabled: false }, initialHealth(T0))).toMatchObject({ state: 'disabled', nextPollAt: null });
  });

  it('tells the operator when a source moved permanently', () => {
    const moved = healthAfterPoll(initialHealth(T0), { kind: 'read', items: 1, newItems: 1, movedTo: 'https://new.example/rss' }, T0, 15);
    expect(sourceHealthView(SOURCE, moved).note).toBe('moved permanently to https://new.example/rss; update the sources file');
  });
});
