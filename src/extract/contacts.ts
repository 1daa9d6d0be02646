// Who called, met or wrote to whom, when, and whether it happened, is planned or was called off.
import type { Actor, ActorId, ContactKind, ContactStatus, IsoDate } from '../model.js';
import { ClauseReader } from './clauses.js';
import { CUES } from './contactCues.js';
import { CANCELLED, DECLINED, NEGATED, PLANNED, SAME_DAY } from './contactStatus.js';
import { cueHinted, SENTENCE_WORDS } from './contactGate.js';
import { contactDate } from './contactDates.js';
import { anchorRelativeDates, dateFromLead, eventToldNext, inheritDates, merge, newsOfTheDay, withPronouns } from './contactEvents.js';
import type { Found, FoundContact } from './contactTypes.js';
import { groupAfter, groupAnaphor, latestParties } from './contactGroups.js';
import { firstEndingAfter, groupBefore, isPerson, objectList, participantsAfter, subjectsOf, type ContactScene } from './contactParties.js';
import {
  bracketed,
  companions,
  groupAfterLead,
  openingPhrase,
  peopleAlongside,
  pronounObject,
  spokenTo,
  whomObject,
} from './contactClauses.js';
import { nounSubjects } from './contactNounParties.js';
import type { ResolvedMention } from './coreference.js';
import { findDate, type FoundDate } from './dates.js';
import type { Sentence } from './sentences.js';

export type { FoundContact } from './contactTypes.js';

