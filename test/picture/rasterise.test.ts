// The PNG: a real PNG of the SVG's size times the scale, with its text drawn by the bundled font (no
// system font is ever looked for, so a machine without any draws the same).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { drawContactsSvg, FONT_FILES, rasterise, readContactsPicture, renderContactsPicture } from '../../src/picture/index.js';
import { pictureIndex } from './fixtures.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const svgOf = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/>${body}</svg>`;

describe('rasterise', () => {
  it('makes a PNG 1.5 times the size of the SVG by default', () => {
    const view = readContactsPicture(pictureIndex(), 'mirzoyan');
    const picture = renderContactsPicture(view);
    const { height } = drawContactsSvg(view);
    expect(picture.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([picture.width, picture.height]).toEqual([1320, Math.ceil(height * 1.5)]);
    // The IHDR chunk says the same.
    expect([picture.png.readUInt32BE(16), picture.png.readUInt32BE(20)]).toEqual([picture.width, picture.height]);
    expect(picture.svg).toContain('Contacts of Ararat Mirzoyan');
  });

  it('draws text with the bundled font, in every script the region needs', () => {
    expect(FONT_FILES.every((file) => existsSync(file))).toBe(true);
    // The small cut first (src/picture/fonts), the whole font from the package after it.
    expect(FONT_FILES.map((file) => file.split(/[\\/]/).slice(-3).join('/'))).toEqual([
      'picture/fonts/DejaVuSans.ttf',
      'picture/fonts/DejaVuSans-Bold.ttf',
      'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
      'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
    ]);
    const blank = rasterise(svgOf(''), 1).png;
    // Without a font resvg draws no text at all, and the PNG would be the blank one.
    // The last is Persian: outside the small cut of the font, drawn from the whole one.
    for (const words of ['Mirzoyan', 'Мирзоян', 'Միրզոյան', 'მირზოიანი', 'عباس عراقچی']) {
      const drawn = rasterise(svgOf(`<text x="10" y="28" font-size="20" font-family="DejaVu Sans">${words}</text>`), 1).png;
      expect(drawn.equals(blank), words).toBe(false);
    }
    // A family the machine may have is not used: only what rasterise loads.
    const unknown = rasterise(svgOf('<text x="10" y="28" font-size="20" font-family="Arial">Mirzoyan</text>'), 1).png;
    const dejavu = rasterise(svgOf('<text x="10" y="28" font-size="20" font-family="DejaVu Sans">Mirzoyan</text>'), 1).png;
    expect(unknown.equals(dejavu)).toBe(true);
  });

  it('scales as asked', () => {
    const png = rasterise(svgOf(''), 2);
    expect([png.width, png.height]).toEqual([400, 80]);
  });
});
