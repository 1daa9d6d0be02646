// Where actors are named: dictionary names, generic nominals, metonyms, pronouns, documents, and
// names the dictionary does not know (discovered from their context: a title, a role, a speech verb).
import { TWO_WORD_DEMONYMS } from './worldCountries.js';
import type { Actor, ActorId } from '../model.js';
import { foldName, plainLetters, type ActorLexicon, type NameEntry } from './actorLexicon.js';
import { GIVEN_NAMES } from './givenNames.js';
import {
  LOWER_TITLE,
  standsAlone,
  appositiveRole,
  titleBeforeComma,
  countryIn,
  discoveredId,
  knownFirstName,
  looksLikePersonContext,
  misspeltDictionaryName,
  misspeltSurname,
  personRun,
  titleCaseHeadlineEnd,
} from './discoveredNames.js';
import { COMMON_WORD_SURNAMES, COUNTRY_NAMES, DOCUMENT_NOUNS } from './lexicon.js';
import type { RawMention } from './mentionKinds.js';
import { OFFICE_OPENERS, officePhrase, possessiveNominal } from './officePhrases.js';
import { addressedByPatronymic, bodyInsideNominal, withoutMiddleNames } from './nameForms.js';
import { absorbOrganisationTitles, countryOfModifier, genderOfTitle, joinedArticle, titleStart } from './nameTitles.js';
import { isCapitalised, type Token } from './tokens.js';
import * as people from './personNames.js';
import { bareRoleNoun } from './bareRoleNouns.js';
import {
  DEMONYM,
  ROLE_NOUNS,
  ROLE_NOUN_FIRST_WORDS,
  TokenFacts,
  followedByName,
  longestMatch,
  pronounOrDeterminer,
  startsUpper,
  wordIndex,
} from './wordFacts.js';

export type { RawMention } from './mentionKinds.js';
export { discoveredId } from './discoveredNames.js';
export { absorbOrganisationTitles, countryOfModifier, titleStart } from './nameTitles.js';

export const DOCUMENT_NOUN_SET = new Set(DOCUMENT_NOUNS);

export interface MentionScan {
  readonly mentions: readonly RawMention[];
  readonly discovered: readonly Actor[];
}

const LOWER_OFFICE_OPENERS = new Set(['deputy', 'foreign', 'prime', 'defence', 'defense', 'leaders', 'presidents', 'premiers']);
const LOWER_OFFICE_FIRST_UNITS = new Set([...LOWER_OFFICE_OPENERS].map((w) => w.charCodeAt(0)));
/**
 * Capitalised words that may open an office phrase: a demonym, a plural office ("Foreign ministers of …")
 * or a country. One set, asked once per capitalised word: three lookups of every such word were a
 * seventh of the cost of finding mentions.
 */
const CAPITALISED_OFFICE_OPENERS = new Set(
  [...DEMONYM.keys(), ...OFFICE_OPENERS, ...Object.keys(COUNTRY_NAMES)].filter((w) => startsUpper(w)),
);
const BARE_PLURAL_OFFICE = /^(?:deputy\s+)?(?:(?:foreign|prime|defen[cs]e)\s+)?(?:ministers|premiers|presidents|leaders)\s+of\s+\p{Lu}/u;

