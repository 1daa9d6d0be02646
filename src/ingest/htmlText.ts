// HTML → paragraphs of plain text, the shape the article format keeps (a blank line between paragraphs).
// Parsed with linkedom, which builds a DOM and runs nothing: no script, no handler, no resource load.
import { linkedom } from './libraries.js';

/** Elements that end a paragraph: their text never runs into the text beside them. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore

/** Never text: what a page runs or draws, not what it says (a photo's caption is not the article's either). */
const SKIPPED = new Set([
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'BUTTON',
  'SELECT',
]);

/** The minimal DOM this module walks (linkedom's and jsdom's nodes both fit). */
export interface TextNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextNodeLike>;
}

/** The paragraphs of an HTML fragment or page, whitespace folded, empty ones dropped. */
export function htmlToParagraphs(html: string): string[] {
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeParagraphs(document.body);
}

/** The paragraphs under a DOM node: each block element, and each `<br><br>`, ends one. */
export function nodeParagraphs(root: TextNodeLike): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let breaks = 0;
  const flush = () => {
    const p = current.replace(/[ \t\f\v\u00a0\u200b\r\n]+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
    breaks = 0;
  };
  const walk = (node: TextNodeLike) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.trim()) breaks = 0;
      current += value;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      // One <br> is a line break inside a paragraph; two in a row are how many CMSs write a paragraph.
      if (++breaks >= 2) flush();
      else current += ' ';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Plain text (a JSON Feed `content_text`) → its paragraphs: blank lines separate them, single newlines fold. */
export function textToParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
