// The titles around a name: where the title run before a name starts ("Foreign Minister of Armenia"), an
// organisation that is only part of a person's title, the country and gender a title tells.
import { TWO_WORD_DEMONYMS } from './worldCountries.js';
import type { ActorLexicon } from './actorLexicon.js';
import { LOWER_TITLE, placeOfTitle } from './discoveredNames.js';
import { titleOfBody } from './titleOfBody.js';
import { DEMONYMS, TITLE_WORDS } from './lexicon.js';
import type { RawMention } from './mentionKinds.js';
import { isCapitalised } from './tokens.js';
import { DEMONYM, TokenFacts, isShortAcronym } from './wordFacts.js';

/**
 * "European Council President Charles Michel", "State Department spokesman Ned Price": an
 * organisation named as part of a person's title is no actor of its own there.
 */
export function absorbOrganisationTitles(text: string, mentions: RawMention[], lexicon: ActorLexicon): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const org = mentions[i]!;
    const person = mentions[i + 1]!;
    if (org.kind !== 'name' || !org.entries.every((e) => lexicon.dictionary.byId.get(e.actor)?.kind === 'org')) continue;
    if (person.kind !== 'name' && person.kind !== 'discovered') continue;
    if (person.kind === 'name' && !person.entries.some((e) => lexicon.dictionary.byId.get(e.actor)?.kind === 'person')) continue;
    const gap = text.slice(org.end, person.start);
    const words = gap.trim().split(/\s+/).filter(Boolean);
    if (!/^[ \t]+$/.test(gap.replace(/[^\s]+/g, '')) && gap.trim() !== '') continue;
    if (words.length === 0 || !words.every((w) => TITLE_WORDS.has(w) || LOWER_TITLE.test(w) || DEMONYMS[w])) continue;
    mentions[i + 1] = { ...person, title: { start: org.start, end: org.end + gap.trimEnd().length } };
    mentions.splice(i, 1);
  }
}

/** The first token of the title run right before token `i` ("Azerbaijani Foreign Minister", "Foreign Minister of Armenia"). */
export function titleStart(facts: TokenFacts, i: number): number {
  const { words, joined } = facts;
  let k = i;
  while (k > 0) {
    if (!joined[k]) break;
    const w = words[k - 1]!;
    // "Secretary General of the Inter-Parliamentary Union X": a body the title is of, ending in its head word
    const body = titleOfBody(words, joined, k - 1);
    if (body >= 0) {
      k = body;
      continue;
    }
    if (TITLE_WORDS.has(w) || DEMONYM.get(w) || isShortAcronym(w)) {
      k--;
      continue;
    }
    // "President of the Republic of Azerbaijan X", "Prime Minister of the Republic of Armenia X"
    if (
      isCapitalised(w) &&
      k >= 6 &&
      words[k - 2] === 'of' &&
      words[k - 3] === 'Republic' &&
      words[k - 4] === 'the' &&
      words[k - 5] === 'of' &&
      TITLE_WORDS.has(words[k - 6]!)
    ) {
      k -= 5;
      continue;
    }
    // "Turkish Ambassador Extraordinary and Plenipotentiary X": the one "and" inside a title
    if (w === 'and' && k >= 2 && words[k] === 'Plenipotentiary' && words[k - 2] === 'Extraordinary' && joined[k - 1]) {
      k--;
      continue;
    }
    // "South African President X"
    if (k >= 2 && joined[k - 1] && TWO_WORD_DEMONYMS.has(`${words[k - 2]!} ${w}`)) {
      k -= 2;
      continue;
    }
    // "Foreign Minister of Armenia Ararat Mirzoyan", "Secretary of State X": "of" inside a title
    // ("Ambassador of France to Azerbaijan X": the place of a place of a title)
    if (
      isCapitalised(w) &&
      k >= 3 &&
      (words[k - 2] === 'of' || words[k - 2] === 'to') &&
      (TITLE_WORDS.has(words[k - 3]!) || placeOfTitle(words, k - 3))
    ) {
      k -= 2;
      continue;
    }
    if (w === 'of' && k >= 2 && k < i && TITLE_WORDS.has(words[k - 2]!) && joined[k - 1]) {
      k -= 2;
      continue;
    }
    // "President of the European Council Charles Michel": "of the" before a capitalised title
    if (w === 'the' && k >= 3 && k < i && words[k - 2] === 'of' && TITLE_WORDS.has(words[k - 3]!) && joined[k - 1] && joined[k - 2]) {
      k -= 3;
      continue;
    }
    break;
  }
  return k;
}

export function countryOfModifier(words: readonly string[], from: number, to: number): string | undefined {
  for (let k = from; k <= to; k++) {
    const c = DEMONYM.get(words[k]!);
    if (c) return c;
  }
  return undefined;
}

/** What a title says of its holder's gender ("spokeswoman", "Mrs", "Sheikh"), if anything: "she said" then finds her. */
export function genderOfTitle(title: string): 'f' | 'm' | undefined {
  if (/\b(?:spokeswoman|chairwoman|congresswoman|Mrs|Ms|Madam|Queen|Baroness|Dame|Princess|Sheikha)\b/.test(title)) return 'f';
  if (/\b(?:spokesman|chairman|congressman|Mr|King|Prince|Sheikh|Emir|Sultan)\b/.test(title)) return 'm';
  return undefined;
}

/** "Al-Busaidi" joined as it is often transliterated: "Albusaidi", and the full name with it. */
export function joinedArticle(name: string, surname: string): string[] {
  const joined = `${surname[0]!.toUpperCase()}${surname[1]}${surname.slice(3).toLowerCase()}`;
  return [joined, `${name.slice(0, name.length - surname.length)}${joined}`];
}
