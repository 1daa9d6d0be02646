// The health policy alone: a pure function of a subscription's health and the outcome of a send.
import { describe, expect, it } from 'vitest';
import type { DeliveryFault } from '../../src/digest/failures.js';
import { HEALTHY, healthAfter, isPaused, pauseNotice, type SendResult } from '../../src/digest/health.js';
import type { Health } from '../../src/digest/types.js';

const C1 = '200000000000000001';
const T0 = Date.parse('2026-03-28T08:00:00Z');
const DAY = 86_400_000;
const policy = (now: number, maxFailures = 3) => ({ now, maxFailures });
const sub = (health: Health) => ({ channelId: C1, health });
const fault = (kind: DeliveryFault['kind'], reason = `a ${kind} reason`): SendResult => ({ kind: 'fault', fault: { kind, reason } });
const refused = fault('subscription', 'the bot cannot see the channel (Missing Access)');

describe('healthAfter', () => {
  it('marks a healthy subscription failing on its first refusal, since now, counting 1', () => {
    const verdict = healthAfter(sub(HEALTHY), refused, policy(T0));
    expect(verdict).toEqual({
      health: { state: 'failing', reason: 'the bot cannot see the channel (Missing Access)', since: T0, failures: 1 },
      failures: 1,
      paused: false,
      notice: null,
      recovered: false,
      resumed: false,
    });
  });

  it('counts refusals in a row from the first one, and pauses at maxFailures with a notice for the server', () => {
    let health: Health = HEALTHY;
    const verdicts = [0, 1, 2].map((day) => {
      const verdict = healthAfter(sub(health), refused, policy(T0 + day * DAY));
      health = verdict.health;
      return verdict;
    });
    expect(verdicts.map((v) => v.failures)).toEqual([1, 2, 3]);
    expect(verdicts[1]!.health).toMatchObject({ state: 'failing', since: T0, failures: 2 });
    expect(verdicts.map((v) => v.paused)).toEqual([false, false, true]);
    expect(verdicts[2]!.health).toEqual({ state: 'paused', reason: expect.stringContaining('Missing Access'), since: T0 + 2 * DAY });
    expect(verdicts[2]!.notice).toBe(pauseNotice(C1, 'the bot cannot see the channel (Missing Access)', 3));
    expect(verdicts[2]!.notice).toContain(`<#${C1}> is paused`);
    expect(verdicts[2]!.notice).toContain('/digest set');
    expect(isPaused(verdicts[2]!.health)).toBe(true);
  });

  it('pauses on the first refusal when maxFailures is 1, and treats a maxFailures below 1 as 1', () => {
    expect(healthAfter(sub(HEALTHY), refused, policy(T0, 1)).paused).toBe(true);
    expect(healthAfter(sub(HEALTHY), refused, policy(T0, 0)).paused).toBe(true);
  });

  it("never pauses for Discord's trouble: failing with the reason, the count of refusals unchanged", () => {
    const outage = fault('transient', 'Discord did not take the digest (503: Service Unavailable)');
    expect(healthAfter(sub(HEALTHY), outage, policy(T0))).toMatchObject({
      health: { state: 'failing', reason: expect.stringContaining('503'), since: T0, failures: 0 },
      paused: false,
      notice: null,
    });
    const twice: Health = { state: 'failing', reason: 'refused', since: T0 - DAY, failures: 2 };
    expect(healthAfter(sub(twice), outage, policy(T0)).health).toEqual({
      state: 'failing',
      reason: expect.stringContaining('503'),
      since: T0 - DAY,
      failures: 2,
    });
  });

  it('leaves a paused subscription paused after a transient failure', () => {
    const paused: Health = { state: 'paused', reason: 'gone', since: T0 - DAY };
    expect(healthAfter(sub(paused), fault('transient'), policy(T0)).health).toBe(paused);
  });

  it('keeps a paused subscription refused again (/digest send) paused, with the new reason and no second notice', () => {
    const paused: Health = { state: 'paused', reason: 'gone', since: T0 - DAY };
    const verdict = healthAfter(sub(paused), refused, policy(T0));
    expect(verdict.health).toEqual({ state: 'paused', reason: 'the bot cannot see the channel (Missing Access)', since: T0 - DAY });
    expect(verdict).toMatchObject({ paused: false, notice: null, resumed: false });
  });

  it('leaves health alone when Discord rejects one message as malformed (our bug, not the channel)', () => {
    const failing: Health = { state: 'failing', reason: 'refused', since: T0, failures: 1 };
    expect(healthAfter(sub(failing), fault('rejected'), policy(T0 + DAY))).toMatchObject({ health: failing, paused: false });
    expect(healthAfter(sub(HEALTHY), fault('rejected'), policy(T0)).health).toBe(HEALTHY);
  });

  it('restores health on a delivery, saying whether it recovered and whether a paused one runs again', () => {
    expect(healthAfter(sub(HEALTHY), { kind: 'delivered' }, policy(T0))).toMatchObject({
      health: HEALTHY,
      recovered: false,
      resumed: false,
    });
    const failing: Health = { state: 'failing', reason: 'refused', since: T0, failures: 2 };
    expect(healthAfter(sub(failing), { kind: 'delivered' }, policy(T0))).toMatchObject({
      health: HEALTHY,
      recovered: true,
      resumed: false,
    });
    const paused: Health = { state: 'paused', reason: 'gone', since: T0 };
    expect(healthAfter(sub(paused), { kind: 'delivered' }, policy(T0))).toMatchObject({ health: HEALTHY, recovered: true, resumed: true });
  });
});
