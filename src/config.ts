// The environment, read once at start and validated: every wrong value gets its own clear message.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { LogLevel } from './log.js';

export interface Config {
  /** Absent: no Discord account; `npm start` runs the sandbox instead. */
  readonly discordToken: string | null;
  /** REST base; discord.js appends /v10/… (a REST proxy such as nirn-proxy, or the emulator in tests). */
  readonly discordApiUrl: string;
  /** Register commands to this guild only (instant), else globally. */
  readonly discordGuildId: string | null;
  readonly seedsDir: string;
  readonly cacheDir: string;
  /** keyv store: sqlite://path (default) or redis://host:port. */
  readonly storeUrl: string;
  readonly logLevel: LogLevel;
  /** Port for /health (and later /metrics); null: not served. */
  readonly healthPort: number | null;
  /** Interface for /health; default 0.0.0.0 (all), so a container's probe can reach it. */
  readonly healthHost: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const text = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : null;
  };

  const token = text('DISCORD_TOKEN');
  if (token && (/\s/.test(token) || token.length < 50 || token.split('.').length !== 3)) {
    problems.push('DISCORD_TOKEN does not look like a bot token (three dot-separated parts, from the Developer Portal → Bot → Reset Token); leave it empty to run the sandbox');
  }

  const apiUrl = text('DISCORD_API_URL') ?? 'https://discord.com/api';
  let parsedApi: URL | null = null;
  try {
    parsedApi = new URL(apiUrl);
  } catch {
    problems.push(`DISCORD_API_URL "${apiUrl}" is not a URL; expected e.g. https://discord.com/api`);
  }
  if (parsedApi && !/^https?:$/.test(parsedApi.protocol)) problems.push(`DISCORD_API_URL must be http(s), got "${parsedApi.protocol}"`);
  if (parsedApi && /\/v\d+\/?$/.test(parsedApi.pathname)) problems.push('DISCORD_API_URL must not end in a version (/v10): the client adds it');

  const guildId = text('DISCORD_GUILD_ID');
  if (guildId && !/^\d{17,20}$/.test(guildId)) problems.push(`DISCORD_GUILD_ID "${guildId}" is not a server id (17–20 digits; Developer Mode → right-click the server → Copy Server ID)`);

  const level = (text('LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LEVELS.includes(level)) problems.push(`LOG_LEVEL "${env.LOG_LEVEL}" is not one of ${LEVELS.join(', ')}`);

  const portText = text('HEALTH_PORT');
  let healthPort: number | null = null;
  if (portText) {
    const n = Number(portText);
    if (!Number.isInteger(n) || n < 0 || n > 65535) problems.push(`HEALTH_PORT "${portText}" is not a port number (0–65535)`);
    else healthPort = n;
  }

  const healthHost = text('HEALTH_HOST') ?? '0.0.0.0';
  if (!isIP(healthHost) && !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(healthHost)) {
    problems.push(`HEALTH_HOST "${healthHost}" is not an address or host name (e.g. 0.0.0.0 for all interfaces, 127.0.0.1 for this machine only)`);
  }

  const storeUrl = text('STORE_URL') ?? 'sqlite://data/attache.sqlite';
  if (!/^(sqlite|redis|rediss):\/\/.+/.test(storeUrl)) problems.push(`STORE_URL "${storeUrl}" must start with sqlite:// (a file) or redis:// (host:port)`);

  if (problems.length) throw new ConfigError(problems);
  return {
    discordToken: token,
    discordApiUrl: apiUrl.replace(/\/+$/, ''),
    discordGuildId: guildId,
    seedsDir: resolve(cwd, text('SEEDS_DIR') ?? 'seeds'),
    cacheDir: resolve(cwd, text('CACHE_DIR') ?? '.cache'),
    storeUrl,
    logLevel: level,
    healthPort,
    healthHost,
  };
}
