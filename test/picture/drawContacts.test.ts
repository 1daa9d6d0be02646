// The SVG: a row per counterpart, the kind told by shape, the status by fill, every text escaped; and
// the time axis under it.
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model.js';
import { drawContactsSvg, mark, PALETTE, rasterise, readContactsPicture } from '../../src/picture/index.js';
import { svgText } from '../../src/picture/svgText.js';
import { timeScale } from '../../src/picture/timeScale.js';
import { EVIL_NAME, pictureIndex } from './fixtures.js';

const index = pictureIndex();
const view = readContactsPicture(index, 'mirzoyan');
const { svg, width, height } = drawContactsSvg(view);

/** The marks drawn, as `kind status` from their class. */
function marksOf(svg: string): string[] {
  return [...svg.matchAll(/class="mark ([a-z]+ [a-z]+)"/g)].map((m) => m[1]!);
}

describe('drawContactsSvg', () => {
  it('draws one named row per counterpart with its count, and one mark per contact', () => {
    for (const row of view.rows.filter((r) => r.name !== EVIL_NAME)) {
      expect(svg).toContain(`>${row.name}</text>`);
    }
    expect(marksOf(svg).sort()).toEqual(
      [
        'call held',
        'call held',
        'call held',
        'meeting held',
        'meeting planned',
        'meeting cancelled',
        'letter held',
        'other held',
        // the legend: four kinds, then three statuses, then "undated" (a call)
        'meeting held',
        'call held',
        'letter held',
        'other held',
        'meeting held',
        'meeting planned',
        'meeting cancelled',
        'call held',
      ].sort(),
    );
    // The first row (Bayramov, three contacts) is taller in the picture than the title block alone.
    expect(width).toBe(880);
    expect(height).toBeGreaterThan(118 + view.rows.length * 28);
  });

  it('tells the kind by shape and the status by fill', () => {
    const colour = PALETTE.kinds.meeting;
    expect(mark('meeting', 'held', 10, 10)).toMatch(/^<rect [^>]*fill="#bc4c00" stroke="#bc4c00"/);
    expect(mark('call', 'held', 10, 10)).toMatch(/^<circle /);
    expect(mark('letter', 'held', 10, 10)).toMatch(/^<path d="M10 3L17 10L10 17L3 10Z"/);
    expect(mark('other', 'held', 10, 10)).toMatch(/^<path d="M10 3L17 16L3 16Z"/);
    // Planned: hollow (the card's colour inside), the kind's colour around.
    expect(mark('meeting', 'planned', 10, 10)).toContain(`fill="${PALETTE.card}" stroke="${colour}"`);
    expect(mark('meeting', 'planned', 10, 10)).not.toContain('<path');
    // Cancelled: hollow and struck through.
    const cancelled = mark('meeting', 'cancelled', 10, 10);
    expect(cancelled).toContain(`fill="${PALETTE.card}" stroke="${colour}"`);
    expect(cancelled).toMatch(/<path d="M2 18L18 2" stroke="#1f2328"/);
  });

  it('marks a contact the text gives no date for, and says what the mark means', () => {
    expect(svg.match(/class="undated"/g)).toHaveLength(2); // Bayramov's cancelled meeting, and the legend
    expect(svg).toContain('Undated: the text gives no date, so the contact is drawn on its article&#39;s day');
  });

  it('escapes every text: a name cannot close its element or open another', () => {
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('</text><');
    // In a row, clipped (28 characters) before it is escaped.
    expect(svg).toContain('>&lt;/text&gt;&lt;script&gt;alert(1)&lt;/sc…</text>');
    // In the title, cut to 56 characters.
    const titled = drawContactsSvg({ ...view, actor: { ...view.actor, name: EVIL_NAME } }).svg;
    expect(titled).toContain('>Contacts of &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; **Bold** &amp;…</text>');
    // Every character XML gives a meaning to, in text and in attribute values alike.
    expect(svgText(`"Co" 'x' <@&123>`)).toBe('&quot;Co&quot; &#39;x&#39; &lt;@&amp;123&gt;');
    expect(titled).not.toContain('<script');
    // Well-formed: resvg parses it as XML and refuses a broken document.
    expect(() => rasterise(titled, 0.5)).not.toThrow();
    expect(() => rasterise(titled.replace('&lt;/text&gt;', '</text>'), 0.5)).toThrow();
  });

  it('drops characters XML cannot hold at all', () => {
    const odd = readContactsPicture(index, 'mirzoyan');
    const named = { ...odd, actor: { ...odd.actor, name: 'A\u0001B\ud800C\uffffD' } };
    expect(drawContactsSvg(named).svg).toContain('Contacts of ABCD</text>');
  });

  it('says what it leaves out', () => {
    const cut = { ...view, rows: view.rows.slice(0, 2), hidden: { counterparts: 3, contacts: 3 }, read: 8, total: 20 };
    expect(drawContactsSvg(cut).svg).toContain('3 more counterparts (3 contacts) not drawn; only the newest 8 of 20 contacts.');
  });
});

describe('timeScale', () => {
  const d = (s: string) => s as IsoDate;

  it('labels months for a few months, and keeps the dates in order left to right', () => {
    const scale = timeScale({ from: d('2022-01-10'), to: d('2022-06-20') }, 100, 800);
    expect(scale.ticks.map((t) => t.label)).toEqual(['2022-02', '2022-03', '2022-04', '2022-05', '2022-06']);
    expect(scale.x(d('2022-01-10'))).toBeGreaterThan(100);
    expect(scale.x(d('2022-06-20'))).toBeLessThan(900);
    expect(scale.x(d('2022-03-01'))).toBeLessThan(scale.x(d('2022-03-02')));
  });

  it('labels years for a decade, and days or weeks for a short span', () => {
    // Every other January, the margins included (about 3% of the span on each side).
    expect(timeScale({ from: d('2014-03-01'), to: d('2023-10-01') }, 0, 800).ticks.map((t) => t.label)).toEqual([
      '2014',
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
    ]);
    const week = timeScale({ from: d('2022-03-25'), to: d('2022-03-25') }, 0, 800).ticks.map((t) => t.label);
    expect(week).toEqual(['2022-03-14', '2022-03-21', '2022-03-28', '2022-04-04']);
    // Four days and a day's margin on each side: a tick a day.
    expect(timeScale({ from: d('2022-03-01'), to: d('2022-03-04') }, 0, 800).ticks.map((t) => t.label)).toEqual([
      '2022-02-28',
      '2022-03-01',
      '2022-03-02',
      '2022-03-03',
      '2022-03-04',
      '2022-03-05',
    ]);
  });
});
