// People the dictionary does not know, found by their context (a title, a role appositive, a speech or
// contact verb, a surname of the region), and a one-letter slip of a surname already named.
import { TWO_WORD_DEMONYMS } from './worldCountries.js';
import type { Actor, ActorId } from '../model.js';
import type { ActorLexicon } from './actorLexicon.js';
import { GIVEN_NAMES } from './givenNames.js';
import { COUNTRY_NAMES, DEMONYMS, NOT_NAME_WORDS, ORG_WORDS, PLACES, SPEECH_VERBS, TITLE_WORDS } from './lexicon.js';
import type { RawMention } from './mentionKinds.js';
import { isCapitalised, onlySpaceBetween, type Token } from './tokens.js';
import { titleOfBody } from './titleOfBody.js';
import { DEMONYM, isInitial, ROLE_NOUNS, TokenFacts } from './wordFacts.js';

export const PARTICLES = new Set([
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
export const CONTACT_VERBS = new Set([
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
export const SPEECH = new Set(SPEECH_VERBS);

/**
 * "Sargsina underlined …" after "Hovik Sargsian": a surname one slip (a letter added, dropped,
 * changed or two swapped) from a person already named, standing where a speaker stands.
 */
export function misspeltSurname(
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
export const SPEAKER_VERBS = new Set(['met', 'spoke', 'held', 'hosted', 'received', 'called', 'also', 'visited']);

// A surname with its Arabic article in lower case: "al-Bashir", "el-Sisi".
const ARTICLE_SURNAME = /^(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}\p{L}+$/u;

const TITLE_TAIL_JOINERS = new Set(['and', 'of', 'for']);

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

export const LOWER_TITLE =
  /^(?:aide|spokes(?:man|woman|person)|minister|envoy|ambassador|adviser|advisor|aide|secretary|president|official|head|chief|director|representative|deputy|chair(?:man|woman|person)?|commissioner|special|senior|foreign|presidential|leader|activist|journalist|politician|lawmaker|legislator|dissident|blogger|businessman|businesswoman|tycoon|oligarch|lawyer|commander|governor|mayor|prosecutor|judge|economist|analyst|professor|researcher|negotiator|diplomat|premier|chancellor|expert|scientist|writer|author|poet|artist|singer|officer|soldier|colonel|coach|founder|MP|ombudsman|archbishop|bishop|priest|cleric|rapporteur|coordinator|consul)$/;

/** Whether word `k` is the place that ends a title: "President of Artsakh", "Ambassador to Iran". */
export function placeOfTitle(words: readonly string[], k: number): boolean {
  if (k < 2) return false;
  const joiner = words[k - 1];
  if (joiner !== 'of' && joiner !== 'to') return false;
  const title = words[k - 2]!;
  // "Ambassador of France to Azerbaijan": a place after the place of a title ends it too
  return TITLE_WORDS.has(title) || LOWER_TITLE.test(title.toLowerCase()) || (k >= 4 && isCapitalised(title) && placeOfTitle(words, k - 2));
}

/** Two to four name words in a row (particles such as "von" allowed inside). */
export function personRun(facts: TokenFacts, i: number, taken: Uint8Array): { from: number; to: number } | null {
  const { words, joined } = facts;
  const initial = isInitial(words[i]!) && i + 1 < words.length && joined[i + 1] === 1 && facts.isNameWord(i + 1);
  if (!facts.isNameWord(i) && !initial) return null;
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
    !placeOfTitle(words, i - 1) &&
    titleOfBody(words, joined, i - 1) < 0
  ) {
    return null; // inside a longer capitalised run that is not a name (an organisation, a place)
  }
  let to = i;
  let particles = 0;
  for (let k = i + 1; k < words.length && k - i < 6; k++) {
    const w = words[k]!;
    if (taken[k] || !joined[k]) break;
    if (PARTICLES.has(w) && k + 1 < words.length && facts.isNameWord(k + 1)) {
      particles++;
      continue;
    }
    // "John F. Wheeler": a middle initial inside the name
    if (isInitial(w) && k + 1 < words.length && facts.joined[k + 1] === 1 && facts.isNameWord(k + 1)) continue;
    // "Omar Hassan al-Bashir": a surname with its article in lower case
    if (ARTICLE_SURNAME.test(w)) {
      to = k;
      break;
    }
    if (!facts.isNameWord(k)) {
      if (isCapitalised(w) && (ORG_WORDS.has(w) || PLACES.has(w))) return null; // "Minsk Group", "Black Sea"
      break;
    }
    to = k;
  }
  const length = to - i + 1;
  // "Badr bin Hamad Al Busaidi": particles make a name longer than four words
  if (length < 2 || length > 4 + Math.min(particles, 1)) return null;
  // "Minister of Economy and Sustainable Development Levan Davitashvili": the last words of a title run on into
  // the name; a given name after them is where the name starts
  // ("Chief of General Staff Valery Gerasimov": so do capitalised words after a title word)
  if (length >= 3 && i > 0 && (TITLE_TAIL_JOINERS.has(words[i - 1]!) || TITLE_WORDS.has(words[i - 1]!)) && !GIVEN_NAMES.has(words[i]!)) {
    for (let k = i + 1; k < to; k++) if (GIVEN_NAMES.has(words[k]!)) return { from: k, to };
    // ("… and Civic Equality Tea Akhvlediani": before a surname of the region, the one word of a first name)
    if (REGIONAL_SURNAME.test(words[to]!)) return { from: to - 1, to };
  }
  return { from: i, to };
}

/** A speech or contact verb after the name, or an appositive role: "Karen Smith, the spokeswoman, …". */
/**
 * Surnames of the region by their endings: Armenian -yan/-ian, Azerbaijani and Russian -ov/-ev(a), Georgian
 * -shvili/-dze/-ia/-iani/-uli, Ukrainian -enko, Turkish and Azerbaijani -oğlu/-oghlu/-ogly, Persian -zadeh, Slavic -ski/-sky/-vich. A full name ending so
 * is a person wherever it stands ("talks with Rauf Gasimov", "the delegation of Nino Kalandadze").
 */
export const REGIONAL_SURNAME =
  /(?:[yi]ants?|[yi]an|[oe]va?|yeva?|shvili|dze|[^ai]ia|[^aeiou]iani|uli|enko|zade?h?|o[gğ]h?lu|ogly|[oe]vi[cć]h?|sk[iy]|ska)$/;

const TITLE_PHRASE_BEFORE_COMMA =
  /\b(?:the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:adviser|advisor|spokes(?:man|woman|person)|secretary|minister|ambassador|envoy|director|representative|chair(?:man|woman|person)?|head|chief|aide|commissioner|coordinator|counsell?or)\b[^,.;“”"]{0,70},\s$/iu;

export function looksLikePersonContext(text: string, tokens: readonly Token[], from: number, to: number): boolean {
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
  // "Jane Roe, who chaired the meeting, …": "who" follows people ("which" follows bodies and places)
  if (setOff && (setOff[1] === 'who' || setOff[1] === 'whose')) return true;
  // "X, for his part, accused …"
  const aside =
    /^,\s+(?:for (?:his|her|their) part|in turn|in response|however|meanwhile|in a statement|on Twitter|on X)\s*,\s+(?:also\s+)?(\p{L}+)/u.exec(
      after,
    );
  if (aside && SPEECH.has(aside[1]!)) return true;
  // "a statement by the Special Adviser to the President on Media and Publicity, Ajuri Ngelale, …": a name set off
  // by commas right after a title phrase
  const start = tokens[from]!.start;
  if (
    after.startsWith(',') &&
    text.charCodeAt(start - 2) === 44 &&
    TITLE_PHRASE_BEFORE_COMMA.test(text.slice(Math.max(0, start - 110), start))
  )
    return true;
  const before = text.slice(Math.max(0, tokens[from]!.start - 30), tokens[from]!.start);
  // "his Nigerian counterpart, Yusuf Tuggar", "opposition leader Raila Odinga"
  return /\b(?:said|told|according to|met(?: with)?|spoke with|talks with|call with|conversation with|received|hosted|by|counterparts?,?|(?:opposition|party|rebel|group|movement)\s+leader|(?:Minister|Secretary|President|Ambassador|Envoy|Director|Affairs|Expatriates|Spokes(?:man|woman|person))(?:\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w-]+)?,)\s+$/i.test(
    before,
  );
}

/** The role in an appositive after a name: ", US Assistant Secretary of State," / ", the spokeswoman for …". */
export function appositiveRole(text: string, end: number): string | undefined {
  const m = /^,\s+((?:the\s+|a\s+|an\s+)?[^,.;“”"]{2,120}?)(?=,|\.|;|\s+(?:said|told|added)\b|$)/.exec(text.slice(end, end + 160));
  if (!m) return undefined;
  const phrase = m[1]!;
  const words = phrase.split(/\s+/);
  // ", met with President Y,": a clause, not a role
  if (/^\p{Ll}+ed$|^(?:met|said|told|held|spoke|made|paid|took|gave|sent|wrote)$/u.test(words[0]!)) return undefined;
  const hasTitle = words.some(
    (w) =>
      TITLE_WORDS.has(w) ||
      ROLE_NOUNS.has(w.toLowerCase()) ||
      /^(spokes\w+|minister|envoy|ambassador|adviser|advisor|secretary|president|official|head|chief|director|representative|deputy|chairman|chairwoman|analyst|expert|researcher|professor|scholar|fellow|lawmaker|MP|member|journalist|editor|commentator|activist|founder|economist|politician|candidate|leader|ombudsman|governor|mayor|cleric|archbishop|bishop|aide|negotiator|diplomat|correspondent|columnist|historian|prosecutor|judge|commander|coordinator|consul|rapporteur|speaker|chancellor|premier|chairperson|commissioner|attorney)$/i.test(
        w,
      ),
  );
  return hasTitle ? phrase.trim() : undefined;
}

/** The country a title names: "Swiss Foreign Minister", "Head of the … of Switzerland". */
export function countryIn(title: string): string | undefined {
  // ("Georgia's first deputy foreign minister": a possessive country too)
  // ("Laos' foreign minister": the apostrophe alone after an s)
  const words = title.split(/[\s,]+/).map((w) => (/['’]s?$/.test(w) ? w.replace(/['’]s?$/, '') : w));
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const pair = k + 1 < words.length ? `${word} ${words[k + 1]!}` : '';
    const two = TWO_WORD_DEMONYMS.get(pair) ?? COUNTRY_NAMES[pair];
    if (two) return two;
    if (DEMONYMS[word]) return DEMONYMS[word];
    if (COUNTRY_NAMES[word]) return COUNTRY_NAMES[word];
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
export function asciiSlug(name: string): string | null {
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

/**
 * "Jeyhun Bairamov": a two-word name whose first word opens a dictionary person's two-word name and whose last word
 * is one slip from that name's last: the same person, spelt otherwise.
 */
export function misspeltDictionaryName(lexicon: ActorLexicon, first: string, last: string): ActorId | undefined {
  if (last.length < 5) return undefined;
  let found: ActorId | undefined;
  for (const e of lexicon.names.get(first) ?? []) {
    if (e.words.length !== 2 || !withinOneEdit(e.words[1]!, last) || lexicon.dictionary.byId.get(e.actor)?.kind !== 'person') continue;
    if (found && found !== e.actor) return undefined;
    found = e.actor;
  }
  return found;
}

/** Whether `word` is a first word of the actor's name or of one of its longer aliases ("Hovik" of Hovik Sargsian). */
export function knownFirstName(lexicon: ActorLexicon, id: ActorId, word: string): boolean {
  const actor = lexicon.dictionary.byId.get(id);
  if (!actor) return false;
  // ("Jehun Bayramov" is Jeyhun Bayramov: one slip in a first name of five letters or more is a spelling, not another man)
  return [actor.name, ...actor.aliases].some((n) => {
    const parts = n.split(/\s+/);
    return parts.length > 1 && parts.slice(0, -1).some((p) => p === word || (word.length >= 5 && withinOneEdit(p, word)));
  });
}

/**
 * Where the article's first line ends if it is a headline in Title Case ("US Diplomat Says It Will Facilitate
 * Talks"), else -1: no full stop at its end and most of its longer words capitalised, where a lead sentence
 * has most of them in lower case.
 */
export function titleCaseHeadlineEnd(text: string, tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first) return -1;
  const newline = text.indexOf('\n', first.start);
  const end = newline < 0 ? text.length : newline;
  // a lead sentence ends with its full stop; a headline does not
  if (/[.!?:;"”’]\s*$/.test(text.slice(first.start, end))) return -1;
  let long = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.start >= end) break;
    if (t.text.length < 4) continue;
    long++;
    if (isCapitalised(t.text)) capitalised++;
  }
  return long >= 4 && capitalised >= 0.75 * long ? end : -1;
}

/** A title set off by a comma before a name: "South African President, Cyril Ramaphosa" → "South African President". */
export function titleBeforeComma(text: string, start: number): string | undefined {
  // most names have no comma right before them: no expression needed
  let p = start - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 0xa0)) p--;
  if (text.charCodeAt(p) !== 44) return undefined;
  const m =
    /((?:[\p{Lu}][\p{L}’'-]*\s+){0,4}(?:President|Minister|Secretary|Ambassador|Envoy|Chancellor|Premier|Spokes(?:man|woman|person)))\s*,\s*$/u.exec(
      text.slice(Math.max(0, start - 60), start),
    );
  return m?.[1];
}

// Words that may follow "the former" / "the latter" used as a pronoun (not "the former president")
const AFTER_PAIR_MEMBER = new Set(
  'also then in on at for to and who whose would could can did does expressed invited agreed congratulated extended conveyed thanked'.split(
    ' ',
  ),
);

/** Whether word `k` ends the phrase before it: punctuation, the text's end, or a verb ("the latter said", "the former was"). */
export function standsAlone(facts: TokenFacts, k: number): boolean {
  if (k >= facts.words.length || !facts.joined[k]) return true;
  const w = facts.words[k]!;
  return SPEECH.has(w) || CONTACT_VERBS.has(w) || AFTER_PAIR_MEMBER.has(w);
}
