// /brief under load, sharded: the real shard manager (`node --import tsx src/shard/main.ts`, as
// `npm run start:sharded` runs it) forks its shard processes, which connect to a loopback emulator in
// this process and share a redis-server this file starts. Hundreds of /brief arrive at the same instant,
// spread over guilds on every shard; each is timed from its injection into the gateway to the moment the
// emulator records the reply. The same load is run on one shard and on two, so the figure says what the
// second process buys on this machine.
//
//   measureShardedLatency()                   from bench.ts (npm run bench)
//   tsx bench/shardedLatency.ts               standalone; options: --concurrent N (default 300),
//                                             --rounds N (default 3), --shards 1,2, --seeds DIR, --json
//
// The index is the seeds folder (the repository's by default): this measures the gateway, discord.js,
// the router and the REST callback in several processes, not the archive's size (bench.ts does that).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscordEmulator, type InteractionRecord } from '@attache/discord-emulator';
import { loadIndex } from '../src/pipeline/loadIndex.js';
import { plural } from '../src/views/text.js';
import { REDIS_SERVER, startRedis } from '../test/store/backends.js';
import { benchArgs } from './args.js';

const ROOT = resolve(import.meta.dirname, '..');
/** Token-shaped, not a token: the emulator accepts any value it was given. */
const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0';
const GUILDS_PER_SHARD = 8;

export interface Percentiles {
  /** Milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly n: number;
}

export interface ShardedRun {
  readonly shards: number;
  /** /brief injected at the same instant, per round. */
  readonly concurrent: number;
  readonly rounds: number;
  /** Injection → the reply recorded by the emulator, over every round. */
  readonly brief: Percentiles;
  readonly perShard: readonly (Percentiles & { readonly shard: number })[];
  /** First injection to last reply of a round, the median round. */
  readonly roundMs: number;
  /**
   * CPU this process (the emulator: gateway, REST, validation) spent in that round. Near `roundMs`, the
   * emulator is what limits the figure, not the shards.
   */
  readonly emulatorCpuMs: number;
  /** Interactions without a reply within 10 s, or refused as late (a user sees "did not respond"). */
  readonly unanswered: number;
  /** From spawning the manager to every shard answering /health ok. */
  readonly startS: number;
}

export type ShardedLatencyResult =
  | { readonly runs: readonly ShardedRun[]; readonly articles: number; readonly cpus: number; readonly loadAverage: number }
  | { readonly skipped: string };

export interface ShardedLatencyOptions {
  readonly concurrent?: number;
  readonly rounds?: number;
  /** Shard counts to compare; default [1, 2]. */
  readonly shards?: readonly number[];
  readonly seedsDir?: string;
  readonly log?: (message: string) => void;
}

export async function measureShardedLatency(options: ShardedLatencyOptions = {}): Promise<ShardedLatencyResult> {
  if (!existsSync(REDIS_SERVER)) return { skipped: `${REDIS_SERVER} is not installed (two shards share a redis store)` };
  const concurrent = options.concurrent ?? 300;
  const rounds = options.rounds ?? 3;
  const seedsDir = resolve(options.seedsDir ?? join(ROOT, 'seeds'));
  const log = options.log ?? (() => undefined);
  // What users ask about: the actors of the index the shards serve, the busiest most often.
  const { index } = await loadIndex({ seedsDir, cacheDir: null });
  const actors = index.actors('', 25).map((s) => s.actor.name);
  if (!actors.length) throw new Error(`${seedsDir} has no actors to ask about`);
  const redis = await startRedis();
  try {
    const runs: ShardedRun[] = [];
    for (const shards of options.shards ?? [1, 2]) {
      log(`  ${plural(shards, 'shard')}: ${rounds} rounds of ${concurrent} concurrent /brief…`);
      runs.push(await runOnce({ shards, concurrent, rounds, seedsDir, redisUrl: redis.url, actors }));
    }
    return { runs, articles: index.stats().articles, cpus: availableParallelism(), loadAverage: loadavg()[0]! };
  } finally {
    await redis.stop();
  }
}

