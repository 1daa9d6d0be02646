// The contacts of one article as events: pronoun parties resolved before reading, the days one mention of an
// event lends another, and one contact per pair, kind and event.
import { isoDateOf, type Actor, type ActorId, type IsoDate } from '../model.js';
import { ClauseReader } from './clauses.js';
import { findDate } from './dates.js';
import type { Found, FoundContact } from './contactTypes.js';
import type { ResolvedMention } from './coreference.js';
import type { Sentence } from './sentences.js';

/**
 * "He also met with X": a pronoun outside quotations stands for the person the sentences before were about
 * (the main subject of the nearest earlier sentence that has a person for one, gender permitting), else for
 * the last person named. Pronouns nothing fits are left out.
 */
export function withPronouns(
  mentions: readonly ResolvedMention[],
  sentences: readonly Sentence[],
  masked: string,
  actorOf: (id: ActorId) => Actor | undefined,
): ResolvedMention[] {
  if (!mentions.some((m) => m.kind === 'pronoun')) return [...mentions];
  const reader = new ClauseReader(
    masked,
    mentions.filter((m) => m.actor && !m.inQuote),
  );
  function fits(id: ActorId | null, gender?: 'm' | 'f'): boolean {
    const a = id ? actorOf(id) : undefined;
    return !!a && a.kind === 'person' && (!gender || !a.gender || a.gender === gender);
  }
  const out: ResolvedMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'pronoun') {
      out.push(m);
      continue;
    }
    if (m.inQuote) continue;
    let actor: ActorId | null = null;
    const here = sentences.findIndex((x) => x.start <= m.start && m.start < x.end);
    for (let k = here - 1; k >= 0 && k >= here - 3 && !actor; k--) {
      const subj = reader.mainSubject(sentences[k]!, sentences[k]!.end);
      const id = subj?.mentions.length === 1 ? subj.mentions[0]!.actor : null;
      if (fits(id, m.gender)) actor = id;
    }
    if (!actor)
      for (let i = out.length - 1; i >= 0 && !actor; i--) if (!out[i]!.inQuote && fits(out[i]!.actor, m.gender)) actor = out[i]!.actor;
    if (actor) out.push({ ...m, actor });
  }
  return out;
}

/**
 * "The foreign ministers met in Moscow on Monday. They were joined by X …": a contact with no day of its own,
 * in the sentence right after a dated contact of the same kind and status that shares a party, is the same
 * event and takes its day. Not the sentence before: "X held meetings with A in Yerevan. Recall that X was in
 * Baku on May 28 and held talks with B" tells an earlier trip after the news.
 */
export function inheritDates(found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (c.date !== null) continue;
    const same = found.find(
      (d) =>
        d.date !== null &&
        d.kind === c.kind &&
        d.status === c.status &&
        d.paragraph >= c.paragraph - 1 &&
        d.sentence === c.sentence - 1 &&
        (d.a === c.a || d.a === c.b || d.b === c.a || d.b === c.b),
    );
    if (same) found[i] = { ...c, date: same.date };
  }
  // every pair of one sentence's event shares the day one of them got from the sentence beside it, or that a pair
  // of it has elsewhere ("Putin on Monday hosted Aliyev … Greeting Aliyev and Pashinyan in the Kremlin, Putin said":
  // one contact per pair is one event, as merge has it, so the Putin–Aliyev meeting's day is the greeting's)
  const pairDays = new Map<string, Set<IsoDate>>();
  const bySentence = new Map<number, Found[]>();
  for (const d of found) {
    const same = bySentence.get(d.sentence);
    if (same) same.push(d);
    else bySentence.set(d.sentence, [d]);
    if (d.date === null || d.relative) continue;
    const key = eventKey(d);
    pairDays.set(key, (pairDays.get(key) ?? new Set<IsoDate>()).add(d.date));
  }
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (c.date !== null) continue;
    const event = bySentence.get(c.sentence)!.filter((d) => d.kind === c.kind && d.status === c.status);
    const sibling = event.find((d) => d.date !== null);
    if (sibling) {
      found[i] = { ...c, date: sibling.date };
      continue;
    }
    const days = new Set(event.flatMap((d) => [...(pairDays.get(eventKey(d)) ?? [])]));
    if (days.size === 1) found[i] = { ...c, date: [...days][0]! };
  }
}

/** A pair, kind and status: the contacts merge may take for one event. */
function eventKey(c: FoundContact): string {
  return `${c.a < c.b ? `${c.a}|${c.b}` : `${c.b}|${c.a}`}|${c.kind}|${c.status}`;
}

// "The ceremony took place on Friday, August 8": the sentence after a contact telling when its event was held
const EVENT_TOLD =
  /^(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|meeting|talks|signing|summit|event|negotiations|conversation|call)\s+(?:took\s+place|was\s+held|were\s+held|happened)\b/i;

