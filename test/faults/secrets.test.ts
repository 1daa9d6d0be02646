// A token pasted into the wrong variable (issue #11): the configuration error names the variable that is
// wrong but never repeats the secret, whichever variable it landed in and however much of it was pasted.
// Against the real process's stderr, as an operator would read it.
import { describe, expect, it } from 'vitest';
import { FAKE_TOKEN, runMain } from '../app/process.js';

const [USER_PART, TIME_PART, HMAC_PART] = FAKE_TOKEN.split('.') as [string, string, string];

/** Every variable whose message quotes its value, each given something secret. */
async function startWith(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const main = runMain([], env);
  const { code } = await main.exited();
  return { code, stderr: main.stderr() };
}

function expectNoSecret(stderr: string, ...secrets: string[]): void {
  for (const secret of secrets) expect(stderr).not.toContain(secret);
}

describe('a token in the wrong variable', () => {
  it('is refused in any other variable, even one where it would be valid, by name and without being quoted', async () => {
    const { code, stderr } = await startWith({
      DISCORD_GUILD_ID: FAKE_TOKEN,
      STORE_URL: FAKE_TOKEN,
      HEALTH_HOST: FAKE_TOKEN,
      LOG_LEVEL: FAKE_TOKEN,
      HEALTH_PORT: FAKE_TOKEN,
      SHARD_COUNT: FAKE_TOKEN,
      MAX_ARTICLE_BYTES: FAKE_TOKEN,
      DISCORD_API_URL: `Bot ${FAKE_TOKEN}`,
      SEEDS_DIR: `/srv/${FAKE_TOKEN}`,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Configuration is not valid:/);
    const names = [
      'DISCORD_GUILD_ID',
      'STORE_URL',
      'HEALTH_HOST',
      'LOG_LEVEL',
      'HEALTH_PORT',
      'SHARD_COUNT',
      'MAX_ARTICLE_BYTES',
      'DISCORD_API_URL',
      'SEEDS_DIR',
    ];
    for (const name of names)
      expect(stderr).toMatch(new RegExp(`^ {2}- ${name} holds what looks like a bot token; a token belongs in DISCORD_TOKEN`, 'm'));
    expectNoSecret(stderr, FAKE_TOKEN, USER_PART, HMAC_PART, `${USER_PART}.${TIME_PART}`);
  });

  it('is masked where only a part of it was pasted, alone or inside a longer value', async () => {
    const { code, stderr } = await startWith({
      DISCORD_GUILD_ID: USER_PART,
      LOG_LEVEL: HMAC_PART,
      HEALTH_HOST: `Bot ${USER_PART}.${TIME_PART}`,
      STORE_URL: `redis//cache:6379?password=${HMAC_PART}`,
    });
    expect(code).toBe(1);
    for (const name of ['DISCORD_GUILD_ID', 'LOG_LEVEL', 'HEALTH_HOST', 'STORE_URL'])
      expect(stderr).toMatch(new RegExp(`^ {2}- ${name} `, 'm'));
    expectNoSecret(stderr, USER_PART, HMAC_PART);
    // What is not secret still helps the reader find the mistake.
    expect(stderr).toContain('redis//cache:6379');
  });

  it('masks the password of a store URL it rejects', async () => {
    const { code, stderr } = await startWith({ STORE_URL: 'rediss//default:hunter2-but-longer@cache:6379' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ {2}- STORE_URL "rediss\/\/default:\[redacted\]@cache:6379" must start with/m);
    expectNoSecret(stderr, 'hunter2');
  });

  it('still quotes an ordinary wrong value as it was typed', async () => {
    const { code, stderr } = await startWith({ DISCORD_GUILD_ID: 'Embassy', LOG_LEVEL: 'verbose' });
    expect(code).toBe(1);
    expect(stderr).toContain('DISCORD_GUILD_ID "Embassy" is not a server id');
    expect(stderr).toContain('LOG_LEVEL "verbose" is not one of');
  });
});
