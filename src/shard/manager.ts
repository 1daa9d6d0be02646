// The shard manager (`npm run start:sharded`): discord.js's ShardingManager forks one bot process per
// shard; this module decides the count, starts them at the pace Discord allows, starts a shard again
// when its process ends (backing off when it keeps dying at start), keeps what each shard last reported
// for /health and /about, and stops them all in order. It holds no Discord connection of its own.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from '../log.js';
import {
  fetchGatewayBot,
  IDENTIFY_WINDOW_MS,
  resolveShardCount,
  restartDelay,
  RESTART_DELAYS_MS,
  ShardSetupError,
  spawnWaves,
  storeProblem,
  type GatewayBotInfo,
} from './plan.js';
import { isFromShard, type ClusterView, type FromManager, type ShardReport, type ShardStatus } from './protocol.js';
import { assessCluster, shardStatus, type ShardedHealthReport } from './status.js';

export interface ShardScript {
  /** The bot's entry point (src/main.ts from source, dist/src/main.js compiled). */
  readonly file: string;
  /** Node flags for it (`--import tsx` from source). */
  readonly execArgv: readonly string[];
}

export interface ShardManagerOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly shardCount: number | 'auto';
  /** SHARD_LIST: the shards this host runs, of the count; default all (0 … count − 1). */
  readonly shardList?: readonly number[] | null;
  readonly storeUrl: string;
  readonly logger: Logger;
  readonly script: ShardScript;
  /** How long a wave of shards may take to connect before the next wave starts anyway; default 120 s. */
  readonly readyTimeoutMs?: number;
  readonly restartDelaysMs?: readonly number[];
  /** A shard's own shutdown takes up to 10 s per step: after this, it is killed; default 30 s. */
  readonly stopTimeoutMs?: number;
  readonly now?: () => number;
}

export interface ShardManager {
  readonly count: number;
  readonly gateway: GatewayBotInfo;
  /** Resolves once every shard has reported running (its bot logged in, commands synced, digests on). */
  readonly started: Promise<void>;
  statuses(): ShardStatus[];
  health(): ShardedHealthReport;
  cluster(): ClusterView;
  /** Each live shard's metrics snapshot; null for a shard that is down or did not answer in time. */
  metrics(timeoutMs?: number): Promise<{ id: number; snapshot: unknown }[]>;
  /** SIGTERM to every shard, SIGKILL after the timeout; resolves true when all ended with code 0. */
  stop(): Promise<boolean>;
}

interface Slot {
  readonly shard: Shard;
  pid: number | null;
  restarts: number;
  /** Exits in a row before the process reported running: a crash loop backs off. */
  quickExits: number;
  report: ShardReport | null;
  reportedAt: number | null;
  lastExit: { code: number | null; signal: string | null; at: number } | null;
  /** The pid that last reported running (logged once per process). */
  runningPid: number | null;
  restartTimer: NodeJS.Timeout | null;
}

