// The picture's data as words: the title, the line under it, one line per counterpart, and the alt text.
// Plain, unescaped text; the SVG (svgText), Discord (escapeText) and the terminal each escape or not.
import type { ContactKind, ContactStatus } from '../model.js';
import { plural } from '../views/text.js';
import type { ContactMark, ContactsPictureView, CounterpartRow } from './contactsView.js';

export const KINDS: readonly ContactKind[] = ['meeting', 'call', 'letter', 'other'];
export const STATUSES: readonly ContactStatus[] = ['held', 'planned', 'cancelled'];

const KIND_WORD: Record<ContactKind, [string, string]> = {
  meeting: ['meeting', 'meetings'],
  call: ['call', 'calls'],
  letter: ['letter', 'letters'],
  other: ['other contact', 'other contacts'],
};

/** Put before a date the text does not give (the article's date stands in). */
export const UNDATED_MARK = '≈';

export function pictureTitle(view: ContactsPictureView): string {
  return `Contacts of ${view.actor.name}`;
}

/** "12 contacts with 5 counterparts · 2022-01-01 to 2022-12-31". */
export function pictureSummary(view: ContactsPictureView): string {
  const counterparts = view.rows.length + view.hidden.counterparts;
  const parts = [`${plural(view.total, 'contact')} with ${plural(counterparts, 'counterpart')}`];
  const from = view.range.since ?? view.span?.from;
  const to = view.range.until ?? view.span?.to;
  if (from && to) parts.push(from === to ? `on ${from}` : `${from} to ${to}`);
  else if (from) parts.push(`from ${from}`);
  else if (to) parts.push(`until ${to}`);
  return parts.join(' · ');
}

/** "3 meetings (1 planned), 1 call (1 cancelled)". */
export function rowSummary(row: Pick<CounterpartRow, 'marks'>): string {
  const parts: string[] = [];
  for (const kind of KINDS) {
    const marks = row.marks.filter((m) => m.kind === kind);
    if (!marks.length) continue;
    const notHeld = STATUSES.filter((s) => s !== 'held')
      .map((s) => [s, marks.filter((m) => m.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`);
    const [one, many] = KIND_WORD[kind];
    parts.push(`${plural(marks.length, one, many)}${notHeld.length ? ` (${notHeld.join(', ')})` : ''}`);
  }
  return parts.join(', ');
}

/** "2022-03-25 meeting", "≈2022-03-25 call, planned". */
export function markText(mark: ContactMark): string {
  const date = `${mark.dated ? '' : UNDATED_MARK}${mark.date}`;
  return `${date} ${KIND_WORD[mark.kind][0]}${mark.status === 'held' ? '' : `, ${mark.status}`}`;
}

/** What the picture leaves out, as a sentence; '' when nothing. */
export function leftOut(view: ContactsPictureView): string {
  const parts: string[] = [];
  if (view.hidden.counterparts > 0) {
    parts.push(`${plural(view.hidden.counterparts, 'more counterpart')} (${plural(view.hidden.contacts, 'contact')}) not drawn`);
  }
  if (view.read < view.total) parts.push(`only the newest ${view.read} of ${view.total} contacts`);
  return parts.join('; ');
}

/** The alt text of the image (Discord's attachment description, up to 1,024 characters). */
export function altText(view: ContactsPictureView, max = 1024): string {
  let text = `Timeline of the contacts of ${view.actor.name}: ${pictureSummary(view)}.`;
  for (const row of view.rows) {
    const line = ` ${row.name}: ${rowSummary(row)}.`;
    if (text.length + line.length > max - 40) {
      text += ' More in the message text.';
      break;
    }
    text += line;
  }
  return text.slice(0, max);
}

/** The whole view as plain lines: for the terminal and the sandbox. */
export function pictureLines(view: ContactsPictureView): string[] {
  const lines = [pictureTitle(view), pictureSummary(view)];
  if (view.actor.about) lines.splice(1, 0, view.actor.about);
  for (const row of view.rows) {
    lines.push('', `${row.name} — ${rowSummary(row)}`);
    for (const mark of [...row.marks].reverse()) lines.push(`  ${markText(mark)}  (article ${mark.article})`);
  }
  const out = leftOut(view);
  if (out) lines.push('', `(${out})`);
  if (view.rows.some((r) => r.marks.some((m) => !m.dated))) lines.push('', `${UNDATED_MARK}: the text gives no date; the article's date.`);
  return lines;
}
