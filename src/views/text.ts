// Words about counts and text tidied to one line: shared by every renderer (terminal text and Discord).

// Characters that change how text displays without being seen. Bidirectional controls can make a quote
// read other than it says (U+202E shows the stored "ngis ton" as "not sign"); zero-width and other
// invisible characters hide or split words. Renderers show none of them; the article file and the
// extraction keep them, so spans and the cache are unaffected.
const BIDI_CONTROLS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const INVISIBLE =
  '\\u00ad\\u034f\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b\\u2060-\\u2064\\u206a-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb' +
  '\\u{1bca0}-\\u{1bca3}\\u{1d173}-\\u{1d17a}';
// Control characters other than white space (which oneLine turns into spaces).
const CONTROLS = '\\u0000-\\u0008\\u000e-\\u001f\\u007f-\\u0084\\u0086-\\u009f';
// The class lists invisible combining characters (U+034F, U+17B4) one by one, each to be removed alone.
// eslint-disable-next-line no-misleading-character-class
const HIDDEN = new RegExp(`[${BIDI_CONTROLS}${INVISIBLE}${CONTROLS}]`, 'gu');
// The zero-width non-joiner (U+200C) and joiner (U+200D) are spelling where they stand between the letters
// of scripts that join: ZWNJ in Persian ("mi" + ZWNJ + "khaham", I want), both in Arabic-script and Indic
// text; and ZWJ between the parts of one emoji (woman + ZWJ + laptop is one "technologist", after a skin
// tone too). Anywhere else (between spaces, inside a Latin, Greek or Cyrillic word, where they change
// nothing that is shown) they can only hide something, and go.
const JOINING =
  '(?:(?![\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}])[\\p{L}\\p{M}]|\\p{Extended_Pictographic}|\\p{Emoji_Modifier})';
const STRAY_JOINER = new RegExp(`(?<!${JOINING})[\\u200c\\u200d]|[\\u200c\\u200d](?!${JOINING})`, 'gu');
// Tag characters (U+E0020–U+E007F) spell a subdivision flag after U+1F3F4 (black flag + "gbsct" + cancel
// tag is Scotland's); anywhere else they are text nobody sees.
const TAGS = /[\u{e0000}-\u{e007f}]+/gu;
const FLAG_TAGS = /^[\u{e0020}-\u{e007e}]+\u{e007f}$/u;
const BLACK_FLAG = 0x1f3f4;

/** `text` without the characters that display as nothing or reorder what is around them. */
export function visibleText(text: string): string {
  return text
    .replace(HIDDEN, '')
    .replace(STRAY_JOINER, '')
    .replace(TAGS, (tags: string, at: number, whole: string) =>
      whole.codePointAt(at - 2) === BLACK_FLAG && FLAG_TAGS.test(tags) ? tags : '',
    );
}

/**
 * Visible text (above), runs of white space (line breaks of the article included) as one space, ends
 * trimmed. Every renderer passes article text through here before its own escaping: the words of a
 * statement (src/views/statements.ts), Discord's inlineText, the terminal's wrap.
 */
export function oneLine(text: string): string {
  return visibleText(text).replace(/\s+/g, ' ').trim();
}

/** "1 statement", "3 statements"; `many` where adding an s will not do. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