/** Asks Discord, checks the settings, forks the shards; rejects with ShardSetupError when it cannot start. */
export async function startShardManager(options: ShardManagerOptions): Promise<ShardManager> {
  const log = options.logger;
  const now = options.now ?? Date.now;
  // A fixed count with SQLite is refused before anything else; 'auto' once Discord has said how many.
  if (options.shardCount !== 'auto') throwIf(storeProblem(options.storeUrl, options.shardCount));
  const gateway = await fetchGatewayBot(options.token, options.apiUrl);
  const count = resolveShardCount(options.shardCount, gateway);
  throwIf(storeProblem(options.storeUrl, count));
  // Shards spread over hosts: this host runs its list of the count (docs/scaling.md, "Past one machine").
  const ids = options.shardList ?? Array.from({ length: count }, (_, i) => i);
  const { maxConcurrency, remaining, resetAfterMs } = gateway.sessionStartLimit;
  if (count < gateway.shards)
    log.warn('fewer shards than Discord recommends', {
      shards: count,
      recommended: gateway.shards,
      note: 'past 2,500 servers per shard Discord refuses to connect (4011)',
    });
  if (remaining < count) {
    log.warn('few session starts left', {
      remaining,
      shards: count,
      resetInMinutes: Math.ceil(resetAfterMs / 60_000),
      note: 'Discord allows 1,000 a day; shards that cannot start wait for the reset',
    });
  }
  log.info('shard manager starting', {
    shards: count,
    recommended: gateway.shards,
    maxConcurrency,
    storeKind: options.storeUrl.split('://')[0],
  });

  const manager = new ShardingManager(options.script.file, {
    totalShards: count,
    shardList: [...ids],
    mode: 'process',
    // Restarts are ours (with a back-off); discord.js's would start a crashing shard again at once, forever.
    respawn: false,
    execArgv: [...options.script.execArgv],
    token: options.token,
  });

  let phase: 'starting' | 'running' | 'stopping' = 'starting';
  const stopping = () => phase === 'stopping';
  const delays = options.restartDelaysMs ?? RESTART_DELAYS_MS;
  const slots: Slot[] = [];
  let nonce = 0;
  const pendingMetrics = new Map<number, (snapshot: unknown) => void>();
  let markStarted: () => void = () => undefined;
  const allRunning = new Promise<void>((resolve) => (markStarted = resolve));

  const statuses = (): ShardStatus[] => slots.map((slot) => shardStatus({ id: slot.shard.id, ...slot }, now()));
  const cluster = (): ClusterView => ({ count, shards: statuses() });

  const spawn = (slot: Slot): void => {
    if (stopping() || slot.shard.process) return;
    // -1: do not wait for ready here; the waves below and the reports say how it goes.
    slot.shard.spawn(-1).catch((err: unknown) => log.error('shard did not start', { shard: slot.shard.id, err }));
  };

  const onDeath = (slot: Slot, child: ChildProcess): void => {
    const pid = child.pid ?? slot.pid;
    slot.lastExit = { code: child.exitCode, signal: child.signalCode, at: now() };
    slot.pid = null;
    slot.report = null;
    slot.reportedAt = null;
    if (phase === 'stopping') return;
    const ranBefore = slot.runningPid === pid;
    slot.quickExits = ranBefore ? 0 : slot.quickExits + 1;
    const delay = restartDelay(ranBefore ? 0 : slot.quickExits - 1, delays);
    log.warn('shard exited', {
      shard: slot.shard.id,
      pid,
      code: child.exitCode,
      signal: child.signalCode,
      restartInMs: delay,
      ...(ranBefore ? {} : { exitsBeforeRunning: slot.quickExits }),
    });
    slot.restartTimer = setTimeout(() => {
      slot.restartTimer = null;
      slot.restarts++;
      spawn(slot);
    }, delay);
  };

  const onMessage = (slot: Slot, message: unknown): void => {
    if (!isFromShard(message)) return;
    const id = slot.shard.id;
    switch (message.attache) {
      case 'report': {
        const report = message.report;
        if (report.pid !== slot.pid) return; // from a process that has ended since
        slot.report = report;
        slot.reportedAt = now();
        if (report.phase === 'running' && slot.runningPid !== report.pid) {
          slot.runningPid = report.pid;
          log.info('shard running', { shard: id, pid: report.pid, guilds: report.guilds, restarts: slot.restarts });
          if (slots.every((s) => s.runningPid !== null && s.runningPid === s.pid)) markStarted();
        }
        return;
      }
      case 'cluster?':
        send(slot, { attache: 'cluster', nonce: message.nonce, cluster: cluster() });
        return;
      case 'metrics':
        pendingMetrics.get(message.nonce)?.(message.snapshot);
        return;
    }
  };

  const send = (slot: Slot, message: FromManager): void => {
    // A shard that has just ended cannot be told anything; its successor will ask again.
    if (slot.shard.process?.connected) slot.shard.send(message).catch(() => undefined);
  };

  for (const id of ids) {
    const shard = manager.createShard(id);
    const slot: Slot = {
      shard,
      pid: null,
      restarts: 0,
      quickExits: 0,
      report: null,
      reportedAt: null,
      lastExit: null,
      runningPid: null,
      restartTimer: null,
    };
    slots.push(slot);
    shard.on('spawn', (child) => {
      slot.pid = (child as ChildProcess).pid ?? null;
      log.info('shard spawned', { shard: id, pid: slot.pid });
    });
    shard.on('death', (child) => onDeath(slot, child as ChildProcess));
    shard.on('message', (message: unknown) => onMessage(slot, message));
    shard.on('error', (err: Error) => log.error('shard error', { shard: id, err }));
  }

  /** Resolves when the shard's gateway is ready (discord.js's own `_ready`), or after the timeout. */
  const connected = (slot: Slot, timeoutMs: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        slot.shard.off('ready', done);
        resolve();
      };
      const timer = setTimeout(() => {
        log.warn('shard slow to connect', { shard: slot.shard.id, waitedMs: timeoutMs, note: 'starting the next shards anyway' });
        done();
      }, timeoutMs);
      slot.shard.on('ready', done);
    });

  const started = (async () => {
    const t0 = now();
    // Waves over this host's slots (all the shards, or its SHARD_LIST).
    const waves = spawnWaves(slots.length, maxConcurrency);
    for (const [i, wave] of waves.entries()) {
      if (stopping()) return;
      const ready = wave.map((at) => connected(slots[at]!, options.readyTimeoutMs ?? 120_000));
      for (const at of wave) spawn(slots[at]!);
      await Promise.all(ready);
      // The next wave identifies only after Discord's window has passed since this one did.
      if (i < waves.length - 1) await sleep(IDENTIFY_WINDOW_MS);
    }
    await allRunning;
    if (!stopping()) phase = 'running';
    log.info('shards ready', { shards: count, ...(options.shardList ? { here: ids } : {}), ms: now() - t0 });
  })();

  return {
    count,
    gateway,
    started,
    statuses,
    cluster,
    health: () => assessCluster(statuses(), phase),
    async metrics(timeoutMs = 1000) {
      return Promise.all(
        slots.map(async (slot) => {
          if (!slot.shard.process?.connected) return { id: slot.shard.id, snapshot: null };
          const n = ++nonce;
          const answer = new Promise<unknown>((resolve) => {
            pendingMetrics.set(n, resolve);
            setTimeout(() => resolve(null), timeoutMs).unref();
          });
          send(slot, { attache: 'metrics?', nonce: n });
          const snapshot = await answer;
          pendingMetrics.delete(n);
          return { id: slot.shard.id, snapshot };
        }),
      );
    },
    async stop() {
      phase = 'stopping';
      for (const slot of slots) {
        if (slot.restartTimer) clearTimeout(slot.restartTimer);
        slot.restartTimer = null;
      }
      const outcomes = await Promise.all(slots.map((slot) => stopShard(slot, options.stopTimeoutMs ?? 30_000, log)));
      return outcomes.every(Boolean);
    },
  };
}

/** SIGTERM: the shard runs its own orderly shutdown (digests, gateway, store). SIGKILL if it hangs. */
async function stopShard(slot: Slot, timeoutMs: number, log: Logger): Promise<boolean> {
  const child = slot.shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return true;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    log.warn('shard did not stop in time', { shard: slot.shard.id, timeoutMs });
    child.kill('SIGKILL');
  }, timeoutMs);
  await exited;
  clearTimeout(timer);
  log.info('shard stopped', { shard: slot.shard.id, code: child.exitCode, signal: child.signalCode });
  return child.exitCode === 0;
}

function throwIf(problem: string | null): void {
  if (problem) throw new ShardSetupError(problem);
}
