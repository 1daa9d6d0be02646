// Where actors are named: dictionary names, generic nominals, metonyms, pronouns, documents, and
// names the dictionary does not know (discovered from their context: a title, a role, a speech verb).
import type { Actor, ActorId, Span } from '../model.js';
import type { ActorLexicon, NameEntry, NominalEntry } from './actorLexicon.js';
import {
  COMMON_WORD_SURNAMES,
  COUNTRY_NAMES,
  DEMONYMS,
  DOCUMENT_NOUNS,
  NOT_NAME_WORDS,
  ORG_WORDS,
  PLACES,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './lexicon.js';
import { OFFICE_FIRST_WORDS, officeNounAt, type OfficeKind } from './offices.js';
import { isCapitalised, isUpper, onlySpaceBetween, type Token } from './tokens.js';

export type RawMention =
  | (Span & { readonly kind: 'name'; readonly entries: readonly NameEntry[]; readonly title?: Span })
  | (Span & { readonly kind: 'discovered'; readonly actor: ActorId; readonly title?: Span })
  | (Span & { readonly kind: 'nominal'; readonly entries: readonly NominalEntry[]; readonly phrase: string; readonly country?: string })
  | (Span & { readonly kind: 'metonym'; readonly entries: readonly NameEntry[] })
  | (Span & { readonly kind: 'pronoun'; readonly gender: 'm' | 'f' })
  | (Span & { readonly kind: 'document' })
  | (Span & { readonly kind: 'roleNoun'; readonly noun: string; readonly country?: string })
  /** An office named by country ("Armenia's prime minister"); one mention per country of a list ("the foreign ministers of A, B and C"). */
  | (Span & { readonly kind: 'office'; readonly office: OfficeKind; readonly country: string });

const DOCUMENT_NOUN_SET = new Set(DOCUMENT_NOUNS);
const PARTICLES = new Set([
  'de',
  'von',
  'van',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'el',
  'da',
  'di',
  'du',
  'le',
  'la',
  'dos',
  'ter',
  'Al',
  'El',
]);
const CONTACT_VERBS = new Set([
  'met',
  'meets',
  'spoke',
  'speaks',
  'held',
  'holds',
  'hosted',
  'hosts',
  'received',
  'receives',
  'called',
  'visited',
  'visits',
  'phoned',
  'will',
  'is',
  'was',
  'has',
  'had',
]);
const SPEECH = new Set(SPEECH_VERBS);
/** Role nouns that refer back to a person named earlier: "the minister", "the American official". */
const ROLE_NOUNS = new Set([
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'president',
  'premier',
  'official',
  'diplomat',
  'envoy',
  'ambassador',
  'chancellor',
  'leader',
  'ombudsman',
  'representative',
  'adviser',
  'advisor',
  'mediator',
  'negotiator',
  'commissioner',
  'chairman',
  'chairperson',
  'chair',
  'speaker',
  'head',
  'counterpart',
  'prime minister',
  'foreign minister',
  'cleric',
  'archbishop',
  'governor',
  'mayor',
  'analyst',
  'expert',
  'ombudsman',
  'lawmaker',
  'source',
  'deputy minister',
  'top diplomat',
  'chief diplomat',
]);

/** The first words of the two-word role nouns ("prime" of "prime minister"). */
const ROLE_NOUN_FIRST_WORDS = new Set([...ROLE_NOUNS].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]!));

