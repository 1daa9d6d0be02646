// Who takes part in a contact a cue tells: the objects after it, the subject before it, the possessors of a
// meeting noun, the participants of an event (a group named before, "the five leaders", is in contactGroups.ts).
// Each reads the article through a ContactScene, the state findContacts keeps while it walks the sentences.
import type { Actor, ActorId, IsoDate } from '../model.js';
import { titleStart, type ClauseReader, type Subject } from './clauses.js';
import type { ResolvedMention } from './coreference.js';
import type { Found } from './contactTypes.js';
import type { Sentence } from './sentences.js';

/** What the contact finder knows of the article while it reads it. */
export interface ContactScene {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Mentions that resolve to an actor (pronouns resolved), in order. */
  readonly named: readonly ResolvedMention[];
  /** All mentions, quoted ones included. */
  readonly mentions: readonly ResolvedMention[];
  readonly reader: ClauseReader;
  /** The text with quotation words masked: where it differs from `text`, a position is inside a quotation. */
  readonly masked: string;
  /** Reads clauses inside quotations too (a quoted readout: "“On June 26, X received Y,” the ministry said"). */
  readonly quotedReader: ClauseReader;
  readonly date: IsoDate;
  readonly actorOf: (id: ActorId) => Actor | undefined;
  /** Contacts found so far, in text order. */
  readonly found: Found[];
  /** The sentences read so far that name no "that day": where "that day" looks for its day. */
  readonly dayCandidates: string[];
}

// (also the main verb after an opening clause: "Noting that a meeting was held between A and B, C stressed …")
const TRAILING_VOICE =
  /^\s*(?:,[^,]{1,80},\s*)?(?:also\s+)?(?:said|says|told|added|announced|stated|reported|noted|wrote|stressed|emphasi[sz]ed|underlined|underscored|pointed\s+out|expressed|welcomed|praised|thanked|urged|reiterated|reaffirmed|highlighted|recalled|assured|informed|briefed)\b/i;
// What may stand before a party in a list: titles, "his Turkish counterpart,", "the EU's special representative,".
// (A whole word each: the lookahead keeps a failing match from trying every split of "OSCE" into capitals.)
const ROLE_WORD = String.raw`(?:[\p{Lu}][\p{L}.’'-]*|of|for|to|the|on|and|his|her|their|counterparts?|colleagues?|co-chairs?|co-chairmen|special|senior|deputy|foreign|prime|minister|president|envoy|representative|ambassador|adviser|advisor|spokes(?:man|woman|person)|secretary|chief|head|official|leader|premier|chancellor|king|queen|emir|crown|prince|governor|mayor|speaker|vice|acting|top|diplomat|negotiator|chair(?:man|woman|person)?|director|commissioner|general|commander|defen[cs]e|interior|finance|external|affairs|state|security|national|country|new|newly|appointed|first|former|interim|incoming|outgoing|officials|including|[’']s)(?![\p{L}.’'-])`;
const ROLE_AFTER = String.raw`\s*,\s*(?:${ROLE_WORD}\s*){1,12}(?:,|(?=$))`;
const FIRST_GAP = new RegExp(
  String.raw`^\s*,?\s*(?:both\s+)?(?:(?:the|his|her|their|a|an)\s+)?(?:visiting\s+)?(?:(?:\w+\s+)?delegations?\s+(?:led|headed)\s+by\s+(?:the\s+)?)?(?:(?:[\p{L}.’'-]+(?![\p{L}.’'-])\s*){1,6}[–—:]\s*)?(?:${ROLE_WORD}\s*(?:,\s*)?)*$`,
  'u',
);
// After a party: its appositive may stand between (", the EU's envoy,"), but the next party needs a
// conjunction ("and his Turkish counterpart, Y") or a plain list comma ("X, Foreign Minister Y and Z", "X, the US
// Secretary of State Y").
const NEXT_GAP = new RegExp(
  String.raw`^(?:(?:\s*\([^()]{1,40}\))?(?:(?:\s*,\s*(?:${ROLE_WORD}\s*)+,)?\s*,?\s*(?:and|as\s+well\s+as|&)\s+(?:(?:then|later|also)\s+)?(?:(?:the|his|her|their)\s+)?(?:${ROLE_WORD}\s*(?:,\s*)?)*|(?:\s*\([^()]{1,40}\))?\s*,\s*(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.’'-]*|of|for)\s+)*(?:[\p{Lu}][\p{L}.’'-]*,\s+)?)|${ROLE_AFTER}\s*)$`,
  'u',
);
// Inside a party's role set off after it: "A, Minister of Foreign Affairs of the Republic of Azerbaijan, B, …"
const ROLE_AFTER_OPEN = new RegExp(String.raw`^${ROLE_AFTER}$`, 'u');

