// Who speaks through a cue: the subject of its clause, the name after "according to", the issuer of a
// document, an organisation the dictionary lacks, a pronoun's person; and the day a statement was made.
import type { ActorId, IsoDate, Span } from '../model.js';
import type { Attribution, AttributionScene, Found } from './attributionScene.js';
import type { Cue } from './cues.js';
import { findDate } from './dates.js';
import { ADDRESSEE_VERBS } from './lexicon.js';
import { countrysBody, issuerAfter, speakingBodyBefore } from './documentVoices.js';
import { bodyNamedAfter, bodySpokenLast } from './organisations.js';
import { isPerson, lastPersonFor } from './people.js';
import type { Sentence } from './sentences.js';
import { resolveSubject } from './subjects.js';

const INVERTED_VERBS =
  /^(?:said|says|added|stated|wrote|announced|declared|affirmed|stressed|noted|emphasi[sz]ed|underlined|explained|recalled|insisted|assured|replied|concluded|continued)$/;
const REPRESENTING = /\s(?:representing|heading|leading|chairing)\s+[^,;:∎“”"]{1,80}?\s+(?:(?:has|have|had|also)\s+)*$/;
const ADVERBS_AT_END = /(?:\b(?:also|further|then|later|again)\s+)+$/;
/** A reporting verb right before "citing" / "with reference to" (a day may stand between: "reports March 1"). */
const REPORTING_TAG =
  /\b(?:said|says|reported|reports|wrote|writes|added|adds|stated|states|informed|informs|announced|announces)(?:\s+(?:on\s+)?\p{L}+(?:\s+\d{1,2})?)?\s*,?\s*$/u;
// (Helpers are function declarations down here, not arrows in consts: under tsx, esbuild's
// keepNames renames each such arrow with Object.defineProperty every time it is made.)

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
    case 'citing': {
      // "…, it said, citing official Baku", "Azerbaijani media reported, citing the press service of …", "Trend reports
      // March 1 with reference to the Co-Chairs": only after a reporting tag ("X rejected it, citing a UN report" is X's)
      const tag = REPORTING_TAG.exec(cx.masked.slice(Math.max(s.start, cue.start - 40), cue.start));
      if (!tag) return null;
      const adjective = /^\s+(?:official|unnamed|senior)(?=\s)/i.exec(cx.masked.slice(cue.end, cue.end + 12));
      const who = whoAfter(cx, cue, s) ?? (adjective ? whoAfter(cx, { ...cue, end: cue.end + adjective[0].length }, s) : undefined);
      if (!who) return null;
      const tagAt = cue.start - tag[0].length + tag.index;
      const reporterSubject = cx.reader.subjectBefore(tagAt, s.start);
      const reporter = reporterSubject ? resolveSubject(cx, reporterSubject)[0] : undefined;
      return { speaker: who, cue: cue.word, cueAt: cue, ...(reporter && reporter !== who ? { via: reporter } : {}) };
    }
    case 'cited': {
      // "“…,” X was quoted as saying by TASS", "X was quoted by Armenpress as saying that …": X speaks, the outlet relays
      const aux = /\b(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+$/.exec(
        cx.masked.slice(Math.max(s.start, cue.start - 16), cue.start),
      );
      if (aux && /^\s+(?:by\s+[^,;:∎“”"]{1,60}?\s+)?as\s+(?:saying|telling|stating)\b/.test(cx.masked.slice(cue.end, s.end))) {
        const subject = cx.reader.subjectBefore(cue.start - aux[0].length, s.start);
        const speaker = subject ? resolveSubject(cx, subject)[0] : undefined;
        if (!speaker) return null;
        const by = /^\s+(?:as\s+(?:saying|telling|stating)\s+)?by\s+/.exec(cx.masked.slice(cue.end, s.end));
        const outlet = by ? cx.reader.subjectAfter(cue.end + by[0].length, s.end) : null;
        const via = outlet ? resolveSubject(cx, outlet)[0] : undefined;
        return { speaker, cue: 'quoted as saying', cueAt: cue, ...(via && via !== speaker ? { via } : {}) };
      }
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
      // ("MP X representing the ruling Civil Contract party has said": the one who represents it, not the party)
      const represents = who[0] ? null : REPRESENTING.exec(cx.masked.slice(Math.max(s.start, cue.start - 100), cue.start));
      if (represents) {
        subj = cx.reader.subjectBefore(cue.start - represents[0].length, s.start);
        who = subj ? resolveSubject(cx, subj) : [];
      }
      if (!who[0]) {
        const org = speakingBodyBefore(cx, cue.start, s.start);
        if (org) who = [org];
      }
      // "…, it said": the body that spoke last ("the ministry said in a statement … It added …")
      if (!who[0] && /(?:^|[\s,;])(?:it|It)\s+(?:also\s+)?$/.test(cx.masked.slice(Math.max(s.start, cue.start - 9), cue.start))) {
        const body = bodySpokenLast(cx, cue.start);
        if (body) who = [body];
      }
      // "…, said X" / "…; affirmed Lukashenko during the meeting": the verb before its subject
      // (not "“…,” and said Türkiye would …": there the name after the verb is the content's subject)
      // (and not "TASS said Lavrov would travel …": a word right before the verb is a subject the rules do not
      // know; the verb comes before its subject only after punctuation or at the sentence's start)
      if (
        !who[0] &&
        INVERTED_VERBS.test(cue.word) &&
        !/\b(?:and|but|or)\s+(?:also\s+)?$/i.test(cx.masked.slice(Math.max(s.start, cue.start - 12), cue.start)) &&
        !/[\p{L}\p{N})]\s+$/u.test(cx.masked.slice(Math.max(s.start, cue.start - 16), cue.start).replace(ADVERBS_AT_END, ''))
      ) {
        subj = cx.reader.subjectAfter(cue.end, s.end);
        who = subj ? resolveSubject(cx, subj) : [];
      }
      // "X provided an overview of … and stated that …": the second verb shares the clause's subject
      // ("X continued to talk about … but insisted that …": so does "but")
      // ("… the Armenian leader said that … but added: “…”": the voice of the verb before, if one spoke)
      if (!who[0] && /\b(?:and|but)\s+(?:also\s+)?$/i.test(cx.masked.slice(Math.max(s.start, cue.start - 12), cue.start))) {
        const previous = [...earlier].reverse().find((c) => c.kind === 'verb');
        const shared = previous ? speakerOfCue(cx, s, previous, earlier.slice(0, earlier.indexOf(previous))) : null;
        if (shared?.speaker) who = [shared.speaker, ...(shared.others ?? [])];
        else {
          subj = cx.reader.mainSubject(s, cue.start);
          who = subj ? resolveSubject(cx, subj) : [];
        }
      }
      // "They also welcomed …" opening a sentence: the body that spoke last (the Co-Chairs), or the group that did
      if (!who[0] && /^\s*They\s+(?:also\s+|have\s+|had\s+|further\s+)?$/.test(cx.masked.slice(s.start, cue.start))) who = theyVoice(cx);
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

function theyVoice(cx: AttributionScene): ActorId[] {
  if (cx.lastSpeaker && cx.actorOf(cx.lastSpeaker)?.kind === 'org') return [cx.lastSpeaker];
  const last = cx.results[cx.results.length - 1];
  return last?.speaker && last.coSpeakers.length > 0 ? [last.speaker, ...last.coSpeakers] : [];
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
  const own = /^in (his|her) /.exec(cue.word);
  if (own) return pronounVoice(cx, own[1] === 'his' ? 'm' : 'f');
  const body = countrysBody(cx, cue, s);
  if (body) return body;
  const subj = cx.reader.subjectAfter(cue.end, s.end);
  if (subj) return resolveSubject(cx, subj)[0];
  // "According to a readout issued by X, …", "according to a statement from X": the issuer
  const issuer = issuerAfter(cx, cue.end, s.end);
  if (issuer) return issuer;
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
  if (cue.kind === 'according' || cue.kind === 'citing') {
    const body = bodyNamedAfter(cx, cue, s);
    if (body) return body;
  }
  // "According to him, …": the one who was speaking (gender permitting), not the last name mentioned
  const pronoun = /^\s+(him|her)\b/i.exec(cx.masked.slice(cue.end, cue.end + 6));
  if (!pronoun) return undefined;
  return pronounVoice(cx, pronoun[1]!.toLowerCase() === 'him' ? 'm' : 'f');
}

/** "According to him", "In her words": the one who was speaking (gender permitting), else the last person of that gender. */
function pronounVoice(cx: AttributionScene, gender: 'f' | 'm'): ActorId | undefined {
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