export interface MentionScan {
  readonly mentions: readonly RawMention[];
  readonly discovered: readonly Actor[];
}

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
    const titleFrom = titleStart(facts, i);
    for (let k = titleFrom; k <= last; k++) taken[k] = 1;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    mentions.push(
      titleFrom < i
        ? { kind: 'name', start, end, entries, title: { start: tokens[titleFrom]!.start, end: tokens[i - 1]!.end } }
        : { kind: 'name', start, end, entries },
    );
    i = last;
  }
  // Capitalised words that stand right before a speech verb somewhere ("Ardzinba said"): a two-word run ending
  // (or, for names written surname first, "Wang Yi", starting) with one is a person named in full.
  let speakers: Set<string> | undefined;
  // 2. Names the dictionary does not have, when their context makes them people.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const run = personRun(facts, i, taken);
    if (!run) continue;
    const { from, to } = run;
    const titleFrom = titleStart(facts, from);
    const lowerTitle = from > 0 && LOWER_TITLE.test(words[from - 1]!) && joined[from] === 1;
    if (!(
      titleFrom < from ||
      lowerTitle ||
      looksLikePersonContext(text, tokens, from, to) ||
      speaksElsewhere(words[to]!) ||
      speaksElsewhere(words[from]!)
    )) {
      i = to;
      continue;
    }
    const name = text.slice(tokens[from]!.start, tokens[to]!.end);
    const id = discoveredId(name);
    const surname = words[to]!;
    if (!discovered.has(id)) {
      const description =
        titleFrom < from ? text.slice(tokens[titleFrom]!.start, tokens[from - 1]!.end) : appositiveRole(text, tokens[to]!.end);
      const country = description ? countryIn(description) : undefined;
      const gender =
        description && /\b(?:spokeswoman|chairwoman|congresswoman|Mrs|Ms|Madam|Queen|Baroness|Dame)\b/.test(description) ? 'f' : undefined;
      discovered.set(id, {
        id,
        kind: 'person',
        name,
        aliases: [name, surname],
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
    if (to === from + 1 && speaksElsewhere(words[from]!) && !discoveredSurnames.has(words[from]!)) discoveredSurnames.set(words[from]!, id);
    for (let k = titleFrom; k <= to; k++) taken[k] = 1;
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    mentions.push(
      titleFrom < from
        ? { kind: 'discovered', start, end, actor: id, title: { start: tokens[titleFrom]!.start, end: tokens[from - 1]!.end } }
        : { kind: 'discovered', start, end, actor: id },
    );
    i = to;
  }
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
    const misspelt = word.length >= 5 && isCapitalised(word) ? misspeltSurname(text, tokens, i, mentions, lexicon, discovered) : null;
    if (misspelt) {
      mentions.push(misspelt);
      continue;
    }
    // "Armenia's prime minister", "Armenian and Azerbaijani leaders": before metonyms, which hold country names
    if (startsUpper(word) && (DEMONYM.get(word) || OFFICE_OPENERS.has(word) || COUNTRY_NAMES[word])) {
      const offices = officePhrase(facts, text, i, taken);
      if (offices) {
        mentions.push(...offices.mentions);
        i = offices.last;
        continue;
      }
    }
    const metonym = longestMatch(facts, i, metonyms, false);
    if (metonym) {
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
    const demonymFirst = i + 1 < words.length && DEMONYM.get(words[i + 1]!) ? 1 : 0;
    const nominal = longestMatch(facts, i + 1 + demonymFirst, nominals, true);
    // (not the title of a name: "the President of Turkey Recep Tayyip Erdogan")
    // ("the press secretary of the U.S. Embassy" is not the holder of "the press secretary": a phrase of its own)
    const ofSomething =
      nominal &&
      facts.lower(nominal.last + 1) === 'of' &&
      /^\s*(?:the\s+)?\p{Lu}/u.test(text.slice(tokens[nominal.last + 1]!.end, tokens[nominal.last + 1]!.end + 12));
    if (nominal && lower === 'the' && !taken[i + 1] && !ofSomething && !followedByName(facts, nominal.last, taken)) {
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
    const demonym = DEMONYM.get(words[k]!);
    if (demonym) {
      country = demonym;
      k++;
    }
    const w1 = facts.lower(k);
    const w2 = facts.lower(k + 1);
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

  // (a declaration, not an arrow in a const: tsx's esbuild keepNames renames such arrows each time they are made)
  function speaksElsewhere(word: string): boolean {
    speakers ??= new Set();
    if (speakers.has(word)) return true;
    // the word's own occurrences, each followed by a space and a speech verb
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const next = /^ ([a-z]+)\b/.exec(text.slice(at + word.length, at + word.length + 16));
      if (next && SPEECH.has(next[1]!) && !/[\p{L}]/u.test(text.charAt(at - 1))) {
        speakers.add(word);
        return true;
      }
    }
    return false;
  }
}

/**
 * What the passes ask of each token, answered once per article: they ask the same token the same
 * questions many times over (its words, whether only spaces join it to the one before, its lower
 * case, whether it can be part of a name), and lower-casing or testing every word again on every
 * pass was most of the cost of finding mentions.
 */
class TokenFacts {
  /** The tokens' texts. */
  readonly words: string[];
  /** `joined[k]` is 1 when only spaces (no punctuation, no line break) separate token k-1 from token k. */
  readonly joined: Uint8Array;
  private readonly lowered: (string | undefined)[];
  /** -1 not worked out yet, else 0/1: see `isNameWord`. */
  private readonly nameWords: Int8Array;

  constructor(
    text: string,
    private readonly tokens: readonly Token[],
  ) {
    const n = tokens.length;
    this.words = new Array<string>(n);
    this.joined = new Uint8Array(n);
    this.lowered = new Array<string | undefined>(n);
    this.nameWords = new Int8Array(n).fill(-1);
    for (let k = 0; k < n; k++) {
      const t = tokens[k]!;
      this.words[k] = t.text;
      if (k > 0 && onlySpaceBetween(text, tokens[k - 1]!.end, t.start)) this.joined[k] = 1;
    }
  }

  tokenStart(k: number): number {
    return this.tokens[k]!.start;
  }

  tokenEnd(k: number): number {
    return this.tokens[k]!.end;
  }

  /** The lower-cased word at `k`, or undefined past the last token. */
  lower(k: number): string | undefined {
    if (k >= this.words.length) return undefined;
    return (this.lowered[k] ??= this.words[k]!.toLowerCase());
  }

  isNameWord(k: number): boolean {
    let known = this.nameWords[k]!;
    if (known < 0) this.nameWords[k] = known = isNameWord(this.words[k]!) ? 1 : 0;
    return known === 1;
  }
}

/** "he", "The", "HIS", …: every way of writing the pronouns and determiners, with their lower case. */
const PRONOUNS_AND_DETERMINERS = new Map(
  ['he', 'she', 'the', 'a', 'its', 'his', 'her', 'their'].flatMap((w) => casings(w).map((c) => [c, w] as const)),
);
const PRONOUN_FIRST_UNITS = new Set([...PRONOUNS_AND_DETERMINERS.keys()].map((w) => w.charCodeAt(0)));
const PRONOUN_MAX_LENGTH = Math.max(...[...PRONOUNS_AND_DETERMINERS.keys()].map((w) => w.length));

/** The lower case of a pronoun or determiner, else undefined. */
function pronounOrDeterminer(word: string): string | undefined {
  // length and first letter rule out most words before the Map lookup hashes them (a word's first hash costs most)
  if (word.length > PRONOUN_MAX_LENGTH || !PRONOUN_FIRST_UNITS.has(word.charCodeAt(0))) return undefined;
  return PRONOUNS_AND_DETERMINERS.get(word);
}

/** Every upper/lower-case spelling of an ASCII word. */
function casings(word: string): string[] {
  let out = [''];
  for (const ch of word) out = out.flatMap((prefix) => [prefix + ch.toLowerCase(), prefix + ch.toUpperCase()]);
  return out;
}

/**
 * A lexicon map keyed by first words, with a cheap first test: most words of an article (every
 * lower-case one, for names) start with a letter that no key starts with, and need no Map lookup.
 */
class WordIndex<E> {
  private readonly starts = new Uint8Array(0x10000);

  constructor(private readonly map: ReadonlyMap<string, readonly E[]>) {
    for (const key of map.keys()) this.starts[key.charCodeAt(0)] = 1;
  }

  get(word: string): readonly E[] | undefined {
    return this.starts[word.charCodeAt(0)] ? this.map.get(word) : undefined;
  }

  /**
   * False when no key can start as `word` lower-cased does, told from its first unit before it is
   * lower-cased (ASCII only: a first letter beyond may change more than itself when lower-cased).
   */
  mayHoldLowerCased(word: string): boolean {
    const c = word.charCodeAt(0);
    if (c >= 128) return true;
    return this.starts[c >= 65 && c <= 90 ? c + 32 : c] === 1;
  }
}

const wordIndexes = new WeakMap<ReadonlyMap<string, readonly unknown[]>, WordIndex<unknown>>();

function wordIndex<E>(map: ReadonlyMap<string, readonly E[]>): WordIndex<E> {
  let index = wordIndexes.get(map) as WordIndex<E> | undefined;
  if (!index) wordIndexes.set(map, (index = new WordIndex(map)));
  return index;
}

// A Map, not the null-prototype record: looking up a word that is no property name is cheaper in a Map.
const DEMONYM = new Map(Object.entries(DEMONYMS) as [string, string][]);

/**
 * "Sargsina underlined …" after "Hovik Sargsian": a surname one slip (a letter added, dropped,
 * changed or two swapped) from a person already named, standing where a speaker stands.
 */
function misspeltSurname(
  text: string,
  tokens: readonly Token[],
  i: number,
  earlier: readonly RawMention[],
  lexicon: ActorLexicon,
  discovered: ReadonlyMap<ActorId, Actor>,
): RawMention | null {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || !(SPEECH.has(next.text) || SPEAKER_VERBS.has(next.text)) || !onlySpaceBetween(text, tok.end, next.start)) return null;
  if (NOT_NAME_WORDS.has(tok.text) || PLACES.has(tok.text) || DEMONYMS[tok.text]) return null;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const m = earlier[k]!;
    if (m.start >= tok.start) continue;
    const ids = m.kind === 'name' ? m.entries.map((e) => e.actor) : m.kind === 'discovered' ? [m.actor] : [];
    for (const id of ids) {
      const actor = lexicon.dictionary.byId.get(id) ?? discovered.get(id);
      if (actor?.kind !== 'person') continue;
      const surname = actor.name.split(/\s+/).pop()!;
      const written = text.slice(m.start, m.end).split(/\s+/).pop()!;
      if ([surname, written].some((s) => s !== tok.text && withinOneEdit(s, tok.text))) {
        return m.kind === 'name'
          ? { kind: 'name', start: tok.start, end: tok.end, entries: m.entries.filter((e) => e.actor === id) }
          : { kind: 'discovered', start: tok.start, end: tok.end, actor: id };
      }
    }
  }
  return null;
}

