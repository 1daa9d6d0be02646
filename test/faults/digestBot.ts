// A bot process for the digest resume faults (digestResume.test.ts, digestForumResume.test.ts): its own
// discord.js client on the emulator, its own store connection and its own clock, the digests started.
import type { DiscordEmulator } from '@attache/discord-emulator';
import { DigestService } from '../../src/digest/service.js';
import { ManualClock } from '../../src/digest/timers.js';
import { createBot, type Bot } from '../../src/discord/bot.js';
import type { CommandModule } from '../../src/discord/commandContract.js';
import type { AttacheIndex } from '../../src/index/api.js';
import { createLogger } from '../../src/log.js';
import type { KeyValueStore } from '../../src/store/index.js';

export interface LogLine {
  readonly event: string;
  readonly [field: string]: unknown;
}

export interface Running {
  readonly bot: Bot;
  readonly digests: DigestService;
  readonly logs: LogLine[];
  readonly clock: ManualClock;
}

const NO_IDENTIFY_WAIT = { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) };

export async function startDigestBot(options: {
  readonly emulator: DiscordEmulator;
  readonly index: AttacheIndex;
  readonly store: KeyValueStore;
  /** The clock's time at start. */
  readonly at: number;
  readonly commands?: readonly CommandModule[];
}): Promise<Running> {
  const { emulator, index, store } = options;
  const clock = new ManualClock(options.at);
  const logs: LogLine[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as LogLine) });
  const bot = createBot({
    commands: options.commands ?? [],
    token: emulator.token,
    apiUrl: emulator.restUrl,
    index: () => index,
    freshness: () => ({ lastReload: null, problems: 0 }),
    logger,
    clientOptions: { ws: NO_IDENTIFY_WAIT },
    digests: (delivery) => new DigestService({ store, index: () => index, logger, ...delivery, timers: clock, retryDelaysMs: [] }),
  });
  await bot.start();
  const running = { bot, digests: bot.digests!, logs, clock };
  await running.digests.start();
  return running;
}
