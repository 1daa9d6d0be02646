// End-to-end set-up for the bot: a temporary seeds folder (the repository's seeds plus any extra articles a
// test needs), the index loaded from it, the loopback emulator, and the real bot logged into it with the
// command definitions registered. Tests assert on what the emulator recorded over the wire.
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Routes } from 'discord.js';
import { commands } from '../../../commands/index.js';
import { createBot, type Bot } from '../../../src/discord/bot.js';
import { DiscordEmulator, type DiscordEmulatorOptions, type OptionValue } from '@attache/discord-emulator';
import { createLogger } from '../../../src/log.js';
import type { AttacheMetrics } from '../../../src/metrics/index.js';
import { LiveIndex } from '../../../src/pipeline/index.js';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');

export interface LogLine {
  readonly level: string;
  readonly event: string;
  readonly [field: string]: unknown;
}

export interface World {
  readonly guildId: string;
  readonly channelId: string;
  /** Runs the commands unless a test says otherwise. */
  readonly alice: string;
  readonly bob: string;
}

export interface E2E {
  readonly emulator: DiscordEmulator;
  readonly bot: Bot;
  readonly live: LiveIndex;
  readonly world: World;
  /** The bot's clock (paging expiry, /about's "ago"): starts at the real time, moves only when told. */
  readonly clock: { now: number; advance(ms: number): void };
  /** Every structured log line the bot wrote, parsed. */
  readonly logs: LogLine[];
  /** Sends /name with options as `alice` (or `userId`). */
  command(name: string, options?: Record<string, OptionValue>, userId?: string): ReturnType<DiscordEmulator['sendCommand']>;
  /** Waits for the bot's "interaction" log line of an interaction. */
  logLine(interactionId: string, timeoutMs?: number): Promise<LogLine>;
  close(): Promise<void>;
}

export interface E2EOptions {
  /** Extra files for the seeds folder: name → text. */
  readonly articles?: Readonly<Record<string, string>>;
  readonly pagingTtlMs?: number;
  readonly emulator?: DiscordEmulatorOptions;
  /** Handed to the bot, for tests of what the router counts. */
  readonly metrics?: AttacheMetrics;
}

/** An article file as the corpus expects it: ` date YYYY-MM-DD ` then the body, paragraphs split by blank lines. */
export function article(date: string, ...paragraphs: string[]): string {
  return ` date ${date} ${paragraphs.join('\n\n')}\n`;
}

export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const root = await mkdtemp(join(tmpdir(), 'attache-e2e-'));
  const seedsDir = join(root, 'seeds');
  await cp(SEEDS, seedsDir, { recursive: true, filter: (src) => src === SEEDS || /\.(txt|json)$/.test(src) });
  for (const [name, text] of Object.entries(options.articles ?? {})) await writeFile(join(seedsDir, name), text);
  if (!(await readdir(seedsDir)).includes('actors.json')) throw new Error(`no actors.json copied from ${SEEDS}`);

  const live = await LiveIndex.open({ seedsDir, cacheDir: join(root, 'cache'), extract: { workers: 0 } });
  const loadedAt = Date.now();

  const emulator = new DiscordEmulator(options.emulator);
  const logs: LogLine[] = [];
  let bot: Bot | undefined;
  try {
    await emulator.start();
    const guild = emulator.addGuild({ name: 'Embassy' });
    const alice = emulator.addMember(guild.id, { username: 'alice', globalName: 'Alice' }).user.id;
    const bob = emulator.addMember(guild.id, { username: 'bob' }).user.id;
    const world: World = { guildId: guild.id, channelId: guild.systemChannelId!, alice, bob };

    const clock = {
      now: Date.now(),
      advance(ms: number) {
        clock.now += ms;
      },
    };
    bot = createBot({
      commands,
      token: emulator.token,
      apiUrl: emulator.restUrl,
      index: () => live.index,
      freshness: () => ({ lastReload: loadedAt, problems: 0 }),
      logger: createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as LogLine) }),
      clientOptions: { ws: { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) } },
      now: () => clock.now,
      ...(options.pagingTtlMs !== undefined ? { pagingTtlMs: options.pagingTtlMs } : {}),
      ...(options.metrics ? { metrics: options.metrics } : {}),
    });
    await bot.start();
    // Registration belongs to commandSync in production; here the test registers the same definitions so
    // the emulator knows the option types, as Discord would.
    await bot.client.rest.put(Routes.applicationCommands(emulator.applicationId), { body: commands.map((c) => c.data.toJSON()) });
    await emulator.waitForCommands({ count: commands.length });

    const started = bot;
    let closed = false;
    return {
      emulator,
      bot: started,
      live,
      world,
      clock,
      logs,
      command: (name, opts = {}, userId = alice) =>
        emulator.sendCommand({ name, options: opts, userId, guildId: world.guildId, channelId: world.channelId }),
      async logLine(interactionId, timeoutMs = 2000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const line = logs.find((l) => l.event === 'interaction' && l.interaction === interactionId);
          if (line) return line;
          if (Date.now() > deadline) throw new Error(`no interaction log line for ${interactionId}`);
          await new Promise((r) => setTimeout(r, 5));
        }
      },
      async close() {
        if (closed) return;
        closed = true;
        // The client first: otherwise it keeps trying to resume against a stopped emulator.
        await started.stop();
        await emulator.stop();
        live.close();
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await bot?.stop().catch(() => undefined);
    await emulator.stop().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
