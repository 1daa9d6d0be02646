// What the bot counts, end to end: slash commands and autocomplete through the real discord.js client
// against the loopback emulator (the e2e harness), and digests through the real DigestService.
import { DiscordAPIError } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestDeliveryError, DigestService } from '../../src/digest/service.js';
import { ManualClock } from '../../src/digest/timers.js';
import { coarseOutcome } from '../../src/discord/router.js';
import { createLogger } from '../../src/log.js';
import { createAttacheMetrics, type AttacheMetrics } from '../../src/metrics/index.js';
import { openStore, type KeyValueStore } from '../../src/store/index.js';
import { startE2E, type E2E } from '../discord/e2e/harness.js';
import { articlesOf, dailyStories, digestIndexOf } from '../digest/fixtures.js';

/** The value of one exposition line (`name{labels} value`), or undefined when the series is absent. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('commands and autocomplete through the router', () => {
  let e: E2E;
  let metrics: AttacheMetrics;
  beforeAll(async () => {
    metrics = createAttacheMetrics();
    e = await startE2E({ metrics });
  });
  afterAll(async () => {
    await e?.close();
  });

  it('counts /brief by outcome and times it, a known actor as ok and an unknown one as the user’s error', async () => {
    const before = metrics.render();
    expect(valueOf(before, 'attache_commands_total{command="brief",outcome="ok"}')).toBeUndefined();

    const ok = e.command('brief', { actor: 'Mirzoyan' });
    await ok.response;
    await e.logLine(ok.id);
    const unknown = e.command('brief', { actor: 'Nobody Atall Whatsoever' });
    await unknown.response;
    expect((await e.logLine(unknown.id)).outcome).toBe('unknown-actor');

    const text = metrics.render();
    expect(valueOf(text, 'attache_commands_total{command="brief",outcome="ok"}')).toBe(1);
    expect(valueOf(text, 'attache_commands_total{command="brief",outcome="user_error"}')).toBe(1);
    expect(valueOf(text, 'attache_command_duration_seconds_count{command="brief"}')).toBe(2);
    expect(valueOf(text, 'attache_command_duration_seconds_bucket{command="brief",le="+Inf"}')).toBe(2);
    // Both were answered from memory, well within Discord's 3 s.
    expect(valueOf(text, 'attache_command_duration_seconds_bucket{command="brief",le="3"}')).toBe(2);
    const sum = valueOf(text, 'attache_command_duration_seconds_sum{command="brief"}')!;
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(6);
    // Autocomplete is timed apart, and nothing was asked of it yet.
    expect(text).not.toContain('attache_autocomplete_duration_seconds_count');
  });

  it('times autocomplete separately, without counting it as a command', async () => {
    const handle = e.emulator.sendAutocomplete({ name: 'brief', focused: 'actor', options: { actor: 'Pash' }, userId: e.world.alice });
    await handle.waitForChoices();
    await e.logLine(handle.id);
    const text = metrics.render();
    expect(valueOf(text, 'attache_autocomplete_duration_seconds_count{command="brief"}')).toBe(1);
    expect(valueOf(text, 'attache_autocomplete_duration_seconds_bucket{command="brief",le="1"}')).toBe(1);
    expect(valueOf(text, 'attache_command_duration_seconds_count{command="brief"}')).toBe(2);
  });

  it('folds the log’s outcomes into ok, user_error and error', () => {
    expect(coarseOutcome('ok')).toBe('ok');
    for (const o of ['invalid', 'unknown-actor', 'refused', 'expired', 'unhandled'] as const) expect(coarseOutcome(o)).toBe('user_error');
    expect(coarseOutcome('unavailable')).toBe('error');
    expect(coarseOutcome('error')).toBe('error');
  });
});

describe('digests through the DigestService', () => {
  const G = '100000000000000001';
  const C = '200000000000000001';
  let store: KeyValueStore;
  beforeAll(async () => {
    store = await openStore('sqlite://:memory:');
  });
  afterAll(async () => {
    await store?.close();
  });

  it('counts messages sent and digests delivered, and a refused delivery as failed', async () => {
    const metrics = createAttacheMetrics();
    const build = (days: number) => {
      const { articles, extractions } = articlesOf(dailyStories('2026-03-25', days));
      return digestIndexOf(articles, extractions);
    };
    let index = build(3);
    let refuse = false;
    const service = new DigestService({
      store,
      index: () => index,
      logger: createLogger({ level: 'error', write: () => undefined }),
      timers: new ManualClock(new Date('2026-03-27T12:00:00Z')),
      heldGuilds: () => [G],
      send: async () => {
        if (refuse)
          throw new DiscordAPIError(
            { code: 50013, message: 'Missing Permissions' },
            50013,
            403,
            'POST',
            `https://discord.com/api/v10/channels/${C}/messages`,
            { body: {} },
          );
        return { id: 'm' };
      },
      notifyGuild: async () => undefined,
      metrics: metrics.digests,
    });
    await service.start();
    await service.set({ guildId: G, channelId: C, time: '08:00', timezone: 'UTC' });
    const first = await service.sendNow(G, C);
    expect(first).toMatchObject({ sent: expect.any(Number) });
    const sent = (first as { sent: number }).sent;
    expect(sent).toBeGreaterThan(0);

    let text = metrics.render();
    expect(valueOf(text, 'attache_digests_delivered_total')).toBe(1);
    expect(valueOf(text, 'attache_digest_messages_sent_total')).toBe(sent);
    expect(valueOf(text, 'attache_digests_failed_total')).toBe(0);

    // A reload brings a new article; the channel now refuses it.
    index = build(4);
    await service.noteReload(['d2026-03-28']);
    refuse = true;
    await expect(service.sendNow(G, C)).rejects.toBeInstanceOf(DigestDeliveryError);
    text = metrics.render();
    expect(valueOf(text, 'attache_digests_failed_total')).toBe(1);
    expect(valueOf(text, 'attache_digests_delivered_total')).toBe(1);
    expect(valueOf(text, 'attache_digest_messages_sent_total')).toBe(sent);
    await service.stop();
  });
});
