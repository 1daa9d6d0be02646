// The sandbox: the loopback Discord emulator in this process, the real bot logged into it, and the
// commands registered through the same sync code as on Discord, so that what runs here is what runs there.
import { commands } from '../../commands/index.js';
import { createBot, type Bot } from '../discord/bot.js';
import { syncCommands, type SyncResult } from '../discord/commandSync.js';
import { startSandbox, type Sandbox } from '@attache/discord-emulator';
import type { AttacheIndex } from '../index/api.js';
import type { Logger } from '../log.js';
import type { AttacheMetrics } from '../metrics/index.js';
import { createSandboxConsole, type SandboxConsole } from './console.js';
import { attachTranscript, type Transcript } from './transcript.js';

/**
 * What the emulator expects the bot to present. Not a secret (it opens a server on 127.0.0.1 only),
 * but it is treated as one: it is masked in the log like a real token.
 */
export const SANDBOX_TOKEN = 'attache-sandbox-token';

/** discord.js spaces IDENTIFYs ~5 s apart; against a loopback emulator that is only waiting. */
const NO_IDENTIFY_WAIT = { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) };

export interface SandboxHostOptions {
  readonly index: () => AttacheIndex;
  readonly freshness: () => { lastReload: number | null; problems: number };
  readonly logger: Logger;
  /** Where the conversation is printed (stdout). */
  readonly print: (text: string) => void;
  readonly replyTimeoutMs?: number;
  /** Commands typed in the sandbox count like any other (GET /metrics on the health port). */
  readonly metrics?: AttacheMetrics;
}

export interface SandboxHost {
  readonly sandbox: Sandbox;
  readonly bot: Bot;
  readonly transcript: Transcript;
  readonly console: SandboxConsole;
  readonly sync: SyncResult;
  /** Bot first, then the emulator: a client left connected would keep trying to resume. */
  stop(): Promise<void>;
}

export async function startSandboxHost(options: SandboxHostOptions): Promise<SandboxHost> {
  const logger = options.logger.child({ sandbox: true });
  const emulatorLog = logger.child({ component: 'emulator' });
  const sandbox = await startSandbox({
    // Its own lifecycle lines are ours to log; what it says about the traffic is for debugging.
    emulator: { token: SANDBOX_TOKEN, log: (level, message) => emulatorLog[level === 'info' ? 'debug' : level]('emulator', { message }) },
  });
  let bot: Bot | null = null;
  try {
    logger.info('sandbox emulator listening', { restUrl: sandbox.emulator.restUrl });
    bot = createBot({
      token: sandbox.token,
      apiUrl: sandbox.emulator.restUrl,
      index: options.index,
      freshness: options.freshness,
      logger,
      ...(options.metrics ? { metrics: options.metrics } : {}),
      clientOptions: { ws: NO_IDENTIFY_WAIT },
    });
    await bot.start();
    const sync = await syncCommands(
      bot.client.rest,
      { applicationId: bot.client.application!.id, guildId: sandbox.guild.id },
      commands.map((c) => c.data.toJSON()),
      logger,
    );
    const transcript = attachTranscript(sandbox.emulator, options.print);
    const sandboxConsole = createSandboxConsole({
      sandbox,
      transcript,
      print: options.print,
      ...(options.replyTimeoutMs !== undefined ? { replyTimeoutMs: options.replyTimeoutMs } : {}),
    });
    const started = bot;
    return {
      sandbox,
      bot: started,
      transcript,
      console: sandboxConsole,
      sync,
      async stop() {
        transcript.detach();
        await started.stop();
        await sandbox.stop();
      },
    };
  } catch (err) {
    await bot?.stop().catch(() => undefined);
    await sandbox.stop();
    throw err;
  }
}