interface RunSpec {
  readonly shards: number;
  readonly concurrent: number;
  readonly rounds: number;
  readonly seedsDir: string;
  readonly redisUrl: string;
  readonly actors: readonly string[];
}

async function runOnce(spec: RunSpec): Promise<ShardedRun> {
  const emulator = new DiscordEmulator({ token: TOKEN, shards: spec.shards, maxConcurrency: spec.shards });
  await emulator.start();
  const guilds: string[] = [];
  for (let i = 0; i < GUILDS_PER_SHARD * spec.shards; i++)
    guilds.push(emulator.addGuild({ name: `Embassy ${i}`, shardId: i % spec.shards }).id);
  const dir = await mkdtemp(join(tmpdir(), 'attache-bench-sharded-'));
  const logFile = join(dir, 'manager.log');
  const fd = openSync(logFile, 'w');
  const t0 = performance.now();
  // The shards' log lines go to a file: this process also serves the emulator, and should not spend
  // its time reading hundreds of them. warn: the interaction lines would be the bulk of it.
  const manager = spawn(process.execPath, ['--import', 'tsx', 'src/shard/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: emulator.restUrl,
      DISCORD_GUILD_ID: '',
      SEEDS_DIR: spec.seedsDir,
      CACHE_DIR: join(dir, 'cache'),
      STORE_URL: spec.redisUrl,
      SHARD_COUNT: String(spec.shards),
      HEALTH_PORT: '0',
      HEALTH_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<number | null>((done) => manager.once('exit', (code) => done(code)));
  try {
    await whenHealthy(manager, logFile, spec.shards);
    const startS = (performance.now() - t0) / 1000;
    const answered = new Map<string, number>();
    const stamp = (rec: InteractionRecord) => {
      if (!answered.has(rec.id)) answered.set(rec.id, performance.now());
    };
    // The reply is the callback's message (type 4), or a deferral's edit or first follow-up.
    emulator.on('interaction-response', ({ interaction, callback }) => callback.type === 4 && stamp(interaction));
    emulator.on('interaction-edit', ({ interaction }) => stamp(interaction));
    emulator.on('interaction-followup', ({ interaction }) => stamp(interaction));

    const all: number[] = [];
    const byShard = new Map<number, number[]>();
    const roundTimes: number[] = [];
    const roundCpu: number[] = [];
    let unanswered = 0;
    // Round 0 warms up the shards (JIT, caches) and is not counted.
    for (let round = 0; round <= spec.rounds; round++) {
      const sent: { rec: InteractionRecord; at: number; reply: Promise<unknown> }[] = [];
      const start = performance.now();
      const cpu = process.cpuUsage();
      for (let i = 0; i < spec.concurrent; i++) {
        const actor = spec.actors[Math.floor(Math.pow(((i * 7919 + round * 104729) % 1000) / 1000, 2) * spec.actors.length)]!;
        const at = performance.now();
        const handle = emulator.sendCommand({ name: 'brief', guildId: guilds[i % guilds.length]!, options: { actor } });
        sent.push({ rec: handle.record, at, reply: handle.waitForReply(10_000) });
      }
      const outcomes = await Promise.allSettled(sent.map((s) => s.reply));
      const used = process.cpuUsage(cpu);
      let last = start;
      outcomes.forEach((outcome, i) => {
        const { rec, at } = sent[i]!;
        const done = answered.get(rec.id);
        if (outcome.status === 'rejected' || done === undefined || rec.rejectedCallbacks.length > 0) {
          if (round > 0) unanswered++;
          return;
        }
        last = Math.max(last, done);
        if (round === 0) return;
        all.push(done - at);
        const shard = rec.deliveredTo[0] ?? -1;
        byShard.set(shard, [...(byShard.get(shard) ?? []), done - at]);
      });
      if (round > 0) {
        roundTimes.push(last - start);
        roundCpu.push((used.user + used.system) / 1000);
      }
      emulator.clearRequests();
    }
    return {
      shards: spec.shards,
      concurrent: spec.concurrent,
      rounds: spec.rounds,
      brief: percentiles(all),
      perShard: [...byShard.entries()].sort(([a], [b]) => a - b).map(([shard, d]) => ({ shard, ...percentiles(d) })),
      roundMs: median(roundTimes),
      emulatorCpuMs: median(roundCpu),
      unanswered,
      startS,
    };
  } catch (err) {
    throw new Error(`${(err as Error).message}\n--- manager log (tail) ---\n${tail(logFile)}`, { cause: err });
  } finally {
    if (manager.exitCode === null) manager.kill('SIGTERM');
    const timer = setTimeout(() => manager.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The manager's health URL from its log, then GET /health until every shard is ok. */
async function whenHealthy(manager: ChildProcess, logFile: string, shards: number): Promise<void> {
  const deadline = performance.now() + 90_000;
  let url: string | null = null;
  for (;;) {
    if (manager.exitCode !== null) throw new Error(`the shard manager exited with code ${manager.exitCode}`);
    if (performance.now() > deadline) throw new Error(`the ${shards} shard(s) were not healthy within 90 s`);
    url ??= healthUrl(logFile);
    if (url) {
      const res = await fetch(url).catch(() => null);
      if (res?.status === 200) return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function healthUrl(logFile: string): string | null {
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('"shard":"manager"') || !line.includes('"event":"ready"')) continue;
    try {
      return (JSON.parse(line) as { health?: string }).health ?? null;
    } catch {
      // a torn line
    }
  }
  return null;
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

function percentiles(durations: readonly number[]): Percentiles {
  const d = [...durations].sort((a, b) => a - b);
  const at = (p: number) => d[Math.max(0, Math.ceil(p * d.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: d.at(-1) ?? 0, n: d.length };
}

const ms = (v: number) => (v >= 100 ? `${v.toFixed(0)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`);

/** The figures as lines of text, for this script and for bench.ts's report. */
export function formatShardedLatency(result: ShardedLatencyResult): string[] {
  if ('skipped' in result) return [`sharded /brief: skipped (${result.skipped})`];
  const first = result.runs[0];
  const lines = [
    `sharded /brief (npm run start:sharded, redis, ${result.articles} articles): ${first?.concurrent ?? 0} /brief at the same instant × ${first?.rounds ?? 0} rounds, injection → reply; ${result.cpus} cores, load ${result.loadAverage.toFixed(2)}`,
  ];
  for (const r of result.runs) {
    const shards = r.perShard.map((s) => `shard ${s.shard} p99 ${ms(s.p99)} (n=${s.n})`).join(', ');
    lines.push(
      `  ${r.shards} shard${r.shards === 1 ? ' ' : 's'}: p50 ${ms(r.brief.p50)}  p99 ${ms(r.brief.p99)}  max ${ms(r.brief.max)}  round ${ms(r.roundMs)} (emulator CPU ${ms(r.emulatorCpuMs)})  start ${r.startS.toFixed(1)} s${r.unanswered ? `  UNANSWERED ${r.unanswered}` : ''}   [${shards}]`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const { option, flag } = benchArgs();
  const concurrent = Number(option('concurrent') ?? 300);
  const rounds = Number(option('rounds') ?? 3);
  const shards = (option('shards') ?? '1,2').split(',').map(Number);
  if (!Number.isInteger(concurrent) || concurrent <= 0) throw new Error('--concurrent needs a positive integer');
  if (!Number.isInteger(rounds) || rounds <= 0) throw new Error('--rounds needs a positive integer');
  if (shards.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--shards needs positive integers, e.g. 1,2');
  const seedsDir = option('seeds');
  const result = await measureShardedLatency({
    concurrent,
    rounds,
    shards,
    ...(seedsDir ? { seedsDir } : {}),
    log: (m) => process.stderr.write(`${m}\n`),
  });
  if (flag('json')) console.log(JSON.stringify(result));
  else for (const line of formatShardedLatency(result)) console.log(line);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
