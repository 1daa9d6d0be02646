// A subscription's health, decided from its history and the outcome of a send. Pure: the delivery acts on
// the verdict (writes the health, unschedules, tells the server); nothing here touches the store or a timer.
//
// - Delivered: healthy again, whatever came before (and a paused digest runs again).
// - Refused for the subscription's own reasons (access, permissions, channel gone): failing, counting the
//   refusals in a row; at `maxFailures` paused, with a notice for the server, until a moderator sets it again.
// - Discord's trouble (transient): failing with the reason, the count unchanged: outages never pause.
// - A message rejected as malformed is our bug, not the channel's: health unchanged.
import type { DeliveryFault } from './failures.js';
import type { Health, Subscription } from './types.js';

export const HEALTHY: Health = { state: 'ok' };

export type SendResult = { readonly kind: 'delivered' } | { readonly kind: 'fault'; readonly fault: DeliveryFault };

export interface HealthPolicy {
  /** When the send ended (ms since the epoch). */
  readonly now: number;
  /** Refusals in a row before a subscription is paused (at least 1). */
  readonly maxFailures: number;
}

export interface HealthVerdict {
  readonly health: Health;
  /** Subscription refusals in a row, this one included (0 after a delivery or a transient failure on a healthy digest). */
  readonly failures: number;
  /** This outcome pauses the digest: unschedule it and send `notice` to the server. */
  readonly paused: boolean;
  /** What the server is told; null unless paused now. */
  readonly notice: string | null;
  /** Delivered after failing or being paused. */
  readonly recovered: boolean;
  /** Delivered after being paused: schedule it again. */
  readonly resumed: boolean;
}

export const isPaused = (health: Health): boolean => health.state === 'paused';

export function healthAfter(sub: Pick<Subscription, 'channelId' | 'health'>, result: SendResult, policy: HealthPolicy): HealthVerdict {
  const before = sub.health;
  const failing = before.state === 'failing' ? before : null;
  const calm = { paused: false, notice: null, recovered: false, resumed: false } as const;
  if (result.kind === 'delivered') {
    return { ...calm, health: HEALTHY, failures: 0, recovered: before.state !== 'ok', resumed: before.state === 'paused' };
  }
  const { fault } = result;
  const since = failing ? failing.since : policy.now;
  if (fault.kind === 'rejected') return { ...calm, health: before, failures: failing?.failures ?? 0 };
  if (fault.kind === 'transient') {
    const failures = failing?.failures ?? 0;
    // A paused digest stays paused: only a moderator's `set` or a delivery lifts it.
    const health: Health = before.state === 'paused' ? before : { state: 'failing', reason: fault.reason, since, failures };
    return { ...calm, health, failures };
  }
  // A paused digest refused again (`/digest send`) stays paused, with the new reason: were it `failing`,
  // `/digest list` would show a next run the scheduler, which runs no paused digest, never makes.
  if (before.state === 'paused') return { ...calm, health: { ...before, reason: fault.reason }, failures: 1 };
  const failures = (failing?.failures ?? 0) + 1;
  if (failures < Math.max(1, policy.maxFailures)) {
    return { ...calm, health: { state: 'failing', reason: fault.reason, since, failures }, failures };
  }
  return {
    ...calm,
    health: { state: 'paused', reason: fault.reason, since: policy.now },
    failures,
    paused: true,
    notice: pauseNotice(sub.channelId, fault.reason, failures),
  };
}

export function pauseNotice(channelId: string, reason: string, failures: number): string {
  return (
    `The Attaché digest for <#${channelId}> is paused: ${reason}. ` +
    `It failed ${failures} times in a row. Once that is fixed, a moderator can resume it with /digest set.`
  );
}
