// Untrusted text (article words, names, the user's query) made ready to sit inside the bot's own markdown,
// and the one `allowed_mentions` every message carries, so that nothing the bot quotes can notify anyone.
//
// Article text shown in an embed must read as written: no markdown of its own, no mention that resolves.
// Markdown is escaped with a backslash (Discord drops the backslash before punctuation, so the reader sees
// the character itself); mentions get a zero-width space after `@` or `<`, which keeps them visible but
// leaves nothing for Discord to parse. Ordinary prose (letters, digits, commas, hyphens inside words,
// parentheses) passes through unchanged. Bidirectional controls and invisible characters of the text are
// gone before escaping (oneLine → visibleText in src/views/text.ts), so the only ones left are our own.
import { oneLine } from '../../views/text.js';

/**
 * `allowed_mentions` for every message the bot sends, replies and edits included. Escaping makes mentions
 * inert in what is shown; this makes Discord refuse to ping even if something slipped through.
 */
export const NO_PINGS: { readonly parse: readonly [] } = Object.freeze({ parse: Object.freeze([] as const) });

const ZWSP = '\u200b';
/** Characters that are markdown wherever they stand: emphasis, strike, code, spoiler, masked links. */
const ANYWHERE = /[\\*_~`|[\]]/g;
/** At the start of a line (after indentation): quotes, headings and subtext (`#`, `-#`), lists. */
const LINE_START = /^([ \t]*)([>#+-])/gm;
const NUMBERED_ITEM = /^([ \t]*\d+)\.(?=[ \t])/gm;
/** `<@1>`, `<@!1>`, `<@&1>`, `<#1>`, `</cmd:1>`, `<:emoji:1>`, `<a:emoji:1>`, `<t:1:R>`, `<id:customize>`. */
const ANGLE_TOKEN = /<(?=[@#:/]|a:|t:|id:)/gi;
const BROADCAST = /@(?=everyone|here)/gi;

/** Discord markdown escaped and mentions neutralised; safe anywhere markdown is rendered. */
export function escapeText(text: string): string {
  return text
    .replace(ANYWHERE, '\\$&')
    .replace(LINE_START, '$1\\$2')
    .replace(NUMBERED_ITEM, '$1\\.')
    .replace(ANGLE_TOKEN, `<${ZWSP}`)
    .replace(BROADCAST, `@${ZWSP}`);
}

/**
 * One line, escaped, then cut to `max`: escaping first, so the escapes are counted, and a cut at a space
 * never splits one (no escape contains a space). A cut inside one long word may strand a backslash,
 * which would escape the ellipsis; it is dropped.
 */
export function inlineText(raw: string, max: number): string {
  const cut = truncateAtWord(escapeText(oneLine(raw)), max);
  return cut.replace(/(?<!\\)((?:\\\\)*)\\…$/, '$1…');
}

// Cutting text to a length limit the way a reader forgives: at a word, with an ellipsis.
const ELLIPSIS = '…';

/**
 * `text` unchanged when it fits in `max` UTF-16 code units, else cut at the last word boundary that
 * leaves room for "…". A single word longer than the room is cut inside the word, never through a
 * surrogate pair. Lengths are UTF-16 units, which never undercount what Discord counts (code points).
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return '';
  const room = max - ELLIPSIS.length;
  const head = text.slice(0, room + 1); // one more: a space right after the room is a boundary too
  const boundary = head.search(/\s\S*$/);
  // Cutting far back at a space would throw most of the room away: cut inside the word instead.
  const cut = boundary >= room / 2 ? boundary : room;
  return `${withoutBrokenPair(text.slice(0, cut)).replace(/[\s,;:]+$/u, '')}${ELLIPSIS}`;
}

/** Drops a high surrogate left alone at the end by a cut. */
function withoutBrokenPair(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
