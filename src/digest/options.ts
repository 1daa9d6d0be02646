// What the digest service is handed (its ports to the index, the store and Discord) and its defaults.
import type { AttacheIndex } from '../index/api.js';
import type { Logger } from '../log.js';
import type { DigestMetrics } from '../metrics/index.js';
import type { KeyValueStore } from '../store/index.js';
import { SUBSCRIPTION_DEFAULTS } from './subscriptions.js';
import type { DigestTimers } from './timers.js';
import type { Placement, PlacedMessage } from './post.js';
import type { DigestMessage, LookFirst } from './types.js';

export interface DigestServiceOptions {
  store: KeyValueStore;
  /** The index being served now (a reload swaps it). */
  index: () => AttacheIndex;
  logger: Logger;
  /**
   * Posts one message; with `lookFirst`, only if it is not in the channel already (a resume: see LookFirst);
   * in a forum channel, where `place` says (a new post, or the digest's post: ./post.ts).
   * Throws discord.js DiscordAPIError on failure (code 50001, 50013, 10003 …).
   */
  send: (channelId: string, message: DigestMessage, lookFirst?: LookFirst, place?: Placement) => Promise<PlacedMessage>;
  /** Guilds this process holds (its shards): only their subscriptions run here. */
  heldGuilds: () => Iterable<string>;
  /** Tells a server something (its system channel, if the bot can post there); may throw. */
  notifyGuild: (guildId: string, text: string) => Promise<void>;
  /** Default: the timers' clock. */
  now?: () => number;
  /** Default: node-cron and setTimeout. Tests pass a ManualClock. */
  timers?: DigestTimers;
  /** A slot missed while the bot was down is delivered on start if it is at most this old; default 6 h. */
  graceMs?: number;
  /** Refusals in a row (missing access, permissions, channel gone) before a subscription is paused; default 3. */
  maxFailures?: number;
  /** Waits between attempts at a message after a transient failure; default 5 s, 30 s, 2 min. */
  retryDelaysMs?: readonly number[];
  /** After the retries above, the digest is tried again this much later, while within grace; default 30 min. */
  laterRetryMs?: number;
  /** A send that has not answered after this long counts as a transient failure; default 60 s. */
  sendTimeoutMs?: number;
  /** `stop` waits at most this long (real time) for deliveries under way; default 10 s. */
  stopTimeoutMs?: number;
  /** The digests' name (headline, footers). */
  title?: string;
  /** At most this many messages per digest; default 20. */
  maxMessages?: number;
  /** Counts messages sent and digests delivered or failed (the health port's /metrics); none by default. */
  metrics?: DigestMetrics;
}

export const DIGEST_SERVICE_DEFAULTS = {
  time: SUBSCRIPTION_DEFAULTS.time,
  timezone: SUBSCRIPTION_DEFAULTS.timezone,
  graceMs: 6 * 3_600_000,
  maxFailures: 3,
  retryDelaysMs: [5_000, 30_000, 120_000] as readonly number[],
  laterRetryMs: 30 * 60_000,
  sendTimeoutMs: 60_000,
  stopTimeoutMs: 10_000,
  maxSubscriptionsPerGuild: SUBSCRIPTION_DEFAULTS.maxSubscriptionsPerGuild,
  maxActors: SUBSCRIPTION_DEFAULTS.maxActors,
} as const;
