// One promise chain per subscription: in order within one, independent across them, tracked for stop and settled.
import { describe, expect, it } from 'vitest';
import { DigestDeliveryError, Interrupted } from '../../src/digest/failures.js';
import { SubscriptionQueues } from '../../src/digest/queues.js';
import { ManualClock } from '../../src/digest/timers.js';
import { createLogger } from '../../src/log.js';

function queues() {
  const logs: { event: string; [k: string]: unknown }[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as (typeof logs)[number]) });
  return { queues: new SubscriptionQueues(logger), logs };
}

const never = () => new Promise<never>(() => undefined);

describe('SubscriptionQueues', () => {
  it("runs one subscription's tasks one after another, even after one fails", async () => {
    const { queues: q } = queues();
    const order: string[] = [];
    const first = q.enqueue('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('first');
      throw new Error('boom');
    });
    const second = q.enqueue('a', async () => (order.push('second'), 2));
    await expect(first).rejects.toThrow('boom');
    expect(await second).toBe(2);
    expect(order).toEqual(['first', 'second']);
  });

  it('does not let a task that hangs hold up another subscription', async () => {
    const { queues: q } = queues();
    void q.enqueue('a', never);
    expect(await q.enqueue('b', async () => 'b done')).toBe('b done');
    await new Promise((resolve) => setImmediate(resolve));
    expect(q.size).toBe(1);
  });

  it('logs a task that failed unexpectedly, but not an interruption or a failure the caller answers', async () => {
    const { queues: q, logs } = queues();
    await q.enqueue('a', () => Promise.reject(new Error('store down'))).catch(() => undefined);
    await q.enqueue('a', () => Promise.reject(new Interrupted('stopped'))).catch(() => undefined);
    await q.enqueue('a', () => Promise.reject(new DigestDeliveryError('refused', 'subscription', 0))).catch(() => undefined);
    await q.settled();
    expect(logs.filter((l) => l.event === 'digest.task_failed')).toEqual([expect.objectContaining({ key: 'a', level: 'error' })]);
  });

  it('is settled once every task has finished or sleeps on the clock, and goes on when the clock moves', async () => {
    const { queues: q } = queues();
    const clock = new ManualClock(0);
    let woke = false;
    void q.enqueue('a', async () => {
      await q.sleep(clock, 60_000);
      woke = true;
    });
    await q.settled();
    expect(woke).toBe(false);
    expect(clock.nextDue()).toBe(60_000);
    await clock.advanceTo(60_000, () => q.settled());
    expect(woke).toBe(true);
    expect(q.size).toBe(0);
  });

  it('drains the tasks under way, and gives up on one that hangs after the timeout', async () => {
    const { queues: q } = queues();
    let done = false;
    void q.enqueue('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      done = true;
    });
    expect(await q.drain(1_000)).toBe(true);
    expect(done).toBe(true);
    void q.enqueue('b', never);
    expect(await q.drain(20)).toBe(false);
  });
});
