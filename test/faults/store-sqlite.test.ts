// A SQLite store broken under the running bot (issue #11): the file deleted, replaced, made read-only. The
// bot must notice (at start and while running), say so once in its log and in /health, answer /digest with
// "cannot be saved" instead of pretending, and carry on by itself when the file is back or writable.
// Against the real process and the loopback emulator.
import { execFileSync } from 'node:child_process';
import { linkSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guildKey } from '../../src/digest/service.js';
import type { Subscription } from '../../src/digest/types.js';
import { openStore } from '../../src/store/index.js';
import { startBot, startWorld, type FaultWorld, type RunningBot } from './storeBot.js';

const CASE_TIMEOUT = 60_000;

/**
 * A read-only file the tests can make while running as root, whom file modes do not stop: the immutable
 * attribute (`chattr +i`), which the kernel enforces on root too, so SQLite really opens the file
 * read-only and really has its writes refused, and `access(W_OK)` really answers EPERM. Not every file
 * system has it (overlayfs, tmpfs on older kernels): there the read-only case is skipped, and says why.
 */
function immutableUnsupported(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'attache-chattr-'));
  const file = join(dir, 'probe');
  writeFileSync(file, '');
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', file], { stdio: 'ignore' });
    return null;
  } catch (err) {
    return `chattr +i does not work here (${(err as Error).message.split('\n')[0]})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const NO_IMMUTABLE = immutableUnsupported();

const chattr = (flag: '+i' | '-i', file: string) => execFileSync('chattr', [flag, file], { stdio: 'ignore' });

describe('a SQLite store broken while the bot runs', () => {
  let world: FaultWorld;
  let dir: string;
  let file: string;
  let bot: RunningBot | null = null;
  const immutable: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attache-store-fault-'));
    file = join(dir, 'attache.sqlite');
    world = await startWorld();
  });

  afterEach(async () => {
    for (const f of immutable.splice(0)) {
      try {
        chattr('-i', f);
      } catch {
        // gone already
      }
    }
    bot?.main.kill();
    await bot?.main.exited().catch(() => undefined);
    bot = null;
    await world.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The channels whose digest the file holds, read the way a restarted bot would read it. */
  async function channelsOnDisk(): Promise<string[]> {
    const store = await openStore(`sqlite://${file}`);
    try {
      const stored = await store.get<{ subscriptions: Subscription[] }>(guildKey(world.guildId));
      return (stored?.subscriptions ?? []).map((s) => s.channelId).sort();
    } finally {
      await store.close();
    }
  }

  it(
    'refuses to pretend when the file is deleted or replaced: says why, degrades /health, logs once, and recovers when the file is back',
    async () => {
      const [news, briefings, press] = world.channels as [string, string, string];
      bot = await startBot(world, `sqlite://${file}`);
      expect((await bot.digest('set', { channel: news })).content).toMatch(/^Created the digest for <#\d+>/);

      // Deleted, as by a clean-up gone wrong; a hard link keeps the very same file aside, as a backup would.
      const kept = join(dir, 'kept.sqlite');
      linkSync(file, kept);
      unlinkSync(file);

      const refused = await bot.digest('set', { channel: briefings });
      expect(refused.content).toMatch(/cannot be saved right now/);
      expect(refused.content).toMatch(/deleted or moved/);
      expect(refused.content).toMatch(/Nothing was changed/);
      expect(refused.content).not.toMatch(/Created/);
      expect(refused.ephemeral).toBe(true);
      // Not the list from memory either: it would show what a restart will not find.
      expect((await bot.digest('list')).content).toMatch(/cannot be saved right now/);
      const health = await bot.health();
      expect(health.code).toBe(503);
      expect(health.body).toMatchObject({ status: 'degraded', store: { kind: 'sqlite', state: 'unavailable' } });
      expect(health.body.detail).toMatch(/^store unavailable: .*deleted or moved/);
      expect(bot.logged('store unavailable')).toHaveLength(1);
      expect(bot.logged('store unavailable')[0]).toMatchObject({ level: 'error', reason: expect.stringMatching(/deleted or moved/) });

      // Back at its path: the bot notices by itself and saves again.
      linkSync(kept, file);
      await bot.waitForLogs('store recovered', 1);
      expect((await bot.digest('set', { channel: briefings })).content).toMatch(/^Created the digest for/);
      expect(await bot.health()).toMatchObject({ code: 200, body: { status: 'ok', store: { state: 'ok' } } });

      // Replaced by another SQLite file: writes would go to the old one, which nobody will read again.
      const other = join(dir, 'other.sqlite');
      await openStore(`sqlite://${other}`).then((s) => s.close());
      renameSync(other, file);
      const replaced = await bot.digest('set', { channel: press });
      expect(replaced.content).toMatch(/cannot be saved right now/);
      expect(replaced.content).toMatch(/replaced/);
      await bot.waitForLogs('store unavailable', 2);
      expect(bot.logged('store unavailable')[1]).toMatchObject({ reason: expect.stringMatching(/replaced/) });

      // The original put back: the same file again, so what the bot remembers is what it holds.
      renameSync(kept, file);
      await bot.waitForLogs('store recovered', 2);
      expect(bot.logged('store unavailable')).toHaveLength(2);
      expect(await bot.stop()).toBe(0);

      // What the file holds is exactly what the bot said it saved.
      expect(await channelsOnDisk()).toEqual([news, briefings].sort());
    },
    CASE_TIMEOUT,
  );

  it.skipIf(NO_IMMUTABLE)(
    'notices a read-only file at start and while running, answers "cannot be saved", and starts digests once it is writable',
    async () => {
      const [news, briefings] = world.channels as [string, string];
      await openStore(`sqlite://${file}`).then((s) => s.close());
      chattr('+i', file);
      immutable.push(file);

      bot = await startBot(world, `sqlite://${file}`);
      expect(bot.logged('store unavailable')).toHaveLength(1);
      expect(bot.logged('store unavailable')[0]).toMatchObject({ reason: expect.stringMatching(/read-only/) });
      const health = await bot.health();
      expect(health.code).toBe(503);
      expect(health.body.detail).toMatch(/^store unavailable: .*read-only/);
      // Everything else works.
      expect((await bot.brief('Mirzoyan')).embeds.length).toBeGreaterThan(0);
      const refused = await bot.digest('set', { channel: news });
      expect(refused.content).toMatch(/cannot be saved right now: .*read-only/);
      expect(refused.content).toMatch(/Nothing was changed/);

      // Writable again: digests start by themselves, no restart.
      chattr('-i', file);
      await bot.waitForLogs('store recovered', 1);
      await bot.waitForLogs('digest.started', 1);
      expect((await bot.digest('set', { channel: news })).content).toMatch(/^Created the digest for/);
      expect((await bot.health()).body.status).toBe('ok');

      // Read-only while running.
      chattr('+i', file);
      const again = await bot.digest('set', { channel: briefings });
      expect(again.content).toMatch(/cannot be saved right now: .*read-only/);
      expect(bot.logged('store unavailable')).toHaveLength(2);
      chattr('-i', file);
      await bot.waitForLogs('store recovered', 2);
      expect((await bot.digest('set', { channel: briefings })).content).toMatch(/^Created the digest for/);
      expect(await bot.stop()).toBe(0);
      expect(await channelsOnDisk()).toEqual([news, briefings].sort());
    },
    CASE_TIMEOUT,
  );
});