export function findMentions(text: string, tokens: readonly Token[], lexicon: ActorLexicon): MentionScan {
  const facts = new TokenFacts(text, tokens);
  const { words, joined } = facts;
  const names = wordIndex(lexicon.names);
  const metonyms = wordIndex(lexicon.metonyms);
  const nominals = wordIndex(lexicon.nominals);
  const mentions: RawMention[] = [];
  const taken = new Uint8Array(tokens.length); // tokens already part of a mention or a title
  const discovered = new Map<ActorId, Actor>();
  const discoveredSurnames = new Map<string, ActorId>();
  // Where the names of people start and end: "A B and C D", one of them a person, makes the other one too
  const personStarts = new Set<number>();
  const personEnds = new Set<number>();
  // Capitalised words that stand right before a speech verb somewhere ("Ardzinba said"): a two-word run ending
  // (or, for names written surname first, "Wang Yi", starting) with one is a person named in full.
  const speaksElsewhere = people.speechAfter(text);
  // "Park Jin … Park said", "Yoshimasa Hayashi … Hayashi said": a dictionary person named in full answers to the
  // last word of that name, and to the first where it speaks on its own, though the dictionary lists only full names
  const namedSurnames = new Map<string, { entries: NameEntry[]; first: boolean }>(); // a first word: only where it speaks alone

  // 1. Dictionary names (longest first), with the title words just before them.
  for (let i = 0; i < tokens.length; i++) {
    const hit = longestMatch(facts, i, names, false);
    if (!hit) continue;
    const { entries, last } = hit;
    // "Vardan Sargsian" is not the dictionary's Hovik Sargsian: a first name the actor never goes by, right
    // before a surname, makes someone else (discovered below with the full name)
    if (
      i > 0 &&
      facts.joined[i] &&
      entries.every((e) => e.surnameOnly) &&
      facts.isNameWord(i - 1) &&
      !entries.some((e) => knownFirstName(lexicon, e.actor, words[i - 1]!))
    )
      continue;
    // "Petro Poroshenko", "Anwar Gargash": a surname the dictionary knows, as the first name of someone else
    if (
      last + 1 < tokens.length &&
      facts.joined[last + 1] &&
      entries.every((e) => e.surnameOnly) &&
      facts.isNameWord(last + 1) &&
      looksLikePersonContext(text, tokens, i, last + 1)
    )
      continue;
    const titleFrom = titleStart(facts, i);
    for (let k = titleFrom; k <= last; k++) taken[k] = 1;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    if (entries.some((e) => lexicon.dictionary.byId.get(e.actor)?.kind === 'person')) {
      personStarts.add(start);
      personEnds.add(end);
      if (last > i && entries.length === 1 && !entries[0]!.surnameOnly) {
        const one = [{ words: [words[last]!], actor: entries[0]!.actor, surnameOnly: true }];
        namedSurnames.set(words[last]!, { entries: one, first: false });
        if (!namedSurnames.has(words[i]!)) namedSurnames.set(words[i]!, { entries: [{ ...one[0]!, words: [words[i]!] }], first: true });
      }
    }
    mentions.push(
      titleFrom < i
        ? { kind: 'name', start, end, entries, title: { start: tokens[titleFrom]!.start, end: tokens[i - 1]!.end } }
        : { kind: 'name', start, end, entries },
    );
    i = last;
  }
  // 2. Names the dictionary does not have, when their context makes them people.
  const headlineEnd = titleCaseHeadlineEnd(text, tokens);
  const single: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const run = personRun(facts, i, taken);
    if (!run) {
      if (startsUpper(words[i]!) && people.titledSingleName(text, facts, i, taken, headlineEnd)) single.push(i); // "President Museveni"
      continue;
    }
    const { from, to } = run;
    const titleFrom = titleStart(facts, from);
    // "US Envoy Says It Will Facilitate Talks": in a Title Case headline every word looks like a name; a
    // name there without a title is someone only if the article names them (their last word) again
    if (titleFrom === from && tokens[from]!.start < headlineEnd && !text.includes(words[to]!, headlineEnd)) {
      i = to;
      continue;
    }
    const lowerTitle = from > 0 && LOWER_TITLE.test(words[from - 1]!) && joined[from] === 1;
    if (!(
      titleFrom < from ||
      lowerTitle ||
      looksLikePersonContext(text, tokens, from, to) ||
      speaksElsewhere(words[to]!) ||
      speaksElsewhere(words[from]!) ||
      people.coordinatedWithPerson(facts, text, tokens, taken, personStarts, personEnds, from, to) ||
      (to - from <= 2 && GIVEN_NAMES.has(words[from]!))
    )) {
      i = to;
      continue;
    }
    const name = text.slice(tokens[from]!.start, tokens[to]!.end);
    // "Mevlüt Çavuşoglu": a dictionary person's full name with other diacritics is that person
    const known =
      lexicon.foldedNames.get(foldName(name)) ??
      (to === from + 1
        ? (misspeltDictionaryName(lexicon, words[from]!, words[to]!) ??
          addressedByPatronymic(text, mentions, discovered, words[from]!, words[to]!))
        : withoutMiddleNames(lexicon, words, from, to));
    const id = known ?? discoveredId(name);
    const surname = words[to]!;
    if (!known && !discovered.has(id)) {
      // ("Ramaphosa's spokeswoman Khusela Diko": a title in lower case describes her too)
      const description =
        titleFrom < from
          ? text.slice(tokens[titleFrom]!.start, tokens[from - 1]!.end)
          : (appositiveRole(text, tokens[to]!.end) ??
            (lowerTitle ? words[from - 1] : undefined) ??
            titleBeforeComma(text, tokens[from]!.start));
      const country = description ? countryIn(description) : undefined;
      const gender = description ? genderOfTitle(description) : undefined;
      discovered.set(id, {
        id,
        kind: 'person',
        name,
        aliases: [
          name,
          surname,
          // "Badr Al-Busaidi" is also written "Busaidi" and, joined, "Albusaidi" / "Badr Albusaidi"
          ...(/^(?:Al|El|al|el)-\p{Lu}\p{L}{2,}$/u.test(surname) ? [surname.slice(3), ...joinedArticle(name, surname)] : []),
          // "Hayashi Yoshimasa … Hayashi said": the family name first, as East Asian names are often written;
          // the given-name-first form names the same person
          ...(to === from + 1 && speaksElsewhere(words[from]!) && !speaksElsewhere(surname) ? [`${surname} ${words[from]!}`] : []),
        ],
        nominals: [],
        metonyms: [],
        roles: [],
        origin: 'discovered',
        ...(description ? { description } : {}),
        ...(country ? { country } : {}),
        ...(gender ? { gender } : {}),
      });
    }
    discoveredSurnames.set(surname, id);
    // "Janez Lenarčič … Lenarcic added": the surname without its diacritics names him too
    const plain = plainLetters(surname);
    if (plain !== surname && !discoveredSurnames.has(plain)) discoveredSurnames.set(plain, id);
    // "Ayman Al-Safadi … Safadi said": the surname without its article names him too
    const bare = /^(?:Al|El|al|el)-(\p{Lu}\p{L}{2,})$/u.exec(surname)?.[1];
    if (bare && !discoveredSurnames.has(bare)) discoveredSurnames.set(bare, id);
    if (to === from + 1 && speaksElsewhere(words[from]!) && !discoveredSurnames.has(words[from]!)) discoveredSurnames.set(words[from]!, id);
    for (let k = titleFrom; k <= to; k++) taken[k] = 1;
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    personEnds.add(end);
    mentions.push(
      titleFrom < from
        ? { kind: 'discovered', start, end, actor: id, title: { start: tokens[titleFrom]!.start, end: tokens[from - 1]!.end } }
        : { kind: 'discovered', start, end, actor: id },
    );
    i = to;
  }
  for (const k of single)
    if (!taken[k] && !namedSurnames.has(words[k]!))
      mentions.push(people.titledSingleMention(text, facts, k, taken, discovered, discoveredSurnames));
  people.surnamesOfPeopleNamedInFull(text, mentions, discoveredSurnames); // "Kamran Aliyev … Aliyev added"
  // 3. Everything else, one token at a time.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const tok = tokens[i]!;
    const word = words[i]!;
    // a discovered surname ends a run of name words, so it is capitalised: most words need no lookup
    const surnameOf = discoveredSurnames.size > 0 && isCapitalised(word) ? discoveredSurnames.get(word) : undefined;
    if (surnameOf) {
      mentions.push({ kind: 'discovered', start: tok.start, end: tok.end, actor: surnameOf });
      continue;
    }
    const known = namedSurnames.size > 0 && isCapitalised(word) ? namedSurnames.get(word) : undefined;
    const named = known && (!known.first || speaksElsewhere(word)) ? known.entries : undefined;
    if (named) {
      mentions.push({ kind: 'name', start: tok.start, end: tok.end, entries: named });
      continue;
    }
    const misspelt = word.length >= 5 && isCapitalised(word) ? misspeltSurname(text, tokens, i, mentions, lexicon, discovered) : null;
    if (misspelt) {
      mentions.push(misspelt);
      continue;
    }
    // "Armenia's prime minister", "Armenian and Azerbaijani leaders": before metonyms, which hold country names
    // ("According to X, deputy premiers of Russia, Armenia and Azerbaijan will meet": a plural office with no article)
    // (a lower-case word's first letter rules most words out; "Bright Armenia's leader" opens no office)
    const opensOffice = startsUpper(word)
      ? CAPITALISED_OFFICE_OPENERS.has(word) && !(COUNTRY_NAMES[word] && people.insideLongerName(facts, i))
      : LOWER_OFFICE_FIRST_UNITS.has(word.charCodeAt(0)) &&
        LOWER_OFFICE_OPENERS.has(word) &&
        BARE_PLURAL_OFFICE.test(text.slice(tok.start, tok.start + 40));
    if (opensOffice) {
      // ("Russia's foreign ministry spokeswoman": a role the dictionary names, after a country's possessive)
      const offices = officePhrase(facts, text, i, taken) ?? possessiveNominal(facts, text, i, nominals, taken);
      if (offices) {
        mentions.push(...offices.mentions);
        i = offices.last;
        continue;
      }
    }
    const bare = startsUpper(word) ? bareRoleNoun(facts, text, i, taken) : null; // "Ambassador highlighted …"
    if (bare) {
      mentions.push(bare.mention);
      i = bare.last;
      continue;
    }
    const metonym = longestMatch(facts, i, metonyms, false);
    if (metonym) {
      // "Azerbaijan's ambassador to France, X, said": the place of a post is no actor there; nor is a country ending a
      // longer name ("Prosperous Armenia", "Transparency International Georgia")
      if (!people.placeOfPost(facts, i) && !people.insideLongerName(facts, i))
        mentions.push({ kind: 'metonym', start: tok.start, end: tokens[metonym.last]!.end, entries: metonym.entries });
      i = metonym.last;
      continue;
    }
    // Only pronouns and determiners go on: a lookup of the word as written, not a lower-casing of every word.
    const lower = pronounOrDeterminer(word);
    if (lower === undefined) continue;
    if (lower === 'he' || lower === 'she') {
      mentions.push({ kind: 'pronoun', start: tok.start, end: tok.end, gender: lower === 'he' ? 'm' : 'f' });
      continue;
    }
    // Determiner-led phrases: nominals from the dictionary, documents, role nouns.
    let demonymFirst = i + 1 < words.length && DEMONYM.get(words[i + 1]!) ? 1 : 0;
    let nominal = longestMatch(facts, i + 1 + demonymFirst, nominals, true);
    // "the EU's foreign policy chief", "the EU foreign policy chief": a nominal may itself open with the adjective
    const whole = demonymFirst && !nominal ? longestMatch(facts, i + 1, nominals, true) : null;
    if (whole) [nominal, demonymFirst] = [whole, 0];
    // (not the title of a name: "the President of Turkey Recep Tayyip Erdogan")
    // ("the press secretary of the U.S. Embassy" is not the holder of "the press secretary": a phrase of its own)
    const ofSomething =
      nominal &&
      facts.lower(nominal.last + 1) === 'of' &&
      /^\s*(?:the\s+)?\p{Lu}/u.test(text.slice(tokens[nominal.last + 1]!.end, tokens[nominal.last + 1]!.end + 12));
    if (
      nominal &&
      lower === 'the' &&
      (!taken[i + 1] || bodyInsideNominal(mentions, tokens, lexicon, i + 1, nominal.last)) &&
      !ofSomething &&
      !followedByName(facts, nominal.last, taken)
    ) {
      const phrase = text.slice(tokens[i + 1 + demonymFirst]!.start, tokens[nominal.last]!.end);
      const country = countryOfModifier(words, i + 1, nominal.last);
      mentions.push({
        kind: 'nominal',
        start: tok.start,
        end: tokens[nominal.last]!.end,
        entries: nominal.entries,
        phrase,
        ...(country ? { country } : {}),
      });
      i = nominal.last;
      continue;
    }
    if (i + 1 >= words.length || !joined[i + 1]) continue;
    // "the statement", "a joint statement", "the ministry's statement"
    let j = i + 1;
    if (j < words.length && /^(joint|official|written|separate|latest|new)$/i.test(words[j]!)) j++;
    if (j < words.length && DOCUMENT_NOUN_SET.has(facts.lower(j)!) && lower !== 'a') {
      mentions.push({ kind: 'document', start: tok.start, end: tokens[j]!.end });
      i = j;
      continue;
    }
    const possessive = lower === 'his' || lower === 'her';
    if (lower !== 'the' && !possessive && lower !== 'their') continue;
    // "… after the former was elected", "the latter congratulated him": one of the two people just named
    if (lower === 'the' && (facts.lower(i + 1) === 'former' || facts.lower(i + 1) === 'latter') && standsAlone(facts, i + 2)) {
      mentions.push({ kind: 'roleNoun', start: tok.start, end: tokens[i + 1]!.end, noun: facts.lower(i + 1)! });
      i++;
      continue;
    }
    // "the foreign ministers of Russia, Armenia and Azerbaijan", "his Armenian and Azerbaijani counterparts"
    const offices = officePhrase(facts, text, i, taken);
    if (offices) {
      mentions.push(...offices.mentions);
      i = offices.last;
      continue;
    }
    if (lower === 'their') continue;
    // "the minister", "the American official", "his Turkish counterpart"
    let k = i + 1;
    let country: string | undefined;
    // "the top Iranian diplomat": an adjective may stand before the demonym
    const rankWord = facts.lower(k);
    const rank =
      (rankWord === 'top' || rankWord === 'chief' || rankWord === 'senior') && DEMONYM.get(words[k + 1] ?? '') ? rankWord : undefined;
    if (rank) k++;
    const pair = TWO_WORD_DEMONYMS.get(`${words[k]!} ${words[k + 1] ?? ''}`);
    const demonym = pair ?? DEMONYM.get(words[k]!);
    if (demonym) {
      country = demonym;
      k += pair ? 2 : 1;
    }
    const w1 = facts.lower(k);
    const w2 = facts.lower(k + 1);
    // "The Azerbaijani side also underlined": that country's party to the talks
    if (w1 === 'side' && country && lower === 'the' && !taken[k]) {
      mentions.push({ kind: 'roleNoun', start: tok.start, end: tokens[k]!.end, noun: 'side', country });
      i = k;
      continue;
    }
    // the two-word noun is spelt out only when its first word can start one
    const two = w1 && w2 && ROLE_NOUN_FIRST_WORDS.has(w1) ? `${w1} ${w2}` : '';
    const nounEnd = ROLE_NOUNS.has(two) ? k + 1 : w1 && ROLE_NOUNS.has(w1) ? k : -1;
    if (nounEnd < 0 || taken[nounEnd] || followedByName(facts, nounEnd, taken)) continue;
    if (possessive && w1 !== 'counterpart') continue;
    // "the president of France" stays a role noun; "the head of the mission" too: the noun decides.
    const noun = nounEnd > k ? two : rank && ROLE_NOUNS.has(`${rank} ${w1}`) ? `${rank} ${w1}` : w1!;
    mentions.push({ kind: 'roleNoun', start: tok.start, end: tokens[nounEnd]!.end, noun, ...(country ? { country } : {}) });
    i = nounEnd;
  }
  mentions.sort((a, b) => a.start - b.start);
  absorbOrganisationTitles(text, mentions, lexicon);
  // A lone common-word surname ("Price") names the person only after the full name has been given.
  const seenFull = new Set<ActorId>();
  const kept = mentions.filter((m) => {
    if (m.kind !== 'name') return true;
    if (m.entries.some((e) => !e.surnameOnly)) {
      for (const e of m.entries) seenFull.add(e.actor);
      return true;
    }
    const word = text.slice(m.start, m.end);
    return !COMMON_WORD_SURNAMES.has(word) || m.entries.some((e) => seenFull.has(e.actor));
  });
  return { mentions: kept, discovered: [...discovered.values()] };
}
