// The guilds this process holds: asked at most every few seconds, told at once of a guild joining or leaving.
import { describe, expect, it } from 'vitest';
import { HeldGuilds } from '../../src/digest/held.js';

describe('HeldGuilds', () => {
  it('asks heldGuilds() again only once its answer is 5 s old, or the clock went back', () => {
    let now = 0;
    let asked = 0;
    let guilds = ['g1'];
    const held = new HeldGuilds(
      () => (asked++, guilds),
      () => now,
    );
    expect(held.refresh()).toEqual(['g1']);
    guilds = ['g2'];
    now = 5_000;
    expect([held.has('g1'), held.has('g2'), asked]).toEqual([true, false, 1]);
    now = 5_001;
    expect([held.has('g1'), held.has('g2'), asked]).toEqual([false, true, 2]);
    now = 1_000;
    expect(held.has('g2')).toBe(true);
    expect(asked).toBe(3);
  });

  it('takes a guild joining or leaving into account before the next ask', () => {
    const held = new HeldGuilds(
      () => ['g1'],
      () => 0,
    );
    held.refresh();
    held.joined('g2');
    held.left('g1');
    expect([held.has('g1'), held.has('g2')]).toEqual([false, true]);
  });
});
