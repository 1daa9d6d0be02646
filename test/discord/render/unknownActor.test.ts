import { describe, expect, it } from 'vitest';
import { renderUnknownActor } from '../../../src/discord/render/index.js';
import { discovered } from './helpers.js';

describe('renderUnknownActor', () => {
  it('names the closest actors and says how to find the right one', () => {
    const suggestions = [discovered('a', 'Ararat Mirzoyan'), discovered('b', 'Gohar Mirzoyan')];
    expect(renderUnknownActor('Mirzoyn', suggestions)).toBe(
      'No actor matches “Mirzoyn”. Did you mean: Ararat Mirzoyan, Gohar Mirzoyan? Type a few letters and pick from the list.',
    );
  });

  it('asks nothing when there is nothing to suggest', () => {
    expect(renderUnknownActor('Zzz', [])).toBe('No actor matches “Zzz”. Type a few letters and pick from the list.');
  });

  it('names a namesake once and suggests at most five', () => {
    const same = Array.from({ length: 3 }, (_, i) => discovered(`s${i}`, 'Same Name'));
    const more = Array.from({ length: 8 }, (_, i) => discovered(`m${i}`, `Name ${i}`));
    expect(renderUnknownActor('x', [...same, ...more])).toBe(
      'No actor matches “x”. Did you mean: Same Name, Name 0, Name 1, Name 2, Name 3? Type a few letters and pick from the list.',
    );
  });

  it('escapes the query and the names, and neutralises mentions in them', () => {
    const text = renderUnknownActor('@everyone **x**', [discovered('e', '<@&123> _Evil_')]);
    expect(text).toBe(
      'No actor matches “@\u200beveryone \\*\\*x\\*\\*”. Did you mean: <\u200b@&123> \\_Evil\\_? Type a few letters and pick from the list.',
    );
  });

  it('stays short whatever the user typed', () => {
    expect(renderUnknownActor('word '.repeat(1000), [discovered('l', 'Long '.repeat(100))]).length).toBeLessThan(400);
  });
});
