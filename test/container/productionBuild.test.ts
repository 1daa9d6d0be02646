// The container's build and run, replayed without Docker from the Dockerfile itself: its COPY lines copy
// into a build folder and then a run folder, its RUN lines run verbatim (npm run build, npm prune
// --omit=dev), and its CMD starts from the run folder with the run stage's ENV (paths under /app mapped to
// that folder). Two RUN lines are stood in for, and the test says so: apt-get (the compiler packages are on
// this machine already) and `npm install` (a copy of this checkout's node_modules, installed from the same
// lockfile: a fresh install compiles sqlite3 from source for minutes). The compiled bot then logs in to the
// emulator, answers /brief, reports healthy, and closes cleanly on SIGTERM, with production modules only.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DiscordEmulator } from '@attache/discord-emulator';
import { REDIS_SERVER, startRedis, type RedisServer } from '../store/backends.js';
import { copyOf, envOf, jsonForm, readDockerfile, ROOT, stepsOf, workdirOf, type Stage } from './dockerfile.js';

/** A token-shaped value the emulator accepts (readConfig checks the shape only). */
const FAKE_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0';
const dockerfile = readDockerfile();
const buildStage = dockerfile.stage('build');
const runStage = dockerfile.stage('run');

let work: string;
let buildDir: string;
let runDir: string;
/** What the replay did with each RUN line, for the record (and for a failing assertion's message). */
const replayed: string[] = [];
const timings: Record<string, number> = {};

/** A path inside the image (under the stage's WORKDIR) → the same path under `root`. */
function hostPath(stage: Stage, containerPath: string, root: string): string {
  const workdir = workdirOf(stage);
  const rel = posix.relative(workdir, posix.resolve(workdir, containerPath));
  if (rel.startsWith('..')) throw new Error(`${containerPath} is outside WORKDIR ${workdir}; this replay maps only paths under it`);
  return join(root, rel);
}

/** COPY as Docker does it: several sources, or a destination ending in "/", means "into that folder". */
async function replayCopy(
  stage: Stage,
  step: (typeof stage.steps)[number],
  root: string,
  sourceRoot: (source: string) => string,
): Promise<void> {
  const { sources } = copyOf(stage, step);
  const rawDestination = step.args.at(-1)!;
  const intoFolder = sources.length > 1 || rawDestination.endsWith('/');
  const destination = hostPath(stage, rawDestination, root);
  for (const source of sources) {
    const from = sourceRoot(source);
    await cp(from, intoFolder ? join(destination, basename(source)) : destination, { recursive: true, verbatimSymlinks: true });
  }
}

function sh(command: string, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Offline: the replay must never reach a registry, whatever the RUN line says.
    const child = spawn('sh', ['-c', command], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', npm_config_offline: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`"${command}" exited ${code}:\n${output}`))));
  });
}

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'attache-image-'));
  buildDir = join(work, 'build');
  runDir = join(work, 'run');
  await mkdir(buildDir);
  await mkdir(runDir);

  // ——— FROM node AS build ———
  for (const step of buildStage.steps) {
    if (step.keyword === 'COPY') await replayCopy(buildStage, step, buildDir, (source) => join(ROOT, source));
    if (step.keyword !== 'RUN') continue;
    if (/^apt-get\b/.test(step.content)) {
      replayed.push(`skipped (packages of this machine): ${step.content}`);
    } else if (/^npm (install|ci)\b/.test(step.content)) {
      // cp(1) rather than fs.cp: several times faster on a tree of thousands of small files.
      await timed('install (copy)', () =>
        sh(`cp -R ${JSON.stringify(join(ROOT, 'node_modules'))} ${JSON.stringify(join(buildDir, 'node_modules'))}`, buildDir),
      );
      replayed.push(`stood in for by a copy of node_modules: ${step.content}`);
    } else {
      await timed(step.content, () => sh(step.content, buildDir));
      replayed.push(`ran: ${step.content}`);
    }
  }

  // ——— FROM node AS run ———
  for (const step of runStage.steps) {
    if (step.keyword !== 'COPY') continue;
    const { from } = copyOf(runStage, step);
    if (from === null) await replayCopy(runStage, step, runDir, (source) => join(ROOT, source));
    else if (from === 'build') await replayCopy(runStage, step, runDir, (source) => hostPath(buildStage, source, buildDir));
    else throw new Error(`COPY --from=${from}: this replay knows the stage "build" only`);
  }
  // The run stage's RUN only creates the data folder (and hands it to the node user): the volumes, here.
  for (const volume of stepsOf(runStage, 'VOLUME').flatMap(jsonForm)) await mkdir(hostPath(runStage, volume, runDir), { recursive: true });
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The run stage's ENV as the container sees it, its /app paths mapped to the run folder. */
function imageEnv(): Record<string, string> {
  const workdir = workdirOf(runStage);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(envOf(runStage))) {
    env[key] = value.replace(new RegExp(`^${workdir}(?=/|$)`), runDir).replace(new RegExp(`^(\\w+://)${workdir}(?=/|$)`), `$1${runDir}`);
  }
  return env;
}

