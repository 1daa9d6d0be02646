// docker-compose.yml, read as data (no Docker engine here): the default bot on its SQLite volume, the
// `sharded` profile with a pinned Redis, settings that agree with the Dockerfile, and commands that name
// files the build produces (productionBuild.test.ts checks that they are produced and run).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { envOf, jsonForm, readDockerfile, readDockerignore, ROOT, stepsOf } from './dockerfile.js';

interface Healthcheck {
  test: string[];
  interval?: string;
  timeout?: string;
  start_period?: string;
  retries?: number;
}
interface Service {
  build?: string;
  image?: string;
  command?: string[];
  env_file?: string;
  environment?: Record<string, string>;
  profiles?: string[];
  volumes?: string[];
  ports?: string[];
  restart?: string;
  stop_grace_period?: string;
  init?: boolean;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: Healthcheck;
}
interface Compose {
  name?: string;
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

const text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
// `<<: *attache` merges the shared settings, as Docker Compose does.
const compose = parseYaml(text, { merge: true }) as Compose;
const { bot, shards, redis } = compose.services as Record<'bot' | 'shards' | 'redis', Service>;
const run = readDockerfile().stage('run');
const imageEnv = envOf(run);
const imageVolumes = stepsOf(run, 'VOLUME').flatMap(jsonForm);

/** "30s", "1m30s" → seconds. */
function seconds(duration: string | undefined): number {
  let total = 0;
  for (const [, n, unit] of (duration ?? '').matchAll(/(\d+)(h|m|s)/g))
    total += Number(n) * { h: 3600, m: 60, s: 1 }[unit as 'h' | 'm' | 's'];
  return total;
}

/** "data:/app/data" → { source: 'data', target: '/app/data', readOnly: false } */
function mount(spec: string): { source: string; target: string; readOnly: boolean } {
  const [source = '', target = '', mode] = spec.split(':');
  return { source, target, readOnly: mode === 'ro' };
}

/** The compiled entry a `node dist/…js` command runs → the source file tsconfig.build.json compiles it from. */
function sourceOf(entry: string): string {
  const m = /^dist\/(.+)\.js$/.exec(entry);
  if (!m) throw new Error(`${entry} is not under dist/`);
  return `${m[1]}.ts`;
}

describe('docker-compose.yml', () => {
  it('has the bot by default and Redis with the sharded bot behind the "sharded" profile', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bot', 'redis', 'shards']);
    expect(bot.profiles).toBeUndefined();
    expect(shards.profiles).toEqual(['sharded']);
    expect(redis.profiles).toEqual(['sharded']);
    // A fixed project name makes the volume names (attache_data, attache_redis) the ones README.md uses.
    expect(compose.name).toBe('attache');
    expect(Object.keys(compose.volumes).sort()).toEqual(['data', 'redis']);
  });

  it('builds the Dockerfile here and runs the entries the build compiles', () => {
    for (const service of [bot, shards]) {
      expect(service.build).toBe('.');
      expect(service.command?.[0]).toBe('node');
    }
    expect(bot.command).toEqual(stepsOf(run, 'CMD').map(jsonForm)[0]);
    expect(shards.command).toEqual(['node', 'dist/src/shard/main.js']);
    const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
    for (const entry of [bot.command![1]!, shards.command![1]!]) {
      const source = sourceOf(entry);
      expect(existsSync(join(ROOT, source)), `${entry} is compiled from ${source}`).toBe(true);
      expect(tsconfig.include, `${source} is in tsconfig.build.json`).toContain(source.split('/')[0]);
    }
  });

  it('keeps the SQLite file and the cache in the data volume and mounts the seeds read-only, where the image expects them', () => {
    const mounts = bot.volumes!.map(mount);
    const data = mounts.find((m) => m.source === 'data')!;
    const seeds = mounts.find((m) => m.source === './seeds')!;
    expect(imageVolumes).toEqual(expect.arrayContaining([data.target, seeds.target]));
    expect(seeds.readOnly).toBe(true);
    const env = bot.environment!;
    expect(env.STORE_URL).toBe(imageEnv.STORE_URL);
    expect(posix.dirname(env.STORE_URL!.replace(/^sqlite:\/\//, ''))).toBe(data.target);
    expect(env.CACHE_DIR!.startsWith(`${data.target}/`)).toBe(true);
    expect(env.SEEDS_DIR).toBe(seeds.target);
    // .env holds the settings (and the token): it is read at run time, never copied into the image.
    expect(bot.env_file).toBe('.env');
    expect(readDockerignore().excludes('.env')).toBe(true);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.env');
  });

  it('refuses to start without DISCORD_TOKEN rather than restart the sandbox demo forever', () => {
    for (const service of [bot, shards]) expect(service.environment?.DISCORD_TOKEN).toMatch(/^\$\{DISCORD_TOKEN:\?.+\}$/);
  });

  it('runs the sharded bot on the Redis service, once Redis answers, with SHARD_COUNT passed through', () => {
    const env = shards.environment!;
    expect(env.STORE_URL).toBe('redis://redis:6379');
    expect(env.SHARD_COUNT).toBe('${SHARD_COUNT:-auto}');
    expect(shards.depends_on).toEqual({ redis: { condition: 'service_healthy' } });
    expect(redis.image).toMatch(/^redis:7\.\d+\.\d+(-[a-z0-9]+)?$/);
    expect(redis.volumes!.map(mount)).toEqual([{ source: 'redis', target: '/data', readOnly: false }]);
    expect(redis.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
    // Redis is for the shards only: not published on the host.
    expect(redis.ports).toBeUndefined();
  });

  it('checks health as the image does, on the port it publishes, and gives SIGTERM time to finish', () => {
    const dockerProbe = jsonForm(stepsOf(run, 'HEALTHCHECK')[0]!);
    for (const service of [bot, shards]) {
      expect(service.healthcheck?.test).toEqual(['CMD', ...dockerProbe]);
      expect(service.environment?.HEALTH_PORT).toBe(imageEnv.HEALTH_PORT);
      // Inside a container, 127.0.0.1 would hide /health from the published port.
      expect(service.environment?.HEALTH_HOST).toBe('0.0.0.0');
      expect(service.ports).toEqual([`127.0.0.1:${imageEnv.HEALTH_PORT}:${imageEnv.HEALTH_PORT}`]);
      expect(service.restart).toBe('unless-stopped');
      expect(service.init).toBe(true);
      // Each shutdown step may take up to 10 s (src/shutdown.ts); Docker's default grace is 10 s in all.
      expect(seconds(service.stop_grace_period)).toBeGreaterThanOrEqual(30);
    }
    // The manager waits up to 30 s for each shard to close before it kills it.
    expect(seconds(shards.stop_grace_period)).toBeGreaterThan(30);
  });
});
