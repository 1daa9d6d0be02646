// The Discord client and its wiring: interactions go to the router, client and shard troubles go to the
// log. Nothing here registers commands (commandSync does) or decides how the process starts and stops.
import { Client, Events, GatewayIntentBits, type ClientOptions, type Guild } from 'discord.js';
import type { CommandContext, CommandModule, ShardContext } from './commandContract.js';
import type { DigestService } from '../digest/service.js';
import type { AttacheIndex } from '../index/api.js';
import type { Logger } from '../log.js';
import type { AttacheMetrics } from '../metrics/index.js';
import type { SourcesView } from '../views/sources.js';
import { createDigestDelivery, type DigestDelivery } from './digestDelivery.js';
import { PagingStore } from './paging.js';
import { createRouter } from './router.js';

export interface BotOptions {
  /** The slash commands it answers (commands/index.ts): the process that runs the bot hands them in. */
  commands: readonly CommandModule[];
  token: string;
  /** REST base without the version, e.g. https://discord.com/api or the emulator's restUrl. */
  apiUrl: string;
  index: () => AttacheIndex;
  freshness: () => { lastReload: number | null; problems: number };
  logger: Logger;
  clientOptions?: Partial<ClientOptions>;
  /** How long page buttons keep working after their last use; default 15 minutes. */
  pagingTtlMs?: number;
  now?: () => number;
  /** Digests post through this client, so the service is made once the client exists. */
  digests?: (delivery: DigestDelivery) => DigestService;
  /** Under the shard manager: which shard this is, and the others' state (for /about). */
  shards?: ShardContext;
  /** Where the router counts and times commands and autocomplete; none by default. */
  metrics?: AttacheMetrics;
  /** The news sources' health (/sources). */
  sources?: () => Promise<SourcesView | null>;
}

export interface Bot {
  readonly client: Client;
  /** The digest service `options.digests` made; its start and stop are the caller's. */
  readonly digests: DigestService | null;
  /** Attaches the listeners, logs in and resolves once the client is ready. */
  start(): Promise<void>;
  /** Destroys the client (closing the gateway) and forgets the pages. */
  stop(): Promise<void>;
}

export function createBot(options: BotOptions): Bot {
  const { commands, logger } = options;
  const now = options.now ?? Date.now;
  const client = new Client({
    // Slash commands need no privileged intent; Guilds keeps the guild cache that interactions refer to.
    intents: [GatewayIntentBits.Guilds],
    ...options.clientOptions,
    // A default for anything sent without its own allowed_mentions; every reply also sets it explicitly.
    allowedMentions: { parse: [] },
    rest: { ...options.clientOptions?.rest, api: options.apiUrl },
  });
  const paging = new PagingStore({ ...(options.pagingTtlMs !== undefined ? { ttlMs: options.pagingTtlMs } : {}), now });
  const digests = options.digests?.(createDigestDelivery(client, logger)) ?? null;
  const ctx: CommandContext = {
    index: options.index,
    freshness: options.freshness,
    logger,
    paging,
    now,
    ...(digests ? { digests } : {}),
    ...(options.shards ? { shards: options.shards } : {}),
    ...(options.sources ? { sources: options.sources } : {}),
  };
  const route = createRouter(commands, ctx, options.metrics);

  const onInteraction = (interaction: Parameters<typeof route>[0]) => {
    // The router answers and logs every failure itself; this catch is the last line, for its own bugs.
    route(interaction).catch((error: unknown) => logger.error('interaction router failed', { interaction: interaction.id, error }));
  };
  const onError = (error: Error) => logger.error('discord client error', { error });
  const onWarn = (message: string) => logger.warn('discord client warning', { message });
  const onShardError = (error: Error, shard: number) => logger.warn('discord shard error', { shard, error });
  const onShardDisconnect = (event: { code: number }, shard: number) =>
    logger.warn('discord shard disconnected', { shard, code: event.code });
  const onShardReconnecting = (shard: number) => logger.info('discord shard reconnecting', { shard });
  const onShardResume = (shard: number, replayed: number) => logger.info('discord shard resumed', { shard, replayed });
  // Joined after start (a shard's own guilds arrive before ready and are the service's start); an outage
  // is GuildUnavailable, not GuildDelete, so only a real removal stops a guild's digests.
  const onGuildCreate = (guild: Guild) =>
    void digests?.guildJoined(guild.id).catch((error: unknown) => logger.error('digest guild join failed', { guild: guild.id, error }));
  const onGuildDelete = (guild: Guild) => digests?.guildLeft(guild.id);
  const onRateLimited = (info: { route: string; retryAfter: number; global: boolean; scope: string }) =>
    logger.warn('discord rate limited', { route: info.route, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope });

  // An 'error' event without a listener would throw and end the process, so that one stays for good.
  client.on(Events.Error, onError);
  let attached = false;
  const attach = (on: boolean) => {
    if (attached === on) return;
    attached = on;
    const method = on ? 'on' : 'off';
    client[method](Events.InteractionCreate, onInteraction);
    client[method](Events.Warn, onWarn);
    client[method](Events.ShardError, onShardError);
    client[method](Events.ShardDisconnect, onShardDisconnect);
    client[method](Events.ShardReconnecting, onShardReconnecting);
    client[method](Events.ShardResume, onShardResume);
    client[method](Events.GuildCreate, onGuildCreate);
    client[method](Events.GuildDelete, onGuildDelete);
    client.rest[method]('rateLimited', onRateLimited);
  };

  return {
    client,
    digests,
    async start() {
      attach(true);
      const ready = new Promise<void>((resolve) => {
        client.once(Events.ClientReady, (c) => {
          logger.info('discord ready', { user: c.user.id, guilds: c.guilds.cache.size, commands: commands.map((m) => m.data.name) });
          resolve();
        });
      });
      await client.login(options.token);
      await ready;
    },
    async stop() {
      // Destroying closes the shards; their "reconnecting" would only be noise in the log.
      attach(false);
      paging.clear();
      await client.destroy();
    },
  };
}
