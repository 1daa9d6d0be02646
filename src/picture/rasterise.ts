// SVG to PNG with resvg (Rust, through napi: no browser, no system library). The fonts are loaded by
// path and system fonts are never searched, so the picture shows its text the same on a laptop, in CI
// and in a container image that has no fonts at all.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from './drawContacts.js';

const FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
/** DejaVu Sans cut down to the region's scripts (fonts/README.md): found beside this module in the source tree. */
const smallDir = fileURLToPath(new URL('./fonts/', import.meta.url));
/** The whole DejaVu Sans, from the dejavu-fonts-ttf package. */
const wholeDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * DejaVu Sans, regular and bold: the small cut first, which resvg draws from (it re-reads a font file for
 * every glyph, so a small file is a fast one), then the whole font, which it falls back to for a character
 * the cut leaves out. Where the cut is absent (a build that copies compiled code only) the whole font does
 * everything, the same picture a little slower.
 */
export const FONT_FILES: readonly string[] = [
  ...FACES.map((face) => join(smallDir, face)).filter((file) => existsSync(file)),
  ...FACES.map((face) => join(wholeDir, face)),
];

export interface Png {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/**
 * `svg` as a PNG at `scale` times its size. 1.5 by default: 1,320 pixels across, sharper than Discord shows
 * a picture in the chat (it scales it down, and opens it whole on a click), at about half the pixels of 2
 * to fill and compress (docs/contacts.md, "Speed").
 */
export function rasterise(svg: string, scale = 1.5): Png {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    logLevel: 'off',
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
