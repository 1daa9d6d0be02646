// One message to Discord: a timeout is Discord's trouble, Discord's trouble is retried after back-offs,
// anything else is the delivery's to decide at once.
import { describe, expect, it } from 'vitest';
import { ChannelRefusedError, type DeliveryFault } from '../../src/digest/failures.js';
import { sendWithRetries, type SendPolicy } from '../../src/digest/send.js';
import { ManualClock } from '../../src/digest/timers.js';

const outage = () => Object.assign(new Error('Service Unavailable'), { status: 503 });

function attempt(clock: ManualClock, outcomes: (() => Promise<unknown>)[]) {
  const at: number[] = [];
  const send = () => {
    at.push(clock.now());
    const next = outcomes.shift();
    return next ? next() : Promise.resolve({ id: 'm' });
  };
  return { send, at };
}

function policy(clock: ManualClock, more: Partial<SendPolicy> = {}): SendPolicy {
  return {
    timers: clock,
    retryDelaysMs: [5_000, 30_000],
    sendTimeoutMs: 60_000,
    sleep: (ms) => new Promise((resolve) => clock.after(ms, resolve)),
    ...more,
  };
}

/** Runs `work` to its end on the manual clock, moving the clock as far as needed. */
async function onClock<T>(clock: ManualClock, work: Promise<T>): Promise<PromiseSettledResult<T>> {
  let result: PromiseSettledResult<T> | null = null;
  void work.then(
    (value) => (result = { status: 'fulfilled', value }),
    (reason: unknown) => (result = { status: 'rejected', reason }),
  );
  while (!result) await clock.advance(1_000);
  return result;
}

describe('sendWithRetries', () => {
  it('retries a transient failure after each back-off, and stops at the first success', async () => {
    const clock = new ManualClock(0);
    const { send, at } = attempt(clock, [() => Promise.reject(outage()), () => Promise.reject(outage())]);
    const retries: [number, number][] = [];
    const result = await onClock(clock, sendWithRetries(send, policy(clock, { onRetry: (n, ms) => retries.push([n, ms]) })));
    expect(result.status).toBe('fulfilled');
    expect(at).toEqual([0, 5_000, 35_000]);
    expect(retries).toEqual([
      [1, 5_000],
      [2, 30_000],
    ]);
  });

  it('gives up after the last back-off with the transient fault', async () => {
    const clock = new ManualClock(0);
    const { send, at } = attempt(
      clock,
      [0, 1, 2].map(() => () => Promise.reject(outage())),
    );
    const result = await onClock(clock, sendWithRetries(send, policy(clock)));
    expect(result).toMatchObject({ status: 'rejected', reason: { kind: 'transient', reason: expect.stringContaining('503') } });
    expect(at).toHaveLength(3);
  });

  it('counts a send that does not answer in time as transient', async () => {
    const clock = new ManualClock(0);
    const { send, at } = attempt(clock, [() => new Promise(() => undefined)]);
    const result = await onClock(clock, sendWithRetries(send, policy(clock)));
    expect(result.status).toBe('fulfilled');
    expect(at).toEqual([0, 65_000]);
  });

  it('does not retry a refusal nor a rejected message: the fault is thrown at once', async () => {
    const clock = new ManualClock(0);
    for (const [error, kind] of [
      [new ChannelRefusedError('the channel does not take messages'), 'subscription'],
      [Object.assign(new Error('Missing Access'), { code: 50001, status: 403 }), 'subscription'],
      [Object.assign(new Error('Invalid Form Body'), { code: 50035, status: 400 }), 'rejected'],
    ] as const) {
      const { send, at } = attempt(clock, [() => Promise.reject(error)]);
      await expect(sendWithRetries(send, policy(clock))).rejects.toMatchObject({ kind } satisfies Partial<DeliveryFault>);
      expect(at).toHaveLength(1);
    }
  });

  it('asks before each attempt whether to go on, and stops when told not to', async () => {
    const clock = new ManualClock(0);
    let checks = 0;
    const stop = new Error('removed');
    const beforeAttempt = () => {
      if (++checks === 2) throw stop;
    };
    const { send, at } = attempt(clock, [() => Promise.reject(outage())]);
    const result = await onClock(clock, sendWithRetries(send, policy(clock, { beforeAttempt })));
    expect(result).toEqual({ status: 'rejected', reason: stop });
    expect(at).toEqual([0]);
  });
});
