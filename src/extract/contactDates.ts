// The day of a contact: a time phrase in the cue's own clause, else one leading the sentence, else "that day",
// else the day of the event the sentence names ("the summit" after "a summit in Minsk on November 23").
import { isoDateOf, type IsoDate } from '../model.js';
import { SAME_DAY } from './contactStatus.js';
import type { ContactScene } from './contactParties.js';
import { findDate, type FoundDate } from './dates.js';
import type { Sentence } from './sentences.js';

const DATELINE_AFTER = /^\s*(?:\)|\([^()]{1,30}\)\s*(?:--|—|–|-))/;
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
  let hit = findDate(before, cx.date, tense);
  if (!hit) return null;
  // "On October 10, the sides reaffirmed the ceasefire reached on October 9 during the meeting …": the day nearest
  // the cue in its own clause, when there is one
  for (let k = 0, next = hit; k < 3; k++) {
    const from: number = next.index + next.phrase.length;
    const later = findDate(before.slice(from), cx.date, tense);
    if (!later) break;
    next = { ...later, index: from + later.index };
    if (!/[,;]/.test(before.slice(next.index + next.phrase.length))) {
      hit = next;
      break;
    }
  }
  const after = before.slice(hit.index + hit.phrase.length);
  // "A statement on Wednesday said X will meet Y": the day of the telling; "MOSCOW (Agency - 27th June, 2023) X met
  // Y": a dateline's day is the report's, not the event's
  if (SPEECH_AFTER.test(after) || DATELINE_AFTER.test(after)) return null;
  // ("On the afternoon of October 1, at the Government House, X received Y")
  const leading = /^\s*["“‘«]?(?:(?:[\w’'-]+\s+){0,2}|on\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+)$/i.test(
    before.slice(0, hit.index),
  );
  if (!leading) {
    // "The ministers met the day before A and B spoke": the day before another event is not this one's;
    // "X held a call with Y on Thursday and briefed him on his meeting with Z": the day is the other verb's
    if (/day before(?! yesterday)|previous day|eve of/i.test(hit.phrase) || /\band\s+(?!then\b)[a-z]+(?:ed|s)\b/.test(after)) return null;
  }
  // ("X travelled to Washington on Monday, where he met Y": the place's clause shares the day)
  return leading || !/,/.test(after) || /^[^,;]*,\s+where\s+[^,;]*$/i.test(after) ? hit : null;
}

const PARTICIPLE_CLAUSE =
  /,\s+(?:(?:after|before|while|when|since)\s+)?(?!(?:during|including|according|regarding|concerning|pending|considering|notwithstanding)\b)[a-z]+ing\b/;

const TELLING_AFTER =
  /,\s+(?:at|during|in)\s+(?:a|an|the|his|her|their|its)\s+(?:(?:weekly|regular|joint|news|press)\s+)*(?:press\s+conference|news\s+conference|briefing|interview|statement)\b/i;
const OPENING_TIME_PHRASE = /^\s*(?:After|Before|Following|Prior\s+to|Ahead\s+of)\s/;

function dayBefore(day: IsoDate): IsoDate {
  return addDays(day, -1);
}

function addDays(day: IsoDate, days: number): IsoDate {
  return isoDateOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

const DAYS_APART = /\b(a|one|two|three|four|five|six|seven|\d)\s+days?\s+(after|before)\s+[^,;]{0,80}$/i;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/**
 * "The conversation comes two days after X met Y": the day that many days before (after) the last day a contact
 * was dated by, else the article's.
 */
function daysApart(cx: ContactScene, s: Sentence, at: number): FoundDate | null {
  const gap = DAYS_APART.exec(cx.text.slice(s.start, at));
  if (!gap) return null;
  const n = COUNT[gap[1]!.toLowerCase()] ?? Number(gap[1]);
  let anchor: IsoDate = cx.date;
  for (let k = cx.found.length - 1; k >= 0; k--) {
    const d = cx.found[k]!.date;
    if (d) {
      anchor = d;
      break;
    }
  }
  return { date: addDays(anchor, gap[2]!.toLowerCase() === 'after' ? -n : n), index: 0, phrase: gap[0] };
}

const ABOUT_THE = /\b(?:about|on|regarding|concerning)\s+(?:the\s+)?$/i;

/** The words that name an event of `noun`'s kind, made once per noun (a handful), not per contact. */
const EVENT_WORDS = new Map<string, RegExp>();
function eventWords(noun: string): RegExp {
  let re = EVENT_WORDS.get(noun);
  if (!re) {
    const more = /^(?:meeting|summit|talks)$/.test(noun) ? '|met' : noun === 'event' ? '|meeting|summit|talks' : '';
    EVENT_WORDS.set(noun, (re = new RegExp(`\\b(?:${noun}${more})\\b`, 'i')));
  }
  return re;
}

/** The day an earlier sentence gives the event it names with `noun` ("a summit in Minsk on November 23", "met … on Friday"). */
export function eventDay(cx: ContactScene, noun: string, before: number, tense: 'past' | 'future'): IsoDate | null {
  // "The leaders met in Yerevan on November 23. … arrived for the meeting": a verb of meeting names it too
  const re = eventWords(noun);
  for (let k = before - 1; k >= 0; k--) {
    const other = cx.sentences[k]!;
    const body = cx.text.slice(other.start, other.end);
    const at = body.search(re);
    if (at < 0) continue;
    // "released information about the meeting on Tuesday night": the day of the telling, not of the event
    if (ABOUT_THE.test(body.slice(Math.max(0, at - 16), at))) continue;
    // (not the day of the telling after a comma: "… will hold the meeting in Baku, at a press conference he held on March 13")
    const told = body.slice(at, at + 160);
    const telling = TELLING_AFTER.exec(told);
    const day = findDate(telling ? told.slice(0, telling.index) : told, cx.date, tense)?.date ?? null;
    if (day) return day;
  }
  return null;
}

/** The day an earlier sentence that names `noun` gives ("The remarks were made on Wednesday … at a hearing"). */
function dayOfSentenceNaming(cx: ContactScene, noun: string, before: number): IsoDate | null {
  for (let k = before - 1; k >= 0 && k >= before - 6; k--) {
    const other = cx.sentences[k]!;
    const body = cx.text.slice(other.start, other.end);
    if (!namesWord(body, noun)) continue;
    const day = findDate(body, cx.date, 'past')?.date ?? null;
    if (day) return day;
  }
  return null;
}

/** Whether `text` holds the lower-case word `word` (whole). */
function namesWord(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if (!/\w/.test(lower[i - 1] ?? ' ') && !/\w/.test(lower[i + word.length] ?? ' ')) return true;
  }
  return false;
}

