// The environment, read once at start and validated: every wrong value gets its own clear message.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_MAX_ARTICLE_BYTES } from './corpus/articleFiles.js';
import { holdsBotToken, maskSecrets, type LogLevel } from './log.js';
import { isSnowflake } from './platform/snowflake.js';
import { readSourcesSettings, type SourcesSettings } from './sources/index.js';

export { DEFAULT_MAX_ARTICLE_BYTES };

export interface Config {
  /** Absent: no Discord account; `npm start` runs the sandbox instead. */
  readonly discordToken: string | null;
  /** REST base; discord.js appends /v10/… (a REST proxy such as nirn-proxy, or the emulator in tests). */
  readonly discordApiUrl: string;
  /** Register commands to this guild only (instant), else globally. */
  readonly discordGuildId: string | null;
  readonly seedsDir: string;
  readonly cacheDir: string;
  /** MAX_ARTICLE_BYTES: a larger article file is reported by name and skipped (default 1 MB). */
  readonly maxArticleBytes: number;
  /** keyv store: sqlite://path (default) or redis://host:port. */
  readonly storeUrl: string;
  readonly logLevel: LogLevel;
  /** Port for /health (and later /metrics); null: not served. */
  readonly healthPort: number | null;
  /**
   * Interface for /health and /metrics; default 127.0.0.1 (this machine only): the figures are nobody
   * else's business unless the operator says so. The image sets 0.0.0.0, for its platform's probe.
   */
  readonly healthHost: string;
  /** SHARD_COUNT: how many shard processes `npm run start:sharded` runs; 'auto' (default) asks Discord. */
  readonly shardCount: number | 'auto';
  /**
   * SHARD_LIST: which of the SHARD_COUNT shards this host's manager runs ("0-3", "4,5"), when the shards
   * are spread over several hosts sharing one redis; null: all of them.
   */
  readonly shardList: readonly number[] | null;
  /**
   * The shard this process runs, when discord.js's ShardingManager spawned it (it sets SHARDING_MANAGER,
   * SHARDS and SHARD_COUNT for its children); null for `npm start` and for the manager itself.
   */
  readonly shard: { readonly id: number; readonly count: number } | null;
  /**
   * INGEST: poll the sources into SEEDS_DIR inside the bot. null (unset): the mode decides (on with a
   * Discord token, off in the sandbox), since only src/runtime knows the mode.
   */
  readonly ingest: boolean | null;
  /** SOURCES_FILE, SOURCES_ALLOW_PRIVATE, SOURCES_CONTACT_URL (src/sources/settings.ts). */
  readonly sources: SourcesSettings;
}

