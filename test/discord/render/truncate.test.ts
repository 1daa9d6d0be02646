import { describe, expect, it } from 'vitest';
import { truncateAtWord } from '../../../src/discord/render/index.js';

describe('truncateAtWord', () => {
  it('leaves text that fits unchanged', () => {
    expect(truncateAtWord('Escalation breeds escalation', 28)).toBe('Escalation breeds escalation');
    expect(truncateAtWord('', 10)).toBe('');
  });

  it('cuts at the last word that fits and adds an ellipsis', () => {
    expect(truncateAtWord('Escalation breeds escalation', 20)).toBe('Escalation breeds…');
    expect(truncateAtWord('Escalation breeds escalation', 18)).toBe('Escalation breeds…');
    expect(truncateAtWord('Escalation breeds escalation', 17)).toBe('Escalation…');
  });

  it('does not leave a comma or a space before the ellipsis', () => {
    expect(truncateAtWord('Peace, stability and trust', 10)).toBe('Peace…');
    expect(truncateAtWord('Peace   and trust', 11)).toBe('Peace…');
  });

  it('is never longer than max, for every max', () => {
    const text = 'The humanitarian crisis in Nagorno Karabakh is deepening, the minister said.';
    for (let max = 0; max <= text.length + 2; max++) {
      const cut = truncateAtWord(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      if (max < text.length && max > 0) expect(cut.endsWith('…')).toBe(true);
    }
  });

  it('cuts inside a word only when the word alone is longer than the room', () => {
    expect(truncateAtWord('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
    // A boundary far back would waste most of the room: cut the long word instead.
    expect(truncateAtWord(`a ${'y'.repeat(50)}`, 10)).toBe(`a ${'y'.repeat(7)}…`);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncateAtWord('🕊'.repeat(10), 6);
    expect(cut).toBe('🕊🕊…');
    expect(cut.length).toBeLessThanOrEqual(6);
  });
});
