// Orderly exit on SIGTERM/SIGINT: stop taking work, close the gateway, the watcher and the health server
// in that order, then exit. Idempotent (a second call joins the first); a second signal means the
// operator has run out of patience, so the process exits at once; a step that hangs is abandoned after
// a timeout so that the process still ends.
import type { Logger } from './log.js';

export interface ShutdownStep {
  /** For the log: 'stop accepting', 'gateway', 'watcher', 'health server', … */
  readonly name: string;
  run(): Promise<void> | void;
}

export interface ShutdownOptions {
  readonly logger: Logger;
  /** Evaluated when shutdown begins, so steps may refer to things created after installation. */
  readonly steps: () => readonly ShutdownStep[];
  /** Per step; default 10 s. */
  readonly stepTimeoutMs?: number;
  /** Default process.exit. */
  readonly exit?: (code: number) => void;
}

export interface Shutdown {
  /**
   * Runs every step once, then exits with `exitCode` (default 0), or 1 when a step failed or timed out.
   * Later calls return the first call's promise.
   */
  run(reason: string, exitCode?: number): Promise<number>;
  /** Listens for the signals; returns a function that stops listening. */
  install(signals?: readonly NodeJS.Signals[], target?: Pick<NodeJS.Process, 'on' | 'off'>): () => void;
  readonly started: boolean;
}

export function createShutdown(options: ShutdownOptions): Shutdown {
  const { logger } = options;
  const timeoutMs = options.stepTimeoutMs ?? 10_000;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let running: Promise<number> | null = null;

  const runSteps = async (reason: string, exitCode: number): Promise<number> => {
    const started = performance.now();
    logger.info('shutdown started', { reason });
    let failed = false;
    for (const step of options.steps()) {
      const t = performance.now();
      const outcome = await withTimeout(step, timeoutMs);
      const ms = Math.round(performance.now() - t);
      if (outcome === 'done') logger.info('shutdown step done', { step: step.name, ms });
      else {
        failed = true;
        if (outcome === 'timeout') logger.warn('shutdown step timed out', { step: step.name, ms, timeoutMs });
        else logger.error('shutdown step failed', { step: step.name, ms, err: outcome.error });
      }
    }
    const code = failed && exitCode === 0 ? 1 : exitCode;
    logger.info('shutdown complete', { reason, code, ms: Math.round(performance.now() - started) });
    return code;
  };

  const shutdown: Shutdown = {
    get started() {
      return running !== null;
    },
    run(reason, exitCode = 0) {
      running ??= runSteps(reason, exitCode).then((code) => {
        exit(code);
        return code;
      });
      return running;
    },
    install(signals = ['SIGTERM', 'SIGINT'], target = process) {
      const onSignal = (signal: NodeJS.Signals) => {
        if (running) {
          logger.warn('shutdown forced', { signal });
          exit(1);
          return;
        }
        void shutdown.run(signal);
      };
      for (const s of signals) target.on(s, onSignal);
      return () => {
        for (const s of signals) target.off(s, onSignal);
      };
    },
  };
  return shutdown;
}

async function withTimeout(step: ShutdownStep, ms: number): Promise<'done' | 'timeout' | { error: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(() => step.run())
        .then(() => 'done' as const),
      timeout,
    ]);
  } catch (error) {
    return { error };
  } finally {
    clearTimeout(timer);
  }
}
