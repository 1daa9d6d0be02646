import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/model.js';
import type { IndexStats } from '../../../src/index/api.js';
import { COLORS, renderAbout, timeAgo } from '../../../src/discord/render/index.js';
import type { ShardStatus } from '../../../src/shard/protocol.js';
import { assertWithinLimits } from './helpers.js';

const MINUTE = 60_000;
const stats: IndexStats = {
  articles: 1234,
  actors: 56,
  statements: 7890,
  contacts: 321,
  firstDate: '2018-05-08' as IsoDate,
  lastDate: '2026-01-15' as IsoDate,
  builtAt: 1_000_000,
};

const valueOf = (page: ReturnType<typeof renderAbout>, name: string) => page.embeds[0]!.fields!.find((f) => f.name === name)?.value;

describe('renderAbout', () => {
  it('shows articles, date range, actors, statements and contacts', () => {
    const page = renderAbout(stats, { lastReload: null, problems: 0, now: stats.builtAt });
    expect(valueOf(page, 'Articles')).toBe('1,234');
    expect(valueOf(page, 'Dates')).toBe('2018-05-08 to 2026-01-15');
    expect(valueOf(page, 'Actors')).toBe('56');
    expect(valueOf(page, 'Statements')).toBe('7,890');
    expect(valueOf(page, 'Contacts')).toBe('321');
    assertWithinLimits(page);
  });

  it('says how fresh the index is: "reloaded 3 minutes ago"', () => {
    const now = 10 * 24 * 60 * MINUTE;
    const page = renderAbout(stats, { lastReload: now - 3 * MINUTE - 5000, problems: 0, now });
    expect(valueOf(page, 'Index')).toBe('reloaded 3 minutes ago');
  });

  it('says when it was built when it has not been reloaded since', () => {
    const page = renderAbout(stats, { lastReload: null, problems: 0, now: stats.builtAt + 2 * 60 * MINUTE });
    expect(valueOf(page, 'Index')).toBe('built 2 hours ago, not reloaded since');
  });

  it('counts the problems of the last load and turns the attention colour on for them', () => {
    const clean = renderAbout(stats, { lastReload: null, problems: 0, now: 0 });
    expect(valueOf(clean, 'Problems')).toBe('none');
    expect(clean.embeds[0]!.color).toBe(COLORS.brand);
    const troubled = renderAbout(stats, { lastReload: null, problems: 2, now: 0 });
    expect(valueOf(troubled, 'Problems')).toBe('2 problems at the last load');
    expect(troubled.embeds[0]!.color).toBe(COLORS.attention);
  });

  it('adds the sources line after the problems, and turns the attention colour on for a failing or paused source', () => {
    const none = renderAbout(stats, { lastReload: null, problems: 0, now: 0 });
    expect(valueOf(none, 'Sources')).toBeUndefined();
    const ok = renderAbout(stats, { lastReload: null, problems: 0, now: 0 }, undefined, { line: '9 ok — see /sources', troubled: false });
    expect(ok.embeds[0]!.fields!.map((f) => f.name).slice(-2)).toEqual(['Problems', 'Sources']);
    expect(valueOf(ok, 'Sources')).toBe('9 ok — see /sources');
    expect(ok.embeds[0]!.color).toBe(COLORS.brand);
    const failing = renderAbout(stats, { lastReload: null, problems: 0, now: 0 }, undefined, {
      line: '9 ok, 1 failing — see /sources',
      troubled: true,
    });
    expect(failing.embeds[0]!.color).toBe(COLORS.attention);
    assertWithinLimits(failing);
  });

  it('says "none" for the dates of an empty index', () => {
    const empty = renderAbout({ ...stats, articles: 0, firstDate: null, lastDate: null }, { lastReload: null, problems: 0, now: 0 });
    expect(valueOf(empty, 'Dates')).toBe('none');
  });
});

describe('timeAgo', () => {
  it.each([
    [0, 'just now'],
    [9_999, 'just now'],
    [-5 * MINUTE, 'just now'],
    [42_000, '42 seconds ago'],
    [MINUTE, '1 minute ago'],
    [3 * MINUTE + 59_000, '3 minutes ago'],
    [60 * MINUTE, '1 hour ago'],
    [3 * 24 * 60 * MINUTE, '3 days ago'],
  ])('%i ms ago reads "%s"', (elapsed, text) => {
    expect(timeAgo(1_000_000_000, 1_000_000_000 + elapsed)).toBe(text);
  });
});

describe('renderAbout in a sharded bot', () => {
  const shard = (id: number, over: Partial<ShardStatus> = {}): ShardStatus => ({
    id,
    status: 'ok',
    pid: 100 + id,
    restarts: 0,
    gateway: { status: 'Ready', ping: 40 + id },
    guilds: 10 + id,
    index: null,
    ...over,
  });
  const now = { lastReload: null, problems: 0, now: 0 };

  it('says which shard answers, and how every other one is, the troubled first', () => {
    const down = shard(2, { status: 'down', detail: 'its process ended (SIGKILL); restarting', restarts: 1, gateway: null, guilds: null });
    const page = renderAbout(stats, now, { id: 1, count: 3, cluster: { count: 3, shards: [shard(0), shard(1), down] } });
    expect(valueOf(page, 'Shards')).toBe(
      [
        'This server is served by shard 1 of 3. 2 of 3 ok.',
        '`1` ok · 11 servers · 41 ms (this one)',
        '`2` down · its process ended (SIGKILL); restarting · restarted 1×',
        '`0` ok · 10 servers · 40 ms',
      ].join('\n'),
    );
    assertWithinLimits(page);
  });

  it('still answers when the manager does not, and leaves the field out when unsharded', () => {
    const page = renderAbout(stats, now, { id: 0, count: 2, cluster: null });
    expect(valueOf(page, 'Shards')).toBe("This server is served by shard 0 of 2. The other shards' state is unavailable right now.");
    expect(valueOf(renderAbout(stats, now), 'Shards')).toBeUndefined();
  });

  it('lists ten shards at most and counts the rest, within the field limit', () => {
    const shards = Array.from({ length: 64 }, (_, i) => shard(i));
    const value = valueOf(renderAbout(stats, now, { id: 5, count: 64, cluster: { count: 64, shards } }), 'Shards')!;
    expect(value.split('\n')).toHaveLength(12);
    expect(value).toMatch(/\n… and 54 more shards, all ok$/);
    expect(value.length).toBeLessThanOrEqual(1024);
  });
});
