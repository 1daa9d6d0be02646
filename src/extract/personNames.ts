// People's names found by what stands beside them. One name word right after a person's title: "Ugandan President
// Museveni said", "Foreign Minister Sugiono met …", "Senator Menendez urged …": news often names a head of state, a
// minister or a lawmaker by the title and the surname alone, and some people have one name only; a run of two name
// words (personRun) never finds them. A name joined by "and" to a person's name.
import type { Actor, ActorId } from '../model.js';
import { countryIn, discoveredId, looksLikePersonContext, personRun, SPEECH } from './discoveredNames.js';
import { GIVEN_NAMES } from './givenNames.js';
import { COUNTRY_NAMES, DEMONYMS, NOT_NAME_WORDS, TITLE_WORDS } from './lexicon.js';
import type { RawMention } from './mentionKinds.js';
import { genderOfTitle, titleStart } from './nameTitles.js';
import { isCapitalised, onlySpaceBetween, type Token } from './tokens.js';
import { isShortAcronym, type TokenFacts } from './wordFacts.js';

/** Titles some outlets write in lower case ("Ugandan president Museveni", "Foreign minister Sugiono"). */
const LOWER_HEADS = new Set(['president', 'minister', 'chancellor', 'premier', 'senator', 'ambassador', 'envoy', 'mayor', 'governor']);

/** A lower-case title at token `k` after a capitalised word joined to it (a nationality, a title's first word). */
function lowerHead(facts: TokenFacts, k: number): boolean {
  return LOWER_HEADS.has(facts.words[k]!) && k > 0 && facts.joined[k] === 1 && isCapitalised(facts.words[k - 1]!);
}

/** "Mr. Chinh", "Dr. Haddad": an abbreviated title's full stop, then only spaces before the name at token `i`. */
function afterAbbreviation(text: string, facts: TokenFacts, i: number): boolean {
  const end = facts.tokenEnd(i - 1);
  return ABBREVIATED.has(facts.words[i - 1]!) && text.charCodeAt(end) === 46 && onlySpaceBetween(text, end + 1, facts.tokenStart(i));
}

const ABBREVIATED = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gen']);

/** Title words that end a title right before a person's name: the person's own office or form of address. */
const HEAD_TITLES = new Set(
  `President Minister Chancellor Premier Senator Sen. Congressman Congresswoman Ambassador Envoy Mayor Governor
  Secretary Speaker Spokesman Spokeswoman Spokesperson Commissioner Ombudsman Chairman Chairwoman King Queen Emir
  Sultan Pope Patriarch Catholicos Archbishop Bishop Mr Mrs Ms Dr Prof Sen Rep Gen President-elect`.split(/\s+/),
);

/**
 * Whether token `i` is one name word standing alone after a person's title ("President Museveni"): not part of a
 * longer run of capitalised words ("Foreign Minister Level Meeting"), not a country, not a given name alone (the
 * title before "Emir Tamim" is that of someone the dictionary names in full), and not in a Title Case headline.
 */
export function titledSingleName(text: string, facts: TokenFacts, i: number, taken: Uint8Array, headlineEnd: number): boolean {
  const { words, joined } = facts;
  const word = words[i]!;
  // (most tokens fail on their first letter or the word before, before any lookup of their own)
  if (i === 0 || !isCapitalised(word) || !(HEAD_TITLES.has(words[i - 1]!) || lowerHead(facts, i - 1))) return false;
  if (!(joined[i] || afterAbbreviation(text, facts, i))) return false;
  if (word.length < 3 || !facts.isNameWord(i) || GIVEN_NAMES.has(word) || COUNTRY_NAMES[word]) return false;
  if (i + 1 < words.length && joined[i + 1] && isCapitalised(words[i + 1]!)) return false;
  return facts.tokenStart(i) >= headlineEnd;
}

/**
 * The mention of the name at token `i` (see titledSingleName): the person the article names in full with that
 * surname ("Yoweri Museveni … President Museveni"), else a person discovered under the one word, described by the
 * title. Marks the title and the name taken.
 */
export function titledSingleMention(
  text: string,
  facts: TokenFacts,
  i: number,
  taken: Uint8Array,
  discovered: Map<ActorId, Actor>,
  discoveredSurnames: Map<string, ActorId>,
): RawMention {
  const word = facts.words[i]!;
  // ("Mr. Chinh": the full stop parts the title from the name, and the title run, from the name)
  // (a title in lower case is no title word: the one word before the name is the title then)
  const run = facts.joined[i] ? titleStart(facts, i) : i - 1;
  const from = run === i ? i - 1 : run;
  const title = text.slice(facts.tokenStart(from), facts.tokenEnd(i - 1));
  let id = discoveredSurnames.get(word);
  if (!id) {
    id = discoveredId(word);
    if (!discovered.has(id)) {
      const country = countryIn(title);
      const gender = genderOfTitle(title);
      discovered.set(id, {
        id,
        kind: 'person',
        name: word,
        aliases: [word],
        nominals: [],
        metonyms: [],
        roles: [],
        origin: 'discovered',
        description: title,
        ...(country ? { country } : {}),
        ...(gender ? { gender } : {}),
      });
    }
    discoveredSurnames.set(word, id);
  }
  for (let k = from; k <= i; k++) taken[k] = 1;
  const start = facts.tokenStart(i);
  return {
    kind: 'discovered',
    start,
    end: facts.tokenEnd(i),
    actor: id,
    title: { start: facts.tokenStart(from), end: facts.tokenEnd(i - 1) },
  };
}

const AND_BEFORE = /,? and $/;
const AND_AFTER = /^,? and /;

