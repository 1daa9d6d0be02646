// Who met whom, as the picture of /contacts draws it: an actor's calls, meetings and letters grouped by
// counterpart, one row each, every contact placed on the day it happened (or, when the text gives no
// date, on its article's day, and marked so). Plain data from the index: the SVG, the Discord text and
// the CLI's text are all made from this one view, so the picture and the words beneath it agree.
import type { AttacheIndex, Brief, DateRange } from '../index/api.js';
import type { ActorId, ContactKind, ContactStatus, IsoDate } from '../model.js';
import { headingOf, nameOf, type ActorHeading } from '../views/actors.js';
import { contactKey } from '../views/contactEntries.js';

/** How much one picture holds. */
export const PICTURE_LIMITS = {
  /** The newest contacts drawn; the busiest actors have thousands, and a picture of them all says nothing. */
  contacts: 1000,
  /** Counterparts drawn, one row each (most contacts first); the rest are counted under the picture. */
  rows: 30,
} as const;

export interface ContactMark {
  /** The day it happened, or is planned for; its article's day when the text does not say. */
  readonly date: IsoDate;
  /** False when `date` is the article's, not one the text gives. */
  readonly dated: boolean;
  readonly kind: ContactKind;
  readonly status: ContactStatus;
  /** The article it comes from. */
  readonly article: string;
}

export interface CounterpartRow {
  readonly id: ActorId;
  /** Visible text only (views/text.ts); escaping is each renderer's. */
  readonly name: string;
  /** Oldest first. */
  readonly marks: readonly ContactMark[];
}

export interface ContactsPictureView {
  readonly actor: ActorHeading;
  /** The period asked for; empty: all of it. */
  readonly range: DateRange;
  /** Most contacts first; then the most recent; then by name. At most PICTURE_LIMITS.rows. */
  readonly rows: readonly CounterpartRow[];
  /** Counterparts and contacts the rows leave out (beyond PICTURE_LIMITS.rows). */
  readonly hidden: { readonly counterparts: number; readonly contacts: number };
  /** Contacts within the range, whatever the limits left out. */
  readonly total: number;
  /** Distinct contacts read from the index (its newest PICTURE_LIMITS.contacts reports) of `total`. */
  readonly read: number;
  /** The first and last day of the marks drawn; null when there are none. */
  readonly span: { readonly from: IsoDate; readonly to: IsoDate } | null;
}

export type PictureLookup = Pick<AttacheIndex, 'actor' | 'article'>;

/**
 * The view of `brief`'s contacts (ask the index for `brief(actor, range, { limit: PICTURE_LIMITS.contacts })`).
 * `maxRows` is for tests and the bench.
 */
export function contactsPictureView(
  brief: Brief,
  index: PictureLookup,
  range: DateRange = {},
  maxRows: number = PICTURE_LIMITS.rows,
): ContactsPictureView {
  const self = brief.actor.id;
  const byCounterpart = new Map<ActorId, ContactMark[]>();
  const articleDates = new Map<string, IsoDate | undefined>();
  const articleDate = (id: string) => {
    if (!articleDates.has(id)) articleDates.set(id, index.article(id)?.date);
    return articleDates.get(id);
  };
  // Several reports of one contact are one mark, as `total` counts them (src/views/contactEntries.ts).
  const seen = new Set<string>();
  for (const contact of brief.contacts) {
    const date = contact.date ?? articleDate(contact.article);
    if (!date) continue; // an article gone in a reload: nowhere to place it
    const key = contactKey(contact, date);
    if (seen.has(key)) continue;
    seen.add(key);
    const other = contact.a === self ? contact.b : contact.a;
    const marks = byCounterpart.get(other) ?? [];
    marks.push({ date, dated: contact.date !== null, kind: contact.kind, status: contact.status, article: contact.article });
    byCounterpart.set(other, marks);
  }
  const all = [...byCounterpart].map(([id, marks]) => ({
    id,
    name: nameOf(id, index),
    marks: marks.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
  }));
  all.sort(
    (x, y) =>
      y.marks.length - x.marks.length ||
      (x.marks.at(-1)!.date < y.marks.at(-1)!.date ? 1 : x.marks.at(-1)!.date > y.marks.at(-1)!.date ? -1 : 0) ||
      x.name.localeCompare(y.name),
  );
  const rows = all.slice(0, Math.max(0, maxRows));
  const left = all.slice(rows.length);
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  for (const row of rows) {
    const first = row.marks[0]!.date;
    const last = row.marks.at(-1)!.date;
    if (from === null || first < from) from = first;
    if (to === null || last > to) to = last;
  }
  return {
    actor: headingOf(brief.actor, brief.role),
    range,
    rows,
    hidden: { counterparts: left.length, contacts: left.reduce((n, row) => n + row.marks.length, 0) },
    total: brief.contactCount,
    // Distinct, as `total` is: fewer than it exactly when the index's limit left some out.
    read: seen.size,
    span: from && to ? { from, to } : null,
  };
}
