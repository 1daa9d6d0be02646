// The running process, once settings and logger exist: index, health, bot (on Discord or in the sandbox),
// command sync and an orderly shutdown. src/main.ts decides the mode; this does the work.
import { Status, type Client } from 'discord.js';
import { commands } from '../../commands/index.js';
import { DigestService } from '../digest/service.js';
import { createBot, type Bot } from '../discord/bot.js';
import { syncCommands } from '../discord/commandSync.js';
import { assessHealth, startHealthServer, type GatewayHealth, type HealthServer, type StoreHealthReport } from '../health.js';
import type { Logger } from '../log.js';
import { createAttacheMetrics, type AttacheMetrics } from '../metrics/index.js';
import { runDemo } from '../offline/demo.js';
import { startSandboxHost, type SandboxHost } from '../offline/host.js';
import { startSandboxNews, type SandboxNews } from '../offline/news.js';
import { startPrompt, type Prompt } from '../offline/prompt.js';
import { buttonsOf } from '../offline/transcript.js';
import { connectToManager, pushOnGatewayChange, shardReport, type ManagerLink } from '../shard/link.js';
import { createShutdown, type Shutdown } from '../shutdown.js';
import { openStore, type KeyValueStore, type WatchedKeyValueStore } from '../store/index.js';
import { ingestionWanted, startSources, type RuntimeSources } from './ingestion.js';
import type { Mode } from './mode.js';
import { openServedIndex, type ServedIndex } from './servedIndex.js';
import type { Config as Settings } from '../config.js';

export interface AppOptions {
  readonly settings: Settings;
  readonly mode: Mode;
  readonly logger: Logger;
  /** The sandbox conversation (stdout); logs go to the logger (stderr). */
  readonly print: (text: string) => void;
  /** For the prompt; default process.stdin / process.stdout. */
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Default process.exit. */
  readonly exit?: (code: number) => void;
  /** Quiet time before a reload after file changes (tests shorten it). */
  readonly reloadDebounceMs?: number;
}

export interface App {
  readonly shutdown: Shutdown;
  /** This process's figures (GET /metrics renders them; a shard hands snapshot() to its manager). */
  readonly metrics: AttacheMetrics;
}

