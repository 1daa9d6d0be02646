// A shard's side of the IPC channel, over a fake channel: reports pushed, /about's question answered or
// timed out, metrics handed over, and the shard told to stop when its manager is gone.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { connectToManager, shardReport, type IpcChannel } from '../../src/shard/link.js';
import type { ClusterView, FromShard } from '../../src/shard/protocol.js';

class FakeChannel extends EventEmitter {
  connected = true;
  readonly sent: FromShard[] = [];
  send(message: FromShard, _handle?: unknown, _options?: unknown, callback?: (err: Error | null) => void): boolean {
    this.sent.push(message);
    callback?.(null);
    return true;
  }
  /** What the manager would send. */
  deliver(message: unknown): void {
    this.emit('message', message);
  }
}

const REPORT = shardReport({
  id: 1,
  phase: 'running',
  gateway: { status: 'Ready', ping: 12, shards: 1 },
  guilds: 4,
  served: null,
  store: null,
});
const VIEW: ClusterView = { count: 2, shards: [] };

function link(channel: FakeChannel, over: Partial<Parameters<typeof connectToManager>[0]> = {}) {
  return connectToManager({
    report: () => REPORT,
    onManagerGone: () => undefined,
    logger: silentLogger,
    channel: channel as unknown as IpcChannel,
    ...over,
  });
}

afterEach(() => vi.useRealTimers());

describe('connectToManager', () => {
  it('reports at once, then on every interval and every push', () => {
    vi.useFakeTimers();
    const channel = new FakeChannel();
    const l = link(channel, { intervalMs: 5000 });
    expect(channel.sent).toEqual([{ attache: 'report', report: REPORT }]);
    vi.advanceTimersByTime(10_000);
    l.push();
    expect(channel.sent.filter((m) => m.attache === 'report')).toHaveLength(4);
    l.close();
    vi.advanceTimersByTime(10_000);
    expect(channel.sent).toHaveLength(4);
  });

  it('asks the manager for every shard’s status, matching the answer to the question', async () => {
    const channel = new FakeChannel();
    const l = link(channel);
    const first = l.cluster();
    const second = l.cluster();
    const [q1, q2] = channel.sent.filter((m) => m.attache === 'cluster?') as { nonce: number }[];
    channel.deliver({ attache: 'cluster', nonce: q2!.nonce, cluster: { ...VIEW, count: 9 } });
    channel.deliver({ _eval: 'discord.js’s own message' });
    channel.deliver({ attache: 'cluster', nonce: q1!.nonce, cluster: VIEW });
    expect(await first).toEqual(VIEW);
    expect((await second)?.count).toBe(9);
    l.close();
  });

  it('gives null when the manager does not answer in time, so /about still replies', async () => {
    const channel = new FakeChannel();
    const l = link(channel);
    expect(await l.cluster(30)).toBeNull();
    l.close();
  });

  it('answers a metrics request with its snapshot', () => {
    const channel = new FakeChannel();
    const l = link(channel, { metrics: () => ({ families: [] }) });
    channel.deliver({ attache: 'metrics?', nonce: 7 });
    expect(channel.sent.at(-1)).toEqual({ attache: 'metrics', nonce: 7, snapshot: { families: [] } });
    l.close();
  });

  it('says so when the manager is gone, and sends nothing on a closed channel', () => {
    const channel = new FakeChannel();
    const gone = vi.fn();
    const l = link(channel, { onManagerGone: gone });
    channel.connected = false;
    channel.emit('disconnect');
    expect(gone).toHaveBeenCalledOnce();
    const before = channel.sent.length;
    l.push();
    expect(channel.sent).toHaveLength(before);
    l.close();
  });
});
