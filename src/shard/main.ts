// `npm run start:sharded`: the bot as several processes, one per shard, under discord.js's
// ShardingManager (src/shard/manager.ts). This process holds no Discord connection; it serves /health
// (and /metrics) on HEALTH_PORT for every shard, and stops them in order on SIGTERM or SIGINT.
//   SHARD_COUNT=auto (default: Discord's recommendation) or a number; STORE_URL must be redis:// for 2+.
// From source (`node --import tsx src/shard/main.ts`) it runs src/main.ts with tsx; compiled
// (`node dist/src/shard/main.js`, as the container does) it runs dist/src/main.js.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, readConfig, type Config } from '../config.js';
import { startHealthServer, type HealthServer } from '../health.js';
import { createLogger } from '../log.js';
import { createShutdown } from '../shutdown.js';
import { ShardSetupError } from './plan.js';
import { startShardManager, type ShardManager, type ShardScript } from './manager.js';
import { renderShardMetrics } from './metrics.js';

loadDotenv({ quiet: true });

let settings: Config;
try {
  settings = readConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
  process.exit(1);
}
if (!settings.discordToken) {
  process.stderr.write(
    'npm run start:sharded connects to Discord: set DISCORD_TOKEN. (Without a token, `npm start` runs the sandbox, in one process.)\n',
  );
  process.exit(1);
}
const token = settings.discordToken;
const logger = createLogger({ level: settings.logLevel, secrets: [token] }, { shard: 'manager' });
process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { err: reason }));

let manager: ShardManager | null = null;
let health: HealthServer | null = null;
const shutdown = createShutdown({
  logger,
  // Each shard runs its own ordered shutdown (up to 10 s a step) before the manager gives up on it.
  stepTimeoutMs: 60_000,
  steps: () => [
    {
      name: 'shards',
      run: async () => {
        if (manager && !(await manager.stop())) throw new Error('a shard did not stop cleanly');
      },
    },
    { name: 'health server', run: () => health?.close() },
  ],
});
shutdown.install();

try {
  manager = await startShardManager({
    token,
    apiUrl: settings.discordApiUrl,
    shardCount: settings.shardCount,
    shardList: settings.shardList,
    storeUrl: settings.storeUrl,
    logger,
    script: shardScript(),
  });
  const running = manager;
  if (settings.healthPort !== null) {
    health = await startHealthServer({
      port: settings.healthPort,
      host: settings.healthHost,
      report: () => running.health(),
      metrics: () => renderShardMetrics(running),
      logger,
    });
  }
  logger.info('ready', { shards: running.count, ...(health ? { health: health.url } : {}) });
  running.started.catch((err: unknown) => logger.error('shards did not start', { err }));
} catch (err) {
  if (err instanceof ShardSetupError) {
    logger.error('shard manager cannot start', { problem: err.message });
    process.stderr.write(`${err.message}\n`);
  } else logger.error('shard manager failed', { err });
  await shutdown.run('start failed', 1);
}

/** The bot's entry beside this file: the TypeScript source with tsx, or the compiled JavaScript. */
function shardScript(): ShardScript {
  const here = fileURLToPath(import.meta.url);
  const fromSource = here.endsWith('.ts');
  // The manager's own node flags (--enable-source-maps, --max-old-space-size, tsx's loader) suit the
  // shards too; an inspector port would clash between them.
  const inherited = process.execArgv.filter((flag) => !flag.startsWith('--inspect'));
  const hasTsx = inherited.some((flag) => flag.includes('tsx'));
  return {
    file: resolve(dirname(here), fromSource ? '../main.ts' : '../main.js'),
    execArgv: fromSource && !hasTsx ? [...inherited, '--import', 'tsx'] : inherited,
  };
}
