// Before any shard starts: ask Discord how many shards it recommends and how fast sessions may start,
// settle the count, refuse a store several processes cannot share, and order the start-up.
import { DiscordAPIError, REST, Routes } from 'discord.js';

/** The parts of GET /gateway/bot the manager uses. */
export interface GatewayBotInfo {
  /** Discord's recommendation (about one shard per 1,000 servers). */
  readonly shards: number;
  readonly sessionStartLimit: {
    readonly total: number;
    readonly remaining: number;
    readonly resetAfterMs: number;
    /** How many shards may identify in the same 5 seconds (1 for most bots, 16 and more for large ones). */
    readonly maxConcurrency: number;
  };
}

/** A reason the manager cannot start, in words for the operator. */
export class ShardSetupError extends Error {
  override readonly name = 'ShardSetupError';
}

/**
 * GET /gateway/bot on DISCORD_API_URL (discord.js's own `fetchRecommendedShardCount` always asks
 * discord.com, which would bypass a REST proxy and the test emulator).
 */
export async function fetchGatewayBot(token: string, apiUrl: string): Promise<GatewayBotInfo> {
  const rest = new REST({ api: apiUrl }).setToken(token);
  let body: { shards?: unknown; session_start_limit?: Record<string, unknown> };
  try {
    body = (await rest.get(Routes.gatewayBot())) as typeof body;
  } catch (err) {
    if (err instanceof DiscordAPIError && err.status === 401) {
      throw new ShardSetupError(
        'Discord refused DISCORD_TOKEN (401 on GET /gateway/bot): reset the token in the Developer Portal → Bot, and set it again',
      );
    }
    throw new ShardSetupError(`could not ask Discord for the shard count (GET ${apiUrl}/v10/gateway/bot): ${(err as Error).message}`);
  }
  const limit = body.session_start_limit ?? {};
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  return {
    shards: Math.max(1, num(body.shards, 1)),
    sessionStartLimit: {
      total: num(limit.total, 1000),
      remaining: num(limit.remaining, 1000),
      resetAfterMs: num(limit.reset_after, 0),
      maxConcurrency: Math.max(1, num(limit.max_concurrency, 1)),
    },
  };
}

/** SHARD_COUNT=auto takes Discord's recommendation; a number is taken as it is. */
export function resolveShardCount(setting: number | 'auto', info: GatewayBotInfo): number {
  return setting === 'auto' ? info.shards : setting;
}

/**
 * Several shard processes share one store. A SQLite file is for one process: concurrent writers from
 * other processes meet SQLITE_BUSY (a digest write that fails), `:memory:` would give each shard a store
 * of its own, and a file ties every shard to one disk. Redis is what they share.
 */
export function storeProblem(storeUrl: string, count: number): string | null {
  if (count <= 1 || /^rediss?:\/\//.test(storeUrl)) return null;
  return (
    `STORE_URL is ${storeUrl.split('://')[0]}:// but ${count} shard processes cannot share a SQLite file. ` +
    'Set STORE_URL=redis://host:6379 (docker compose --profile sharded starts one), or SHARD_COUNT=1 to keep the file'
  );
}

/**
 * The order shards start in: Discord lets `maxConcurrency` shards identify per 5 seconds, each in the
 * bucket `id % maxConcurrency`; so shards 0..c-1 may start together, then the next c, and so on.
 */
export function spawnWaves(count: number, maxConcurrency: number): number[][] {
  const size = Math.max(1, maxConcurrency);
  const waves: number[][] = [];
  for (let first = 0; first < count; first += size) waves.push(Array.from({ length: Math.min(size, count - first) }, (_, i) => first + i));
  return waves;
}

/** Discord's identify window. */
export const IDENTIFY_WINDOW_MS = 5_000;

/**
 * How long to wait before starting a shard again after its process ended: a process that lived a
 * while gets the first delay; one that keeps dying at start (a bad setting, a store down) backs off.
 */
export function restartDelay(consecutiveQuickExits: number, delays: readonly number[] = RESTART_DELAYS_MS): number {
  return delays[Math.min(Math.max(0, consecutiveQuickExits), delays.length - 1)] ?? 1000;
}

export const RESTART_DELAYS_MS: readonly number[] = [1_000, 5_000, 15_000, 60_000];
