// The date a press-release list shows beside each release: a `<time>`, or a date written out in the item's
// block ("03.05.2024", "3 May 2024", "May 3, 2024"). It stands in for a feed's date: the release's own page
// (JSON-LD, meta tags, `<time>`) is trusted more, in publicationDate.ts's order.
import { toIsoDate, type IsoDate } from '../model.js';
import type { ListElement, ListLink } from './listLinks.js';
import { readDate } from './publicationDate.js';

/** How far up from a link its item's block is looked for: past this, it is the list, not one item. */
const MAX_LEVELS = 4;

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]; // prettier-ignore
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '((?:19|20)\\d{2})';
const DAY_FIRST_WORDS = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+${YEAR}\\b`, 'i');
const MONTH_FIRST_WORDS = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'i');
/** Day first, as the ministries, the EU and the OSCE write it: 03.05.2024, 3/5/2024. */
const DAY_FIRST_DIGITS = new RegExp(`\\b(\\d{1,2})[./](\\d{1,2})[./]${YEAR}\\b`);
const ISO = new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})(?!\\d)`);

/**
 * The date shown with `link` in its item's block (the nearest ancestors that hold no other release of
 * `links`), as `YYYY-MM-DD`; null when the list shows none. The headline's own words are not read: a
 * release titled "… of 1 May 2024" published on the 3rd is dated by its block, not its title.
 */
export function dateBeside(link: ListLink, links: readonly ListLink[]): IsoDate | null {
  const others = new Set(links.filter((l) => l.url !== link.url).map((l) => l.element));
  // From the anchor itself (a card's anchor holds its date) up to its item's block.
  let block: ListElement | null = link.element;
  for (let level = 0; block && level <= MAX_LEVELS; level++, block = block.parentElement) {
    if (Array.from(block.querySelectorAll('a[href]')).some((a) => others.has(a))) return null;
    const date = dateIn(block, link.title);
    if (date) return date;
  }
  return null;
}

/** A `<time>` in the block (its `datetime`, else its text), else a date written in its text outside the headline. */
function dateIn(block: ListElement, title: string): IsoDate | null {
  for (const time of Array.from(block.querySelectorAll('time'))) {
    // `datetime` is machine-readable; the text is read only in the forms below (Date.parse would take
    // 03.05.2024 for the 5th of March).
    const datetime = time.getAttribute('datetime')?.trim();
    const date = (datetime ? readDate(datetime) : null) ?? dateInText(time.textContent ?? '');
    if (date) return date;
  }
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').replace(title, ' ');
  return dateInText(text);
}

/** The first date written in `text` in one of the forms lists use; null when none reads as a real day. */
export function dateInText(text: string): IsoDate | null {
  const candidates: { at: number; date: IsoDate | null }[] = [];
  const iso = ISO.exec(text);
  if (iso) candidates.push({ at: iso.index, date: day(iso[1]!, iso[2]!, iso[3]!) });
  const digits = DAY_FIRST_DIGITS.exec(text);
  if (digits) candidates.push({ at: digits.index, date: day(digits[3]!, digits[2]!, digits[1]!) });
  const dayFirst = DAY_FIRST_WORDS.exec(text);
  if (dayFirst) candidates.push({ at: dayFirst.index, date: day(dayFirst[3]!, month(dayFirst[2]!), dayFirst[1]!) });
  const monthFirst = MONTH_FIRST_WORDS.exec(text);
  if (monthFirst) candidates.push({ at: monthFirst.index, date: day(monthFirst[3]!, month(monthFirst[1]!), monthFirst[2]!) });
  return candidates.filter((c) => c.date).sort((a, b) => a.at - b.at)[0]?.date ?? null;
}

function month(name: string): string {
  const lower = name.toLowerCase();
  return String(MONTH_NAMES.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1);
}

function day(year: string, month: string, date: string): IsoDate | null {
  return toIsoDate(`${year}-${month.padStart(2, '0')}-${date.padStart(2, '0')}`);
}
