// The day of a contact: a time phrase in the cue's own clause, else one leading the sentence, else "that day",
// else the day of the event the sentence names ("the summit" after "a summit in Minsk on November 23").
import type { IsoDate } from '../model.js';
import { SAME_DAY } from './contactCues.js';
import type { ContactScene } from './contactParties.js';
import { findDate, type FoundDate } from './dates.js';
import type { Sentence } from './sentences.js';

// Where a trailing attribution starts (", the ministry said on Wednesday"): a contact's date is not looked for past it.
const SPEECH_AFTER = /\b(?:said|says|told|added|announced|stated|reported|noted|wrote)\b/i;
const TRAILING_ATTRIBUTION = /,\s+(?:[^,;]{1,80}?\s+)?(?:said|says|told|added|announced|stated|reported|noted|wrote)\b[^,;]*$/i;

/**
 * A time phrase before the cue that belongs to it: in its own clause ("X on Friday met Y") or leading the
 * sentence ("On December 6, X met Y"), not one of another clause ("X issued a statement on Wednesday,
 * summing up the talks with Y").
 */
export function dateBefore(cx: ContactScene, s: Sentence, at: number, tense: 'past' | 'future') {
  const before = cx.text.slice(s.start, at);
  const hit = findDate(before, cx.date, tense);
  if (!hit) return null;
  const after = before.slice(hit.index + hit.phrase.length);
  // ("On the afternoon of October 1, at the Government House, X received Y")
  const leading = /^\s*(?:(?:[\w’'-]+\s+){0,2}|on\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+)$/i.test(before.slice(0, hit.index));
  return leading || !/,/.test(after) ? hit : null;
}

const ABOUT_THE = /\b(?:about|on|regarding|concerning)\s+(?:the\s+)?$/i;

/** The day an earlier sentence gives the event it names with `noun` ("a summit in Minsk on November 23", "met … on Friday"). */
export function eventDay(cx: ContactScene, noun: string, before: number, tense: 'past' | 'future'): IsoDate | null {
  // "The leaders met in Yerevan on November 23. … arrived for the meeting": a verb of meeting names it too
  const re = new RegExp(`\\b(?:${noun}${/^(?:meeting|summit|talks)$/.test(noun) ? '|met' : ''})\\b`, 'i');
  for (let k = before - 1; k >= 0; k--) {
    const other = cx.sentences[k]!;
    const body = cx.text.slice(other.start, other.end);
    const at = body.search(re);
    if (at < 0) continue;
    // "released information about the meeting on Tuesday night": the day of the telling, not of the event
    if (ABOUT_THE.test(body.slice(Math.max(0, at - 16), at))) continue;
    const day = findDate(body.slice(at, at + 80), cx.date, tense)?.date ?? null;
    if (day) return day;
  }
  return null;
}

export function lastNamedDay(cx: ContactScene): IsoDate | null {
  for (let k = cx.dayCandidates.length - 1; k >= 0; k--) {
    const d = findDate(cx.dayCandidates[k]!, cx.date, 'past')?.date;
    if (d) return d;
  }
  return null;
}

export function contactDate(cx: ContactScene, s: Sentence, at: number, tense: 'past' | 'future', body: string): FoundDate | null {
  const rest = cx.text.slice(at, s.end);
  // (the tail is looked for only where it can be: a comma and a speech verb in the rest)
  const tail = rest.includes(',') && SPEECH_AFTER.test(rest) ? TRAILING_ATTRIBUTION.exec(rest) : null;
  let when = findDate(tail ? rest.slice(0, tail.index) : rest, cx.date, tense);
  // "had a phone call … about this week’s crash": a time that qualifies a noun is not the contact's
  if (when && when.date === null && /^[’']s\b/.test(rest.slice(when.index + when.phrase.length))) when = null;
  when ??= dateBefore(cx, s, at, tense);
  if ((!when || when.date === null) && SAME_DAY.test(body)) {
    const day = lastNamedDay(cx);
    if (day) when = { date: day, index: 0, phrase: 'that day' };
  }
  // "The summit was hosted by X …" after "… at a summit in Minsk on November 23": the event named before
  if (!when || when.date === null) {
    const event = /\bthe\s+(?:[\w-]+\s+){0,2}?(summit|meeting|talks|conference|session|round|visit)\b/i.exec(body);
    const day = event ? eventDay(cx, event[1]!.toLowerCase(), s.index, tense) : null;
    if (day) when = { date: day, index: 0, phrase: `the ${event![1]}` };
  }
  return when;
}
