// Words with their offsets: the unit every name, title and cue is matched on.

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Dotted acronyms first ("U.S.", "U.N."), then words that may hold hyphens (Co-Chair, Nagorno-Karabakh).
// An apostrophe before a capital stays inside a name (O'Brien, D’Alema); before a small letter it is a possessive.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:(?:[-‐‑][\p{L}\p{N}]|[’'](?=\p{Lu}))[\p{L}\p{N}]*)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

/** True when only spaces (no punctuation, no line break) separate two offsets. */
export function onlySpaceBetween(text: string, a: number, b: number): boolean {
  if (b < a) return false;
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return true;
}
