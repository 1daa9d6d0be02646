// Where a contact cue's parties stand in its clause, beyond the subject and objects contactParties.ts reads: the
// people alongside an event's attendees, a delegation's own people, a bracketed member, a phrase that opens the
// sentence, and the one a call or letter addressed ("X congratulated Y in a phone call").
import type { ActorId } from '../model.js';
import { isPerson, subjectsOf, type ContactScene } from './contactParties.js';
import { opensSentence } from './contactNounParties.js';
import type { Sentence } from './sentences.js';

/** "Together with X, the talks will be attended by …": X, whose delegation the attendees are. */
export function companions(cx: ContactScene, s: Sentence, at: number): ActorId[] {
  const lead = /\btogether\s+with\s+[^,;]{1,80},/i.exec(cx.text.slice(s.start, at));
  if (!lead) return [];
  const from = s.start + lead.index;
  const to = from + lead[0].length;
  return cx.named.filter((x) => x.start >= from && x.end <= to).map((x) => x.actor!);
}

/** "In addition to A and B, the meeting was attended by …": the people the sentence names beside the attendees. */
export function peopleAlongside(cx: ContactScene, s: Sentence, at: number): ActorId[] {
  const lead = /\b(?:in\s+addition\s+to|besides|apart\s+from|along\s+with)\s+[^,;]{1,120},/i.exec(cx.text.slice(s.start, at));
  if (!lead) return [];
  const from = s.start + lead.index;
  const to = from + lead[0].length;
  return cx.named.filter((x) => x.start >= from && x.end <= to && !x.inQuote && isPerson(cx, x.actor!)).map((x) => x.actor!);
}

/** Whether `id` is named in a bracket before the cue at `at` in its sentence. */
export function bracketed(cx: ContactScene, id: ActorId, at: number, s: Sentence): boolean {
  const m = cx.named.find((x) => x.actor === id && x.start >= s.start && x.end <= at);
  if (!m) return false;
  const before = cx.text.slice(s.start, m.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * "In a letter to Y, X thanked …", "Speaking alongside Y, X said": a noun's phrase that opens the sentence ends at
 * its comma, where its subject begins; its parties are looked for before it.
 */
export function openingPhrase(cx: ContactScene, parties: string, at: number, s: Sentence): Sentence {
  if (parties !== 'noun') return s;
  const comma = cx.text.indexOf(',', at);
  if (comma < 0 || comma >= s.end || !opensSentence(cx.text.slice(s.start, at))) return s;
  return { ...s, end: comma };
}

/** "In their call on Tuesday, A and B …": the subject after the comma of a phrase that opens the sentence. */
export function groupAfterLead(cx: ContactScene, at: number, s: Sentence): ActorId[] {
  if (!opensSentence(cx.text.slice(s.start, at))) return [];
  const comma = cx.text.indexOf(',', at);
  if (comma < 0 || comma >= s.end || comma - at > 100) return [];
  const subject = cx.reader.mainSubject({ start: comma + 1, end: s.end }, s.end);
  return subject ? [...new Set(subject.mentions.map((x) => x.actor!))].filter((id) => isPerson(cx, id)) : [];
}

/** The subject of the clause a call phrase ends and the first person after its verb: [X, Y] or []. */
export function spokenTo(cx: ContactScene, at: number, s: Sentence): ActorId[] {
  // (the sentence's subject: "X thanked Y during their meeting" is not Y's, though Y stands right before the cue)
  const main = cx.reader.mainSubject(s, at);
  const subject = (main ? main.mentions.map((m) => m.actor!) : subjectsOf(cx, at, s)).filter((id) => isPerson(cx, id));
  // ("A senior U.S. official telephoned A and B … about their meeting": "their" is the two, when the subject is no one named)
  if (subject.length === 0 && main && /\btheir\b/i.test(cx.text.slice(at, at + 30))) {
    const from = main.mentions[main.mentions.length - 1]!.end;
    const objects = cx.named.filter((m) => m.start >= from && m.end <= at && !m.inQuote && isPerson(cx, m.actor!)).map((m) => m.actor!);
    return [...new Set(objects)].length === 2 ? [...new Set(objects)] : [];
  }
  if (subject.length !== 1) return [];
  let from = cx.named.find((m) => m.actor === subject[0] && m.start >= s.start && m.end <= at)?.end;
  if (from === undefined) return [];
  // ("X told Y in a phone call that …": the one told is the one spoken to)
  const told = /^\s+(?:also\s+)?told\s+/i.exec(cx.text.slice(from, from + 20));
  if (told) from += told[0].length - 1;
  if (/\b(?:said|says|told|added|stated)\b|[,;:]/.test(cx.text.slice(from, at))) return [];
  const object = cx.named.find((m) => m.start >= from && m.end <= at && !m.inQuote && m.actor !== subject[0] && isPerson(cx, m.actor!));
  return object ? [subject[0]!, object.actor!] : [];
}

/**
 * "Y arrived in Delhi on Tuesday. X received him at the airport": an object pronoun right after the cue is the
 * single person the sentence before had as its subject (of the pronoun's gender, when known); [] otherwise.
 */
export function pronounObject(cx: ContactScene, from: number, s: Sentence): ActorId[] {
  const word = /^(him|her)\b(?!\s+(?:own|country|government|office|side)\b)/i.exec(cx.text.slice(from, from + 20));
  if (!word || s.index === 0) return [];
  // (another person named before it in the sentence may be the one meant: "X had stated that Y proposed to meet with him")
  const here = new Set(cx.named.filter((m) => m.start >= s.start && m.end <= from && isPerson(cx, m.actor!)).map((m) => m.actor));
  if (here.size > 1) return [];
  const before = cx.sentences[s.index - 1]!;
  const subject = cx.reader.mainSubject(before, before.end);
  const id = subject?.mentions.length === 1 ? subject.mentions[0]!.actor! : null;
  const actor = id ? cx.actorOf(id) : undefined;
  if (!id || !actor || actor.kind !== 'person' || here.has(id)) return [];
  const gender = word[1]!.toLowerCase() === 'him' ? 'm' : 'f';
  return actor.gender && actor.gender !== gender ? [] : [id];
}

/** "Y, whom X met on Monday, …", "Y, with whom X spoke": the person the relative pronoun before the subject stands for. */
export function whomObject(cx: ContactScene, at: number, s: Sentence): ActorId[] {
  const before = cx.text.slice(s.start, at);
  const rel = /\b(?:with\s+)?whom\s+/i.exec(before);
  if (!rel || /[,;]/.test(before.slice(rel.index))) return [];
  const comma = before.slice(0, rel.index).search(/,\s*$/);
  if (comma < 0) return [];
  const end = s.start + comma;
  const m = cx.named.find((x) => x.end <= end && x.end >= end - 1 && x.start >= s.start && !x.inQuote);
  return m && isPerson(cx, m.actor!) ? [m.actor!] : [];
}
