// Offices named by country at a word: "Armenia's prime minister", "the foreign ministers of A, B and C",
// "his counterparts from A and B"; one mention per country, resolved later to the holder on the date.
import { COUNTRY_NAMES } from './lexicon.js';
import type { NominalEntry } from './actorLexicon.js';
import type { OfficeMention, RawMention } from './mentionKinds.js';
import { OFFICE_FIRST_WORDS, officeNounAt } from './offices.js';
import { DEMONYM, TokenFacts, followedByName, longestMatch, type WordIndex } from './wordFacts.js';

/** Capitalised first words of a plural office with no determiner ("Foreign ministers of A and B met"). */
export const OFFICE_OPENERS = new Set([
  'Foreign',
  'Leaders',
  'Presidents',
  'Prime',
  'Heads',
  'Defence',
  'Defense',
  'Deputy',
  'Premiers',
  'Vice',
]);

const STATE_FORMS = new Set(['Republic', 'Kingdom', 'State', 'Sultanate', 'Principality', 'Commonwealth', 'Federation']);
const STATE_FORM_ADJECTIVES = new Set([
  'Islamic',
  'Federal',
  'Democratic',
  'Hellenic',
  'Arab',
  'Hashemite',
  'Socialist',
  'Federative',
  'Plurinational',
]);

/** A country at token `k` ("Armenia", "the United States", "the Republic of Armenia"): its canonical name and last token. */
export function countryAt(facts: TokenFacts, k: number): { country: string; last: number } | null {
  const { words, joined } = facts;
  let at = k;
  if (facts.lower(at) === 'the' && joined[at + 1]) at++;
  // "the Republic of Azerbaijan", "the Islamic Republic of Iran", "the Kingdom of Saudi Arabia": a state's formal name
  if (STATE_FORM_ADJECTIVES.has(words[at] ?? '') && STATE_FORMS.has(words[at + 1] ?? '') && joined[at + 1]) at++;
  if (STATE_FORMS.has(words[at] ?? '') && words[at + 1] === 'of' && joined[at + 1] && joined[at + 2]) at += 2;
  const w = words[at];
  if (!w) return null;
  const two = at + 1 < words.length && joined[at + 1] ? COUNTRY_NAMES[`${w} ${words[at + 1]}`] : undefined;
  if (two) return { country: two, last: at + 1 };
  const one = COUNTRY_NAMES[w];
  return one ? { country: one, last: at } : null;
}

/**
 * Offices named by country at token `i`, one mention per country, so that a list reads as a coordinated
 * subject or object ("A, B and C met"):
 * - "[the|his] Armenian[, Azerbaijani] and Georgian <office>" (one country or several);
 * - "the <office> of Russia[, Armenia] and Azerbaijan";
 * - "Armenia['s| and Azerbaijan's] <office>".
 * Nothing when a name follows the office ("Armenia's Prime Minister Nikol Pashinyan": a title).
 */