/**
 * "the cases of Archil Tatunashvili and David Basharuli", "Sergey Shamba and Ahsar Dzhioyev": a name (tokens `from` to
 * `to`) joined by "and" to a person's name (the dictionary's, one found before, or one ending in a surname of the region).
 */
export function coordinatedWithPerson(
  facts: TokenFacts,
  text: string,
  tokens: readonly Token[],
  taken: Uint8Array,
  personStarts: ReadonlySet<number>,
  personEnds: ReadonlySet<number>,
  from: number,
  to: number,
): boolean {
  const start = facts.tokenStart(from);
  const before = AND_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  if (before && personEnds.has(start - before[0].length)) return true;
  const end = facts.tokenEnd(to);
  const after = AND_AFTER.exec(text.slice(end, end + 6));
  if (!after || to + 2 >= facts.words.length) return false;
  if (personStarts.has(end + after[0].length)) return true;
  const next = personRun(facts, to + 2, taken);
  return !!next && facts.tokenStart(next.from) === end + after[0].length && looksLikePersonContext(text, tokens, next.from, next.to);
}

/** Posts held in or towards a place: "ambassador to France", "the embassy in Baku", "envoy to the United States". */
const POSTS = new Set([
  'ambassador',
  'ambassadors',
  'envoy',
  'envoys',
  'embassy',
  'embassies',
  'consul',
  'consulate',
  'representative',
  'mission',
]);

/** Whether the place at token `i` is where a post is held ("ambassador to France"): a place, not an actor, there. */
export function placeOfPost(facts: TokenFacts, i: number): boolean {
  let k = i - 1;
  if (k > 0 && facts.lower(k) === 'the') k--;
  if (k < 1) return false;
  const joiner = facts.lower(k);
  return (joiner === 'to' || joiner === 'in') && POSTS.has(facts.lower(k - 1)!);
}

/**
 * Whether the place at token `i` ends a longer capitalised name ("Prosperous Armenia", "Transparency International
 * Georgia", "Visiting Baku"): the word before is capitalised and no determiner, title, nationality or acronym
 * ("Official Baku", "Russian Moscow" stand for the government).
 */
export function insideLongerName(facts: TokenFacts, i: number): boolean {
  if (i === 0 || !facts.joined[i]) return false;
  const w = facts.words[i - 1]!;
  return isCapitalised(w) && !NOT_NAME_WORDS.has(w) && !TITLE_WORDS.has(w) && !DEMONYMS[w] && !isShortAcronym(w);
}

/**
 * "Kamran Aliyev … Aliyev added", "Ahmet Erdogan … Erdogan said": a lone surname the dictionary knows is the person the
 * article named in full with it, when that was more recent than any naming of the dictionary's bearer in full or with a
 * title ("President Erdogan"), and the surname has no title of its own. Rewrites those mentions of `mentions` in place.
 */
export function surnamesOfPeopleNamedInFull(text: string, mentions: RawMention[], discoveredSurnames: ReadonlyMap<string, ActorId>): void {
  if (discoveredSurnames.size === 0) return;
  // most articles have no lone dictionary surname that a discovered person also bears: one look, nothing built
  let shared = false;
  for (const m of mentions)
    if (m.kind === 'name' && !m.title && m.entries[0]!.surnameOnly && discoveredSurnames.has(m.entries[0]!.words[0]!)) {
      shared = true;
      break;
    }
  if (!shared) return;
  // where each person was last named before an offset: dictionary people in full or titled, discovered ones at all
  const namedAt: { actor: ActorId; start: number }[] = [];
  for (const m of mentions) {
    if (m.kind === 'name' && (m.title || m.entries.some((e) => !e.surnameOnly)))
      for (const e of m.entries) namedAt.push({ actor: e.actor, start: m.start });
    else if (m.kind === 'discovered') namedAt.push({ actor: m.actor, start: m.start });
  }
  const lastBefore = (actor: ActorId, at: number): number => {
    let last = -1;
    for (const n of namedAt) if (n.actor === actor && n.start < at && n.start > last) last = n.start;
    return last;
  };
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind !== 'name' || m.title || !m.entries.every((e) => e.surnameOnly)) continue;
    const id = discoveredSurnames.get(text.slice(m.start, m.end));
    if (id === undefined) continue;
    const discoveredLast = lastBefore(id, m.start);
    if (discoveredLast >= 0 && m.entries.every((e) => lastBefore(e.actor, m.start) < discoveredLast))
      mentions[k] = { kind: 'discovered', start: m.start, end: m.end, actor: id };
  }
}

/**
 * Whether a word of `text` stands right before a speech verb somewhere in it ("Ardzinba said"), remembered per
 * word: each answer scans the whole text, and a name is asked about at every occurrence.
 */
export function speechAfter(text: string): (word: string) => boolean {
  const speakers = new Map<string, boolean>();
  // (a declaration, not an arrow in a const: tsx's esbuild keepNames renames such arrows each time they are made)
  return speaksElsewhere;
  function speaksElsewhere(word: string): boolean {
    const known = speakers.get(word);
    if (known !== undefined) return known;
    let speaks = false;
    // the word's own occurrences, each followed by a space and a speech verb
    for (let at = text.indexOf(word); at >= 0 && !speaks; at = text.indexOf(word, at + word.length)) {
      const next = /^ ([a-z]+)\b/.exec(text.slice(at + word.length, at + word.length + 16));
      speaks = !!next && SPEECH.has(next[1]!) && !/[\p{L}]/u.test(text.charAt(at - 1));
    }
    speakers.set(word, speaks);
    return speaks;
  }
}