/**
 * Reads the text unmasked: a spokesperson's quoted readout ("…the leaders’ planned meeting with X…")
 * reports contacts as facts, and they count as much as narration's.
 */

export function isParty(cx: ContactScene, m: ResolvedMention): boolean {
  const a = cx.actorOf(m.actor!);
  return !!a && (a.kind === 'person' || (m.kind !== 'metonym' && !/^government of/i.test(a.name))) && !spokespersonByRole(cx, m);
}

/**
 * A role noun or office that coreference gave to a spokesperson ("the Secretary General" to the Secretary General's
 * spokesman, "the Russian president" to the president's press secretary): the office is someone else's, and no party
 * is named by it here.
 */
function spokespersonByRole(cx: ContactScene, m: ResolvedMention): boolean {
  return (m.kind === 'roleNoun' || m.kind === 'nominal' || m.kind === 'office') && relays(cx, m.actor!);
}

export function isPerson(cx: ContactScene, id: ActorId): boolean {
  return cx.actorOf(id)?.kind === 'person';
}

/**
 * "met with A in Yerevan Feb. 20 and B in Baku Feb. 21": a place and a day after a party, before the "and" of the
 * next, which must then be a person (not "on Monday and the ministry said").
 */
const ADJUNCT_AND = new RegExp(
  String.raw`^(?:\s+(?:(?:in|on|at)\s+)?(?:[\p{Lu}][\p{L}.]*|\d{1,2}(?:st|nd|rd|th)?|\d{4})(?![\p{L}\d]))+\s*,?\s+and\s+(?:(?:then|later|also)\s+)?(?:with\s+)?(?:(?:the|his|her|their)\s+)?(?:${ROLE_WORD}\s*(?:,\s*)?)*$`,
  'u',
);

/**
 * The parties right after a cue: "with Foreign Minister X and Azerbaijani Foreign Minister Y". `told`, when given,
 * gets the days some of them are given apart ("met with A in Yerevan Feb. 20 and B in Baku Feb. 21"): the text after
 * each such party, up to the next.
 */