export function officePhrase(
  facts: TokenFacts,
  text: string,
  i: number,
  taken: Uint8Array,
): { mentions: OfficeMention[]; last: number } | null {
  const { words, joined } = facts;
  const w = facts.lower(i)!;
  const determiner = w === 'the' || w === 'his' || w === 'her' || w === 'their';
  const first = determiner ? i + 1 : i;
  if (first >= words.length || (determiner && !joined[first])) return null;
  // most determiners start no office phrase: look at the next word before anything else
  if (determiner && !DEMONYM.get(words[first]!) && !OFFICE_FIRST_WORDS.has(facts.lower(first)!)) return null;
  const mentions: OfficeMention[] = [];
  function inBrackets(k: number): boolean {
    const open = text.lastIndexOf('(', facts.tokenStart(k));
    return open >= 0 && open > text.lastIndexOf(')', facts.tokenStart(k)) && open >= facts.tokenStart(i);
  }
  function free(from: number, to: number): boolean {
    for (let k = from; k <= to; k++) if (taken[k] && !inBrackets(k)) return false;
    return !followedByName(facts, to, taken) && !(to + 1 < words.length && joined[to + 1] && facts.isNameWord(to + 1));
  }
  // "his counterparts from Armenia and Azerbaijan"
  if (
    determiner &&
    (w === 'his' || w === 'her') &&
    (facts.lower(first) === 'counterparts' || facts.lower(first) === 'counterpart') &&
    facts.lower(first + 1) === 'from'
  ) {
    const list: { country: string; from: number; last: number }[] = [];
    let k = first + 2;
    for (;;) {
      const c = countryAt(facts, k);
      if (!c) break;
      list.push({ country: c.country, from: k, last: c.last });
      const after = c.last + 1;
      const sep = after < words.length ? text.slice(facts.tokenEnd(c.last), facts.tokenStart(after)) : '';
      if (facts.lower(after) === 'and' && /^\s*,?\s*$/.test(sep)) k = after + 1;
      else if (/^\s*,\s*$/.test(sep)) k = after;
      else break;
    }
    if (list.length === 0) return null;
    list.forEach((x, n) => {
      mentions.push({
        kind: 'office',
        start: n === 0 ? facts.tokenStart(i) : facts.tokenStart(x.from),
        end: facts.tokenEnd(x.last),
        office: 'counterpart',
        country: x.country,
      });
    });
    return { mentions, last: list[list.length - 1]!.last };
  }
  // demonyms, then the office noun
  if (DEMONYM.get(words[first]!)) {
    const countries: { country: string; at: number }[] = [{ country: DEMONYM.get(words[first]!)!, at: first }];
    let k = first + 1;
    for (;;) {
      if (k >= words.length) return null;
      const sep = text.slice(facts.tokenEnd(k - 1), facts.tokenStart(k));
      const and = facts.lower(k) === 'and' && /^\s*,?\s*$/.test(sep);
      const next = and ? k + 1 : /^\s*,\s*$/.test(sep) ? k : -1;
      if (next < 0 || next >= words.length || !DEMONYM.get(words[next]!)) break;
      countries.push({ country: DEMONYM.get(words[next]!)!, at: next });
      k = next + 1;
      if (and) break;
    }
    if (!joined[k]) return null;
    const noun = officeNounAt(facts, k);
    if (!noun || !free(first, noun.last)) return null;
    if (!determiner && countries.length < 2) return null;
    if (noun.office === 'counterpart' && facts.lower(i) !== 'his' && facts.lower(i) !== 'her' && facts.lower(i) !== 'their') return null;
    countries.forEach((c, n) => {
      const start = n === 0 ? facts.tokenStart(i) : facts.tokenStart(c.at);
      const end = n === countries.length - 1 ? facts.tokenEnd(noun.last) : facts.tokenEnd(c.at);
      mentions.push({ kind: 'office', start, end, office: noun.office, country: c.country });
    });
    return { mentions, last: noun.last };
  }
  // "the <office> of A, B and C" (and "Leaders of A and B", "deputy premiers of A, B and C", with no determiner: the
  // caller lets a small word start one only before a plural office and "of")
  const bare = !determiner && !COUNTRY_NAMES[words[i]!];
  if (determiner || bare) {
    const noun = officeNounAt(facts, first);
    if (bare && (!noun || !/s$/.test(words[noun.last]!))) return null;
    if (!noun || noun.office === 'counterpart' || facts.lower(noun.last + 1) !== 'of' || !joined[noun.last + 1]) return null;
    let k = noun.last + 2;
    let c = countryAt(facts, k);
    if (!c || taken[k]) return null;
    const list: { country: string; from: number; last: number }[] = [{ country: c.country, from: k, last: c.last }];
    for (;;) {
      k = c.last + 1;
      let prevEnd = facts.tokenEnd(c.last);
      // "Azerbaijan (Jeyhun Bayramov) and Georgia (…)": a name in brackets after a country is read past
      if (text.charAt(prevEnd) === ' ' && text.charAt(prevEnd + 1) === '(') {
        const close = text.indexOf(')', prevEnd);
        if (close < 0 || close - prevEnd > 60) break;
        while (k < words.length && facts.tokenStart(k) < close) k++;
        prevEnd = close + 1;
      }
      const sep = k < words.length ? text.slice(prevEnd, facts.tokenStart(k)) : '';
      const and = facts.lower(k) === 'and' && /^\s*,?\s*$/.test(sep);
      const from = and ? k + 1 : /^\s*,\s*$/.test(sep) ? k : -1;
      if (from < 0) break;
      const next = countryAt(facts, from);
      if (!next) break;
      list.push({ country: next.country, from, last: next.last });
      c = next;
      if (and) break;
    }
    const last = list[list.length - 1]!.last;
    if (!free(first, last)) return null;
    list.forEach((x, n) => {
      mentions.push({
        kind: 'office',
        start: n === 0 ? facts.tokenStart(i) : facts.tokenStart(x.from),
        end: facts.tokenEnd(x.last),
        office: noun.office,
        country: x.country,
      });
    });
    return { mentions, last };
  }
  // "Armenia's prime minister", "Armenia and Azerbaijan's foreign ministers"
  const list: { country: string; from: number; last: number }[] = [];
  let k = i;
  for (;;) {
    const c = countryAt(facts, k);
    if (!c) return null;
    list.push({ country: c.country, from: k, last: c.last });
    const after = c.last + 1;
    if (/^[’']$/.test(text.charAt(facts.tokenEnd(c.last))) && facts.lower(after) === 's') {
      const noun = officeNounAt(facts, after + 1);
      if (!noun || noun.office === 'counterpart' || !joined[after + 1] || !free(i, noun.last)) return null;
      list.forEach((x, n) => {
        mentions.push({
          kind: 'office',
          start: facts.tokenStart(x.from),
          end: n === list.length - 1 ? facts.tokenEnd(noun.last) : facts.tokenEnd(x.last),
          office: noun.office,
          country: x.country,
        });
      });
      return { mentions, last: noun.last };
    }
    const sep = after < words.length ? text.slice(facts.tokenEnd(c.last), facts.tokenStart(after)) : '';
    if (facts.lower(after) === 'and' && /^\s*,?\s*$/.test(sep)) k = after + 1;
    else if (/^\s*,\s*$/.test(sep)) k = after;
    else return null;
  }
}

/**
 * "Russia's foreign ministry spokeswoman said", "Armenia's Security Council secretary": a role the dictionary names
 * (its nominal, read without "the") after a country's possessive at token `i`, as "the Russian foreign ministry
 * spokeswoman" is; the country picks the holder. Nothing before a name (a title) or "of" (another body's office).
 */
export function possessiveNominal(
  facts: TokenFacts,
  text: string,
  i: number,
  nominals: WordIndex<NominalEntry>,
  taken: Uint8Array,
): { mentions: RawMention[]; last: number } | null {
  const country = COUNTRY_NAMES[facts.words[i]!];
  const k = i + 2;
  if (!country || facts.lower(i + 1) !== 's' || !/^[’']$/.test(text.charAt(facts.tokenEnd(i))) || !facts.joined[k] || taken[k]) return null;
  const nominal = longestMatch(facts, k, nominals, true);
  if (!nominal || followedByName(facts, nominal.last, taken) || facts.lower(nominal.last + 1) === 'of') return null;
  if (nominal.last + 1 < facts.words.length && facts.joined[nominal.last + 1] && facts.isNameWord(nominal.last + 1)) return null;
  const phrase = text.slice(facts.tokenStart(k), facts.tokenEnd(nominal.last));
  const mention: RawMention = {
    kind: 'nominal',
    start: facts.tokenStart(i),
    end: facts.tokenEnd(nominal.last),
    entries: nominal.entries,
    phrase,
    country,
  };
  return { mentions: [mention], last: nominal.last };
}
