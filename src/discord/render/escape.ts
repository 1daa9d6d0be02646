// Article text shown in an embed must read as written: no markdown of its own, no mention that resolves.
// Markdown is escaped with a backslash (Discord drops the backslash before punctuation, so the reader sees
// the character itself); mentions get a zero-width space after `@` or `<`, which keeps them visible but
// leaves nothing for Discord to parse. Ordinary prose (letters, digits, commas, hyphens inside words,
// parentheses) passes through unchanged.

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
