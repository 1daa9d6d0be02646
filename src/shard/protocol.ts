// What shard processes and their manager tell each other over the IPC channel that fork() opens. The
// channel also carries discord.js's own messages (`_ready`, `_eval`, `_fetchProp`, …); ours all carry an
// `attache` key, so neither side mistakes one for the other. Plain JSON: IPC serialises it.
import type { GatewayHealth, IndexHealth, StoreHealthReport } from '../health.js';

/** What a shard says about itself: pushed every few seconds, and at once when something changes. */
export interface ShardReport {
  readonly id: number;
  readonly pid: number;
  /** The app's phase: 'running' once the bot is logged in, its commands synced and its digests started. */
  readonly phase: 'starting' | 'running' | 'stopping';
  /** null before the client exists. */
  readonly gateway: GatewayHealth | null;
  /** Guilds this shard holds (its part of the bot's servers). */
  readonly guilds: number;
  /** Every shard loads the index itself: its own figures, null before its first load. */
  readonly index: IndexHealth | null;
  /** The last reload failed as a whole (the shard keeps serving the previous index). */
  readonly reloadError: string | null;
  /** The shard's store of digest settings; null before it is opened (or in a shard without one). */
  readonly store: StoreHealthReport | null;
  /** ms since the epoch, by the shard's clock. */
  readonly at: number;
}

/** A shard as the manager sees it: its process, its last report, and what that adds up to. */
export interface ShardStatus {
  readonly id: number;
  /**
   * ok: connected and answering. starting: (re)spawned, not running yet. down: its process is gone (a
   * restart is scheduled). degraded: running but not serving well (gateway not ready, a failed reload,
   * or silent for too long).
   */
  readonly status: 'ok' | 'starting' | 'degraded' | 'down';
  /** Why it is not ok (absent when it is). */
  readonly detail?: string;
  readonly pid: number | null;
  /** How many times the manager has started it again after its process ended. */
  readonly restarts: number;
  readonly gateway: { readonly status: string; readonly ping: number | null } | null;
  readonly guilds: number | null;
  readonly index: IndexHealth | null;
  /** Its store of digest settings, once opened: unavailable makes the shard degraded. */
  readonly store?: StoreHealthReport;
  /** How the previous process of this shard ended (absent before any ended). */
  readonly lastExit?: { readonly code: number | null; readonly signal: string | null; readonly at: string };
}

/** Every shard's status, as a shard receives it for /about. */
export interface ClusterView {
  readonly count: number;
  readonly shards: readonly ShardStatus[];
}

/** shard → manager */
export type FromShard =
  | { readonly attache: 'report'; readonly report: ShardReport }
  | { readonly attache: 'cluster?'; readonly nonce: number }
  | { readonly attache: 'metrics'; readonly nonce: number; readonly snapshot: unknown };

/** manager → shard */
export type FromManager =
  | { readonly attache: 'cluster'; readonly nonce: number; readonly cluster: ClusterView }
  | { readonly attache: 'metrics?'; readonly nonce: number };

export function isFromShard(message: unknown): message is FromShard {
  return isOurs(message) && (message.attache === 'report' || message.attache === 'cluster?' || message.attache === 'metrics');
}

export function isFromManager(message: unknown): message is FromManager {
  return isOurs(message) && (message.attache === 'cluster' || message.attache === 'metrics?');
}

function isOurs(message: unknown): message is { attache: unknown } {
  return typeof message === 'object' && message !== null && 'attache' in message;
}
