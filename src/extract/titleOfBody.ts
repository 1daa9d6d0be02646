// Where a title that names a body starts: "Secretary General of the Inter-Parliamentary Union X", "Minister of
// Territorial Administration and Infrastructures X" (read by titleStart and by the search for names).
import { COUNTRY_NAMES, ORG_WORDS, TITLE_WORDS } from './lexicon.js';
import { isCapitalised } from './tokens.js';
import { DEMONYM } from './wordFacts.js';

/**
 * "Secretary General of the Inter-Parliamentary Union Martin Chungong": where the title whose body ends at word `k` (an
 * organisation's head word, up to five capitalised words after "of" or "of the" and a title word) starts, or -1.
 */
export function titleOfBody(words: readonly string[], joined: Uint8Array, k: number): number {
  if (k < 3) return -1;
  const org = ORG_WORDS.has(words[k]!);
  // ("Minister of Territorial Administration and Infrastructures X": a minister's field may hold one "and" and end in
  // any word; a body's name ends in an organisation's word)
  if (!org && !isCapitalised(words[k]!)) return -1;
  let j = k;
  let and = -1;
  while (j > 0 && k - j < 6) {
    if (joined[j] && isCapitalised(words[j - 1]!)) j--;
    else if (!org && and < 0 && j >= 2 && words[j - 1] === 'and' && joined[j] && joined[j - 1] && isCapitalised(words[j - 2]!)) {
      and = j - 1;
      j -= 2;
    } else break;
  }
  let at = j - 1;
  if (words[at] === 'the' && joined[j]) at--;
  if (at < 1 || words[at] !== 'of' || !joined[at + 1] || !joined[at]) return -1;
  const title = words[at - 1]!;
  if (!TITLE_WORDS.has(title)) return -1;
  if (org) return at - 1;
  // (a field of two or three words each side, with no country in it: not "Foreign Minister of Armenia Ararat Mirzoyan
  // and Azerbaijani …", two titled people)
  if (and < 0 || title !== 'Minister' || k - and > 2 || and - j > 3) return -1;
  for (let x = j; x <= k; x++) if (x !== and && (DEMONYM.get(words[x]!) || COUNTRY_NAMES[words[x]!])) return -1;
  return at - 1;
}
