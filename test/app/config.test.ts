import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_MAX_ARTICLE_BYTES, readConfig } from '../../src/config.js';
import { readConfig as readSettings } from '../../src/config.js';
import { FAKE_TOKEN } from './process.js';

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    readSettings(env, '/srv/attache');
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

describe('configuration', () => {
  it('defaults every setting when the environment is empty: the sandbox, seeds/ and .cache/ under the working directory', () => {
    expect(readSettings({}, '/srv/attache')).toEqual({
      discordToken: null,
      discordApiUrl: 'https://discord.com/api',
      discordGuildId: null,
      seedsDir: resolve('/srv/attache', 'seeds'),
      cacheDir: resolve('/srv/attache', '.cache'),
      maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES,
      storeUrl: 'sqlite://data/attache.sqlite',
      logLevel: 'info',
      healthPort: null,
      // This machine only: /health and /metrics are not for the whole network unless asked (the image asks).
      healthHost: '127.0.0.1',
      shardCount: 'auto',
      shardList: null,
      shard: null,
      // Unset: the mode decides (src/runtime/ingestion.ts).
      ingest: null,
      sources: {
        sourcesFile: resolve('/srv/attache', 'seeds/sources.json'),
        allowPrivate: false,
        contactUrl: null,
        userAgent: 'AttacheBot/0.1 (diplomatic news briefings)',
      },
    });
  });

  it('reads INGEST and the sources settings, and names each wrong one', () => {
    const settings = readSettings(
      { INGEST: 'OFF', SOURCES_FILE: 'feeds.json', SOURCES_ALLOW_PRIVATE: 'true', SOURCES_CONTACT_URL: 'mailto:ops@example.org' },
      '/srv/attache',
    );
    expect(settings.ingest).toBe(false);
    expect(readSettings({ INGEST: 'on' }, '/srv/attache').ingest).toBe(true);
    expect(settings.sources).toEqual({
      sourcesFile: resolve('/srv/attache', 'feeds.json'),
      allowPrivate: true,
      contactUrl: 'mailto:ops@example.org',
      userAgent: 'AttacheBot/0.1 (+mailto:ops@example.org; diplomatic news briefings)',
    });
    const problems = problemsOf({ INGEST: 'sometimes', SOURCES_ALLOW_PRIVATE: 'yes', SOURCES_CONTACT_URL: 'ftp://x' });
    expect(problems.join('\n')).toContain('INGEST "sometimes" must be on or off');
    expect(problems.join('\n')).toContain('SOURCES_ALLOW_PRIVATE "yes" must be true or false');
    expect(problems.join('\n')).toContain('SOURCES_CONTACT_URL "ftp://x"');
  });

  it('treats empty and blank values as unset, as a copied .env.example leaves them', () => {
    const settings = readSettings(
      { DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ', HEALTH_PORT: '', LOG_LEVEL: '', HEALTH_HOST: '' },
      '/srv/attache',
    );
    expect(settings).toMatchObject({
      discordToken: null,
      discordGuildId: null,
      healthPort: null,
      logLevel: 'info',
      healthHost: '127.0.0.1',
    });
  });

  it('reads every variable and resolves folders against the working directory', () => {
    const settings = readSettings(
      {
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_API_URL: 'http://127.0.0.1:9000/api/',
        DISCORD_GUILD_ID: '123456789012345678',
        SEEDS_DIR: 'articles',
        CACHE_DIR: '/var/cache/attache',
        STORE_URL: 'redis://cache:6379',
        LOG_LEVEL: 'DEBUG',
        HEALTH_PORT: '8080',
        HEALTH_HOST: '0.0.0.0',
        MAX_ARTICLE_BYTES: '65536',
      },
      '/srv/attache',
    );
    expect(settings).toEqual({
      discordToken: FAKE_TOKEN,
      discordApiUrl: 'http://127.0.0.1:9000/api',
      discordGuildId: '123456789012345678',
      seedsDir: '/srv/attache/articles',
      cacheDir: '/var/cache/attache',
      maxArticleBytes: 65536,
      storeUrl: 'redis://cache:6379',
      logLevel: 'debug',
      healthPort: 8080,
      healthHost: '0.0.0.0',
      shardCount: 'auto',
      shardList: null,
      shard: null,
      ingest: null,
      sources: expect.objectContaining({ sourcesFile: '/srv/attache/seeds/sources.json', allowPrivate: false }),
    });
  });

  it('reads SHARD_COUNT for the shard manager, and the shard a process runs when the manager spawned it', () => {
    expect(readSettings({ SHARD_COUNT: '4' }, '/srv/attache')).toMatchObject({ shardCount: 4, shard: null });
    expect(readSettings({ SHARD_COUNT: 'AUTO' }, '/srv/attache')).toMatchObject({ shardCount: 'auto', shard: null });
    // What discord.js's ShardingManager puts in its children's environment.
    expect(readSettings({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' }, '/srv/attache')).toMatchObject({
      shardCount: 2,
      shard: { id: 1, count: 2 },
    });
    expect(problemsOf({ SHARDING_MANAGER: 'true', SHARDS: '2', SHARD_COUNT: '2' })[0]).toMatch(
      /do not name one shard; they are set by the shard manager/,
    );
  });

  it('reads SHARD_LIST, the shards of the count one host runs, and says what is wrong with a bad one', () => {
    expect(readSettings({ SHARD_COUNT: '16', SHARD_LIST: '8-11, 14,15' }, '/srv/attache')).toMatchObject({
      shardCount: 16,
      shardList: [8, 9, 10, 11, 14, 15],
    });
    expect(problemsOf({ SHARD_LIST: '0-3' })).toEqual([
      'SHARD_LIST "0-3" needs SHARD_COUNT set to the total number of shards on every host, not auto',
    ]);
    expect(problemsOf({ SHARD_COUNT: '2', SHARD_LIST: '1-2' })).toEqual([
      'SHARD_LIST "1-2" names shard 2, but SHARD_COUNT 2 has shards 0 to 1',
    ]);
    expect(problemsOf({ SHARD_COUNT: '4', SHARD_LIST: 'three' })).toEqual([
      'SHARD_LIST "three" must list shard ids and ranges, such as 0-3 or 4,5',
    ]);
  });

  it.each([
    ['DISCORD_TOKEN', 'not-a-token', /DISCORD_TOKEN does not look like a bot token/],
    ['DISCORD_API_URL', 'discord dot com', /DISCORD_API_URL "discord dot com" is not a URL/],
    ['DISCORD_API_URL', 'ftp://discord.com/api', /DISCORD_API_URL must be http\(s\)/],
    ['DISCORD_API_URL', 'https://discord.com/api/v10', /must not end in a version/],
    ['DISCORD_GUILD_ID', 'Embassy', /DISCORD_GUILD_ID "Embassy" is not a server id/],
    ['LOG_LEVEL', 'verbose', /LOG_LEVEL "verbose" is not one of debug, info, warn, error, silent/],
    ['HEALTH_PORT', '70000', /HEALTH_PORT "70000" is not a port number/],
    ['HEALTH_PORT', '80.5', /HEALTH_PORT "80.5" is not a port number/],
    ['STORE_URL', 'postgres://db', /STORE_URL "postgres:\/\/db" must start with sqlite:\/\/ .* or redis:\/\//],
    ['HEALTH_HOST', 'every interface', /HEALTH_HOST "every interface" is not an address or host name/],
    ['SHARD_COUNT', '0', /SHARD_COUNT "0" must be auto .* or a whole number of shards, 1 or more/],
    ['SHARD_COUNT', 'two', /SHARD_COUNT "two" must be auto/],
  ])('gives %s=%s a message of its own', (name, value, message) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('reports every wrong value at once, each on its own line, in one error', () => {
    let error: ConfigError | undefined;
    try {
      readSettings({ DISCORD_GUILD_ID: 'x', LOG_LEVEL: 'loud', HEALTH_PORT: '-1', HEALTH_HOST: 'a b' });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toHaveLength(4);
    expect(error!.message.split('\n')).toEqual([
      'Configuration is not valid:',
      expect.stringMatching(/^ {2}- DISCORD_GUILD_ID/),
      expect.stringMatching(/^ {2}- LOG_LEVEL/),
      expect.stringMatching(/^ {2}- HEALTH_PORT/),
      expect.stringMatching(/^ {2}- HEALTH_HOST/),
    ]);
  });

  it('refuses a bot token in any other variable, naming the variable and not the token', () => {
    for (const name of ['DISCORD_GUILD_ID', 'HEALTH_HOST', 'STORE_URL', 'SEEDS_DIR', 'LOG_LEVEL']) {
      const value = name === 'STORE_URL' ? `sqlite://${FAKE_TOKEN}` : FAKE_TOKEN;
      const problems = problemsOf({ DISCORD_TOKEN: FAKE_TOKEN, [name]: value });
      expect(problems).toEqual([`${name} holds what looks like a bot token; a token belongs in DISCORD_TOKEN only`]);
    }
  });

  it('masks what looks secret in every message that quotes a value, and the configured token wherever it appears', () => {
    const hmacPart = FAKE_TOKEN.split('.')[2]!;
    let error: ConfigError | undefined;
    try {
      readConfig({ DISCORD_GUILD_ID: hmacPart, HEALTH_PORT: `80${hmacPart}`, STORE_URL: 'postgres://db' });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error?.problems).toEqual([
      expect.stringMatching(/^DISCORD_GUILD_ID "\[redacted\]" is not a server id/),
      expect.stringMatching(/^HEALTH_PORT "\[redacted\]" is not a port number/),
      expect.stringMatching(/^STORE_URL "postgres:\/\/db" must start with/),
    ]);
    expect(error?.message).not.toContain(hmacPart);
    // A token that is not token-shaped (rejected) is still masked where it was pasted twice.
    expect(new ConfigError(['LOG_LEVEL "odd-secret-value" is wrong'], ['odd-secret-value']).message).not.toContain('odd-secret-value');
  });

  it('never prints the token it rejects', () => {
    // Well-formed but with a space: rejected, and the message must not repeat it.
    const almost = `${FAKE_TOKEN.slice(0, 30)} ${FAKE_TOKEN.slice(31)}`;
    for (const token of [almost, 'short.secret.value', `${FAKE_TOKEN}.extra`]) {
      let error: ConfigError | undefined;
      try {
        readConfig({ DISCORD_TOKEN: token, LOG_LEVEL: 'loud' });
      } catch (err) {
        error = err as ConfigError;
      }
      expect(error?.message).toContain('DISCORD_TOKEN does not look like a bot token');
      expect(error?.message).not.toContain(token);
      expect(error?.message).not.toContain(token.slice(0, 12));
    }
  });
});
