import { describe, expect, it } from 'vitest';
import { escapeText, truncateAtWord } from '../../../src/discord/render/index.js';

const ZWSP = '\u200b';

/** What Discord would parse as a mention or a broadcast in rendered text. */
const LIVE_MENTION = /<(?:@[!&]?|#|\/|a?:|t:|id:)|@(?:everyone|here)/i;

describe('escapeText', () => {
  it('leaves ordinary prose unchanged', () => {
    const prose =
      'Armenia and Azerbaijan need to use direct communications channels to de-escalate, Mirzoyan said on 25 March (2022); “talks are in progress.” 3 + 4 > 5 isn’t news, a < b either. mail@example.com';
    expect(escapeText(prose)).toBe(prose);
  });

  it.each([
    ['bold', '**bold**', '\\*\\*bold\\*\\*'],
    ['italic', '*it* _it_', '\\*it\\* \\_it\\_'],
    ['underline', '__under__', '\\_\\_under\\_\\_'],
    ['strike', '~~gone~~', '\\~\\~gone\\~\\~'],
    ['code', '`code` ```block```', '\\`code\\` \\`\\`\\`block\\`\\`\\`'],
    ['spoiler', '||secret||', '\\|\\|secret\\|\\|'],
    ['masked link', '[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['backslash', 'a \\*b', 'a \\\\\\*b'],
  ])('escapes %s anywhere in the text', (_, raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it.each([
    ['a quote', '> quoted', '\\> quoted'],
    ['a multi-line quote', '>>> all of it', '\\>>> all of it'],
    ['a heading', '# Big', '\\# Big'],
    ['a small heading', '### Small', '\\### Small'],
    ['subtext', '-# small print', '\\-# small print'],
    ['a bulleted list', '- item', '\\- item'],
    ['an indented list', '  - item', '  \\- item'],
    ['a numbered list', '1. first', '1\\. first'],
  ])('escapes %s at the start of a line, on every line', (_, raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
    expect(escapeText(`First line\n${raw}`)).toBe(`First line\n${escaped}`);
  });

  it('leaves the same characters alone in the middle of a line, where they are not markdown', () => {
    expect(escapeText('talks # 3 - and > 2, item 1. done')).toBe('talks # 3 - and > 2, item 1. done');
  });

  it.each([
    ['@everyone', `@${ZWSP}everyone`],
    ['@here', `@${ZWSP}here`],
    ['@Everyone', `@${ZWSP}Everyone`],
    ['<@123456789012345678>', `<${ZWSP}@123456789012345678>`],
    ['<@!123>', `<${ZWSP}@!123>`],
    ['<@&123>', `<${ZWSP}@&123>`],
    ['<#123>', `<${ZWSP}#123>`],
    ['</brief:123>', `<${ZWSP}/brief:123>`],
    ['<:peace:123>', `<${ZWSP}:peace:123>`],
    ['<a:dove:123>', `<${ZWSP}a:dove:123>`],
    ['<t:1700000000:R>', `<${ZWSP}t:1700000000:R>`],
  ])('neutralises %s: still visible, no longer a mention', (raw, inert) => {
    const escaped = escapeText(`Hello ${raw} there`);
    expect(escaped).toBe(`Hello ${inert} there`);
    expect(escaped.replaceAll(ZWSP, '')).toBe(`Hello ${raw} there`);
    expect(escaped).not.toMatch(LIVE_MENTION);
  });

  it('neutralises a mention at the very start of the text and several in a row', () => {
    expect(escapeText('@everyone @here <@1><@&2><#3>')).not.toMatch(LIVE_MENTION);
  });
});

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
