// The bot's index, served and watched as `npm start` serves it, behind the sandbox host, with its log
// lines kept: for tests that change the seeds folder while the bot runs and read what it logged.
import { createLogger } from '../../../src/log.js';
import { startSandboxHost, type SandboxHost } from '../../../src/offline/host.js';
import { openServedIndex, type ServedIndex } from '../../../src/runtime/servedIndex.js';

export interface WatchedSandbox {
  readonly served: ServedIndex;
  readonly host: SandboxHost;
  /** Every log line so far, parsed. */
  readonly logLines: Record<string, unknown>[];
  /** The first `event` line logged after the first `from` lines; throws after `timeoutMs`, naming what was logged. */
  waitForLog(event: string, from: number, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startWatchedSandbox(seeds: { readonly seedsDir: string; readonly cacheDir: string }): Promise<WatchedSandbox> {
  const logLines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'info', write: (l) => logLines.push(JSON.parse(l) as Record<string, unknown>) });
  const served = await openServedIndex({ seedsDir: seeds.seedsDir, cacheDir: seeds.cacheDir, logger, debounceMs: 100 });
  served.watch();
  const host = await startSandboxHost({
    index: () => served.live.index,
    freshness: () => served.freshness(),
    logger,
    print: () => undefined,
  });
  return {
    served,
    host,
    logLines,
    async waitForLog(event, from, timeoutMs = 5000) {
      const started = Date.now();
      for (;;) {
        const line = logLines.slice(from).find((l) => l.event === event);
        if (line) return line;
        if (Date.now() - started > timeoutMs)
          throw new Error(`no "${event}" within ${timeoutMs} ms; saw ${logLines.map((l) => l.event).join(', ')}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async stop() {
      await host.stop();
      await served.close();
    },
  };
}
