// The process's settings: src/config.ts's Config, plus what only the process edge needs (where the
// health server binds). Read once; every wrong value, from either part, in one ConfigError.
import { isIP } from 'node:net';
import { ConfigError, readConfig, type Config } from '../config.js';

export interface Settings extends Config {
  /** Interface for GET /health; default 0.0.0.0 (all), so a container's probe can reach it. */
  readonly healthHost: string;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Settings {
  const problems: string[] = [];
  let config: Config | null = null;
  try {
    config = readConfig(env, cwd);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
  }
  const healthHost = env.HEALTH_HOST?.trim() || '0.0.0.0';
  if (!isIP(healthHost) && !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(healthHost)) {
    problems.push(`HEALTH_HOST "${healthHost}" is not an address or host name (e.g. 0.0.0.0 for all interfaces, 127.0.0.1 for this machine only)`);
  }
  if (problems.length || !config) throw new ConfigError(problems);
  return { ...config, healthHost };
}
