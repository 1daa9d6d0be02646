import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { FAKE_TOKEN } from './process.js';

const capture = (options: Parameters<typeof createLogger>[0] = {}) => {
  const lines: string[] = [];
  const logger = createLogger({ now: () => new Date('2024-05-01T12:00:00Z'), ...options, write: (l) => lines.push(l) });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
};

describe('logger', () => {
  it('writes one JSON object per event, on one line, with time, level, event and fields', () => {
    const { logger, lines } = capture();
    logger.info('index reloaded', { articles: 3, changed: ['a.txt'] });
    expect(lines).toEqual(['{"time":"2024-05-01T12:00:00.000Z","level":"info","event":"index reloaded","articles":3,"changed":["a.txt"]}']);
  });

  it('masks the configured token wherever it appears: in the event, in fields, nested, and inside errors', () => {
    const secret = 'a-configured-secret-value';
    const { logger, lines } = capture({ secrets: [secret] });
    logger.warn(`login with ${secret}`, { note: `Bot ${secret}`, nested: { deep: [secret] }, err: new Error(`401 for ${secret}`) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(secret);
    expect(lines[0]!.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('masks anything shaped like a bot token even when it was not configured', () => {
    const { logger, lines } = capture();
    logger.error('discord client error', { message: `Authorization: Bot ${FAKE_TOKEN}`, url: `https://x/${FAKE_TOKEN}` });
    expect(lines[0]).not.toContain(FAKE_TOKEN);
    expect(lines[0]).not.toContain(FAKE_TOKEN.split('.')[2]);
  });

  it('masks a part of a token pasted alone, other opaque credentials and URL passwords, and leaves ids, hashes and words readable', () => {
    const [userPart, , hmacPart] = FAKE_TOKEN.split('.') as [string, string, string];
    const interactionToken = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OkFiQ2RFZkdoSWpLbE1uT3A';
    const { logger, lines } = capture();
    logger.warn('setting', {
      guild: userPart,
      level: hmacPart,
      url: `https://discord.com/api/v10/webhooks/1098765432109876543/${interactionToken}/messages/@original`,
      store: 'redis://default:s3cret-password@cache:6379',
    });
    for (const secret of [userPart, hmacPart, interactionToken, 's3cret-password']) expect(lines[0]).not.toContain(secret);
    expect(lines[0]).toContain('redis://default:[redacted]@cache:6379');
    const readable = ['1098765432109876543', '000_68746162fb967139', 'processTicksAndRejections', 'nikol-pashinyan-foreign-affairs'];
    const { logger: plain, lines: plainLines } = capture();
    plain.info('ordinary', { values: readable });
    for (const value of readable) expect(plainLines[0]).toContain(value);
  });

  it('redacts fields whose name says they hold a secret', () => {
    const { logger, records } = capture();
    logger.info('client options', { token: 'abc', authorization: 'Bot abc', apiKey: 'k', clientSecret: 's', user: 'alice' });
    expect(records()[0]).toMatchObject({
      token: '[redacted]',
      authorization: '[redacted]',
      apiKey: '[redacted]',
      clientSecret: '[redacted]',
      user: 'alice',
    });
  });

  it('drops events below the level, and a child adds its fields to every line', () => {
    const { logger, records } = capture({ level: 'warn' });
    const child = logger.child({ sandbox: true });
    child.info('quiet');
    child.warn('loud', { n: 1 });
    expect(records()).toEqual([expect.objectContaining({ level: 'warn', event: 'loud', sandbox: true, n: 1 })]);
  });

  it('writes bigints as decimal strings (permissions, snowflakes)', () => {
    const { logger, records } = capture();
    logger.info('perms', { permissions: 2048n });
    expect(records()[0]!.permissions).toBe('2048');
  });
});
