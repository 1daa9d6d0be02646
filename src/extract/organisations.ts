// Organisations as speakers: a body the dictionary lacks named before a verb ("the Kenyan foreign ministry said",
// "his office said", "the DFA said") or after "according to", the issuer of a document, what "it" says.
import type { ActorId } from '../model.js';
import type { AttributionScene } from './attributionScene.js';
import type { Cue } from './cues.js';
import { roleOn } from './dictionary.js';
import { discoveredId } from './discoveredNames.js';
import { COUNTRY_NAMES, DEMONYMS, ORG_WORDS } from './lexicon.js';
import { lastPersonFor } from './people.js';
import type { Sentence } from './sentences.js';

const ORG_TAIL = new RegExp(
  // ("the Ministry of Foreign Affairs of Kenya": a body's word may open its name, with two "of" after it)
  `((?:the\\s+)?(?:[\\p{Lu}][\\p{L}’'.-]*\\s+){0,4}(?:${[...ORG_WORDS].map((w) => `[${w[0]}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|')})(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+(?:and\\s+)?[\\p{Lu}][\\p{L}-]*)+){0,2})$`,
  'u',
);
const BODY_ABROAD =
  /((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:[Ee]mbassy|Mission|Delegation)\s+(?:in|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u;
const COUNTRY_TAIL = new RegExp(
  `\\b(${Object.keys(COUNTRY_NAMES)
    .map((c) => c.replace(/\./g, '\\.'))
    .join('|')})$`,
);
const OFFICE_OF_COUNTRY =
  /^(?:president|prime\s+minister|vice\s+president|government)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*$/iu;
const OWNED_TAIL = new Set(['government', 'office', 'administration', 'cabinet', 'service']);
const BODY_TAIL = new Set(['secretariat', 'service', 'office', 'spokesperson', 'headquarters', 'leadership']);
const PRESIDENCY_TAIL = new Set(['presidency', 'office', 'service']);
const HEAD_OF_BODY =
  /\b(?:head|chief|leader|director|chair(?:man|woman)?|spokes(?:man|woman|person)|minister|secretary|advis[eo]r|officials?|representatives?|envoy|ambassador|members?|(?<!(?:office|administration|service|secretariat|apparatus)\s+of\s+(?:the\s+)?)president)\s+of\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,5}[\p{L}’'.-]+$/iu;
const PRESIDENCY_OF_COUNTRY =
  /\b(\p{Lu}[\p{L}-]+)(?:[’']s)?\s+(?:presidency(?:\s+office)?|presidential\s+(?:office|press\s+service)|president[’']s\s+office)$/iu;
const MINISTRY_OF_COUNTRY =
  /(?:\b(\p{Lu}[\p{L}-]+)|\b(\p{Lu}[\p{L}-]+)[’']s)\s+(foreign|defen[cs]e|interior|finance|economy|justice)\s+(ministry|office)$/iu;

/** An organisation named by its kind after "according to", up to the comma: registered as discovered. */
export function bodyNamedAfter(cx: AttributionScene, cue: Cue, s: Sentence): ActorId | undefined {
  const comma = cx.masked.indexOf(',', cue.end);
  const phrase = cx.masked
    .slice(cue.end, comma > 0 && comma < s.end ? comma : s.end)
    .trim()
    .replace(/\.$/, '');
  if (phrase.length > 80 || /[∎“”"]/.test(phrase)) return undefined;
  const owned = /^(?:the\s+)?(.+?)[’']s\s+(?:official\s+)?(?:press\s+release|statement|readout|website|report|communiqu[eé])$/i.exec(
    phrase,
  );
  const named =
    owned?.[1] ??
    /^(?:the\s+)?((?:[\p{L}’'.-]+\s+){0,5}(?:service|ministry|office|cabinet|government|committee|council|agency|presidency|administration|embassy|party|delegation|department|mission|secretariat|press\s+service)(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)*)?)$/iu.exec(
      phrase,
    )?.[1];
  if (!named || /^(?:his|her|their|its)\b/i.test(named)) return undefined;
  // (the expression ignores case, so "of" must be followed by capitalised words checked here: "the Department of
  // State spokesperson Ned Price" is no body's name)
  // ("the press service of the president of Azerbaijan" is a body's name: an office of a country)
  const of = /\sof\s+(?:the\s+)?(.+)$/.exec(named)?.[1];
  if (of && of.split(/\s+/).some((w) => !/^\p{Lu}/u.test(w)) && !OFFICE_OF_COUNTRY.test(of)) return undefined;
  // "according to the press service": the body of that kind the article named before
  if (!owned && /^the\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u.test(phrase))
    return (cx.lastSpeaker && cx.actorOf(cx.lastSpeaker)?.kind === 'org' ? cx.lastSpeaker : lastOrganisation(cx, cue.start)) ?? undefined;
  const title = named.replace(/\b\p{Ll}/gu, (c, at: number) =>
    at > 0 && /^(?:of|the|and|for)\b/.test(named.slice(at)) ? c : c.toUpperCase(),
  );
  return register(cx, { name: title });
}

/** The issuer of the document named at `at`, or of the last document named with its issuer before it. */
export function issuerOf(cx: AttributionScene, at: number): ActorId | undefined {
  // the nearest before (issuers are not in text order: "said in a statement" ones join as sentences are read)
  let found: { at: number; actor: ActorId } | undefined;
  for (const x of cx.issuers) if (x.at <= at && (!found || x.at >= found.at)) found = x;
  return found?.actor;
}

/** What "it" says: the body that spoke last, else the last body named before `at`. */
export function bodySpokenLast(cx: AttributionScene, at: number): ActorId | null {
  // ("… an announcement by the Armenian government that … . “…,” it said": a body named since the last statement
  // is nearer than the one that made it)
  const lastStatement = cx.results[cx.results.length - 1];
  const named = lastOrganisation(cx, at, lastStatement ? lastStatement.end : 0);
  if (named) return named;
  // ("X and Y discussed …, the foreign ministry said in a statement. … , it added": the body that relayed them)
  if (lastStatement?.via && cx.actorOf(lastStatement.via)?.kind === 'org') return lastStatement.via;
  return cx.lastSpeaker && cx.actorOf(cx.lastSpeaker)?.kind === 'org' ? cx.lastSpeaker : lastOrganisation(cx, at);
}

/**
 * Whose is "the statement" the text names no issuer for: a body named since the last statement ("The ministry released
 * information about the meeting. According to the statement, …"), else the body that relayed the last statement
 * ("X briefed Y, according to the Kremlin. … , added the statement"), else the last voice.
 */
export function documentVoice(cx: AttributionScene, at: number): ActorId | null {
  const lastStatement = cx.results[cx.results.length - 1];
  const named = lastOrganisation(cx, at, lastStatement ? lastStatement.end : 0);
  if (named) return named;
  if (lastStatement?.via && cx.actorOf(lastStatement.via)?.kind === 'org') return lastStatement.via;
  return cx.lastSpeaker ?? lastOrganisation(cx, at);
}

/** The last organisation named before `before`; from `after` on only, and then not a country standing for its government. */
export function lastOrganisation(cx: AttributionScene, before: number, after = 0): ActorId | null {
  for (let i = cx.narration.length - 1; i >= 0; i--) {
    const m = cx.narration[i]!;
    if (m.start < after) break;
    if (after > 0 && m.kind === 'metonym') continue;
    if (m.start < before && m.actor && cx.actorOf(m.actor)?.kind === 'org') return m.actor;
  }
  return null;
}

/** An organisation or a country named right before a verb but absent from the dictionary. */
export function organisationBefore(cx: AttributionScene, at: number, from: number): ActorId | null {
  // (every pattern below reads the end of the clause only: the last 160 characters are all it needs, and an
  // expression anchored at the end is tried from every position of what it is given)
  const base = Math.max(from, at - 160);
  const pre = cx.masked
    .slice(base, at)
    .replace(/(?:\s+(?:also|again|on \w+|later|earlier|has|have|had))*\s*$/, '')
    .trimEnd();
  // Each pattern below ends with a word of its own: the clause's last word says which may match, so the others,
  // expressions anchored at the end and tried from every position, are not run at all.
  let cut = pre.length;
  while (cut > 0 && !/\s/.test(pre[cut - 1]!)) cut--;
  const last = pre.slice(cut).toLowerCase();
  const capitalised = /^[^\p{L}]*\p{Lu}/u.test(last === '' ? '' : pre.slice(cut));
  // "his office said", "Pashinyan’s government says": the organisation of a person
  const owned = OWNED_TAIL.has(last)
    ? /(?:\b(his|her)|(\S+?)[’']s)\s+(government|office|administration|cabinet|press\s+service|press\s+office)$/i.exec(pre)
    : null;
  if (owned) {
    // "X is due to travel to Paris, his office said": the person the sentence is about, else the last one spoken of
    const owner = owned[1]
      ? (sentenceSubject(cx, from, at, owned[1].toLowerCase() === 'her' ? 'f' : 'm') ??
        lastPersonFor(cx, owned[1].toLowerCase() === 'her' ? 'f' : 'm'))
      : (cx.narration.find((m) => m.end === base + owned.index + owned[2]!.length && m.actor)?.actor ?? null);
    const person = owner ? cx.actorOf(owner) : undefined;
    // "Mexico’s government said": that country's government
    const ownerCountry = owned[2] ? COUNTRY_NAMES[owned[2]] : undefined;
    // ("the Azerbaijani Foreign Ministry's press service reported": a body's press service speaks for the body)
    if (person?.kind === 'org' && /^press\s+(?:service|office)$/i.test(owned[3]!)) return person.id;
    if (ownerCountry && person?.kind !== 'person' && /government|cabinet/i.test(owned[3]!))
      return cx.lexicon.governments.get(ownerCountry) ?? register(cx, { name: `Government of ${ownerCountry}`, country: ownerCountry });
    if (person) {
      if (/government|cabinet/i.test(owned[3]!) && person.country) {
        return (
          cx.lexicon.governments.get(person.country) ?? register(cx, { name: `Government of ${person.country}`, country: person.country })
        );
      }
      const role = officeTitle(roleOn(person, cx.date)?.title ?? person.description, person.country);
      return register(cx, {
        name: `Office of ${role ? `the ${role}` : person.name}`,
        ...(person.country ? { country: person.country } : {}),
      });
    }
  }
  // "the head of the Armenian foreign ministry told": a person at the body's head, whom this cannot name
  const of = pre.lastIndexOf(' of ');
  if (of >= 0 && pre.length - of < 80 && HEAD_OF_BODY.test(pre.slice(Math.max(0, of - 40)))) return null;
  // "The CSTO secretariat said": a generic body of an organisation the dictionary knows is that organisation
  const body = BODY_TAIL.has(last)
    ? /(\S+)\s+(?:secretariat|press\s+service|press\s+office|spokesperson|headquarters|leadership)$/i.exec(pre)
    : null;
  if (body) {
    const org = cx.narration.find((m) => m.end === base + body.index + body[1]!.length && m.actor && cx.actorOf(m.actor)?.kind === 'org');
    if (org) return org.actor;
  }
  // "The Kenyan foreign ministry said", "Japan's defence ministry said": that country's ministry
  const ministry = last === 'ministry' || last === 'office' ? MINISTRY_OF_COUNTRY.exec(pre) : null;
  const ministryCountry = ministry ? (ministry[1] ? DEMONYMS[ministry[1]] : COUNTRY_NAMES[ministry[2]!]) : undefined;
  // ("the Georgian foreign office said": a foreign office is the foreign ministry; no other office is)
  if (ministry && ministryCountry && (ministry[4]!.toLowerCase() === 'ministry' || ministry[3]!.toLowerCase() === 'foreign')) {
    const field = ministry[3]!.toLowerCase();
    const name = `Ministry of ${field === 'foreign' ? 'Foreign Affairs' : /^defen/.test(field) ? 'Defence' : field[0]!.toUpperCase() + field.slice(1)} of ${ministryCountry}`;
    return cx.lexicon.dictionary.actors.find((a) => a.name === name)?.id ?? register(cx, { name, country: ministryCountry });
  }
  // "the Azerbaijani presidency said", "Turkish presidency office said": the office of that country's president
  const presidency = PRESIDENCY_TAIL.has(last) ? PRESIDENCY_OF_COUNTRY.exec(pre)?.[1] : undefined;
  const presidencyCountry = presidency ? (DEMONYMS[presidency] ?? COUNTRY_NAMES[presidency]) : undefined;
  if (presidencyCountry) {
    const name = `Office of the President of ${presidencyCountry}`;
    return cx.lexicon.dictionary.actors.find((a) => a.name === name)?.id ?? register(cx, { name, country: presidencyCountry });
  }
  // "The Japanese government says": the government of that country, named as governments are
  const demonym =
    last === 'government' || last === 'authorities' ? /\b(\p{Lu}[\p{L}-]+)\s+(?:government|authorities)$/u.exec(pre)?.[1] : undefined;
  // (not the country closing a body's name: "the Ministry of Foreign Affairs of Kenya said" is the ministry, "U.S. Embassy
  // in Georgia said" the embassy)
  const tail = capitalised ? COUNTRY_TAIL.exec(pre) : null;
  const ofBody =
    tail && /\b(?:of|(?:embassy|mission|office|delegation)\s+in)\s+(?:the\s+)?$/i.test(pre.slice(Math.max(0, tail.index - 20), tail.index));
  const country = (ofBody ? null : tail) ?? (demonym && DEMONYMS[demonym] ? [demonym, DEMONYMS[demonym]] : null);
  if (country) {
    const name = COUNTRY_NAMES[country[1]] ?? country[1];
    const known = cx.lexicon.governments.get(name);
    if (known) return known;
    return register(cx, { name: `Government of ${name}`, country: name });
  }
  // "Xinhua news agency reported": the outlet, by its name
  const outlet = last === 'agency' ? /\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:state\s+)?news\s+agency$/u.exec(pre)?.[1] : undefined;
  if (outlet && !DEMONYMS[outlet.split(/\s+/).pop()!]) return register(cx, { name: outlet });
  // "the Department of Foreign Affairs (DFA) said", then "the DFA said": the body its initials stand for
  const initials = capitalised ? /\b([A-Z]{2,6})(?:\)|\s*\(([A-Z]{2,6})\))?$/.exec(pre) : null;
  const acronym = initials ? (initials[2] ?? initials[1]!) : undefined;
  const spelled = acronym ? cx.acronyms.get(acronym) : undefined;
  if (spelled) return register(cx, { name: spelled, alias: acronym });
  // "U.S. Embassy in Georgia said": a body abroad, named with the country it sits in
  const abroad = capitalised ? BODY_ABROAD.exec(pre) : null;
  if (abroad) return register(cx, { name: abroad[1]!.replace(/^the\s+/i, '') });
  const org = capitalised || ORG_WORDS.has(last.charAt(0).toUpperCase() + last.slice(1)) ? ORG_TAIL.exec(pre) : null;
  if (!org) return null;
  // "the head of the White House stressed": the person at its head, not the body (nor "the Secretary General of
  // the CSTO said", "a member of the commission said")
  if (
    /\b(?:head|chief|leader|director|chair(?:man|woman|person)?|spokes(?:man|woman|person)|secretary|general|president|speaker|minister|deputy|members?|officials?|representatives?|envoy|ambassador)\s+of\s+$/i.test(
      pre.slice(0, org.index),
    )
  )
    return null;
  const name = org[1]!.replace(/^the\s+/i, '');
  if (name.split(/\s+/).length < 2) return null;
  return register(cx, { name });
}

export function register(cx: AttributionScene, { name, country, alias }: { name: string; country?: string; alias?: string }): ActorId {
  const id = discoveredId(name);
  if (!cx.actorOf(id)) {
    cx.discover({
      id,
      kind: 'org',
      name,
      aliases: [name, ...(alias ? [alias] : []), ...countryVariants(name, country)],
      nominals: [],
      metonyms: [],
      roles: [],
      origin: 'discovered',
      ...(country ? { country } : {}),
    });
  }
  return id;
}

/** "Indonesian President" of Indonesia → "President of Indonesia", as offices are named ("Office of the President of Indonesia"). */
function officeTitle(role: string | undefined, country: string | undefined): string | undefined {
  if (!role || !country) return role;
  const bare = role
    .split(/\s+/)
    .filter((w) => DEMONYMS[w] !== country && COUNTRY_NAMES[w] !== country)
    .join(' ');
  return /\bof\b/.test(bare) || !bare ? role : `${bare} of ${country}`;
}

/** "Office of the President of Turkey" is also "… of Türkiye": the body's name with the country's other names. */
function countryVariants(name: string, country: string | undefined): string[] {
  if (!country || !name.endsWith(` of ${country}`)) return [];
  const stem = name.slice(0, name.length - country.length);
  return Object.entries(COUNTRY_NAMES)
    .filter(([written, c]) => c === country && written !== country && written.length > 3 && !written.includes('.'))
    .map(([written]) => stem + written);
}

/** The person a sentence is about (its main subject), gender permitting, if it is one. */
function sentenceSubject(cx: AttributionScene, from: number, at: number, gender: 'f' | 'm'): ActorId | null {
  const subject = cx.reader.mainSubject({ start: from, end: at }, at);
  const id = subject?.mentions.length === 1 ? subject.mentions[0]!.actor : null;
  const person = id ? cx.actorOf(id) : undefined;
  return person?.kind === 'person' && (!person.gender || person.gender === gender) ? person.id : null;
}
