// What the mention passes ask of each word: its lower case, whether it can be part of a name, whether
// only spaces join it to the one before; and the indexes that look words up in the dictionary.
import { DEMONYMS, NOT_NAME_WORDS, ORG_WORDS, PLACES, SPEECH_VERBS, TITLE_WORDS } from './lexicon.js';
import { isCapitalised, isUpper, onlySpaceBetween, type Token } from './tokens.js';

/**
 * What the passes ask of each token, answered once per article: they ask the same token the same
 * questions many times over (its words, whether only spaces join it to the one before, its lower
 * case, whether it can be part of a name), and lower-casing or testing every word again on every
 * pass was most of the cost of finding mentions.
 */
export class TokenFacts {
  /** The tokens' texts. */
  readonly words: string[];
  /** `joined[k]` is 1 when only spaces (no punctuation, no line break) separate token k-1 from token k. */
  readonly joined: Uint8Array;
  /** `possessive[k]` is 1 for the "s" of "EU's": a nominal written with it ("the EU's foreign policy chief") reads on. */
  readonly possessive: Uint8Array;
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
    this.possessive = new Uint8Array(n);
    this.lowered = new Array<string | undefined>(n);
    this.nameWords = new Int8Array(n).fill(-1);
    for (let k = 0; k < n; k++) {
      const t = tokens[k]!;
      this.words[k] = t.text;
      if (k > 0 && onlySpaceBetween(text, tokens[k - 1]!.end, t.start)) this.joined[k] = 1;
      // "S. Jaishankar": an initial's full stop joins it to the name it opens
      else if (
        k > 0 &&
        isInitial(tokens[k - 1]!.text) &&
        text[tokens[k - 1]!.end] === '.' &&
        onlySpaceBetween(text, tokens[k - 1]!.end + 1, t.start)
      )
        this.joined[k] = 1;
      // "Tupouto'a 'Ulukalala": a name word may open with an apostrophe after another name word
      else if (k > 0 && apostropheOpens(text, tokens[k - 1]!, t)) this.joined[k] = 1;
      else if (t.text === 's' && k > 0 && tokens[k - 1]!.end === t.start - 1) this.possessive[k] = 1;
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

function apostropheOpens(text: string, before: Token, t: Token): boolean {
  const c = text.charCodeAt(t.start - 1);
  if ((c !== 0x27 && c !== 0x2019) || t.start - 1 <= before.end || !onlySpaceBetween(text, before.end, t.start - 1)) return false;
  return isCapitalised(before.text) && isCapitalised(t.text);
}

/** "he", "The", "HIS", …: every way of writing the pronouns and determiners, with their lower case. */
export const PRONOUNS_AND_DETERMINERS = new Map(
  ['he', 'she', 'the', 'a', 'its', 'his', 'her', 'their'].flatMap((w) => casings(w).map((c) => [c, w] as const)),
);
export const PRONOUN_FIRST_UNITS = new Set([...PRONOUNS_AND_DETERMINERS.keys()].map((w) => w.charCodeAt(0)));
export const PRONOUN_MAX_LENGTH = Math.max(...[...PRONOUNS_AND_DETERMINERS.keys()].map((w) => w.length));

/** The lower case of a pronoun or determiner, else undefined. */
export function pronounOrDeterminer(word: string): string | undefined {
  // length and first letter rule out most words before the Map lookup hashes them (a word's first hash costs most)
  if (word.length > PRONOUN_MAX_LENGTH || !PRONOUN_FIRST_UNITS.has(word.charCodeAt(0))) return undefined;
  return PRONOUNS_AND_DETERMINERS.get(word);
}

/** Every upper/lower-case spelling of an ASCII word. */
export function casings(word: string): string[] {
  let out = [''];
  for (const ch of word) out = out.flatMap((prefix) => [prefix + ch.toLowerCase(), prefix + ch.toUpperCase()]);
  return out;
}

/**
 * A lexicon map keyed by first words, with a cheap first test: most words of an article (every
 * lower-case one, for names) start with a letter that no key starts with, and need no Map lookup.
 */
export class WordIndex<E extends { words: readonly string[] }> {
  private readonly starts = new Uint8Array(0x10000);
  /**
   * The keys' first two units (see `pairOf`): a capitalised word passes the first-letter test almost
   * always (some name starts with nearly every capital), and its lookup hashes it first; "The", "In",
   * "President" are ruled out here instead. (The first letter is still tested first: it rules out a
   * lower-case word in one read.)
   */
  private readonly pairs = new Uint8Array(0x10000);
  /**
   * For a first word many entries share ("foreign", "the"): its entries by their second word, and those
   * of one word, each in the entries' own order. The nominals of "foreign" alone are over a hundred, and
   * every "foreign" of every article was compared with each of them.
   */
  private readonly bySecond = new Map<string, { readonly next: ReadonlyMap<string, readonly E[]>; readonly single: readonly E[] }>();

  constructor(private readonly map: ReadonlyMap<string, readonly E[]>) {
    for (const [key, entries] of map) {
      this.starts[key.charCodeAt(0)] = 1;
      this.pairs[pairOf(key)] = 1;
      if (entries.length <= SPLIT_ABOVE) continue;
      const next = new Map<string, E[]>();
      for (const e of entries) {
        const second = e.words[1];
        if (second === undefined) continue;
        const list = next.get(second);
        if (list) list.push(e);
        else next.set(second, [e]);
      }
      this.bySecond.set(key, { next, single: entries.filter((e) => e.words.length === 1) });
    }
  }

  get(word: string): readonly E[] | undefined {
    return this.starts[word.charCodeAt(0)] && this.pairs[pairOf(word)] ? this.map.get(word) : undefined;
  }

  /**
   * The entries that may match from `word` when `second` follows it (undefined: none follows), in the
   * order `get` gives them: those longer than one word only when their second word is `second`.
   */
  candidates(word: string, second: string | undefined): readonly E[] | undefined {
    if (!this.starts[word.charCodeAt(0)] || !this.pairs[pairOf(word)]) return undefined;
    const split = this.bySecond.get(word);
    if (!split) return this.map.get(word);
    const longer = second === undefined ? undefined : split.next.get(second);
    // Longer entries come before single words in `get`'s order (longest first), and keep it here.
    return longer ? (split.single.length ? [...longer, ...split.single] : longer) : split.single;
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

/** A word's first two units folded into 16 bits (the second 0 for a one-unit word): equal words, equal pairs. */
function pairOf(word: string): number {
  return ((word.charCodeAt(0) & 0xff) << 8) | (word.length > 1 ? word.charCodeAt(1) & 0xff : 0);
}

/** A first word with more entries than this gets them indexed by their second word. */
const SPLIT_ABOVE = 8;

export const wordIndexes = new WeakMap<
  ReadonlyMap<string, readonly { words: readonly string[] }[]>,
  WordIndex<{ words: readonly string[] }>
>();

export function wordIndex<E extends { words: readonly string[] }>(map: ReadonlyMap<string, readonly E[]>): WordIndex<E> {
  let index = wordIndexes.get(map) as WordIndex<E> | undefined;
  if (!index) wordIndexes.set(map, (index = new WordIndex(map)));
  return index;
}

// A Map, not the null-prototype record: looking up a word that is no property name is cheaper in a Map.
export const DEMONYM = new Map(Object.entries(DEMONYMS) as [string, string][]);

/**
 * The index entries that match the longest run of tokens from `i` (words compared as written, or
 * lower-cased for nominals), or null.
 */
export function longestMatch<E extends { words: readonly string[] }>(
  facts: TokenFacts,
  i: number,
  index: WordIndex<E>,
  lowerCase: boolean,
): { entries: E[]; last: number } | null {
  const { words, joined } = facts;
  if (i >= words.length) return null;
  if (lowerCase && !index.mayHoldLowerCased(words[i]!)) return null;
  const next = i + 1 < words.length ? (lowerCase ? facts.lower(i + 1)! : words[i + 1]!) : undefined;
  const candidates = index.candidates(lowerCase ? facts.lower(i)! : words[i]!, next);
  if (!candidates) return null;
  let bestLength = 0;
  let best: E[] = [];
  for (const entry of candidates) {
    const n = entry.words.length;
    if (n < bestLength) break; // sorted longest first
    if (i + n > words.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++)
      ok =
        (lowerCase ? facts.lower(i + k) : words[i + k]) === entry.words[k] &&
        (joined[i + k] === 1 || (lowerCase && facts.possessive[i + k] === 1));
    if (!ok) continue;
    if (n > bestLength) {
      bestLength = n;
      best = [entry];
    } else best.push(entry);
  }
  return bestLength ? { entries: best, last: i + bestLength - 1 } : null;
}

/** Two to five ASCII capitals, as /^[A-Z]{2,5}$/ ("EU", "OSCE"). */
export function isShortAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 5) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** A one-letter initial that opens a name ("S Jaishankar", "S. Jaishankar"); never "A" or "I", which are words. */
export function isInitial(w: string): boolean {
  return w.length === 1 && w !== 'A' && w !== 'I' && isUpper(w.charCodeAt(0));
}

export function isNameWord(w: string): boolean {
  if (w.length < 2 || !isCapitalised(w)) return false;
  if (hasAsciiDigit(w) || onlyCapitalsDotsHyphens(w)) return false; // numbers, acronyms
  if (NEVER_NAME_WORDS.has(w)) return false;
  // "Kazakh-Uzbek", "Russian-Ukrainian", "Sino-Russian": adjectives of two nations, no one's name; nor are titles
  // ("Vice-President", "Co-Chairman", "Deputy-Minister")
  if (!w.includes('-')) return true;
  const parts = w.split('-');
  return !(
    parts.every((part) => DEMONYMS[part] !== undefined || NATION_PREFIXES.has(part)) ||
    parts.every((part) => TITLE_WORDS.has(part) || part === 'Co')
  );
}

const NATION_PREFIXES = new Set(['Sino', 'Indo', 'Afro', 'Euro', 'Anglo', 'Franco', 'Russo', 'Turco', 'Greco', 'Austro', 'Italo', 'Irano']);

// Every capitalised word isNameWord rules out by list, in one set: one lookup instead of five.
export const NEVER_NAME_WORDS = new Set([
  ...NOT_NAME_WORDS,
  ...TITLE_WORDS,
  ...ORG_WORDS,
  ...PLACES,
  ...Object.keys(DEMONYMS),
  'Mr',
  'Mrs',
  'Ms',
  // a headline's verbs in Title Case ("US Diplomat Says …", "Ministers Meet in Baku"): present tense only, since
  // a past form may be a surname (Said)
  ...SPEECH_VERBS.filter((v) => v.endsWith('s')).map((v) => v[0]!.toUpperCase() + v.slice(1)),
  ...['Meet', 'Meets', 'Hold', 'Holds', 'Host', 'Hosts', 'Visit', 'Visits', 'Receives', 'Calls', 'Phones', 'Discuss', 'Sign', 'Signs'],
]);

// Character loops in place of /\d/ and /^[\p{Lu}.-]+$/u: these run on every capitalised word.
export function hasAsciiDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function onlyCapitalsDotsHyphens(w: string): boolean {
  for (let i = 0; i < w.length;) {
    const c = w.codePointAt(i)!;
    if (c !== 0x2e && c !== 0x2d && !isUpper(c)) return false;
    i += c > 0xffff ? 2 : 1;
  }
  return true;
}

/** A first letter A–Z, or beyond ASCII (where a capital may stand): most words of an article fail at once. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || c >= 128;
}

export function followedByName(facts: TokenFacts, last: number, taken: Uint8Array): boolean {
  const k = last + 1;
  return k < facts.words.length && !!taken[k] && facts.joined[k] === 1 && isCapitalised(facts.words[k]!);
}
/** Role nouns that refer back to a person named earlier: "the minister", "the American official". */
export const ROLE_NOUNS = new Set([
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
  'fm',
  'top diplomat',
  'chief diplomat',
  // people's own offices beyond government: "Senator X … the senator said", "Pope X … the pope called"
  'senator',
  'congressman',
  'congresswoman',
  'prosecutor',
  'judge',
  'pope',
  'emir',
  'sultan',
  'monarch',
  'commander',
  'rapporteur',
  'coordinator',
]);

/** The first words of the two-word role nouns ("prime" of "prime minister"). */
export const ROLE_NOUN_FIRST_WORDS = new Set([...ROLE_NOUNS].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]!));
