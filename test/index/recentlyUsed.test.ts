// The briefs and merged lists an index keeps for a repeat: made once while kept, the least recently used
// dropped first.
import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from '../../src/index/recentlyUsed.js';

describe('RecentlyUsed', () => {
  it('makes a value once while it is kept, and drops the least recently used past its size', () => {
    const made: string[] = [];
    const recent = new RecentlyUsed<string, { key: string }>(2);
    const get = (key: string) => recent.get(key, () => (made.push(key), { key }));
    const a = get('a');
    get('b');
    expect(get('a')).toBe(a); // a is now the most recent
    get('c'); // drops b
    expect(made).toEqual(['a', 'b', 'c']);
    expect(get('a')).toBe(a);
    get('b');
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });
});
