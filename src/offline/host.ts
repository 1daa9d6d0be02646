// src/offline is the bot run without Discord, what `npm start` does without a token (the "sandbox" of the
// README): this file starts it, console.ts reads the lines typed, prompt.ts and demo.ts feed it, and
// transcript.ts prints the bot's side. Here: a text session of the loopback Discord emulator in this process
// (one guild, #general, one user), the real bot logged into it, and the commands registered through the
// same sync code as on Discord, so that what runs here is what runs there.
import { startTextSession, type TextSession } from '@attache/discord-emulator';
import { commands } from '../../commands/index.js';
import { createBot, type Bot } from '../discord/bot.js';
import { syncCommands, type SyncResult } from '../discord/commandSync.js';
import type { AttacheIndex } from '../index/api.js';
import type { Logger } from '../log.js';
import type { AttacheMetrics } from '../metrics/index.js';
import type { SourcesView } from '../views/sources.js';
import { createSandboxConsole, type SandboxConsole } from './console.js';
import { savedFiles } from './savedFiles.js';
import { attachTranscript, type Transcript } from './transcript.js';

/**
 * What the emulator expects the bot to present. Not a secret (it opens a server on 127.0.0.1 only),
 * but it is treated as one: it is masked in the log like a real token.
 */
export const SANDBOX_TOKEN = 'attache-sandbox-token';

export interface SandboxHostOptions {
  readonly index: () => AttacheIndex;
  readonly freshness: () => { lastReload: number | null; problems: number };
  readonly logger: Logger;
  /** Where the conversation is printed (stdout). */
  readonly print: (text: string) => void;
  readonly replyTimeoutMs?: number;
  /** Commands typed in the sandbox count like any other (GET /metrics on the health port). */
  readonly metrics?: AttacheMetrics;
  /** The news sources' health for /sources (the sandbox's news site). */
  readonly sources?: () => Promise<SourcesView | null>;
  /** Where files the bot sends (the picture of /contacts) are written; default a new temporary folder. */
  readonly filesDir?: string;
}

export interface SandboxHost {
  /** The emulator, its guild, #general and the user the commands are typed as. */
  readonly session: TextSession;
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
  const session = await startTextSession({
    // Its own lifecycle lines are ours to log; what it says about the traffic is for debugging.
    emulator: { token: SANDBOX_TOKEN, log: (level, message) => emulatorLog[level === 'info' ? 'debug' : level]('emulator', { message }) },
  });
  let bot: Bot | null = null;
  try {
    logger.info('sandbox emulator listening', { restUrl: session.emulator.restUrl });
    bot = createBot({
      commands,
      token: session.token,
      apiUrl: session.emulator.restUrl,
      index: options.index,
      freshness: options.freshness,
      logger,
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.sources ? { sources: options.sources } : {}),
      // No ~5 s spacing of IDENTIFYs: against a loopback emulator that is only waiting.
      clientOptions: { ws: session.clientOptions.ws },
    });
    await bot.start();
    const sync = await syncCommands(
      bot.client.rest,
      { applicationId: bot.client.application!.id, guildId: session.guild.id },
      commands.map((c) => c.data.toJSON()),
      logger,
    );
    const transcript = attachTranscript(session.emulator, options.print, savedFiles(options.filesDir));
    const sandboxConsole = createSandboxConsole({
      session,
      transcript,
      print: options.print,
      ...(options.replyTimeoutMs !== undefined ? { replyTimeoutMs: options.replyTimeoutMs } : {}),
    });
    const started = bot;
    return {
      session,
      bot: started,
      transcript,
      console: sandboxConsole,
      sync,
      async stop() {
        transcript.detach();
        await started.stop();
        await session.stop();
      },
    };
  } catch (err) {
    await bot?.stop().catch(() => undefined);
    await session.stop();
    throw err;
  }
}