/** Starts everything for `mode`. Failures to start are logged and end the process with exit code 1. */
export function startApp(options: AppOptions): App {
  const { settings, mode, logger } = options;
  let phase: 'starting' | 'running' | 'stopping' = 'starting';
  let served: ServedIndex | null = null;
  let health: HealthServer | null = null;
  let bot: Bot | null = null;
  let host: SandboxHost | null = null;
  let prompt: Prompt | null = null;
  let store: WatchedKeyValueStore | null = null;
  let sources: RuntimeSources | null = null;
  // The demo's own news site, ingested into a copy of the seeds folder (src/offline/news.ts).
  let news: SandboxNews | null = null;
  // INGEST=on in the sandbox, which has no store: the sources' health kept in memory.
  let memoryStore: KeyValueStore | null = null;
  // Under the shard manager (npm run start:sharded): what this shard tells it, and asks it for /about.
  let link: ManagerLink | null = null;

  const shutdown = createShutdown({
    logger,
    ...(options.exit ? { exit: options.exit } : {}),
    // The order matters: no new work, then the digests (no new run; one under way finishes, or its rest is
    // sent after the next start), then the gateway (in-flight replies finish or fail), then the store,
    // then the watcher (no reload after the bot is gone), then the health server (503 until the end).
    steps: () => [
      {
        name: 'stop accepting',
        run: () => {
          phase = 'stopping';
          prompt?.close();
          link?.push();
        },
      },
      // No new poll; one under way gets a few seconds (its writes are atomic), before the store goes.
      ...(sources?.loop ? [{ name: 'ingestion', run: () => sources?.loop?.stop() }] : []),
      ...(sources?.relay ? [{ name: 'article relay', run: () => sources?.relay?.stop() }] : []),
      ...(bot?.digests ? [{ name: 'digests', run: () => bot?.digests?.stop() }] : []),
      { name: 'gateway', run: () => bot?.stop() },
      ...(store ? [{ name: 'store', run: () => store?.close() }] : []),
      ...(memoryStore ? [{ name: 'sources store', run: () => memoryStore?.close() }] : []),
      ...(host ? [{ name: 'emulator', run: () => host?.session.stop() }] : []),
      { name: 'watcher', run: () => served?.close() },
      ...(news ? [{ name: 'sandbox news', run: () => news?.stop() }] : []),
      { name: 'health server', run: () => health?.close() },
      ...(link ? [{ name: 'shard link', run: () => link?.close() }] : []),
    ],
  });
  // A shard stops when its manager says so (SIGTERM). Ctrl-C reaches every process of the terminal's
  // group: left to the manager, which then stops the shards once each, in order.
  if (settings.shard) process.on('SIGINT', () => logger.debug('SIGINT left to the shard manager'));
  shutdown.install(settings.shard ? ['SIGTERM'] : undefined);

  const report = () =>
    assessHealth({
      phase,
      gateway: bot ? gatewayHealth(bot.client) : null,
      index: served?.health() ?? null,
      reloadError: served?.reloadError() ?? null,
      store: store ? storeReport(store) : null,
    });
  // Gauges read what health reads, at scrape time.
  const metrics = createAttacheMetrics({ index: () => served?.health() ?? null, gateway: () => (bot ? gatewayHealth(bot.client) : null) });

  const run = async (): Promise<void> => {
    if (settings.shard) {
      const shard = settings.shard;
      link = connectToManager({
        report: () =>
          shardReport({
            id: shard.id,
            phase,
            gateway: bot ? gatewayHealth(bot.client) : null,
            guilds: bot?.client.guilds.cache.size ?? 0,
            served,
            store: store ? storeReport(store) : null,
          }),
        metrics: () => metrics.snapshot(),
        onManagerGone: () => void shutdown.run('shard manager gone'),
        logger,
      });
    }
    // A shard's health is served by its manager, for every shard at once, on HEALTH_PORT.
    if (settings.healthPort !== null && !settings.shard) {
      health = await startHealthServer({ port: settings.healthPort, host: settings.healthHost, report, metrics: metrics.render, logger });
    }
    if (mode === 'demo') news = await startSandboxNews({ seedsDir: settings.seedsDir, logger });
    if (shutdown.started) return;
    served = await openServedIndex({
      seedsDir: news?.seedsDir ?? settings.seedsDir,
      cacheDir: settings.cacheDir,
      maxArticleBytes: settings.maxArticleBytes,
      logger,
      ...(options.reloadDebounceMs !== undefined ? { debounceMs: options.reloadDebounceMs } : {}),
    });
    if (shutdown.started) return;
    served.watch();
    const index = () => served!.live.index;
    const freshness = () => served!.freshness();

    if (mode === 'discord') {
      store = await openDigestStore(settings.storeUrl, logger);
      if (shutdown.started) return;
      const digestStore = store;
      bot = createBot({
        commands,
        token: settings.discordToken!,
        apiUrl: settings.discordApiUrl,
        index,
        freshness,
        logger,
        ...(settings.shard && link ? { shards: { ...settings.shard, cluster: link.cluster } } : {}),
        metrics,
        // Read when asked: ingestion starts once the bot is ready (opening the archive reads its metadata).
        sources: async () => (sources ? sources.catalog.view(sources.ingesting) : null),
        ...(digestStore
          ? { digests: (delivery) => new DigestService({ store: digestStore, index, logger, metrics: metrics.digests, ...delivery }) }
          : {}),
      });
      if (link) pushOnGatewayChange(bot.client, link);
      await bot.start();
      if (shutdown.started) return;
      // One shard registers the commands for all (they are the application's, not a shard's).
      if (!settings.shard || settings.shard.id === 0) await syncOnDiscord(bot, settings.discordGuildId, logger);
      if (shutdown.started) return;
      // After ready: the service runs the subscriptions of the guilds the client holds.
      const digests = bot.digests;
      if (digests && digestStore) {
        served.live.onReloaded(
          () => void digests.noteReload([]).catch((err: unknown) => logger.error('digest arrivals not recorded', { err })),
        );
        // A store that cannot be used now (its one log line said why) starts them once it recovers.
        if (digestStore.health().state === 'ok') {
          await digests.start().catch((err: unknown) =>
            logger.error('digests did not start', {
              err,
              note: 'the commands keep working; digests start once the store recovers from an outage, or after a restart',
            }),
          );
        } else logger.info('digests wait for the store', { kind: digestStore.kind });
        // Only now: before ready the service would start with no guild to run.
        digestStore.onHealthChange((health) => {
          if (health.state !== 'ok') return;
          void digests.resume().catch((err: unknown) => logger.error('digests did not resume', { err }));
        });
      }
    } else {
      const sandboxSources = async () => (news ? news.view() : sources ? sources.catalog.view(sources.ingesting) : null);
      host = await startSandboxHost({ index, freshness, logger, metrics, print: options.print, sources: sandboxSources });
      bot = host.bot;
    }
    if (shutdown.started) return;
    phase = 'running';
    logger.info('ready', { mode, ...(health ? { health: health.url } : {}) });
    if (link) {
      link.push();
      served.live.onReloaded(() => link?.push());
    }
    if (mode !== 'demo') {
      if (!store && ingestionWanted(settings, mode)) memoryStore = await openStore('sqlite://:memory:');
      sources = await startSources({ settings, mode, store: store ?? memoryStore, logger, metrics: metrics.sources }).catch(
        (err: unknown) => {
          logger.error('ingestion did not start', { err, note: 'the bot keeps answering from the articles it has' });
          return null;
        },
      );
      if (shutdown.started) await Promise.all([sources?.loop?.stop(), sources?.relay?.stop()]);
    }

    if (mode === 'demo') {
      const failures = await runDemo(host!.console, options.print, {
        hasNextPage: () => hasNextPage(host!),
        ...(news ? { news: () => news!.ingest(index) } : {}),
      });
      void shutdown.run('demo finished', failures ? 1 : 0);
    } else if (mode === 'prompt') {
      // Whoever edits the seeds folder while typing should see that the bot picked the change up.
      served.live.onReloaded((e) => {
        if (e.reason !== 'files changed') return;
        const problems = e.problems.length ? `; ${e.problems.length} problem(s), see the log` : '';
        options.print(
          `[index reloaded: ${e.stats.articles} articles, ${e.stats.statements} statements (changed: ${e.changed.join(', ')})${problems}]`,
        );
      });
      prompt = startPrompt(host!.console, {
        input: options.input ?? process.stdin,
        output: options.output ?? process.stdout,
        print: options.print,
      });
      void prompt.closed.then(() => shutdown.run('prompt closed'));
    }
  };

  run().catch((err: unknown) => {
    if (shutdown.started) return;
    logger.error('start failed', { mode, err });
    void shutdown.run('start failed', 1);
  });
  return { shutdown, metrics };
}