// "called Y a liar", "called X's remarks irresponsible": the name is followed by what it is called
const NAME_CALLING = /^(?:(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}|(?:him|her|them)\s+)(?:an?\s+|[’']s\s+\w+\s+)(?!call\b|phone\b)\p{Ll}/u;
const HOSTED_BY =
  /\bhosted\s+by\s+|\bwhich\s+([^,;]{1,80}?)\s+(?:had\s+been|has\s+been|was|is|were)\s+(?:due|set|scheduled|expected|planning|to)\s+(?:to\s+)?host\b/i;
const SETTING = /\b(?:sidelines|fringes?|margins?)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i;
const BY_PHONE = /\b(?:by|over\s+the|via|on\s+the)\s+(?:tele)?phone\b|\bin\s+a\s+(?:tele)?phone\s+(?:call|conversation)\b/i;
const COUNTERPARTS = /^(?:his|her|their)\s+(?:[\w-]+\s+)?(?:counterparts?|guests?|colleagues?),/i;

export function findContacts(
  text: string,
  /** The text with quotation words masked: subjects are looked for in narration only. */
  maskedText: string,
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
  date: IsoDate,
  actorOf: (id: ActorId) => Actor | undefined,
  /** The speaker of the quotation at an offset, if one is attributed: "I met X" is that speaker's contact. */
  voiceAt: (offset: number) => ActorId | null = () => null,
): FoundContact[] {
  const named = withPronouns(
    mentions.filter((m) => m.actor || m.kind === 'pronoun'),
    sentences,
    maskedText,
    actorOf,
  );
  const reader = new ClauseReader(
    maskedText,
    named.filter((m) => !m.inQuote),
  );
  const found: Found[] = [];
  // The last day the article named, for "that day" and "later in the day".
  const dayCandidates: string[] = [];
  const quotedReader = new ClauseReader(text, named);
  const cx: ContactScene = {
    text,
    sentences,
    named,
    mentions,
    reader,
    masked: maskedText,
    quotedReader,
    date,
    actorOf,
    found,
    dayCandidates,
  };
  let whenAt: { key: string; when: FoundDate | null } | undefined;
  // the words after a party told apart from the others ("… and B in Baku Feb. 21"), where its own day is looked for
  let apart: string | undefined;
  // the day of the sentence before, for a contact whose party is a pronoun standing for that sentence's subject
  let dayBefore: FoundDate | null = null;
  // whether the cue being read is denied in the future ("will not talk to"): a contact called off
  let calledOff = false;
  // whether the cue being read only infers its contact from what was discussed (Found.inferred)
  let inferred = false;
  // (The helpers are function declarations after the return, not arrows held in consts: under tsx,
  // esbuild's keepNames renames every such arrow with Object.defineProperty each time it is made.)
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const words = SENTENCE_WORDS.scan(body);
    // the last day named before this sentence, worked out only when "that day" asks for it
    if (!(words.day && SAME_DAY.test(body))) dayCandidates.push(body);
    if (!words.gate) continue;
    const before = found.length;
    for (let c = 0; c < CUES.length; c++) {
      if (!cueHinted(words, c)) continue;
      const cue = CUES[c]!;
      inferred = cue.inferred === true;
      cue.re.lastIndex = 0;
      for (let m = cue.re.exec(body); m; m = cue.re.exec(body)) {
        const at = s.start + m.index;
        // "X did not meet Y" is no contact; "X will not talk to Y this Friday" is one called off
        const lead = body.slice(Math.max(0, m.index - 24), m.index);
        const negated = NEGATED.test(lead);
        const ahead = negated && /\b(?:(?:will|would)\s+(?:not|no\s+longer)|won[’']t|wouldn[’']t)\s+(?:\w+\s+)?$/i.test(lead);
        if (negated && !ahead) continue;
        calledOff = ahead;
        dayBefore = null;
        const objectStart = at + m[0].length;
        switch (cue.parties) {
          case 'group': {
            // ("A and B met separately with C and D": A and B did not meet each other)
            if (/^\s+separately\b/i.test(body.slice(m.index + m[0].length, m.index + m[0].length + 12))) break;
            // "during a phone call", "during fresh talks": the sentence's subject held it, however far before
            let group = groupBefore(cx, at, s, /^(?:during|in|over|by|at|after|following)\b/i.test(m[0]));
            // "In their phone call on Tuesday, A and B discussed …": a phrase leading the sentence, its subject after the comma
            if (group.length < 2 && /^(?:during|in|over|after|following|at)\b/i.test(m[0])) group = groupAfterLead(cx, at, s);
            // ("Y, with whom X spoke on Monday, …")
            if (group.length < 2 && /\bwhom\b/i.test(body)) {
              const whom = whomObject(cx, at, s);
              if (whom.length) group = [...subjectsOf(cx, at, s).filter((id) => !whom.includes(id)), ...whom];
            }
            if (group.length < 2) group = groupAnaphor(cx, at, s);
            // "X congratulated Y on his victory in a phone call": the subject and the person it spoke to
            if (group.length < 2 && cue.kind !== 'meeting' && /^(?:during|in|over|by|via)\b/i.test(m[0])) group = spokenTo(cx, at, s);
            // "X thanked Y during their meeting": "their" is the subject and the one it addressed
            if (group.length < 2 && /\btheir\b/i.test(m[0])) group = spokenTo(cx, at, s);
            // ("Armenia and Azerbaijan hold more border talks": countries, whose people the text names elsewhere if at all)
            if (group.length >= 2 && group.some((id) => isPerson(cx, id))) addPairs(s, cue.kind, at, objectStart, group, 'all');
            break;
          }
          case 'joiners': {
            // each meets the guests of the latest contact (told in this sentence or up to three before): those
            // present at a meeting someone hosted are mostly the host's people
            const joiners = subjectsOf(cx, at, s).filter((id) => isPerson(cx, id));
            const last = found[found.length - 1];
            if (!joiners.length || !last || last.sentence < s.index - 3) break;
            // ("X will also take part in the meeting": everyone of the meeting just told)
            const all = /\bpart\s+in\b/i.test(m[0]);
            const partners = [...new Set(found.filter((c) => c.sentence === last.sentence).flatMap((c) => (all ? [c.a, c.b] : [c.b])))];
            const from = found.length;
            for (const j of joiners)
              for (const p of partners) if (!joiners.includes(p)) addPairs(s, cue.kind, at, objectStart, [j, p], 'first');
            // (on the day of the contact they joined, when the sentence gives none)
            for (let i = from; i < found.length; i++) if (found[i]!.date === null) found[i] = { ...found[i]!, date: last.date };
            break;
          }
          case 'pair': {
            // both names must be people named here, and nothing else between them
            const two = named.filter((x) => x.start >= at && x.end <= at + m[0].length && isPerson(cx, x.actor!));
            const kind: ContactKind = /\b(?:call|conversation)$/i.test(m[0]) ? 'call' : cue.kind;
            if (two.length === 2 && two[0]!.actor !== two[1]!.actor)
              addPairs(s, kind, at, objectStart, [two[0]!.actor!, two[1]!.actor!], 'all');
            break;
          }
          case 'between':
            addPairs(s, cue.kind, at, objectStart, objectList(cx, objectStart, s).slice(0, 4), 'all');
            break;
          case 'voice': {
            const voice = voiceAt(at);
            const objects = voice ? objectList(cx, objectStart, s).filter((o) => o !== voice && isPerson(cx, o)) : [];
            const kind: ContactKind = /\b(?:called|phoned|spoke|call|conversation)\b/i.test(m[0])
              ? 'call'
              : /\b(?:met|meet|host|hosted|receive|received|welcome|welcomed|see|talks|meeting)\b/i.test(m[0])
                ? 'meeting'
                : cue.kind;
            // "It was a pleasure to host X and Y": all three met; "I told X …": the one spoken to
            if (/host/i.test(m[0]) && objects.length > 1) addPairs(s, kind, at, objectStart, [voice!, ...objects], 'all');
            else
              for (const o of objects.slice(0, /host|receiv|welcom|met|meet/i.test(m[0]) ? objects.length : 1))
                addPairs(s, kind, at, objectStart, [voice!, o], 'first');
            break;
          }
          case 'participants': {
            // ("held talks on the fringes of a meeting of the top diplomats of A, B and C": the meeting is the setting)
            if (SETTING.test(text.slice(Math.max(s.start, at - 60), at))) break;
            const after = participantsAfter(cx, objectStart, s);
            // "during the meeting of the 3 FMs": the latest group of that many
            if (after.length === 0) {
              const group = /\bof$/i.test(m[0]) ? groupAfter(cx, objectStart, s) : [];
              if (group.length >= 2) addPairs(s, cue.kind, at, objectStart, group, 'all');
              break;
            }
            // "X met Y; the meeting was attended by A and B": the attendees meet the meeting's parties
            const meetingAttended =
              /attended/i.test(m[0]) &&
              /\b(?:meeting|talks|negotiations|summit|session)\s+(?:was|were|will\s+be)\s+(?:also\s+)?attended\b/i.test(
                text.slice(Math.max(s.start, at - 40), at + m[0].length),
              );
            // "In addition to A and B, the meeting was attended by C and D": all four met
            const alongside = meetingAttended ? peopleAlongside(cx, s, at) : [];
            if (alongside.length > 0) {
              addPairs(s, cue.kind, at, objectStart, [...alongside, ...after], 'all');
              break;
            }
            // "A and B, in the presence of Z, signed …": the subject was there with Z
            const before = meetingAttended
              ? latestParties(cx, s)
              : /^(?:was|were|will|are|in\s+the\s+presence)\b|^,/i.test(m[0])
                ? subjectsOf(cx, at, s).filter((id) => isPerson(cx, id))
                : [];
            // "the negotiations will be attended by A, B and C": a delegation's members do not meet one another,
            // nor the one they come "together with"
            // ("The meeting was attended by A, B and C", no one named before: all of them met)
            if (/attended/i.test(m[0]) && before.length === 0 && after.length > 1) {
              addPairs(s, cue.kind, at, objectStart, after, 'all');
              break;
            }
            if (/attended/i.test(m[0])) {
              const own = companions(cx, s, at);
              for (const b of before.filter((id) => !own.includes(id)))
                for (const p of after) addPairs(s, cue.kind, at, objectStart, [b, p], 'first');
              break;
            }
            const all = [...before, ...after];
            if (all.length >= 2) addPairs(s, cue.kind, at, objectStart, all, 'all');
            break;
          }
          case 'subject':
          case 'noun': {
            const told = new Map<ActorId, string>();
            // "Welcoming his counterparts, X …": the people of the contact just told
            let objects =
              /^(?:greeting|welcoming|receiving|hosting|meeting)\b/i.test(m[0]) &&
              COUNTERPARTS.test(text.slice(objectStart, objectStart + 40))
                ? latestParties(cx, s)
                : objectList(cx, objectStart, openingPhrase(cx, cue.parties, at, s), told);
            // "X visited Y" is a meeting with a person ("visited the European Parliament" is a visit to a place);
            // "X called Y a liar" is no call
            if (/^(?:visit|will\s+visit|to\s+visit)/i.test(m[0])) objects = objects.filter((o) => isPerson(cx, o));
            if (/^called\s/i.test(m[0]) && NAME_CALLING.test(text.slice(objectStart, Math.min(s.end, objectStart + 80)))) break;
            // "X called on Y in Riyadh" is a visit; "X called on Y to release …", "called on Y for restraint" an appeal
            if (/^(?:called|calls|will\s+call)\s+on\b/i.test(m[0])) {
              const clause = text.slice(objectStart, s.end).split(/[;:]|,\s+(?:where|who|which|after|before|during|as|while)\b/)[0]!;
              if (/\b(?:to|for)\s/i.test(clause)) break;
              objects = objects.filter((o) => isPerson(cx, o));
            }
            // "Y arrived in Delhi on Tuesday. X received him at the airport": the one the sentence before was about
            if (objects.length === 0 && cue.parties === 'subject') objects = whomObject(cx, at, s);
            const byPronoun = objects.length === 0 && cue.parties === 'subject';
            if (byPronoun) objects = pronounObject(cx, objectStart, s);
            if (objects.length === 0) break;
            // (on the day the sentence before gives, when this one gives none)
            if (byPronoun) dayBefore = findDate(text.slice(sentences[s.index - 1]!.start, sentences[s.index - 1]!.end), date, 'past');
            let subjects = cue.parties === 'noun' ? nounSubjects(cx, at, m[0], s, objects) : subjectsOf(cx, at, s);
            // "the two men will separately meet Y": the people a group noun stands for, each with the objects
            const byNoun = subjects.length === 0 && cue.parties === 'subject';
            if (byNoun) {
              objects = objects.filter((o) => isPerson(cx, o));
              subjects = objects.length ? groupAnaphor(cx, at, s).filter((id) => !objects.includes(id)) : [];
            }
            if (subjects.length === 0) break;
            // members of a delegation named in a bracket came together: each meets the others, not one another; so
            // do those who "were received by" their hosts
            // ("A and B met separately with C and D": each of A and B with each of C and D)
            const delegation =
              byNoun ||
              (cue.parties === 'subject' &&
                subjects.length > 1 &&
                (/\s(?:by|separately)\s/.test(m[0]) || subjects.every((id) => bracketed(cx, id, at, s))));
            // "X hosted Y and Z": a meeting of all three; "X’s and Y’s meeting with Z", "Greeting Y and Z, X said" likewise
            const together =
              (subjects.length > 1 && !delegation) ||
              (/^(?:hosted|hosts|host|greeting|welcoming|receiving|hosting)\b/i.test(m[0]) && objects.length > 1) ||
              /\b(?:three|four|five)-way\b|\b(?:tri|quadri)lateral\b|\btripartite\b|\bjoint\b/i.test(m[0]);
            // ("X declined to attend a five-way meeting with A, B, C and D": only X's meetings are off)
            if (together && !(subjects.length === 1 && DECLINED.test(text.slice(Math.max(s.start, at - 40), at))))
              addPairs(s, cue.kind, at, objectStart, [...subjects, ...objects], 'all');
            else
              for (const o of objects) {
                // ("met with A in Yerevan Feb. 20 and B in Baku Feb. 21": each on the day told after it)
                apart = told.get(o);
                for (const subject of delegation ? subjects : subjects.slice(0, 1))
                  addPairs(s, cue.kind, at, objectStart, [subject, o], 'first');
                apart = undefined;
              }
            break;
          }
        }
      }
    }
    // "… at talks hosted by Z", "… the meeting with Y, which Z had been due to host": the host joins every meeting
    // of the sentence
    const host = found.length > before ? HOSTED_BY.exec(body) : null;
    if (host) {
      const hosts = host[1]
        ? named
            .filter((m) => m.start >= s.start + host.index && m.end <= s.start + host.index + host[0].length && isPerson(cx, m.actor!))
            .map((m) => m.actor!)
        : objectList(cx, s.start + host.index + host[0].length, s);
      const meetings = found.slice(before).filter((c) => c.kind === 'meeting');
      for (const h of hosts) {
        for (const c of meetings) for (const p of [c.a, c.b]) if (p !== h) found.push({ ...c, a: h, b: p });
      }
    }
  }
  anchorRelativeDates(found);
  eventToldNext(found, sentences, text, date);
  inheritDates(found);
  dateFromLead(found, sentences, text, date);
  return newsOfTheDay(merge(found), found, date);

  /** A contact for each pair of the parties ('first': the first party with each of the others). */
  function addPairs(s: Sentence, kind: ContactKind, at: number, objectStart: number, parties: readonly ActorId[], pairs: 'all' | 'first') {
    // what was discussed tells a contact between people only ("Azerbaijan and Armenia discussed …" is no meeting)
    const unique = [...new Set(inferred ? parties.filter((id) => isPerson(cx, id)) : parties)];
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        if (pairs === 'first' && i > 0) break;
        push(s, kind, at, objectStart, unique[i]!, unique[j]!);
      }
    }
  }

  function push(s: Sentence, kind: ContactKind, at: number, objectStart: number, a: ActorId, b: ActorId) {
    const body = text.slice(s.start, s.end);
    const cancelled = calledOff || CANCELLED.test(body);
    // the tense of the contact itself: the words around the cue and its parties, not the rest of the sentence
    let partiesEnd = objectStart;
    for (let k = firstEndingAfter(named, objectStart); k < named.length && named[k]!.start < s.end; k++) {
      const m = named[k]!;
      if (m.start >= objectStart && m.end <= s.end && (m.actor === a || m.actor === b)) partiesEnd = Math.max(partiesEnd, m.end);
    }
    const from = Math.max(s.start, at - 40);
    const to = Math.min(s.end, Math.max(objectStart + 20, partiesEnd + 40));
    // …but not into the next clause: "after talks with Y, said the two countries would …"
    // (nor into a second verb's: "met Y last week and will meet him again in June")
    const nextClause = text
      .slice(at, to)
      .search(/\b(?:said|says|told|added|stressed|noted|that|and\s+(?:will|would|plans?\s+to|is\s+to))\b/);
    const window = text.slice(from, nextClause >= 0 ? at + nextClause : to);
    const planned = PLANNED.test(window);
    const status: ContactStatus = cancelled ? 'cancelled' : planned ? 'planned' : 'held';
    // (a contact called off is in the past unless the sentence says it would have been ahead: "declined to attend the
    // meeting on October 5" in a November article, "would not travel for the talks on Monday", "was scheduled for Friday")
    const tense =
      status === 'held' || (status === 'cancelled' && !/\b(?:will|would|won[’']t|due|scheduled|planned|set\s+to)\b/i.test(body))
        ? 'past'
        : 'future';
    // The time phrase of the contact: after the cue first ("met with X on Friday"), else before it ("X on Friday met").
    // Every pair of one cue asks the same question: worked out once.
    const key = `${at}|${tense}`;
    if (whenAt?.key !== key) whenAt = { key, when: contactDate(cx, s, at, tense, body) };
    const own = apart === undefined ? null : findDate(apart, date, tense);
    const when = own?.date ? own : (whenAt.when ?? (status === 'held' ? dayBefore : null));
    const relative = !!when && /day before(?! yesterday)|previous day|eve of/i.test(when.phrase);
    found.push({
      start: s.start,
      end: s.end,
      a,
      b,
      // ("X and Y discussed trade by phone": what was discussed tells a call when the clause says how)
      kind: inferred && kind === 'meeting' && BY_PHONE.test(text.slice(at, Math.min(s.end, at + 160)).split(/[,;]/)[0]!) ? 'call' : kind,
      date: when?.date ?? null,
      status,
      sentence: s.index,
      paragraph: s.paragraph,
      ...(relative ? { relative } : {}),
      ...(when && when.date === null ? { vague: true } : {}),
      ...(inferred ? { inferred } : {}),
    });
  }
}