interface Running {
  readonly child: ChildProcess;
  stdout(): string;
  logs(): Record<string, unknown>[];
  waitForLog(event: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/** The image's CMD (or another command line), in the run folder, with the image's ENV and `overrides`. */
function startImage(overrides: Record<string, string>, command = stepsOf(runStage, 'CMD').map(jsonForm)[0]!): Running {
  const [program, ...args] = command;
  expect(program).toBe('node');
  const child = spawn(process.execPath, args, {
    cwd: runDir,
    // No polling of the shipped news sources: nothing in the tests reaches the internet.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...imageEnv(), INGEST: 'off', ...overrides },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const started = performance.now();
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());
  child.stdout.setEncoding('utf8').on('data', (d: string) => ((out += d), notify()));
  child.stderr.setEncoding('utf8').on('data', (d: string) => ((err += d), notify()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) =>
    child.on('exit', (code, signal) => (resolve({ code, signal, ms: performance.now() - started }), notify())),
  );
  // A shard manager's children write to its stderr too: a line torn between two writers is skipped.
  const logs = () =>
    err
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  running.push(child);
  return {
    child,
    stdout: () => out,
    logs,
    waitForLog: (event, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => (waiters.delete(check), reject(new Error(`no "${event}" within ${timeoutMs} ms\n${err}`))),
          timeoutMs,
        );
        const check = () => {
          const line = logs().find((l) => l.event === event);
          if (line || child.exitCode !== null) {
            clearTimeout(timer);
            waiters.delete(check);
            if (line) resolve(line);
            else reject(new Error(`exited (${child.exitCode}) before "${event}"\n${err}`));
          }
        };
        waiters.add(check);
        check();
      }),
    exited: (timeoutMs = 30_000) =>
      Promise.race([
        exit,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms\n${err}`)), timeoutMs).unref(),
        ),
      ]),
  };
}

const running: ChildProcess[] = [];
let emulator: DiscordEmulator | null = null;
let redis: RedisServer | null = null;
afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await emulator?.stop();
  emulator = null;
  await redis?.stop();
  redis = null;
});

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
}
const composeServices = async () =>
  (parseYaml(await readFile(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> })
    .services;

describe('the production build, as the container runs it', () => {
  it('replays every RUN of the build stage (standing in only for apt-get and npm install) in reasonable time', () => {
    expect(replayed.filter((r) => r.startsWith('ran: '))).toEqual([expect.stringMatching(/^ran: npm run build && npm prune --omit=dev/)]);
    expect(replayed.filter((r) => r.startsWith('stood in'))).toHaveLength(1);
    // For the record when it slows down: copy, compile and prune, in ms.
    console.info('production build replay (ms):', timings);
  });

  it('keeps the production dependencies only, each one that package.json names, and npm finds the tree whole', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const modules = join(runDir, 'node_modules');
    for (const name of Object.keys(pkg.dependencies)) expect(existsSync(join(modules, name, 'package.json')), name).toBe(true);
    // Nothing a dev dependency brings: no compiler, no test runner, no loader.
    for (const name of Object.keys(pkg.devDependencies)) {
      if (name in pkg.dependencies || name.startsWith('@types/')) continue;
      expect(existsSync(join(modules, name)), `${name} (a dev dependency) is in the image`).toBe(false);
    }
    expect(existsSync(join(modules, 'esbuild')), 'esbuild comes only with tsx and vitest').toBe(false);
    // npm ls fails on anything missing or at a version outside what package.json asks.
    await sh('npm ls --omit=dev --all > /dev/null', runDir);
  });

  it('compiles every entry the image and docker-compose.yml start', async () => {
    const entries = new Set<string>([stepsOf(runStage, 'CMD').map(jsonForm)[0]![1]!]);
    for (const service of Object.values(await composeServices())) if (service.command?.[0] === 'node') entries.add(service.command[1]!);
    expect([...entries]).toContain('dist/src/main.js');
    expect([...entries]).toContain('dist/src/shard/main.js');
    for (const entry of entries) expect(existsSync(join(runDir, entry)), entry).toBe(true);
    // The commands' deploy script ships too (docker compose run --rm bot node dist/scripts/deploy-commands.js).
    expect(existsSync(join(runDir, 'dist/scripts/deploy-commands.js'))).toBe(true);
    // The picture's cut font is not TypeScript: the build copies it beside the compiled picture code.
    expect(existsSync(join(runDir, 'dist/src/picture/fonts/DejaVuSans.ttf'))).toBe(true);
    // Nothing in the image's dist imports a TypeScript file or tsx at run time.
    const stray = readdirSync(join(runDir, 'dist'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'),
    );
    expect(stray).toEqual([]);
  });

  it('with a token: logs in, answers /brief from the bundled seeds, reports healthy, and exits 0 on SIGTERM', async () => {
    emulator = new DiscordEmulator({ token: FAKE_TOKEN });
    await emulator.start();
    const world = emulator.seedDefaultWorld();
    const bot = startImage({
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_API_URL: emulator.restUrl,
      DISCORD_GUILD_ID: world.guild.id,
      // The image's 8080 may be taken on this machine: any free port, on loopback.
      HEALTH_PORT: '0',
      HEALTH_HOST: '127.0.0.1',
    });
    const ready = await bot.waitForLog('ready', 45_000);
    expect(ready).toMatchObject({ mode: 'discord' });
    // The store opened on the image's STORE_URL, inside the data volume: the native sqlite3 module survived the prune.
    expect(bot.logs().find((l) => l.event === 'store opened')).toMatchObject({ kind: 'sqlite' });
    expect(existsSync(join(runDir, 'data', 'attache.sqlite'))).toBe(true);

    const reply = await emulator.sendCommand({ name: 'brief', options: { actor: 'Mirzoyan' } }).waitForReply(10_000);
    expect(reply.embeds[0]?.title).toBe('Ararat Mirzoyan');
    expect(JSON.stringify(reply.embeds)).toContain('Karen Donfried');
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.pings).toEqual({ users: [], roles: [], everyone: false, repliedUser: null });

    const health = await fetch(String(ready.health));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', gateway: { status: 'Ready' } });

    // docker stop: SIGTERM, then SIGKILL after 10 s. The bot must be gone, cleanly, well before that.
    bot.child.kill('SIGTERM');
    const { code, ms } = await bot.exited(15_000);
    expect(code).toBe(0);
    expect(ms).toBeGreaterThan(0);
    expect(bot.logs().find((l) => l.event === 'shutdown complete')).toMatchObject({ reason: 'SIGTERM', code: 0 });
    const stopMs = Number(bot.logs().find((l) => l.event === 'shutdown complete')?.ms);
    expect(stopMs).toBeLessThan(10_000);
  }, 90_000);

  it('without a token (docker run with no settings): runs the sandbox demo, answers /brief, and exits 0', async () => {
    const demo = startImage({});
    const { code } = await demo.exited(60_000);
    expect(code).toBe(0);
    expect(demo.stdout()).toContain('> /brief actor:Mirzoyan');
    expect(demo.stdout()).toContain('## Ararat Mirzoyan');
    expect(demo.stdout()).toContain('Demo finished.');
  }, 90_000);

  // docker compose --profile sharded: the `shards` service's command and settings, on a redis-server of
  // our own in place of the `redis` service. The manager forks the compiled dist/src/main.js, without tsx.
  it.skipIf(!existsSync(REDIS_SERVER))(
    'sharded (the compose "shards" service): the compiled manager runs two shards on Redis, answers /brief, and stops cleanly',
    async () => {
      const service = (await composeServices()).shards!;
      redis = await startRedis();
      emulator = new DiscordEmulator({ token: FAKE_TOKEN });
      await emulator.start();
      const world = emulator.seedDefaultWorld();
      expect(service.environment?.STORE_URL).toMatch(/^redis:\/\//);
      const manager = startImage(
        {
          DISCORD_TOKEN: FAKE_TOKEN,
          DISCORD_API_URL: emulator.restUrl,
          DISCORD_GUILD_ID: world.guild.id,
          STORE_URL: redis.url,
          SHARD_COUNT: '2',
          HEALTH_PORT: '0',
          HEALTH_HOST: '127.0.0.1',
        },
        service.command,
      );
      const ready = await manager.waitForLog('ready', 45_000);
      await manager.waitForLog('shards ready', 60_000);
      // Both children are the compiled bot, not the TypeScript source.
      expect(
        manager
          .logs()
          .filter((l) => l.event === 'shard running')
          .map((l) => l.shard)
          .sort(),
      ).toEqual([0, 1]);

      const reply = await emulator.sendCommand({ name: 'brief', options: { actor: 'Mirzoyan' } }).waitForReply(10_000);
      expect(reply.embeds[0]?.title).toBe('Ararat Mirzoyan');
      const health = await fetch(String(ready.health));
      expect(health.status).toBe(200);
      expect(((await health.json()) as { shards: unknown[] }).shards).toHaveLength(2);

      manager.child.kill('SIGTERM');
      expect((await manager.exited(45_000)).code).toBe(0);
    },
    150_000,
  );
});
