import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { SANDBOX_TOKEN } from '../../src/offline/host.js';
import { createShutdown, type ShutdownStep } from '../../src/shutdown.js';
import { runMain, tempSeeds, type MainProcess } from './process.js';

const recorder = () => {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) });
  return { logger, lines };
};

const signals = () => {
  const target = new EventEmitter();
  return { target: target as unknown as Pick<NodeJS.Process, 'on' | 'off'>, send: (s: NodeJS.Signals) => target.emit(s, s) };
};

describe('createShutdown', () => {
  it('runs the steps once, in order, then exits 0', async () => {
    const { logger, lines } = recorder();
    const ran: string[] = [];
    const exits: number[] = [];
    const step = (name: string): ShutdownStep => ({ name, run: async () => void ran.push(name) });
    const shutdown = createShutdown({
      logger,
      exit: (c) => exits.push(c),
      steps: () => [step('stop accepting'), step('gateway'), step('watcher'), step('health server')],
    });
    const first = shutdown.run('SIGTERM');
    const second = shutdown.run('SIGINT');
    expect(second).toBe(first);
    expect(await first).toBe(0);
    expect(ran).toEqual(['stop accepting', 'gateway', 'watcher', 'health server']);
    expect(exits).toEqual([0]);
    expect(lines.map((l) => l.event)).toEqual(['shutdown started', ...Array(4).fill('shutdown step done'), 'shutdown complete']);
    expect(lines[0]).toMatchObject({ reason: 'SIGTERM' });
  });

  it('goes on past a step that fails or hangs (after its timeout), and exits 1', async () => {
    const { logger, lines } = recorder();
    const ran: string[] = [];
    const exits: number[] = [];
    const shutdown = createShutdown({
      logger,
      stepTimeoutMs: 50,
      exit: (c) => exits.push(c),
      steps: () => [
        { name: 'gateway', run: () => new Promise<void>(() => undefined) },
        { name: 'watcher', run: () => Promise.reject(new Error('EBUSY')) },
        { name: 'health server', run: () => void ran.push('health server') },
      ],
    });
    const started = performance.now();
    expect(await shutdown.run('SIGTERM')).toBe(1);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(ran).toEqual(['health server']);
    expect(exits).toEqual([1]);
    expect(lines.find((l) => l.event === 'shutdown step timed out')).toMatchObject({ level: 'warn', step: 'gateway', timeoutMs: 50 });
    expect(lines.find((l) => l.event === 'shutdown step failed')).toMatchObject({
      level: 'error',
      step: 'watcher',
      err: { message: 'EBUSY' },
    });
  });

  it('keeps a non-zero exit code it was asked for (a demo step unanswered)', async () => {
    const exits: number[] = [];
    const shutdown = createShutdown({ logger: recorder().logger, exit: (c) => exits.push(c), steps: () => [] });
    expect(await shutdown.run('demo finished', 1)).toBe(1);
    expect(exits).toEqual([1]);
  });

  it('starts on SIGTERM or SIGINT; a second signal forces the exit at once', async () => {
    const { logger, lines } = recorder();
    const exits: number[] = [];
    const { target, send } = signals();
    let release: (() => void) | undefined;
    const shutdown = createShutdown({
      logger,
      exit: (c) => exits.push(c),
      steps: () => [{ name: 'gateway', run: () => new Promise<void>((r) => (release = r)) }],
    });
    const uninstall = shutdown.install(['SIGTERM', 'SIGINT'], target);
    send('SIGTERM');
    expect(shutdown.started).toBe(true);
    send('SIGINT');
    expect(exits).toEqual([1]);
    expect(lines.find((l) => l.event === 'shutdown forced')).toMatchObject({ signal: 'SIGINT' });
    await expect.poll(() => release).toBeDefined();
    release!();
    uninstall();
  });
});

describe('the process on SIGTERM and SIGINT', () => {
  let main: MainProcess | undefined;
  let seeds: Awaited<ReturnType<typeof tempSeeds>> | undefined;
  afterEach(async () => {
    main?.kill();
    await seeds?.remove();
    main = undefined;
    seeds = undefined;
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'closes the gateway, the watcher and the health server in order on %s and exits 0',
    async (signal) => {
      seeds = await tempSeeds();
      main = runMain(['--sandbox-serve'], {
        SEEDS_DIR: seeds.seedsDir,
        CACHE_DIR: seeds.cacheDir,
        HEALTH_PORT: '0',
        HEALTH_HOST: '127.0.0.1',
        LOG_LEVEL: 'debug',
      });
      await main.waitForLog('ready');
      main.child.kill(signal);
      const { code, ms } = await main.exited(10_000);
      expect(code, main.stderr()).toBe(0);
      const events = main.logs().filter((l) => l.event.startsWith('shutdown'));
      expect(events[0]).toMatchObject({ event: 'shutdown started', reason: signal });
      expect(events.filter((l) => l.event === 'shutdown step done').map((l) => l.step)).toEqual([
        'stop accepting',
        'gateway',
        'emulator',
        'watcher',
        'health server',
      ]);
      expect(events.at(-1)).toMatchObject({ event: 'shutdown complete', code: 0 });
      expect(ms).toBeLessThan(10_000);
      // At debug level the client and emulator say the most they ever say; the token is never among it.
      expect(main.stderr()).not.toContain(SANDBOX_TOKEN);
      expect(main.stdout()).not.toContain(SANDBOX_TOKEN);
    },
  );
});