/** A held contact with no day, followed by a sentence that says when "the meeting took place", takes that day. */
export function eventToldNext(found: Found[], sentences: readonly Sentence[], text: string, date: IsoDate): void {
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (c.date !== null || c.status !== 'held') continue;
    const next = sentences[c.sentence + 1];
    const body = next ? text.slice(next.start, next.end) : '';
    if (!EVENT_TOLD.test(body)) continue;
    const day = findDate(body, date, 'past')?.date;
    if (day) found[i] = { ...c, date: day };
  }
}

// A sentence that goes on about the one before ("He conferred with …", "She also met …")
// ("First, X met Y": the first of the meetings the sentence before told)
const CARRIES_ON = /^(?:(?:He|She|They)\s+(?:also\s+|then\s+|later\s+)?[a-z]+|(?:First|Then|Next),\s)/;
const EVENT_WORDS = /\b(?:talks|met|meetings?|summit|(?:phone\s+)?call|conversation|sidelines)\b/i;

/**
 * "X today held talks with presidents of several countries. He conferred with A, B and C.": a held contact with
 * no day, in a sentence that carries on with a pronoun from one that names an event and its day, takes that day
 * (the event's parties may not be named there, so no contact of that sentence lends it). Not a visit: "arrived on
 * Friday for a two-day visit. He also met X" may be either day.
 */
export function dateFromLead(found: Found[], sentences: readonly Sentence[], text: string, date: IsoDate): void {
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (c.date !== null || c.status !== 'held' || c.sentence === 0) continue;
    const own = sentences[c.sentence]!;
    if (!CARRIES_ON.test(text.slice(own.start, own.end))) continue;
    const lead = sentences[c.sentence - 1]!;
    if (lead.paragraph < c.paragraph - 1) continue;
    const body = text.slice(lead.start, lead.end);
    if (!EVENT_WORDS.test(body)) continue;
    const day = findDate(body, date, 'past')?.date;
    if (day) found[i] = { ...c, date: day };
  }
}

/** "The day before their talks": the day before the talks' own date, when the article gives it. */
export function anchorRelativeDates(found: Found[]): void {
  const talks = found.find((c) => !c.relative && c.kind === 'meeting' && c.date !== null && c.status !== 'cancelled');
  if (!talks?.date) return;
  const before = isoDateOf(new Date(new Date(`${talks.date}T00:00:00Z`).getTime() - 86_400_000));
  for (let i = 0; i < found.length; i++) if (found[i]!.relative) found[i] = { ...found[i]!, date: before };
}

/** One contact per pair and kind: a dated mention of it beats an undated one. */
/**
 * One contact per pair, kind and event: a dated mention of it beats an undated one. A held meeting on a day
 * other than the planned one's ("were to meet in Granada … already met in Chisinau on June 1") is another event.
 */
export function merge(found: readonly Found[]): FoundContact[] {
  const byPair = new Map<string, FoundContact[]>();
  const pairOf = (a: ActorId, b: ActorId) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const told = new Set(found.filter((c) => !c.inferred).map((c) => pairOf(c.a, c.b)));
  for (const { relative: _relative, sentence: _sentence, paragraph: _paragraph, vague: _vague, inferred, ...c } of found) {
    if (c.a === c.b) continue;
    if (inferred && told.has(pairOf(c.a, c.b))) continue;
    const key = `${pairOf(c.a, c.b)}|${c.kind}`;
    const events = byPair.get(key) ?? [];
    byPair.set(key, events);
    const i = events.findIndex((e) => e.date === null || c.date === null || e.date === c.date);
    const seen = events[i];
    if (!seen) events.push(c);
    else if (seen.date === null && c.date !== null) {
      // an undated plan later told as held on a day of its own is a different, earlier event
      if (seen.status !== 'held' && c.status === 'held') events.push(c);
      else events[i] = { ...seen, date: c.date, status: seen.status === 'held' ? c.status : seen.status };
    }
  }
  return [...byPair.values()].flat();
}

const LEAD_PARAGRAPHS = 2;

/**
 * The news of the day: a held contact the article's lead tells (its headline and first two paragraphs), with no time phrase at all by it and
 * no day from any other mention of it, is the article's event and takes the article's date ("PM X meets Y", "X met Y
 * on the sidelines of the summit in Sochi"). A contact told later in the article, or with a vague time ("last
 * year"), keeps no day.
 */
export function newsOfTheDay(merged: FoundContact[], found: readonly Found[], date: IsoDate): FoundContact[] {
  if (!merged.some((c) => c.date === null && c.status === 'held')) return merged;
  const lead = new Set(
    found.filter((c) => c.paragraph <= LEAD_PARAGRAPHS && c.status === 'held' && !c.vague && c.date === null).map((c) => eventKey(c)),
  );
  return merged.map((c) => (c.date === null && c.status === 'held' && lead.has(eventKey(c)) ? { ...c, date } : c));
}