export class ConfigError extends Error {
  readonly problems: readonly string[];
  /**
   * The messages quote the values they reject, so that the reader sees the mistake; a token pasted into
   * the wrong variable is the one value they must not repeat. Whatever looks secret (maskSecrets), and
   * the exact `secrets` (the configured token), are masked here, whoever builds the error.
   */
  constructor(problems: readonly string[], secrets: readonly string[] = []) {
    const masked = problems.map((p) => maskSecrets(p, secrets));
    super(`Configuration is not valid:\n${masked.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = masked;
  }
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const misplaced = new Set<string>();
  const text = (name: string) => {
    const v = env[name]?.trim();
    // A token pasted into another variable may even be valid there (a host name, a sqlite file name):
    // it is refused, without being quoted, and the variable is read as unset.
    if (v && name !== 'DISCORD_TOKEN' && holdsBotToken(v)) {
      if (!misplaced.has(name)) problems.push(`${name} holds what looks like a bot token; a token belongs in DISCORD_TOKEN only`);
      misplaced.add(name);
      return null;
    }
    return v ? v : null;
  };

  const token = text('DISCORD_TOKEN');
  if (token && (/\s/.test(token) || token.length < 50 || token.split('.').length !== 3)) {
    problems.push(
      'DISCORD_TOKEN does not look like a bot token (three dot-separated parts, from the Developer Portal → Bot → Reset Token); leave it empty to run the sandbox',
    );
  }

  const apiUrl = text('DISCORD_API_URL') ?? 'https://discord.com/api';
  let parsedApi: URL | null = null;
  try {
    parsedApi = new URL(apiUrl);
  } catch {
    problems.push(`DISCORD_API_URL "${apiUrl}" is not a URL; expected e.g. https://discord.com/api`);
  }
  if (parsedApi && !/^https?:$/.test(parsedApi.protocol)) problems.push(`DISCORD_API_URL must be http(s), got "${parsedApi.protocol}"`);
  if (parsedApi && /\/v\d+\/?$/.test(parsedApi.pathname))
    problems.push('DISCORD_API_URL must not end in a version (/v10): the client adds it');

  const guildId = text('DISCORD_GUILD_ID');
  if (guildId && !isSnowflake(guildId))
    problems.push(
      `DISCORD_GUILD_ID "${guildId}" is not a server id (17–20 digits; Developer Mode → right-click the server → Copy Server ID)`,
    );

  const level = (text('LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LEVELS.includes(level)) problems.push(`LOG_LEVEL "${env.LOG_LEVEL}" is not one of ${LEVELS.join(', ')}`);

  const portText = text('HEALTH_PORT');
  let healthPort: number | null = null;
  if (portText) {
    const n = Number(portText);
    if (!Number.isInteger(n) || n < 0 || n > 65535) problems.push(`HEALTH_PORT "${portText}" is not a port number (0–65535)`);
    else healthPort = n;
  }

  const healthHost = text('HEALTH_HOST') ?? '127.0.0.1';
  if (!isIP(healthHost) && !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(healthHost)) {
    problems.push(
      `HEALTH_HOST "${healthHost}" is not an address or host name (e.g. 0.0.0.0 for all interfaces, 127.0.0.1 for this machine only)`,
    );
  }

  const maxText = text('MAX_ARTICLE_BYTES');
  let maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES;
  if (maxText) {
    const n = Number(maxText);
    if (!/^\d+$/.test(maxText) || n < 1)
      problems.push(
        `MAX_ARTICLE_BYTES "${maxText}" must be a whole number of bytes, 1 or more (default ${DEFAULT_MAX_ARTICLE_BYTES}, 1 MB)`,
      );
    else maxArticleBytes = n;
  }

  const storeUrl = text('STORE_URL') ?? 'sqlite://data/attache.sqlite';
  if (!/^(sqlite|redis|rediss):\/\/.+/.test(storeUrl))
    problems.push(`STORE_URL "${storeUrl}" must start with sqlite:// (a file) or redis:// (host:port)`);

  const shardText = (text('SHARD_COUNT') ?? 'auto').toLowerCase();
  let shardCount: number | 'auto' = 'auto';
  if (shardText !== 'auto') {
    const n = Number(shardText);
    if (!/^\d+$/.test(shardText) || n < 1)
      problems.push(`SHARD_COUNT "${env.SHARD_COUNT}" must be auto (Discord's recommendation) or a whole number of shards, 1 or more`);
    else shardCount = n;
  }

  const shardList = shardListOf(text('SHARD_LIST') ?? undefined, shardCount, problems);

  let shard: Config['shard'] = null;
  if (text('SHARDING_MANAGER')) {
    const id = Number(text('SHARDS'));
    if (shardCount === 'auto' || !Number.isInteger(id) || id < 0 || id >= shardCount) {
      problems.push(
        `SHARDS "${env.SHARDS}" / SHARD_COUNT "${env.SHARD_COUNT}" do not name one shard; they are set by the shard manager (npm run start:sharded), not by hand`,
      );
    } else shard = { id, count: shardCount };
  }

  const ingestText = text('INGEST')?.toLowerCase() ?? null;
  const ingest = ingestText === null ? null : ingestText === 'on' ? true : ingestText === 'off' ? false : null;
  if (ingestText !== null && ingest === null)
    problems.push(`INGEST "${env.INGEST}" must be on or off (unset: on with a Discord token, off in the sandbox)`);

  const sources = readSourcesSettings(
    {
      SOURCES_FILE: text('SOURCES_FILE') ?? undefined,
      SOURCES_ALLOW_PRIVATE: text('SOURCES_ALLOW_PRIVATE') ?? undefined,
      SOURCES_CONTACT_URL: text('SOURCES_CONTACT_URL') ?? undefined,
    },
    cwd,
  );
  problems.push(...sources.problems);

  const seedsDir = resolve(cwd, text('SEEDS_DIR') ?? 'seeds');
  const cacheDir = resolve(cwd, text('CACHE_DIR') ?? '.cache');

  if (problems.length) throw new ConfigError(problems, token ? [token] : []);
  return {
    discordToken: token,
    discordApiUrl: apiUrl.replace(/\/+$/, ''),
    discordGuildId: guildId,
    seedsDir,
    cacheDir,
    maxArticleBytes,
    storeUrl,
    logLevel: level,
    healthPort,
    healthHost,
    shardCount,
    shardList,
    shard,
    ingest,
    sources: sources.settings,
  };
}

/** "0-3,5" → [0, 1, 2, 3, 5], each below the shard count; a problem for anything else. */
function shardListOf(value: string | undefined, count: number | 'auto', problems: string[]): readonly number[] | null {
  if (value === undefined) return null;
  const ids = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    const from = Number(range?.[1]);
    const to = Number(range?.[2] ?? range?.[1]);
    if (!range || to < from) {
      problems.push(`SHARD_LIST "${value}" must list shard ids and ranges, such as 0-3 or 4,5`);
      return null;
    }
    for (let id = from; id <= to; id++) ids.add(id);
  }
  if (count === 'auto') {
    problems.push(`SHARD_LIST "${value}" needs SHARD_COUNT set to the total number of shards on every host, not auto`);
    return null;
  }
  const outside = [...ids].filter((id) => id >= count);
  if (outside.length) {
    problems.push(`SHARD_LIST "${value}" names shard ${outside[0]}, but SHARD_COUNT ${count} has shards 0 to ${count - 1}`);
    return null;
  }
  return [...ids].sort((a, b) => a - b);
}
