// Organisations an article names in full once and by their initials after: "the Department of Foreign Affairs
// (DFA) said … the DFA noted". One scan of the text; an acronym counts only when it is the initials of the name.

const DEFINED = /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,7})\(([A-Z]{2,6})\)/gu;
const SMALL = new Set(['of', 'for', 'and', 'on', 'the']);

/** Acronym → the full name the text gives it ("DFA" → "Department of Foreign Affairs"). */
export function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes('(')) return out;
  DEFINED.lastIndex = 0;
  for (let m = DEFINED.exec(text); m; m = DEFINED.exec(text)) {
    const acronym = m[2]!;
    const words = m[1]!.trim().split(/\s+/);
    // the name is the last words before the bracket whose initials spell the acronym
    for (let from = 0; from < words.length; from++) {
      const name = words.slice(from);
      if (SMALL.has(name[0]!)) continue;
      const initials = name
        .filter((w) => !SMALL.has(w))
        .map((w) => w[0]!)
        .join('');
      if (initials.toUpperCase() === acronym && name.length >= 2) {
        if (!out.has(acronym)) out.set(acronym, name.join(' '));
        break;
      }
    }
  }
  return out;
}
