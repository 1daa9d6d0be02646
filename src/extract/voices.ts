// Who speaks through a cue: the subject of its clause, the name after "according to", the issuer of a
// document, an organisation the dictionary lacks, a pronoun's person; and the day a statement was made.
import type { ActorId, IsoDate, Span } from '../model.js';
import type { Attribution, AttributionScene, Found } from './attributionScene.js';
import type { Subject } from './clauses.js';
import type { Cue } from './cues.js';
import { findDate } from './dates.js';
import { roleOn } from './dictionary.js';
import { discoveredId } from './discoveredNames.js';
import { ADDRESSEE_VERBS, COUNTRY_NAMES, DEMONYMS, ORG_WORDS } from './lexicon.js';
import type { Sentence } from './sentences.js';

const ORG_TAIL = new RegExp(
  `((?:the\\s+)?(?:[\\p{Lu}][\\p{L}’'.-]*\\s+){1,4}(?:${[...ORG_WORDS].map((w) => `[${w[0]}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|')})(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+(?:and\\s+)?[\\p{Lu}][\\p{L}-]*)+)?)$`,
  'u',
);
const COUNTRY_TAIL = new RegExp(
  `\\b(${Object.keys(COUNTRY_NAMES)
    .map((c) => c.replace(/\./g, '\\.'))
    .join('|')})$`,
);
const MINISTRY_OF_COUNTRY =
  /(?:\b(\p{Lu}[\p{L}-]+)|\b(\p{Lu}[\p{L}-]+)[’']s)\s+(foreign|defen[cs]e|interior|finance|economy|justice)\s+(ministry|office)$/iu;
const INVERTED_VERBS =
  /^(?:said|says|added|stated|wrote|announced|declared|affirmed|stressed|noted|emphasi[sz]ed|underlined|explained|recalled|insisted|assured|replied|concluded|continued)$/;
const DOCUMENT_BY =
  /^\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:readout|statement|release|communiqu[eé]|report|post|tweet)\s+(?:(?:issued|released|published|posted|put\s+out)\s+)?(?:by|from)\s+/i;
// (Helpers are function declarations down here, not arrows in consts: under tsx, esbuild's
// keepNames renames each such arrow with Object.defineProperty every time it is made.)

export function isPerson(cx: AttributionScene, id: ActorId): boolean {
  return cx.actorOf(id)?.kind === 'person';
}

export function notePerson(cx: AttributionScene, id: ActorId): void {
  const at = cx.recentPeople.indexOf(id);
  if (at >= 0) cx.recentPeople.splice(at, 1);
  cx.recentPeople.unshift(id);
}

export function lastPersonFor(cx: AttributionScene, gender?: 'f' | 'm'): ActorId | null {
  // "…, Ramaphosa's spokeswoman Khusela Diko said. Ramaphosa and Mnangagwa were to meet …, she said": a woman
  // the text says is one, among the last few people spoken of, before anyone whose gender it does not say
  if (gender === 'f') {
    const woman = cx.recentPeople.slice(0, 4).find((id) => cx.actorOf(id)?.gender === 'f');
    if (woman) return woman;
  }
  return cx.recentPeople.find((id) => !gender || !cx.actorOf(id)?.gender || cx.actorOf(id)!.gender === gender) ?? null;
}

// ---- shared ----------------------------------------------------------------------------------

/** Who speaks through `cue` (earlier cues of the sentence given for "according to X, Y said"). */
export function speakerOfCue(cx: AttributionScene, s: Sentence, cue: Cue, earlier: readonly Cue[]): Found | null {
  const according = earlier.find((c) => c.kind === 'according');
  const relay = according ? whoAfter(cx, according, s) : undefined;
  switch (cue.kind) {
    case 'according': {
      const who = whoAfter(cx, cue, s);
      // "According to the release, Macron “condemned …”": the words are Macron's, relayed by the source
      const quoted = quotedSubjectAfter(cx, cue, s);
      if (quoted && quoted !== who) return { speaker: quoted, cue: 'according to', cueAt: cue, ...(who ? { via: who } : {}) };
      return who ? { speaker: who, cue: 'according to', cueAt: cue } : null;
    }
    case 'cited': {
      // "X cited Y as condemning …"
      const m = /^\s+(.{1,80}?)\s+as\b/.exec(cx.masked.slice(cue.end, s.end));
      if (!m) return null;
      const ySubj = cx.reader.subjectAfter(cue.end, cue.end + m[0].length);
      const y = ySubj ? resolveSubject(cx, ySubj)[0] : undefined;
      const xSubj = cx.reader.subjectBefore(cue.start, s.start);
      const x = xSubj ? resolveSubject(cx, xSubj)[0] : undefined;
      return y ? { speaker: y, cue: 'cited as', cueAt: cue, ...(x ? { via: x } : {}) } : null;
    }
    case 'participle': {
      // "X cited Y as condemning … and reaffirming …": the participles are Y's
      const cited = [...earlier].reverse().find((c) => c.kind === 'cited');
      if (cited)
        return speakerOfCue(
          cx,
          s,
          cited,
          earlier.filter((c) => c.start < cited.start),
        );
      const subj = cx.reader.mainSubject(s, cue.start);
      const who = subj ? resolveSubject(cx, subj) : [];
      if (!who[0]) return null;
      return {
        speaker: who[0],
        others: who.slice(1),
        cue: cue.word,
        cueAt: cue,
        ...addresseeOf(cx, cue, s),
        ...(relay ? { via: relay } : {}),
      };
    }
    case 'passive': {
      // "This was announced by X": the agent speaks
      const agent = /^\s+by\s+/i.exec(cx.masked.slice(cue.end, s.end));
      const by = agent ? cx.reader.subjectAfter(cue.end + agent[0].length, s.end) : null;
      const named = by ? resolveSubject(cx, by)[0] : undefined;
      if (named) return { speaker: named, cue: cue.word, cueAt: cue };
      // "X briefed Y about … . The need to … was underlined.": right after a person's statement in the same
      // paragraph, the passive carries on that person's account; anywhere else ("It was noted that …" in a
      // readout) it names no one, and guessing its last voice misattributes as often as not
      const carriesOn =
        cx.previous && cx.previous.spoke && cx.previous.sentence.index === s.index - 1 && cx.previous.sentence.paragraph === s.paragraph;
      if (carriesOn) return { speaker: cx.previous!.spoke!, cue: cue.word, cueAt: cue };
      // "The necessity of … was emphasized.": a point of the account under way, the last voice's
      const impersonal = /\bit\s+$/i.test(cx.masked.slice(Math.max(s.start, cue.start - 4), cue.start));
      return { speaker: impersonal ? null : (cx.lastSpeaker ?? lastPersonFor(cx)), cue: cue.word, cueAt: cue };
    }
    case 'verb': {
      // ("Bayramov, according to his office, also informed …": an according-to set off after the subject is an aside)
      const aside = according && /\S\s*,\s*$/.test(cx.masked.slice(s.start, according.start));
      let subj = cx.reader.subjectBefore(cue.start, according && !aside ? according.end : s.start);
      let who = subj ? resolveSubject(cx, subj) : [];
      if (!who[0]) {
        const org = organisationBefore(cx, cue.start, s.start);
        if (org) who = [org];
      }
      // "…, it said": the body that spoke last ("the ministry said in a statement … It added …")
      if (!who[0] && /(?:^|[\s,;])(?:it|It)\s+(?:also\s+)?$/.test(cx.masked.slice(Math.max(s.start, cue.start - 9), cue.start))) {
        const body = bodySpokenLast(cx, cue.start);
        if (body) who = [body];
      }
      // "…, said X" / "…; affirmed Lukashenko during the meeting": the verb before its subject
      // (not "“…,” and said Türkiye would …": there the name after the verb is the content's subject)
      if (
        !who[0] &&
        INVERTED_VERBS.test(cue.word) &&
        !/\b(?:and|but|or)\s+(?:also\s+)?$/i.test(cx.masked.slice(Math.max(s.start, cue.start - 12), cue.start))
      ) {
        subj = cx.reader.subjectAfter(cue.end, s.end);
        who = subj ? resolveSubject(cx, subj) : [];
      }
      // "X provided an overview of … and stated that …": the second verb shares the clause's subject
      if (!who[0] && /\band\s+(?:also\s+)?$/i.test(cx.masked.slice(Math.max(s.start, cue.start - 12), cue.start))) {
        subj = cx.reader.mainSubject(s, cue.start);
        who = subj ? resolveSubject(cx, subj) : [];
      }
      if (!who[0]) return null;
      return {
        speaker: who[0],
        others: who.slice(1),
        cue: cue.word,
        cueAt: cue,
        ...addresseeOf(cx, cue, s),
        ...(relay ? { via: relay } : {}),
      };
    }
  }
}

/** An organisation named by its kind after "according to", up to the comma: registered as discovered. */
export function bodyNamedAfter(cx: AttributionScene, cue: Cue, s: Sentence): ActorId | undefined {
  const comma = cx.masked.indexOf(',', cue.end);
  const phrase = cx.masked.slice(cue.end, comma > 0 && comma < s.end ? comma : s.end).trim();
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
  const of = /\sof\s+(?:the\s+)?(.+)$/.exec(named)?.[1];
  if (of && of.split(/\s+/).some((w) => !/^\p{Lu}/u.test(w))) return undefined;
  // "according to the press service": the body of that kind the article named before
  if (!owned && /^the\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u.test(phrase))
    return (cx.lastSpeaker && cx.actorOf(cx.lastSpeaker)?.kind === 'org' ? cx.lastSpeaker : lastOrganisation(cx, cue.start)) ?? undefined;
  const title = named.replace(/\b\p{Ll}/gu, (c, at: number) =>
    at > 0 && /^(?:of|the|and|for)\b/.test(named.slice(at)) ? c : c.toUpperCase(),
  );
  return register(cx, { name: title });
}

/** After "According to X,": a person whose quoted words follow right after their name ("Y “…”"). */
export function quotedSubjectAfter(cx: AttributionScene, cue: Cue, s: Sentence): ActorId | undefined {
  const comma = cx.masked.indexOf(',', cue.end);
  if (comma < 0 || comma >= s.end) return undefined;
  const subj = cx.reader.subjectAfter(comma + 1, s.end);
  const m = subj?.mentions[0];
  if (!m || !/^\s*[“"«‘]/.test(cx.text.slice(m.end, m.end + 3))) return undefined;
  const who = resolveSubject(cx, subj)[0];
  return who && isPerson(cx, who) ? who : undefined;
}

export function whoAfter(cx: AttributionScene, cue: Cue, s: Sentence): ActorId | undefined {
  const subj = cx.reader.subjectAfter(cue.end, s.end);
  if (subj) return resolveSubject(cx, subj)[0];
  // "According to a readout issued by X, …", "according to a statement from X": the issuer
  const issued = DOCUMENT_BY.exec(cx.masked.slice(cue.end, Math.min(s.end, cue.end + 80)));
  if (issued) {
    const by = cx.reader.subjectAfter(cue.end + issued[0].length, s.end);
    if (by) return resolveSubject(cx, by)[0];
  }
  // "According to the de facto foreign minister of the region, Tamaz Kvarchia, …": the name set off by commas
  const comma = cx.masked.indexOf(',', cue.end);
  if (comma > 0 && comma < s.end && comma - cue.end <= 100) {
    const named = cx.reader.subjectAfter(comma + 1, s.end);
    const m = named?.mentions[0];
    if (m && (m.kind === 'name' || m.kind === 'discovered') && /^\s*,/.test(cx.masked.slice(m.end, m.end + 2)))
      return resolveSubject(cx, named)[0];
  }
  // "According to the emergency management service, …", "According to the GD party’s press release, …": a
  // body the dictionary does not know speaks all the same
  if (cue.kind === 'according') {
    const body = bodyNamedAfter(cx, cue, s);
    if (body) return body;
  }
  // "According to him, …": the one who was speaking (gender permitting), not the last name mentioned
  const pronoun = /^\s+(him|her)\b/i.exec(cx.masked.slice(cue.end, cue.end + 6));
  if (!pronoun) return undefined;
  const gender = pronoun[1]!.toLowerCase() === 'him' ? 'm' : 'f';
  const speaker = cx.lastSpeaker ? cx.actorOf(cx.lastSpeaker) : undefined;
  if (speaker?.kind === 'person' && (!speaker.gender || speaker.gender === gender)) return speaker.id;
  return lastPersonFor(cx, gender) ?? undefined;
}

export function addresseeOf(cx: AttributionScene, cue: Cue, s: Sentence): { addressee?: ActorId } {
  if (!ADDRESSEE_VERBS.has(cue.word)) return {};
  const subj = cx.reader.subjectAfter(cue.end, s.end);
  const who = subj ? resolveSubject(cx, subj)[0] : undefined;
  return who ? { addressee: who } : {};
}

/** Actor ids for a subject; pronouns take the person last spoken of (gender permitting), documents their issuer. */
export function resolveSubject(cx: AttributionScene, subj: Subject): ActorId[] {
  const ids: ActorId[] = [];
  for (const m of subj.mentions) {
    let id = m.actor;
    if (!id && m.kind === 'pronoun') id = lastPersonFor(cx, m.gender);
    if (!id && m.kind === 'document') id = issuerOf(cx, m.start) ?? cx.lastSpeaker ?? lastOrganisation(cx, m.start);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
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
  return cx.lastSpeaker && cx.actorOf(cx.lastSpeaker)?.kind === 'org' ? cx.lastSpeaker : lastOrganisation(cx, at);
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
  const pre = cx.masked
    .slice(from, at)
    .replace(/\s+(?:also|again|on \w+|later|earlier)?\s*$/, '')
    .trimEnd();
  // "his office said", "Pashinyan’s government says": the organisation of a person
  const owned = /(?:\b(his|her)|(\S+?)[’']s)\s+(government|office|administration|cabinet|press\s+service|press\s+office)$/i.exec(pre);
  if (owned) {
    // "X is due to travel to Paris, his office said": the person the sentence is about, else the last one spoken of
    const owner = owned[1]
      ? (sentenceSubject(cx, from, at, owned[1].toLowerCase() === 'her' ? 'f' : 'm') ??
        lastPersonFor(cx, owned[1].toLowerCase() === 'her' ? 'f' : 'm'))
      : (cx.narration.find((m) => m.end === from + owned.index + owned[2]!.length && m.actor)?.actor ?? null);
    const person = owner ? cx.actorOf(owner) : undefined;
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
  // "The CSTO secretariat said": a generic body of an organisation the dictionary knows is that organisation
  const body = /(\S+)\s+(?:secretariat|press\s+service|press\s+office|spokesperson|headquarters|leadership)$/i.exec(pre);
  if (body) {
    const org = cx.narration.find((m) => m.end === from + body.index + body[1]!.length && m.actor && cx.actorOf(m.actor)?.kind === 'org');
    if (org) return org.actor;
  }
  // "The Kenyan foreign ministry said", "Japan's defence ministry said": that country's ministry
  const ministry = MINISTRY_OF_COUNTRY.exec(pre);
  const ministryCountry = ministry ? (ministry[1] ? DEMONYMS[ministry[1]] : COUNTRY_NAMES[ministry[2]!]) : undefined;
  // ("the Georgian foreign office said": a foreign office is the foreign ministry; no other office is)
  if (ministry && ministryCountry && (ministry[4]!.toLowerCase() === 'ministry' || ministry[3]!.toLowerCase() === 'foreign')) {
    const field = ministry[3]!.toLowerCase();
    const name = `Ministry of ${field === 'foreign' ? 'Foreign Affairs' : /^defen/.test(field) ? 'Defence' : field[0]!.toUpperCase() + field.slice(1)} of ${ministryCountry}`;
    return cx.lexicon.dictionary.actors.find((a) => a.name === name)?.id ?? register(cx, { name, country: ministryCountry });
  }
  // "The Japanese government says": the government of that country, named as governments are
  const demonym = /\b(\p{Lu}[\p{L}-]+)\s+(?:government|authorities)$/u.exec(pre)?.[1];
  const country = COUNTRY_TAIL.exec(pre) ?? (demonym && DEMONYMS[demonym] ? [demonym, DEMONYMS[demonym]] : null);
  if (country) {
    const name = COUNTRY_NAMES[country[1]] ?? country[1];
    const known = cx.lexicon.governments.get(name);
    if (known) return known;
    return register(cx, { name: `Government of ${name}`, country: name });
  }
  // "the Department of Foreign Affairs (DFA) said", then "the DFA said": the body its initials stand for
  const initials = /\b([A-Z]{2,6})(?:\)|\s*\(([A-Z]{2,6})\))?$/.exec(pre);
  const acronym = initials ? (initials[2] ?? initials[1]!) : undefined;
  const spelled = acronym ? cx.acronyms.get(acronym) : undefined;
  if (spelled) return register(cx, { name: spelled, alias: acronym });
  const org = ORG_TAIL.exec(pre);
  if (!org) return null;
  // "the head of the White House stressed": the person at its head, not the body
  if (/\b(?:head|chief|leader|director|chair(?:man|woman)?|spokes(?:man|woman|person))\s+of\s+$/i.test(pre.slice(0, org.index)))
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

/** The day a statement was made: a time phrase next to its cue ("said on Wednesday", "X on Monday called for"). */
export function dateNear(cx: AttributionScene, s: Sentence, cueAt: Span | undefined): IsoDate | null {
  if (!cueAt) return null;
  const after = cx.masked.slice(cueAt.end, Math.min(s.end, cueAt.end + 30));
  const afterMatch = /^\s+(?:(?:also|again|publicly|separately)\s+)?(?:on\s+\w+(?:\s+\d{1,2})?|yesterday|today|last\s+\w+)/i.exec(after);
  if (afterMatch) return findDate(afterMatch[0], cx.date, 'past')?.date ?? null;
  const before = cx.masked.slice(Math.max(s.start, cueAt.start - 30), cueAt.start);
  const beforeMatch = /(?:on\s+\w+(?:\s+\d{1,2})?|yesterday|today|last\s+\w+)(?:\s+(?:also|again))?\s*$/i.exec(before);
  if (beforeMatch) return findDate(beforeMatch[0], cx.date, 'past')?.date ?? null;
  return null;
}

/** The statement a found voice makes of `span` (the quotation, or the reported sentence), dated by its cue. */
export function statementOf(cx: AttributionScene, s: Sentence, kind: Attribution['kind'], span: Span, found: Found): Attribution {
  return {
    kind,
    start: span.start,
    end: span.end,
    speaker: found.speaker,
    coSpeakers: found.others ?? [],
    cue: found.cue,
    ...(found.addressee ? { addressee: found.addressee } : {}),
    ...(found.via && found.via !== found.speaker ? { via: found.via } : {}),
    date: dateNear(cx, s, found.cueAt),
  };
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