// Verbs after which a lone capitalised word is surely someone's name (not "is", "was": "Baku is").
const SPEAKER_VERBS = new Set(['met', 'spoke', 'held', 'hosted', 'received', 'called', 'also', 'visited']);

/** Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const LOWER_TITLE =
  /^(?:aide|spokes(?:man|woman|person)|minister|envoy|ambassador|adviser|advisor|aide|secretary|president|official|head|chief|director|representative|deputy|chair(?:man|woman|person)?|commissioner|special|senior|foreign|presidential)$/;

/**
 * "European Council President Charles Michel", "State Department spokesman Ned Price": an
 * organisation named as part of a person's title is no actor of its own there.
 */
function absorbOrganisationTitles(text: string, mentions: RawMention[], lexicon: ActorLexicon): void {
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

/**
 * The index entries that match the longest run of tokens from `i` (words compared as written, or
 * lower-cased for nominals), or null.
 */
function longestMatch<E extends { words: readonly string[] }>(
  facts: TokenFacts,
  i: number,
  index: WordIndex<E>,
  lowerCase: boolean,
): { entries: E[]; last: number } | null {
  const { words, joined } = facts;
  if (i >= words.length) return null;
  if (lowerCase && !index.mayHoldLowerCased(words[i]!)) return null;
  const candidates = index.get(lowerCase ? facts.lower(i)! : words[i]!);
  if (!candidates) return null;
  let bestLength = 0;
  let best: E[] = [];
  for (const entry of candidates) {
    const n = entry.words.length;
    if (n < bestLength) break; // sorted longest first
    if (i + n > words.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = (lowerCase ? facts.lower(i + k) : words[i + k]) === entry.words[k] && joined[i + k] === 1;
    if (!ok) continue;
    if (n > bestLength) {
      bestLength = n;
      best = [entry];
    } else best.push(entry);
  }
  return bestLength ? { entries: best, last: i + bestLength - 1 } : null;
}

/** The first token of the title run right before token `i` ("Azerbaijani Foreign Minister", "Foreign Minister of Armenia"). */
function titleStart(facts: TokenFacts, i: number): number {
  const { words, joined } = facts;
  let k = i;
  while (k > 0) {
    if (!joined[k]) break;
    const w = words[k - 1]!;
    if (TITLE_WORDS.has(w) || DEMONYM.get(w) || isShortAcronym(w)) {
      k--;
      continue;
    }
    // "Foreign Minister of Armenia Ararat Mirzoyan", "Secretary of State X": "of" inside a title
    if (isCapitalised(w) && k >= 3 && (words[k - 2] === 'of' || words[k - 2] === 'to') && TITLE_WORDS.has(words[k - 3]!)) {
      k -= 2;
      continue;
    }
    if (w === 'of' && k >= 2 && k < i && TITLE_WORDS.has(words[k - 2]!) && joined[k - 1]) {
      k -= 2;
      continue;
    }
    break;
  }
  return k;
}

/** Two to five ASCII capitals, as /^[A-Z]{2,5}$/ ("EU", "OSCE"). */
function isShortAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 5) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function isNameWord(w: string): boolean {
  if (w.length < 2 || !isCapitalised(w)) return false;
  if (hasAsciiDigit(w) || onlyCapitalsDotsHyphens(w)) return false; // numbers, acronyms
  return !NEVER_NAME_WORDS.has(w);
}

// Every capitalised word isNameWord rules out by list, in one set: one lookup instead of five.
const NEVER_NAME_WORDS = new Set([...NOT_NAME_WORDS, ...TITLE_WORDS, ...ORG_WORDS, ...PLACES, ...Object.keys(DEMONYMS), 'Mr', 'Mrs', 'Ms']);

// Character loops in place of /\d/ and /^[\p{Lu}.-]+$/u: these run on every capitalised word.
function hasAsciiDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function onlyCapitalsDotsHyphens(w: string): boolean {
  for (let i = 0; i < w.length;) {
    const c = w.codePointAt(i)!;
    if (c !== 0x2e && c !== 0x2d && !isUpper(c)) return false;
    i += c > 0xffff ? 2 : 1;
  }
  return true;
}

/** A first letter A–Z, or beyond ASCII (where a capital may stand): most words of an article fail at once. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || c >= 128;
}

/** Whether word `k` is the place that ends a title: "President of Artsakh", "Ambassador to Iran". */
function placeOfTitle(words: readonly string[], k: number): boolean {
  if (k < 2) return false;
  const joiner = words[k - 1];
  if (joiner !== 'of' && joiner !== 'to') return false;
  const title = words[k - 2]!;
  return TITLE_WORDS.has(title) || LOWER_TITLE.test(title.toLowerCase());
}

/** Two to four name words in a row (particles such as "von" allowed inside). */
function personRun(facts: TokenFacts, i: number, taken: Uint8Array): { from: number; to: number } | null {
  const { words, joined } = facts;
  if (!facts.isNameWord(i)) return null;
  // "President of Artsakh Arayik Harutyunyan", "Ambassador to Iran Artashes Toumanian": the place ends a title
  if (placeOfTitle(words, i) && i + 1 < words.length && joined[i + 1] && facts.isNameWord(i + 1)) return null;
  if (
    i > 0 &&
    !taken[i - 1] &&
    joined[i] &&
    isCapitalised(words[i - 1]!) &&
    !TITLE_WORDS.has(words[i - 1]!) &&
    !DEMONYM.get(words[i - 1]!) &&
    !NOT_NAME_WORDS.has(words[i - 1]!) &&
    !placeOfTitle(words, i - 1)
  ) {
    return null; // inside a longer capitalised run that is not a name (an organisation, a place)
  }
  let to = i;
  for (let k = i + 1; k < words.length && k - i < 5; k++) {
    const w = words[k]!;
    if (taken[k] || !joined[k]) break;
    if (PARTICLES.has(w) && k + 1 < words.length && facts.isNameWord(k + 1)) continue;
    if (!facts.isNameWord(k)) {
      if (isCapitalised(w) && (ORG_WORDS.has(w) || PLACES.has(w))) return null; // "Minsk Group", "Black Sea"
      break;
    }
    to = k;
  }
  const length = to - i + 1;
  if (length < 2 || length > 4) return null;
  return { from: i, to };
}

/** A speech or contact verb after the name, or an appositive role: "Karen Smith, the spokeswoman, …". */
/**
 * Surnames of the region by their endings: Armenian -yan/-ian, Azerbaijani and Russian -ov/-ev(a), Georgian
 * -shvili/-dze/-ia, Ukrainian -enko, Turkish -oğlu, Persian -zadeh, Slavic -ski/-sky/-vich. A full name ending so
 * is a person wherever it stands ("talks with Rauf Gasimov", "the delegation of Nino Kalandadze").
 */
const REGIONAL_SURNAME = /(?:[yi]ants?|[yi]an|[oe]va?|yeva?|shvili|dze|[^ai]ia|enko|zade?h?|o[gğ]lu|[oe]vi[cć]h?|sk[iy]|ska)$/;

function looksLikePersonContext(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to > from && REGIONAL_SURNAME.test(tokens[to]!.text) && tokens[to]!.text.length >= 5) return true;
  const after = text.slice(tokens[to]!.end, tokens[to]!.end + 80);
  const nextWord = tokens[to + 1]?.text ?? '';
  const nextNext = tokens[to + 2]?.text ?? '';
  if (
    /^\s+/.test(after) &&
    (SPEECH.has(nextWord) || CONTACT_VERBS.has(nextWord) || (nextWord === 'also' && (SPEECH.has(nextNext) || CONTACT_VERBS.has(nextNext))))
  )
    return true;
  if (appositiveRole(text, tokens[to]!.end)) return true;
  // "…, Gegham Stepanyan, said …": a name set off by commas right before a speech verb
  const setOff = /^,\s+(?:also\s+)?(\p{Ll}+)/u.exec(after);
  if (setOff && SPEECH.has(setOff[1]!) && /,\s*$/.test(text.slice(Math.max(0, tokens[from]!.start - 3), tokens[from]!.start))) return true;
  // "X, for his part, accused …"
  const aside =
    /^,\s+(?:for (?:his|her|their) part|in turn|in response|however|meanwhile|in a statement|on Twitter|on X)\s*,\s+(?:also\s+)?(\p{L}+)/u.exec(
      after,
    );
  if (aside && SPEECH.has(aside[1]!)) return true;
  const before = text.slice(Math.max(0, tokens[from]!.start - 30), tokens[from]!.start);
  return /\b(?:said|told|according to|met(?: with)?|spoke with|talks with|call with|conversation with|received|hosted|by)\s+$/i.test(
    before,
  );
}

