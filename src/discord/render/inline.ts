// Untrusted text (article words, names, the user's query) made ready to sit inside the bot's own markdown.
import { oneLine } from '../../views/text.js';
import { escapeText } from './escape.js';
import { truncateAtWord } from './truncate.js';

/**
 * One line, escaped, then cut to `max`: escaping first, so the escapes are counted, and a cut at a space
 * never splits one (no escape contains a space). A cut inside one long word may strand a backslash,
 * which would escape the ellipsis; it is dropped.
 */
export function inlineText(raw: string, max: number): string {
  const cut = truncateAtWord(escapeText(oneLine(raw)), max);
  return cut.replace(/(?<!\\)((?:\\\\)*)\\…$/, '$1…');
}
