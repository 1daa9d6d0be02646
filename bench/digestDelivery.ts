// Digest delivery at scale: N guilds (1,000 by default), each with a digest due at the same minute, on a
// synthetic archive. The real DigestService on a real store, the real bot's delivery (discord.js REST)
// and the loopback emulator as Discord; only the clock is a ManualClock, so "08:00" comes when the bench
// says. Two figures:
//   compose   composeDigest for every guild, alone (CPU: the digest's own cost)
//   deliver   from the slot firing to the last message accepted by the emulator: store writes, compose,
//             REST and discord.js's rate limiter. @discordjs/rest spaces requests to Discord's global
//             limit (50 a second per bot) unless told otherwise, so 1,000 one-message digests take at
//             least 20 s however fast the rest is; --rps raises the limit to see the bot's own cost.
//
//   measureDigestDelivery({ guilds: 1000, articles: 10000 })   from bench.ts (or pass `index` to reuse one)
//   tsx bench/digestDelivery.ts --guilds 1000 --articles 10000 [--rps 50] [--store URL] [--json]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from '../commands/index.js';
import { composeDigest } from '../src/digest/compose.js';
import { newestDateArticles } from '../src/digest/articles.js';
import { nextRunAt } from '../src/digest/schedule.js';
import { DigestService } from '../src/digest/service.js';
import { ManualClock } from '../src/digest/timers.js';
import { createBot } from '../src/discord/bot.js';
import { DiscordEmulator } from '@attache/discord-emulator';
import type { AttacheIndex } from '../src/index/api.js';
import { silentLogger } from '../src/log.js';
import { openStore } from '../src/store/index.js';
import { syntheticIndex } from './interactionLatency.js';
import { benchArgs } from './args.js';

export interface DigestDeliveryOptions {
  /** Guilds, one digest each, all due at the same minute; default 1,000. */
  readonly guilds?: number;
  /** Size of the synthetic archive to build when no `index` is given; default 10,000. */
  readonly articles?: number;
  /** An index already built (bench.ts's); `articles` is then ignored. */
  readonly index?: AttacheIndex;
  /** @discordjs/rest's global requests per second; default 50, Discord's own limit for a bot. */
  readonly requestsPerSecond?: number;
  /** STORE_URL; default a SQLite file in a temporary folder, removed afterwards. */
  readonly storeUrl?: string;
  readonly seed?: number;
}

export interface DigestDeliveryResult {
  readonly guilds: number;
  readonly articles: number;
  /** Articles each first digest covers (the newest date of the archive). */
  readonly digestArticles: number;
  readonly messagesPerDigest: number;
  readonly requestsPerSecond: number;
  readonly store: 'sqlite' | 'redis';
  /** composeDigest for every guild, back to back. */
  readonly compose: { readonly totalMs: number; readonly perDigestMs: number };
  /** From the slot firing to the last message accepted. */
  readonly deliver: {
    readonly totalS: number;
    readonly messages: number;
    readonly messagesPerS: number;
    /** Seconds after the slot at which a guild's digest was complete: p50, p99, max. */
    readonly guildDoneS: { readonly p50: number; readonly p99: number; readonly max: number };
    readonly firstMessageMs: number;
    /** Digests that did not arrive whole (should be 0). */
    readonly incomplete: number;
  };
}

const NO_IDENTIFY_WAIT = { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) };

