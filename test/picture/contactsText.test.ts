// The words that go with the picture: the alt text, the terminal's lines, and the Discord message text
// (commands/contacts/reply.ts), where names from articles are escaped and the whole fits one message;
// and the picture buttons' custom ids (commands/contacts/customIds.ts).
import { describe, expect, it } from 'vitest';
import { contactsCustomId, parseContactsId } from '../../commands/contacts/customIds.js';
import { contactsEmbed } from '../../commands/contacts/reply.js';
import type { IsoDate } from '../../src/model.js';
import { altText, pictureLines, readContactsPicture, rowSummary, type ContactsPictureView } from '../../src/picture/index.js';
import { EVIL_NAME, pictureIndex } from './fixtures.js';

const view = readContactsPicture(pictureIndex(), 'mirzoyan');

describe('the words of the picture', () => {
  it('sums a counterpart up by kind, with what was not held', () => {
    expect(rowSummary(view.rows[0]!)).toBe('1 meeting (1 cancelled), 2 calls');
    expect(rowSummary(view.rows[1]!)).toBe('2 meetings (1 planned)');
  });

  it('gives the terminal every contact, newest first, with its article', () => {
    const lines = pictureLines(view);
    expect(lines.slice(0, 3)).toEqual([
      'Contacts of Ararat Mirzoyan',
      'Foreign Minister of Armenia · Armenia',
      '8 contacts with 5 counterparts · 2022-03-20 to 2022-05-31',
    ]);
    const at = lines.indexOf('Jeyhun Bayramov — 1 meeting (1 cancelled), 2 calls');
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '  2022-05-30 call  (article a3)',
      '  ≈2022-04-06 meeting, cancelled  (article a2)',
      '  2022-03-20 call  (article a1)',
    ]);
    expect(lines.at(-1)).toBe("≈: the text gives no date; the article's date.");
  });

  it('writes alt text that names every counterpart, within 1,024 characters', () => {
    const alt = altText(view);
    expect(alt).toMatch(/^Timeline of the contacts of Ararat Mirzoyan: 8 contacts with 5 counterparts/);
    expect(alt).toContain('Antony Blinken: 1 letter.');
    const many = manyRows(200);
    expect(altText(many).length).toBeLessThanOrEqual(1024);
    expect(altText(many)).toMatch(/More in the message text\.$/);
  });
});

const contactsText = (v: ContactsPictureView, max?: number) => contactsEmbed(v, max).description!;

describe('contactsEmbed (Discord)', () => {
  it('escapes names from articles: no markdown of their own, no mention Discord would resolve', () => {
    expect(contactsEmbed(view).title).toBe('Contacts of Ararat Mirzoyan');
    const text = contactsText(view);
    expect(text).toContain('\\*\\*Bold\\*\\* & "Co" @\u200beveryone <\u200b@&123>');
    expect(text).not.toMatch(/(?<!\\)\*\*Bold/);
    expect(text).not.toMatch(/@everyone/);
    expect(text).toContain(
      '- **Jeyhun Bayramov** — 1 meeting (1 cancelled), 2 calls: 2022-05-30 call · ≈2022-04-06 meeting, cancelled · 2022-03-20 call',
    );
  });

  it('fits one embed however many rows, and says how many it left to the picture', () => {
    const text = contactsText(manyRows(30));
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text).toMatch(/- … and \d+ more counterparts, in the picture/);
    const one = contactsText(manyRows(1));
    expect(one).not.toContain('more counterpart');
    expect(one).toContain(' · and 14 more');
  });
});

describe('picture buttons', () => {
  it('carry the actor and the dates, and come back as they went', () => {
    const range = { since: '2022-01-01' as IsoDate };
    const id = contactsCustomId('brief', 'ararat-mirzoyan', range);
    expect(id).toBe('contacts:b:ararat-mirzoyan:2022-01-01:-');
    expect(parseContactsId(id!)).toEqual({ how: 'brief', actorId: 'ararat-mirzoyan', range });
    expect(parseContactsId(contactsCustomId('suggestion', 'x', {})!)).toEqual({ how: 'suggestion', actorId: 'x', range: {} });
  });

  it('refuse forged ids and ids too long for Discord', () => {
    expect(parseContactsId('contacts:b:x:2022-02-30:-')).toBeNull();
    expect(parseContactsId('contacts:q:x:-:-')).toBeNull();
    expect(parseContactsId('contacts:b:x:2022-05-01:2022-04-01')).toBeNull();
    expect(contactsCustomId('brief', 'a'.repeat(80), { since: '2022-01-01' as IsoDate, until: '2022-12-31' as IsoDate })).toBeNull();
  });
});

function manyRows(count: number): ContactsPictureView {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    name: `${EVIL_NAME} ${i}`,
    marks: Array.from({ length: 20 }, (_, j) => ({
      date: `2022-01-${String(j + 1).padStart(2, '0')}` as IsoDate,
      dated: true,
      kind: 'meeting' as const,
      status: 'held' as const,
      article: `a${j}`,
    })),
  }));
  return { ...view, rows, total: count * 20, read: count * 20 };
}