export function objectList(cx: ContactScene, from: number, s: Sentence, told?: Map<ActorId, string>): ActorId[] {
  const ids: ActorId[] = [];
  let cursor = from;
  let last: ResolvedMention | null = null;
  for (let k = firstEndingAfter(cx.named, from); k < cx.named.length; k++) {
    const m = cx.named[k]!;
    if (m.start >= s.end) break;
    if (m.end <= from) continue;
    // "the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov": a role noun that a title goes on
    // from is part of the title of the name that follows, read as words of the gap
    if ((m.kind === 'roleNoun' || m.kind === 'nominal') && /^\s+(?:of|for|to)\s/i.test(cx.text.slice(m.end, m.end + 5))) continue;
    // "the President of the European Commission Ursula von der Leyen": a name inside the next one's title
    const following = cx.named[k + 1];
    if (following && m.start >= titleStart(following) && m.end <= following.start) continue;
    // "met with A in Yerevan Feb. 20 and B …": a place after a party is read as words
    if (ids.length > 0 && m.kind === 'metonym' && /\s(?:in|at)\s+$/.test(cx.text.slice(m.start - 4, m.start))) continue;
    // "Igor Popov (Russia), Stéphane Visconti (France)": a country in a bracket after a party is read as words
    if (ids.length > 0 && !isPerson(cx, m.actor!) && cx.text[m.start - 1] === '(' && cx.text[m.end] === ')') continue;
    // ("between A, Minister of Foreign Affairs of Azerbaijan, B, …": a country in a party's role after it is read as words)
    if (ids.length > 0 && !isPerson(cx, m.actor!) && ROLE_AFTER_OPEN.test(cx.text.slice(cursor, m.start))) continue;
    const gap = cx.text.slice(cursor, titleStart(m));
    const apart = ids.length > 0 && !NEXT_GAP.test(gap) && isPerson(cx, m.actor!) && ADJUNCT_AND.test(gap);
    if (!apart && !(ids.length === 0 ? FIRST_GAP : NEXT_GAP).test(gap)) break;
    if (apart && told && last) {
      told.set(last.actor!, gap);
      told.set(m.actor!, cx.text.slice(m.end, s.end));
    }
    // ", the US Secretary of State Y" lists a titled person; ", the European Union Special Representative …" is an appositive
    if (ids.length > 0 && /^\s*,\s*the\s/i.test(gap) && !(isPerson(cx, m.actor!) && titleStart(m) < m.start)) break;
    // "…with Y, the ministry said": the voice of a trailing attribution is no party
    if (ids.length > 0 && /,/.test(gap) && TRAILING_VOICE.test(cx.text.slice(m.end, s.end))) break;
    // "with Azerbaijan’s president": the possessor is no party (its president, named or not, may be)
    if (/^[’']s\b/.test(cx.text.slice(m.end, m.end + 3))) {
      if (ids.length > 0 || cx.actorOf(m.actor!)?.kind === 'person') break;
      cursor = m.end;
      continue;
    }
    // "the EU Special Representative for the South Caucasus, Henrik Aalto", "the EU High Representative … and Vice
    // President of the European Commission, Josep Borrell": an organisation in the title of the person after it is
    // read as words of the gap before that person
    if (cx.actorOf(m.actor!)?.kind === 'org' && inTitleOfNext(cx, k, s)) continue;
    if (isParty(cx, m) && !qualifiesSomeone(cx, m) && !ids.includes(m.actor!)) {
      ids.push(m.actor!);
      last = m;
    }
    cursor = m.end;
  }
  return ids;
}

/** The index of the first mention that ends after `at` (mentions do not nest: they end in the order they start). */
export function firstEndingAfter(ms: readonly ResolvedMention[], at: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the organisation named at `cx.named[k]` is part of the title of the next person named in its sentence:
 * only title words (and other organisations) stand between, and no "and" right after it ("NATO and Foreign
 * Minister X" names two parties).
 */
function inTitleOfNext(cx: ContactScene, k: number, s: Sentence): boolean {
  const m = cx.named[k]!;
  for (let j = k + 1; j < cx.named.length && j <= k + 3; j++) {
    const n = cx.named[j]!;
    if (n.start >= s.end) return false;
    if (!isPerson(cx, n.actor!)) continue;
    const gap = cx.text.slice(m.end, titleStart(n));
    return gap.length <= 160 && !/^\s*(?:,\s*)?(?:and|as\s+well\s+as|&)\b/i.test(gap) && FIRST_GAP.test(gap);
  }
  return false;
}

/** People named from `from` to the end of the clause (a full stop, a semicolon, or a verb that closes the list). */
export function participantsAfter(cx: ContactScene, from: number, s: Sentence): ActorId[] {
  const rest = cx.text.slice(from, s.end);
  const stop =
    /\b(?:took\s+place|was\s+held|were\s+held|will\s+be\s+held|will\s+take\s+place|met|discussed|said|signed|agreed|to\s+discuss|which|where|who)\b|;|(?<!\b[A-Z])\.\s/.exec(
      rest,
    );
  const end = stop ? from + stop.index : s.end;
  // (inside a quoted readout, the quotation's names: "“The fourth meeting of the envoys, A and B, took place …”")
  const quoted = cx.masked[from - 1] !== cx.text[from - 1];
  const ids: ActorId[] = [];
  for (let k = firstEndingAfter(cx.named, from); k < cx.named.length; k++) {
    const m = cx.named[k]!;
    if (m.start >= end) break;
    if (m.start < from || m.end > end || (m.inQuote && !quoted)) continue;
    if (/^[’']s\b/.test(cx.text.slice(m.end, m.end + 3))) continue;
    if (isPerson(cx, m.actor!) && !ids.includes(m.actor!)) ids.push(m.actor!);
  }
  return ids;
}

// Between the members of a subject "A and his South Korean counterpart B", "A and the National Assembly Deputy Speaker B"
const AND_GAP = new RegExp(
  String.raw`^\s*,?\s*(?:and|as\s+well\s+as|&)\s+(?:(?:the|his|her|their)\s+)?(?:${ROLE_WORD}\s*(?:,\s*)?)*$`,
  'u',
);

const APPOSITIVE_ROLE = new RegExp(String.raw`^\s*,\s*(?:${ROLE_WORD}\s*)+$`, 'u');
// "Sheikh A, Deputy Prime Minister and Minister of Interior, Sheikh B, …, and Sheikh C": each member's role between commas
// ("Head of the EU Monitoring Mission in Georgia (EUMM), and …": a place and an acronym may end a role)
const ROLE_LIST_GAP = new RegExp(
  String.raw`^\s*,\s*(?:(?:${ROLE_WORD}|in)\s*){1,14}(?:\([^()]{1,30}\)\s*)?,\s*(?:and\s+)?(?:${ROLE_WORD}\s*)*$`,
  'u',
);

/**
 * A subject widened to the people joined to its first member by "and" over a title the clause reader does not
 * read as one ("Foreign Minister A and his South Korean counterpart B met": the reader stops at a two-word demonym).
 */
export function withListBefore(cx: ContactScene, subj: Subject, s: Sentence): Subject {
  const first = subj.mentions[0]!;
  if (!isPerson(cx, first.actor!)) return subj;
  const i = firstEndingAfter(cx.named, first.start);
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const m = cx.named[k]!;
    if (m.start < s.start || m.inQuote) break;
    // a country inside the title ("the National Assembly of Armenia Deputy Speaker B") is read as words of the gap
    if (!isPerson(cx, m.actor!)) continue;
    const gap = cx.text.slice(m.end, titleStart(first));
    // ("the OSCE Chairperson-in-Office, Head of the Swiss foreign ministry X": the office and the name are one person)
    if (m.actor === first.actor && APPOSITIVE_ROLE.test(gap))
      return withListBefore(cx, { mentions: [m, ...subj.mentions.slice(1)], start: titleStart(m) }, s);
    if (!AND_GAP.test(gap) && !ROLE_LIST_GAP.test(gap)) break;
    return withListBefore(cx, { mentions: [m, ...subj.mentions], start: titleStart(m) }, s);
  }
  return subj;
}

/** "The EU ambassador to Georgia, X, met": the person named between commas after a subject that is no person. */
function appositiveName(cx: ContactScene, subj: Subject, at: number): ActorId | null {
  const last = subj.mentions[subj.mentions.length - 1]!;
  if (subj.mentions.some((m) => isPerson(cx, m.actor!))) return null;
  const gap = cx.text.slice(last.end, at);
  const set = /^\s*,\s*([^,;:]{1,80}),\s*(?:(?:also|then|later|on\s+\w+(?:\s+\d{1,2})?|today|yesterday)\s+)*$/i.exec(gap);
  if (!set) return null;
  const from = last.end + gap.indexOf(set[1]!);
  const inner = cx.named.filter((m) => m.start >= from && m.end <= from + set[1]!.length);
  return inner.length === 1 && isPerson(cx, inner[0]!.actor!) && (inner[0]!.kind === 'name' || inner[0]!.kind === 'discovered')
    ? inner[0]!.actor!
    : null;
}

// Words of a title between a country and the person who holds it: "US Under Secretary of State for Political Affairs Ambassador".
const TITLE_GAP = /^\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|of|for|the|and|on)\s+)*$/u;

export function subjectsOf(cx: ContactScene, at: number, s: Sentence): ActorId[] {
  // "X is scheduled to meet Y": the subject is read from the verb's "to", which the words before it hang on
  const verbAt = /^to\s/i.test(cx.text.slice(at, at + 3)) ? at + 2 : at;
  // (inside a quotation, only the subject right before the verb: "“We met X,” Y said" is the voice's, found elsewhere)
  const quoted = cx.masked[at] !== cx.text[at];
  const found = quoted
    ? cx.quotedReader.subjectBefore(verbAt, s.start)
    : (cx.reader.subjectBefore(verbAt, s.start) ?? cx.reader.mainSubject(s, at));
  if (!found) return [];
  const subj = withListBefore(cx, found, s);
  const members = bracketMembers(cx, subj.mentions[subj.mentions.length - 1]!.end, at);
  if (members.length) return members;
  // "The EU ambassador to Georgia, X, met Y": the name set off after a title is the subject, not the country in it
  const appositive = appositiveName(cx, subj, at);
  if (appositive) return [appositive];
  return [...new Set(titleHolders(cx, subj.mentions))].filter((id) => id && cx.actorOf(id));
}

/**
 * A country or body in the title of the person after it is no party of its own: "A and United States Secretary of
 * State B met" are A and B, whether or not the clause reader took B into the subject.
 */
export function titleHolders(cx: ContactScene, members: readonly ResolvedMention[]): ActorId[] {
  return members.flatMap((m) => {
    if (spokespersonByRole(cx, m)) return [];
    if (isPerson(cx, m.actor!)) return [m.actor!];
    // "A senior U.S. official telephoned X": the country qualifies an unnamed person, who is no party named here;
    // "X, Head of the EU Monitoring Mission (EUMM), and Y met": the body is part of X's title
    if (qualifiesSomeone(cx, m) || HEAD_OF.test(cx.text.slice(Math.max(0, titleStart(m) - 40), titleStart(m)))) return [];
    const next = cx.named[cx.named.indexOf(m) + 1];
    return [next && isPerson(cx, next.actor!) && TITLE_GAP.test(cx.text.slice(m.end, titleStart(next)) || ' ') ? next.actor! : m.actor!];
  });
}

const HEAD_OF =
  /\b(?:Head|head|Chief|chief|Director|director|Chair|chair|Chairman|chairman|Secretary|Representative|Ambassador|Commissioner|Member|member)\s+(?:of|to|for|at)\s+(?:the\s+)?$/;
const UNNAMED_HEAD =
  /^\s+(?:[A-Z][a-z]+\s+){0,3}(?:[a-z]+\s+)?(?:president|chairman|chairwoman|chair|head|chief|leaders?|officials?|diplomats?|envoys?|sources?|delegations?|representatives?|spokes(?:man|woman|person)|aides?|advis[eo]rs?|negotiators?|lawmakers?|senators?|mediators?|ambassadors?|counterparts?)\b/;

/** Whether a country or body is only a qualifier of a person left unnamed ("a senior U.S. official"). */
function qualifiesSomeone(cx: ContactScene, m: ResolvedMention): boolean {
  // (a person qualifies no one: "…, Foreign Minister X and head of the Security Council Y" lists X)
  return !isPerson(cx, m.actor!) && UNNAMED_HEAD.test(cx.text.slice(m.end, m.end + 40));
}

/**
 * "The Co-Chairs of the Minsk Group (A of Russia, B of France and C of the US) met with X": the people in a
 * bracket between a subject and its verb are its members, and the parties (who came together, so they do
 * not meet one another).
 */
export function bracketMembers(cx: ContactScene, subjectEnd: number, at: number): ActorId[] {
  const between = cx.text.slice(subjectEnd, at);
  const bracket = /^\s*\(([^()]{0,200})\)\s*$/.exec(between.replace(/\s+(?:also|jointly|together)\s*$/, ''));
  if (!bracket) return [];
  const open = subjectEnd + between.indexOf('(');
  const close = open + bracket[1]!.length + 1;
  return [...new Set(cx.named.filter((m) => m.start > open && m.end <= close && isPerson(cx, m.actor!)).map((m) => m.actor!))];
}

/** Whether a person speaks for others by office (a spokesperson, a press secretary): such a one relays a contact. */
export function relays(cx: ContactScene, id: ActorId): boolean {
  const a = cx.actorOf(id);
  return !!a && (SPOKESPERSON.test(a.description ?? '') || a.roles.some((r) => SPOKESPERSON.test(r.title)));
}
const SPOKESPERSON = /\bspokes(?:man|woman|person)\b|\bpress\s+secretary\b/i;

export function groupBefore(cx: ContactScene, at: number, s: Sentence, anyDistance: boolean): ActorId[] {
  const before = cx.reader.subjectBefore(at, s.start);
  const subj = before && withListBefore(cx, before, s);
  if (subj && subj.mentions.length >= 2) return [...new Set(titleHolders(cx, subj.mentions))].filter(Boolean);
  const found = cx.reader.mainSubject(s, at);
  const main = found && withListBefore(cx, found, s);
  if (!main || main.mentions.length < 2) return [];
  const gap = cx.text.slice(main.mentions[main.mentions.length - 1]!.end, at);
  // ("A and B held the first round of talks in Moscow on Jan. 14 and had their second meeting on Feb. 24": a verb
  // joined by "and" to the subject's first verb, no one else named between)
  const joined =
    /\band\s+$/.test(gap) && !/[;:]/.test(gap) && !cx.named.some((m) => m.start > at - gap.length && m.end <= at && isPerson(cx, m.actor!));
  // ("A and B, who head the commission, spoke": a relative clause set off after the subject)
  // ("Leaders of the Quad, A, B and C, met": a list set off between commas)
  const setOff = /,\s*$/.test(cx.text.slice(s.start, titleStart(main.mentions[0]!))) && /^\s*,\s*(?:\w+\s+){0,2}$/.test(gap);
  return anyDistance || joined || setOff || /^\s*(?:\w+\s+){0,3}$|^\s*,\s*who\s+[^,;]{1,80}?,?\s*$/.test(gap)
    ? [...new Set(titleHolders(cx, main.mentions))].filter(Boolean)
    : [];
}