/** The role in an appositive after a name: ", US Assistant Secretary of State," / ", the spokeswoman for …". */
function appositiveRole(text: string, end: number): string | undefined {
  const m = /^,\s+((?:the\s+|a\s+|an\s+)?[^,.;“”"]{2,120}?)(?=,|\.|;|\s+(?:said|told|added)\b|$)/.exec(text.slice(end, end + 160));
  if (!m) return undefined;
  const phrase = m[1]!;
  const words = phrase.split(/\s+/);
  const hasTitle = words.some(
    (w) =>
      TITLE_WORDS.has(w) ||
      ROLE_NOUNS.has(w.toLowerCase()) ||
      /^(spokes\w+|minister|envoy|ambassador|adviser|advisor|secretary|president|official|head|chief|director|representative|deputy|chairman|chairwoman|analyst|expert|researcher|professor|scholar|fellow|lawmaker|MP|member|journalist|editor|commentator|activist|founder|economist|politician|candidate|leader|ombudsman|governor|mayor|cleric|archbishop|bishop|aide|negotiator|diplomat|correspondent|columnist|historian)$/i.test(
        w,
      ),
  );
  return hasTitle ? phrase.trim() : undefined;
}

function followedByName(facts: TokenFacts, last: number, taken: Uint8Array): boolean {
  const k = last + 1;
  return k < facts.words.length && !!taken[k] && facts.joined[k] === 1 && isCapitalised(facts.words[k]!);
}

/** The country a title names: "Swiss Foreign Minister", "Head of the … of Switzerland". */
function countryIn(title: string): string | undefined {
  for (const word of title.split(/[\s,]+/)) {
    if (DEMONYMS[word]) return DEMONYMS[word];
    if (COUNTRY_NAMES[word]) return COUNTRY_NAMES[word];
  }
  return undefined;
}

function countryOfModifier(words: readonly string[], from: number, to: number): string | undefined {
  for (let k = from; k <= to; k++) {
    const c = DEMONYM.get(words[k]!);
    if (c) return c;
  }
  return undefined;
}

export function discoveredId(name: string): ActorId {
  const ascii = asciiSlug(name);
  if (ascii !== null) return `new-${ascii}`;
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `new-${slug}`;
}

/**
 * The slug of an all-ASCII name, made in one pass (null for any other name): what normalising,
 * lower-casing and replacing each run of other characters by "-" give, without the expressions,
 * since NFKD leaves ASCII as it is.
 */
function asciiSlug(name: string): string | null {
  let slug = '';
  let dash = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (dash && slug !== '') slug += '-';
      dash = false;
      slug += String.fromCharCode(c);
    } else dash = true;
  }
  return slug;
}