export async function measureDigestDelivery(options: DigestDeliveryOptions = {}): Promise<DigestDeliveryResult> {
  const guildCount = options.guilds ?? 1_000;
  const rps = options.requestsPerSecond ?? 50;
  const index = options.index ?? (await syntheticIndex(options.articles ?? 10_000, options.seed));
  const source = index;
  const newest = newestDateArticles(source);

  // Compose alone: what each guild's digest costs in CPU, before any I/O.
  const t0 = performance.now();
  let messagesPerDigest = 0;
  for (let i = 0; i < guildCount; i++) messagesPerDigest = composeDigest(index, newest, { actors: [], mentionRoleId: null }).length;
  const composeMs = performance.now() - t0;

  const dir = await mkdtemp(join(tmpdir(), 'attache-digest-bench-'));
  const emulator = new DiscordEmulator();
  await emulator.start();
  const channels = new Map<string, string>();
  for (let i = 0; i < guildCount; i++) {
    const guild = emulator.addGuild({ name: `Guild ${i}` });
    channels.set(guild.systemChannelId!, guild.id);
  }
  const store = await openStore(options.storeUrl ?? `sqlite://${join(dir, 'store.sqlite')}`, { namespace: `bench${Date.now()}` });
  // A minute boundary ahead: every digest is due then.
  const start = Math.ceil(Date.now() / 60_000) * 60_000 + 60_000;
  const clock = new ManualClock(start - 30_000);
  const slot = new Date(start);
  const time = `${String(slot.getUTCHours()).padStart(2, '0')}:${String(slot.getUTCMinutes()).padStart(2, '0')}`;
  const bot = createBot({
    commands,
    token: emulator.token,
    apiUrl: emulator.restUrl,
    index: () => index,
    freshness: () => ({ lastReload: Date.now(), problems: 0 }),
    logger: silentLogger,
    clientOptions: { ws: NO_IDENTIFY_WAIT, rest: { globalRequestsPerSecond: rps } },
    digests: (delivery) => new DigestService({ store, index: () => index, logger: silentLogger, ...delivery, timers: clock }),
  });
  try {
    await bot.start();
    const digests = bot.digests!;
    await digests.start();
    for (const [channelId, guildId] of channels) await digests.set({ guildId, channelId, time, timezone: 'UTC' });
    if (nextRunAt(time, 'UTC', new Date(clock.now())).getTime() !== start) throw new Error('the bench slot is not where it should be');
    emulator.clearRequests();

    // Per guild: when its last message arrived (real time).
    const expected = messagesPerDigest;
    const counts = new Map<string, number>();
    const doneAt: number[] = [];
    let firstAt: number | null = null;
    emulator.on('message', ({ message, action }) => {
      if (action !== 'create' || !channels.has(message.channelId)) return;
      const now = performance.now();
      firstAt ??= now;
      const n = (counts.get(message.channelId) ?? 0) + 1;
      counts.set(message.channelId, n);
      if (n === expected) doneAt.push(now);
    });

    const fired = performance.now();
    await clock.advanceTo(start + 1_000);
    await digests.settled();
    const totalMs = performance.now() - fired;
    const messages = [...counts.values()].reduce((a, b) => a + b, 0);
    const secs = doneAt.map((t) => (t - fired) / 1000).sort((a, b) => a - b);
    const at = (p: number) => secs[Math.max(0, Math.ceil(p * secs.length) - 1)] ?? 0;
    await digests.stop();
    return {
      guilds: guildCount,
      articles: index.stats().articles,
      digestArticles: newest.length,
      messagesPerDigest,
      requestsPerSecond: rps,
      store: store.kind,
      compose: { totalMs: composeMs, perDigestMs: composeMs / guildCount },
      deliver: {
        totalS: totalMs / 1000,
        messages,
        messagesPerS: messages / (totalMs / 1000),
        guildDoneS: { p50: at(0.5), p99: at(0.99), max: secs.at(-1) ?? 0 },
        firstMessageMs: firstAt === null ? 0 : firstAt - fired,
        incomplete: guildCount - doneAt.length,
      },
    };
  } finally {
    await bot.stop();
    await emulator.stop();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatDigestDelivery(r: DigestDeliveryResult): string {
  const d = r.deliver;
  return [
    `digests: ${r.guilds.toLocaleString('en')} guilds due at the same minute, ${r.articles.toLocaleString('en')} articles (each digest: ${r.digestArticles} articles, ${r.messagesPerDigest} message(s)), store ${r.store}, REST limit ${r.requestsPerSecond}/s`,
    `  compose  ${r.compose.totalMs.toFixed(0)} ms for all (${r.compose.perDigestMs.toFixed(2)} ms a digest)`,
    `  deliver  ${d.totalS.toFixed(1)} s for ${d.messages.toLocaleString('en')} messages (${d.messagesPerS.toFixed(1)}/s); first after ${d.firstMessageMs.toFixed(0)} ms; a guild's digest complete after p50 ${d.guildDoneS.p50.toFixed(1)} s, p99 ${d.guildDoneS.p99.toFixed(1)} s, max ${d.guildDoneS.max.toFixed(1)} s${d.incomplete ? `; INCOMPLETE ${d.incomplete}` : ''}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { option, flag } = benchArgs();
  const guilds = Number(option('guilds') ?? 1000);
  const articles = Number(option('articles') ?? 10_000);
  const rps = Number(option('rps') ?? 50);
  for (const [name, n] of [
    ['guilds', guilds],
    ['articles', articles],
    ['rps', rps],
  ] as const) {
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive integer`);
  }
  const storeUrl = option('store');
  process.stderr.write(`indexing ${articles.toLocaleString('en')} synthetic articles, then ${guilds.toLocaleString('en')} digests…\n`);
  const result = await measureDigestDelivery({ guilds, articles, requestsPerSecond: rps, ...(storeUrl ? { storeUrl } : {}) });
  console.log(flag('json') ? JSON.stringify(result) : formatDigestDelivery(result));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
