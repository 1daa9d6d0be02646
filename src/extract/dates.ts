// Dates written relative to the article: "on Friday", "March 24", "yesterday", "the day before".
// A small resolver of our own: news prose uses few forms, and each must resolve the same way every time.
import { isoDateOf, type IsoDate } from '../model.js';
import { MONTHS, WEEKDAYS } from './lexicon.js';

export type Tense = 'past' | 'future';

export interface FoundDate {
  /** `null` when the phrase names a time but no day ("last week"). */
  readonly date: IsoDate | null;
  readonly index: number;
  readonly phrase: string;
}

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const PATTERNS: { re: RegExp; resolve: (m: RegExpExecArray, base: Date, tense: Tense) => Date | null }[] = [
  // "on 27-28 September", "March 5–6": a span of days names no one day
  {
    re: new RegExp(`\\b(?:\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}\\s*[-–]\\s*\\d{1,2})\\b`, 'i'),
    resolve: () => null,
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'i'),
    resolve: (m, base, tense) => monthDay(monthIndex(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : null, base, tense),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`, 'i'),
    resolve: (m, base, tense) => monthDay(monthIndex(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : null, base, tense),
  },
  {
    re: /\b(?:on\s+|last\s+|this\s+|next\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i,
    resolve: (m, base, tense) => {
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const word = m[0].toLowerCase();
      const forward = word.startsWith('next') || (tense === 'future' && !word.startsWith('last'));
      let delta = forward ? (target - base.getUTCDay() + 7) % 7 : -((base.getUTCDay() - target + 7) % 7);
      if (word.startsWith('last') && delta === 0) delta = -7;
      if (word.startsWith('next') && delta === 0) delta = 7;
      return addDays(base, delta);
    },
  },
  { re: /\byesterday\b/i, resolve: (_m, base) => addDays(base, -1) },
  { re: /\btomorrow\b/i, resolve: (_m, base) => addDays(base, 1) },
  {
    // ("Pompeo is currently holding a meeting with X": the present of the report is its day)
    re: /\b(?:today|this (?:morning|afternoon|evening)|earlier in the day|later in the day|later today|tonight|in the (?:first|second) half of the day|(?:is|are) (?:currently|now)(?= \w+ing\b))\b/i,
    resolve: (_m, base) => base,
  },
  // "two days ago", "the day before yesterday", "last night"; and times that name no day ("in March", "last November",
  // "in 2019", "three weeks ago", "over the weekend"): a month is capitalised, so "may" is no month
  {
    re: new RegExp(
      String.raw`\b(?:[Tt]he day before yesterday|(a|one|two|three|four|five|six|seven|\d)\s+days?\s+ago|[Ll]ast night|((?:a|one|two|three|four|five|six|several|a few|\d{1,2})\s+(?:weeks?|months?|years?)\s+ago|(?:[Ii]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring)\s+(?:early\s+|late\s+|mid-?)?${MONTH_NAME}(?![\s-]+\d{1,2}\b)(?:,?\s+\d{4})?|[Ii]n\s+(?:19|20)\d{2}|(?:[Ll]ast|[Oo]ver\s+the|[Tt]his\s+past)\s+weekend|(?:[Ll]ast|[Nn]ext|[Tt]his|[Ii]n\s+the|[Dd]uring\s+the)\s+(?:spring|summer|autumn|fall|winter))\b)`,
    ),
    resolve: (m, base) =>
      m[2] ? null : m[1] ? addDays(base, -(COUNT[m[1].toLowerCase()] ?? Number(m[1]))) : addDays(base, /night/i.test(m[0]) ? -1 : -2),
  },
  // "on the 5th" (of the article's month, or the one before for a past day after it; the next for a plan before it);
  // "05.03.2024", the day-first dotted date of the region's agencies
  {
    re: /\b(?:on\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?=\s*[,.;]|\s*$|\s+(?:in|at|and|when|with|to|for|after|before)\b)|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b)/i,
    resolve: (m, base, tense) => {
      if (m[2]) return dottedDate(Number(m[2]), Number(m[3]), Number(m[4]));
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      const shift = tense === 'past' && day > base.getUTCDate() ? -1 : tense === 'future' && day < base.getUTCDate() ? 1 : 0;
      const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + shift, day));
      return d.getUTCDate() === day ? d : null;
    },
  },
  // "the day before their talks": the talks are the news of the day, so the day before the article
  { re: /\bthe day before\b|\bthe previous day\b|\bthe eve of\b/i, resolve: (_m, base) => addDays(base, -1) },
  { re: /\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year)\b|\brecently\b|\bearlier this year\b/i, resolve: () => null },
];

/** The first date phrase in `text`, resolved against the article's date. */
export function findDate(text: string, articleDate: IsoDate, tense: Tense): FoundDate | null {
  const base = new Date(midnightOf(articleDate));
  let best: FoundDate | null = null;
  for (const { re, resolve } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const day = resolve(m, base, tense);
    best = { date: day ? isoDateOf(day) : null, index: m.index, phrase: m[0] };
  }
  return best;
}

// findDate runs many times per article, all with its date: parse the date string once.
let lastDate = '';
let lastMidnight = 0;

function midnightOf(date: IsoDate): number {
  if (date !== lastDate) {
    lastMidnight = Date.parse(`${date}T00:00:00Z`);
    lastDate = date;
  }
  return lastMidnight;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w));
}

function monthDay(month: number, day: number, year: number | null, base: Date, tense: Tense): Date | null {
  if (month < 0 || day < 1 || day > 31) return null;
  const make = (y: number) => {
    const d = new Date(Date.UTC(y, month, day));
    return d.getUTCMonth() === month ? d : null;
  };
  if (year !== null) return make(year);
  const y = base.getUTCFullYear();
  const candidate = make(y);
  if (!candidate) return null;
  const days = (candidate.getTime() - base.getTime()) / 86_400_000;
  // A past event written without a year months after the article's date happened last year, and vice versa.
  if (tense === 'past' && days > 31) return make(y - 1);
  if (tense === 'future' && days < -31) return make(y + 1);
  return candidate;
}

function dottedDate(day: number, month: number, year: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && d.getUTCDate() === day ? d : null;
}

function addDays(base: Date, days: number): Date {
  return new Date(base.getTime() + days * 86_400_000);
}