type OfficeMention = Extract<RawMention, { kind: 'office' }>;

/** Capitalised first words of a plural office with no determiner ("Foreign ministers of A and B met"). */
const OFFICE_OPENERS = new Set(['Foreign', 'Leaders', 'Presidents', 'Prime', 'Heads', 'Defence', 'Defense', 'Deputy', 'Premiers', 'Vice']);

/** A country at token `k` ("Armenia", "the United States"): its canonical name and last token. */
function countryAt(facts: TokenFacts, k: number): { country: string; last: number } | null {
  const { words, joined } = facts;
  let at = k;
  if (facts.lower(at) === 'the' && joined[at + 1]) at++;
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
function officePhrase(facts: TokenFacts, text: string, i: number, taken: Uint8Array): { mentions: OfficeMention[]; last: number } | null {
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
  // "the <office> of A, B and C" (and "Leaders of A and B", capitalised, with no determiner)
  const bare = !determiner && isCapitalised(words[i]!) && !COUNTRY_NAMES[words[i]!];
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

/** Whether `word` is a first word of the actor's name or of one of its longer aliases ("Hovik" of Hovik Sargsian). */
function knownFirstName(lexicon: ActorLexicon, id: ActorId, word: string): boolean {
  const actor = lexicon.dictionary.byId.get(id);
  if (!actor) return false;
  return [actor.name, ...actor.aliases].some((n) => {
    const parts = n.split(/\s+/);
    return parts.length > 1 && parts.slice(0, -1).includes(word);
  });
}
