// Which day an article was published, from the signals a page and its feed give, in a fixed order of trust.
// Pure: the page's signals are gathered by pageText.ts.
import { toIsoDate, type IsoDate } from '../model.js';

/** Where a date came from, most trusted first. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'feed' | 'url' | 'fetched';

export const DATE_ORDER: readonly Exclude<DateSource, 'fetched'>[] = ['json-ld', 'meta', 'time', 'feed', 'url'];

export interface DateSignals {
  /** JSON-LD `datePublished` of the page's article object. */
  readonly jsonLd?: string | null;
  /** `article:published_time` and its kin (see pageSignals.ts). */
  readonly meta?: string | null;
  /** The first `<time datetime>` of the page. */
  readonly time?: string | null;
  /** The date the feed gave the item. */
  readonly feed?: string | null;
  /** The article's URL, for a `/2024/05/01/` in its path. */
  readonly url?: string | null;
}

export interface PublicationDate {
  readonly date: IsoDate;
  readonly from: DateSource;
}

/**
 * The first signal, in `DATE_ORDER`, that reads as a real day no later than a day after `now` (a page
 * dated next year is a template's mistake, not news) and no earlier than 1990.
 */
export function publicationDate(signals: DateSignals, now: Date): PublicationDate | null {
  const latest = new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const from of DATE_ORDER) {
    const raw = signals[from === 'json-ld' ? 'jsonLd' : from];
    if (!raw) continue;
    const date = from === 'url' ? dateInUrl(raw) : readDate(raw);
    if (date && date <= latest && date >= '1990-01-01') return { date, from };
  }
  return null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}; // prettier-ignore

/**
 * The calendar day a date string names, as its writer meant it: `2024-05-01T23:30:00-05:00` is 1 May (the
 * day where it was published), not 2 May in UTC. ISO 8601 and RFC 822 are read literally; anything else
 * that `Date.parse` understands is taken in UTC.
 */
export function readDate(value: string): IsoDate | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(v);
  if (iso) return toIsoDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(v);
  if (compact) return toIsoDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
  // RFC 822 (RSS pubDate): "Wed, 01 May 2024 09:30:00 +0400", also without the weekday.
  const rfc = /^(?:[A-Za-z]{3,},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(v);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    if (month) return toIsoDate(`${rfc[3]}-${pad(month)}-${pad(Number(rfc[1]))}`);
  }
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  return toIsoDate(new Date(ms).toISOString().slice(0, 10));
}

/** `/2024/05/01/`, `/2024-05-01-`, `/20240501/` in a URL's path (never its query or host). */
export function dateInUrl(url: string): IsoDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (!m) return null;
  return toIsoDate(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