/**
 * The store for digests, watched: one log line when it becomes unavailable (its file deleted, replaced or
 * read-only; redis unreachable; no answer in time), at start or later, and one when it recovers, whatever
 * the requests in between. Null (logged) only when STORE_URL names no store it could ever open: /brief and
 * the rest still work, and /digest says that digests are off.
 */
async function openDigestStore(url: string, logger: Logger): Promise<WatchedKeyValueStore | null> {
  let store: WatchedKeyValueStore;
  try {
    store = await openStore(url, { keepTrying: true });
  } catch (err) {
    logger.error('store unavailable', { err, note: 'digests are off until the bot restarts with a store it can open (STORE_URL)' });
    return null;
  }
  const where = { kind: store.kind, where: store.where };
  const consequence =
    'digest settings cannot be saved and digests wait; everything else works, and the store is tried again every few seconds';
  const initial = store.health();
  if (initial.state === 'ok') logger.info('store opened', where);
  else logger.error('store unavailable', { ...where, reason: initial.reason, note: initial.note, consequence });
  store.onHealthChange((health, previous) => {
    if (health.state === 'ok') {
      const was = previous.state === 'unavailable' ? { was: previous.reason, afterMs: Date.now() - previous.since } : {};
      logger.info('store recovered', { ...where, ...was });
    } else if (previous.state === 'ok') {
      logger.error('store unavailable', { ...where, reason: health.reason, note: health.note, consequence });
    } else {
      // The same outage, for another reason (the file deleted, then another put in its place).
      logger.warn('store still unavailable', { ...where, reason: health.reason, before: previous.reason, note: health.note });
    }
  });
  return store;
}

function storeReport(store: WatchedKeyValueStore): StoreHealthReport {
  const health = store.health();
  if (health.state === 'ok') return { kind: store.kind, state: 'ok' };
  return { kind: store.kind, state: 'unavailable', reason: health.reason, since: new Date(health.since).toISOString() };
}

/** A failed sync is logged, not fatal: the commands registered before keep working. */
async function syncOnDiscord(bot: Bot, guildId: string | null, logger: Logger): Promise<void> {
  try {
    await syncCommands(
      bot.client.rest,
      { applicationId: bot.client.application!.id, guildId },
      commands.map((c) => c.data.toJSON()),
      logger,
    );
  } catch (err) {
    logger.error('command sync failed', {
      guildId,
      err,
      note: 'the bot keeps running with the commands Discord already has; try npm run deploy-commands',
    });
  }
}

export function gatewayHealth(client: Client): GatewayHealth {
  const ws = client.ws;
  return { status: Status[ws.status] ?? String(ws.status), ping: ws.ping >= 0 ? ws.ping : null, shards: ws.shards.size };
}

function hasNextPage(host: SandboxHost): boolean {
  const message = host.transcript.lastWithButtons();
  return !!message && buttonsOf(message).some((b) => /\bnext\b/i.test(b.label) && !b.disabled && b.customId !== null);
}