/** The day the latest sentence that names one names (`last`: the last it names, "arrived on Thursday … held talks on Friday"). */
export function lastNamedDay(cx: ContactScene, last = false): IsoDate | null {
  for (let k = cx.dayCandidates.length - 1; k >= 0; k--) {
    const body = cx.dayCandidates[k]!;
    let hit = findDate(body, cx.date, 'past');
    for (let n = 0; last && hit && n < 4; n++) {
      const from: number = hit.index + hit.phrase.length;
      const next = findDate(body.slice(from), cx.date, 'past');
      if (!next?.date) break;
      hit = { ...next, index: from + next.index };
    }
    if (hit?.date) return hit.date;
  }
  return null;
}

export function contactDate(cx: ContactScene, s: Sentence, at: number, tense: 'past' | 'future', body: string): FoundDate | null {
  let rest = cx.text.slice(at, s.end);
  // (the tail is looked for only where it can be: a comma and a speech verb in the rest)
  const tail = rest.includes(',') && SPEECH_AFTER.test(rest) ? TRAILING_ATTRIBUTION.exec(rest) : null;
  if (tail) rest = rest.slice(0, tail.index);
  // "…, congratulating them on Independence Day on 21 September", "…, after landing … on a visit that includes a
  // meeting with Y on Nov 12": a clause a participle opens after a comma tells another time
  const participle = rest.includes(',') ? PARTICIPLE_CLAUSE.exec(rest) : null;
  if (participle) rest = rest.slice(0, participle.index);
  // ("… will hold the ninth trilateral meeting in Baku, at a press conference he held on March 13": the day of the telling)
  const telling = rest.includes(',') ? TELLING_AFTER.exec(rest) : null;
  if (telling) rest = rest.slice(0, telling.index);
  // "After meeting his Russian counterpart X, Y also held meetings … on August 26": a contact in an opening "after"
  // phrase is not on the main clause's day
  if (OPENING_TIME_PHRASE.test(cx.text.slice(s.start, s.start + 16))) {
    const comma = rest.indexOf(',');
    if (comma >= 0 && !/[,;:]/.test(cx.text.slice(s.start, at))) rest = rest.slice(0, comma);
  }
  let when = findDate(rest, cx.date, tense);
  // "the day before the hearing": the day before the day the article gives that event
  if (when && /^the day before$/i.test(when.phrase)) {
    const noun = /^\s+(?:the|his|her|their)\s+([a-z]+)/i.exec(rest.slice(when.index + when.phrase.length))?.[1]?.toLowerCase();
    const day = noun && !/^(?:talks|meeting|meetings|negotiations)$/.test(noun) ? dayOfSentenceNaming(cx, noun, s.index) : null;
    if (day) when = { date: dayBefore(day), index: when.index, phrase: `the day before the ${noun}` };
  }
  // "had a phone call … about this week’s crash": a time that qualifies a noun is not the contact's
  if (when && when.date === null && /^[’']s\b/.test(rest.slice(when.index + when.phrase.length))) when = null;
  when ??= dateBefore(cx, s, at, tense) ?? daysApart(cx, s, at);
  // ("X met Y on Thursday. … X also spoke with Z later in the day": the day told last, not the article's)
  const inTheDay = !!when && /^(?:later|earlier) in the day$/i.test(when.phrase);
  if ((!when || when.date === null || inTheDay) && SAME_DAY.test(body)) {
    const day = lastNamedDay(cx, inTheDay);
    if (day) when = { date: day, index: 0, phrase: 'that day' };
  }
  // "The summit was hosted by X …" after "… at a summit in Minsk on November 23": the event named before
  if (!when || when.date === null) {
    const event = /\bthe\s+(?:[\w-]+\s+){0,2}?(summit|meeting|talks|conference|session|round|visit|event)\b/i.exec(body);
    const day = event ? (eventDay(cx, event[1]!.toLowerCase(), s.index, tense) ?? afterLastMeeting(cx, body)) : null;
    if (day) when = { date: day, index: 0, phrase: `the ${event![1]}` };
  }
  return when;
}

/** "After the closed-door meeting, the two will meet X": the day of the latest meeting held with a day, told before. */
function afterLastMeeting(cx: ContactScene, body: string): IsoDate | null {
  if (!/\b(?:after|following)\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit)\b/i.test(body)) return null;
  for (let k = cx.found.length - 1; k >= 0; k--) {
    const c = cx.found[k]!;
    if (c.kind === 'meeting' && c.status === 'held' && c.date) return c.date;
  }
  return null;
}
