// Text inside the SVG: every string drawn comes from here, escaped, so a name from an article can never
// close a tag, open an element or reach the renderer as anything but characters.
import { oneLine } from '../views/text.js';

// What XML 1.0 does not allow in a document at all (escaping cannot save them): C0 controls but tab,
// line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` on one line, visible characters only, escaped for an SVG text node or attribute value. */
export function svgText(text: string): string {
  return oneLine(text)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** At most `max` characters (code points), with an ellipsis when cut; before escaping. */
export function clip(text: string, max: number): string {
  const chars = [...oneLine(text)];
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}
