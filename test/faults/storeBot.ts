// What the store fault tests share: the real bot (`node --import tsx src/main.ts`, as `npm start` runs it)
// on a store the test breaks, logged into the loopback emulator in this process, with /health served, and
// the few ways a test talks to it: a /digest subcommand, /brief, GET /health, the log.
import { DiscordEmulator, type StoredMessage } from '@attache/discord-emulator';
import { FAKE_TOKEN, runMain, tempSeeds, type LogLine, type MainProcess } from '../app/process.js';

export interface FaultWorld {
  readonly emulator: DiscordEmulator;
  readonly guildId: string;
  /** Channels a digest can be set in, as many as a test needs. */
  readonly channels: readonly string[];
  readonly seeds: Awaited<ReturnType<typeof tempSeeds>>;
  close(): Promise<void>;
}

export async function startWorld(): Promise<FaultWorld> {
  const emulator = new DiscordEmulator({ token: FAKE_TOKEN });
  await emulator.start();
  const guild = emulator.addGuild({ name: 'Embassy' });
  const channels = ['news', 'briefings', 'press', 'archive', 'updates'].map((name) => emulator.addTextChannel(guild.id, { name }).id);
  const seeds = await tempSeeds();
  return {
    emulator,
    guildId: guild.id,
    channels,
    seeds,
    async close() {
      await emulator.stop();
      await seeds.remove();
    },
  };
}

export interface HealthBody {
  readonly status: string;
  readonly detail?: string;
  readonly store?: { readonly kind: string; readonly state: string; readonly reason?: string };
}

export interface RunningBot {
  readonly main: MainProcess;
  /** Runs /digest <subcommand> and resolves with the answer the user finally sees. */
  digest(subcommand: string, options?: Record<string, string>): Promise<StoredMessage>;
  brief(actor: string): Promise<StoredMessage>;
  health(): Promise<{ code: number; body: HealthBody }>;
  /** The log lines of one event so far. */
  logged(event: string): LogLine[];
  /** Resolves once the log has `count` lines of `event`. */
  waitForLogs(event: string, count: number, timeoutMs?: number): Promise<LogLine[]>;
  /** SIGTERM and the exit code. */
  stop(): Promise<number | null>;
}

/** `npm start` with a token, on the emulator and `storeUrl`; resolves once it says "ready". */
export async function startBot(world: FaultWorld, storeUrl: string): Promise<RunningBot> {
  const main = runMain([], {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: world.emulator.restUrl,
    DISCORD_GUILD_ID: world.guildId,
    SEEDS_DIR: world.seeds.seedsDir,
    CACHE_DIR: world.seeds.cacheDir,
    STORE_URL: storeUrl,
    HEALTH_PORT: '0',
    HEALTH_HOST: '127.0.0.1',
  });
  let ready: LogLine;
  try {
    ready = await main.waitForLog('ready', 30_000);
  } catch (err) {
    main.kill();
    throw err;
  }
  const healthUrl = String(ready.health);
  const logged = (event: string) => main.logs().filter((l) => l.event === event);
  return {
    main,
    digest: (subcommand, options = {}) =>
      world.emulator.sendCommand({ name: 'digest', subcommand, options, guildId: world.guildId }).waitForReply(10_000),
    brief: (actor) => world.emulator.sendCommand({ name: 'brief', options: { actor }, guildId: world.guildId }).waitForReply(10_000),
    async health() {
      const response = await fetch(healthUrl);
      return { code: response.status, body: (await response.json()) as HealthBody };
    },
    logged,
    async waitForLogs(event, count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const lines = logged(event);
        if (lines.length >= count) return lines;
        if (Date.now() > deadline || main.child.exitCode !== null)
          throw new Error(`${lines.length} of ${count} "${event}" log lines within ${timeoutMs} ms\n${main.stderr()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      main.child.kill('SIGTERM');
      return (await main.exited()).code;
    },
  };
}
