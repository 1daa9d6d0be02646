// The picture's view: an actor's contacts grouped by counterpart, each placed on its day.
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model.js';
import { contactsPictureView, readContactsPicture } from '../../src/picture/index.js';
import { EVIL_NAME, pictureIndex } from './fixtures.js';

const index = pictureIndex();

describe('contactsPictureView', () => {
  it('makes one row per counterpart, most contacts first, each oldest first, seen from the actor', () => {
    const view = readContactsPicture(index, 'mirzoyan');
    expect(view.actor.name).toBe('Ararat Mirzoyan');
    expect(view.rows.map((r) => [r.name, r.marks.length])).toEqual([
      ['Jeyhun Bayramov', 3],
      ['Charles Michel', 2],
      ['Ilham Aliyev', 1],
      [EVIL_NAME, 1],
      ['Antony Blinken', 1],
    ]);
    const bayramov = view.rows[0]!;
    expect(bayramov.marks.map((m) => [m.date, m.kind, m.status, m.dated])).toEqual([
      ['2022-03-20', 'call', 'held', true],
      // No date in the text: the article's day, and marked as such.
      ['2022-04-06', 'meeting', 'cancelled', false],
      ['2022-05-30', 'call', 'held', true],
    ]);
    // Blinken was party `a` of the letter: the row is still his, from Mirzoyan's side.
    expect(view.rows.at(-1)!.marks[0]).toMatchObject({ kind: 'letter', article: 'a1' });
    expect(view.span).toEqual({ from: '2022-03-20', to: '2022-05-31' });
    expect(view.total).toBe(8);
    expect(view.hidden).toEqual({ counterparts: 0, contacts: 0 });
  });

  it('keeps only the period asked for', () => {
    const view = readContactsPicture(index, 'mirzoyan', { since: '2022-04-01' as IsoDate, until: '2022-04-30' as IsoDate });
    expect(view.rows.map((r) => r.name).sort()).toEqual(['Charles Michel', EVIL_NAME, 'Jeyhun Bayramov'].sort());
    expect(view.total).toBe(3);
    expect(view.range).toEqual({ since: '2022-04-01', until: '2022-04-30' });
  });

  it('counts the counterparts beyond the rows it draws', () => {
    const brief = index.brief('mirzoyan', {}, { limit: 1000 });
    const view = contactsPictureView(brief, index, {}, 2);
    expect(view.rows).toHaveLength(2);
    expect(view.hidden).toEqual({ counterparts: 3, contacts: 3 });
    // The time axis spans the rows drawn: Aliyev's call of 2022-05-31 is not among them.
    expect(view.span).toEqual({ from: '2022-03-20', to: '2022-05-30' });
  });

  it('has no rows and no span for an actor with no contacts', () => {
    const view = readContactsPicture(index, 'pashinyan');
    expect(view.rows).toEqual([]);
    expect(view.span).toBeNull();
    expect(view.total).toBe(0);
  });
});
