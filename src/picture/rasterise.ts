// SVG to PNG with resvg (Rust, through napi: no browser, no system library). The font is loaded from
// the dejavu-fonts-ttf package by path and system fonts are never searched, so the picture shows its text
// the same on a laptop, in CI and in a container image that has no fonts at all.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from './drawContacts.js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** DejaVu Sans, regular and bold: Latin, Greek, Cyrillic, Armenian and Georgian, which the region's names need. */
export const FONT_FILES: readonly string[] = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

export interface Png {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/**
 * `svg` as a PNG at `scale` times its size. 1.5 by default: 1,500 pixels across, sharper than Discord shows
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
