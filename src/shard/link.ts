// A shard process's side of the IPC channel to its manager: it reports its state (every few seconds,
// and at once on a change), asks for every shard's status for /about, answers requests for its metrics,
// and notices when the manager is gone (then the shard must end: a manager started again would start
// this shard a second time, and two processes holding the same guilds would both send their digests).
import { Events, type Client } from 'discord.js';
import type { GatewayHealth, StoreHealthReport } from '../health.js';
import type { Logger } from '../log.js';
import type { ServedIndex } from '../runtime/servedIndex.js';
import { isFromManager, type ClusterView, type FromShard, type ShardReport } from './protocol.js';
import { REPORT_INTERVAL_MS } from './status.js';

export interface ManagerLinkOptions {
  /** This shard's state now; called for every report. */
  readonly report: () => ShardReport;
  /** This shard's metrics snapshot, for the manager's /metrics; absent: the shard has none. */
  readonly metrics?: () => unknown;
  /** The manager's process has gone away (the IPC channel closed). */
  readonly onManagerGone: () => void;
  readonly logger: Logger;
  readonly intervalMs?: number;
  /** The IPC side of `process`; tests hand in a fake. */
  readonly channel?: IpcChannel;
}

export type IpcChannel = Pick<NodeJS.Process, 'on' | 'off' | 'send' | 'connected'>;

export interface ManagerLink {
  /** Sends a report now (a phase change, a reload, the gateway coming back). */
  push(): void;
  /** Every shard's status, as the manager knows it; null when it does not answer in time. A function property: it is handed on detached (to the commands' context). */
  readonly cluster: (timeoutMs?: number) => Promise<ClusterView | null>;
  close(): void;
}

export function connectToManager(options: ManagerLinkOptions): ManagerLink {
  const channel = options.channel ?? process;
  const log = options.logger;
  if (typeof channel.send !== 'function')
    throw new Error('this process has no IPC channel: shard processes are started by the shard manager (npm run start:sharded)');
  let nonce = 0;
  const waiting = new Map<number, (view: ClusterView | null) => void>();

  const send = (message: FromShard): void => {
    if (!channel.connected) return;
    try {
      channel.send!(message, undefined, undefined, (err: Error | null) => {
        if (err) log.debug('report to the shard manager not sent', { err });
      });
    } catch (err) {
      log.debug('report to the shard manager not sent', { err });
    }
  };

  const push = (): void => {
    let report: ShardReport;
    try {
      report = options.report();
    } catch (err) {
      log.error('shard report failed', { err });
      return;
    }
    send({ attache: 'report', report });
  };

  const onMessage = (message: unknown): void => {
    if (!isFromManager(message)) return;
    if (message.attache === 'cluster') {
      waiting.get(message.nonce)?.(message.cluster);
      waiting.delete(message.nonce);
    } else if (message.attache === 'metrics?') {
      let snapshot: unknown = null;
      try {
        snapshot = options.metrics?.() ?? null;
      } catch (err) {
        log.error('metrics snapshot failed', { err });
      }
      send({ attache: 'metrics', nonce: message.nonce, snapshot });
    }
  };
  const onDisconnect = () => {
    log.warn('shard manager gone', { note: 'stopping: a shard without its manager would run twice once the manager is started again' });
    options.onManagerGone();
  };

  channel.on('message', onMessage);
  channel.on('disconnect', onDisconnect);
  const timer = setInterval(push, options.intervalMs ?? REPORT_INTERVAL_MS);
  timer.unref();
  push();

  return {
    push,
    cluster(timeoutMs = 1000) {
      const n = ++nonce;
      return new Promise<ClusterView | null>((resolve) => {
        const timeout = setTimeout(() => {
          waiting.delete(n);
          resolve(null);
        }, timeoutMs);
        timeout.unref();
        waiting.set(n, (view) => {
          clearTimeout(timeout);
          resolve(view);
        });
        send({ attache: 'cluster?', nonce: n });
      });
    },
    close() {
      clearInterval(timer);
      channel.off('message', onMessage);
      channel.off('disconnect', onDisconnect);
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
    },
  };
}

/** This shard's report from what the app holds (src/runtime/app.ts). */
export function shardReport(state: {
  id: number;
  phase: ShardReport['phase'];
  gateway: GatewayHealth | null;
  guilds: number;
  served: Pick<ServedIndex, 'health' | 'reloadError'> | null;
  store: StoreHealthReport | null;
}): ShardReport {
  return {
    id: state.id,
    pid: process.pid,
    phase: state.phase,
    gateway: state.gateway,
    guilds: state.guilds,
    index: state.served?.health() ?? null,
    reloadError: state.served?.reloadError() ?? null,
    store: state.store,
    at: Date.now(),
  };
}

/** The manager hears of a gateway drop or comeback at once, not at the next periodic report. */
export function pushOnGatewayChange(client: Client, link: Pick<ManagerLink, 'push'>): void {
  for (const event of [Events.ShardReady, Events.ShardResume, Events.ShardDisconnect, Events.ShardReconnecting] as const)
    client.on(event, () => link.push());
}
