// The text that goes with the picture, for screen readers and for anyone who would rather read: the same
// rows as the picture (a counterpart each, what kinds of contact, then their dates, newest first), in an
// embed, which Discord shows beneath the attached picture. Names come from articles: escaped, so they can
// neither format the message nor ping anyone.
import type { APIEmbed } from 'discord.js';
import { COLORS, escapeText, inlineText } from '../../src/discord/render/index.js';
import { LIMITS } from '../../src/platform/limits.js';
import { leftOut, markText, pictureSummary, rowSummary, UNDATED_MARK, type ContactsPictureView } from '../../src/picture/index.js';
import { plural } from '../../src/views/text.js';

/** Dates listed on one counterpart's line before "and N more". */
const DATES_PER_ROW = 6;

/** The embed under the picture: the actor as its title, then the rows, within `max` characters of description. */
export function contactsEmbed(view: ContactsPictureView, max: number = LIMITS.description): APIEmbed {
  const about = view.actor.about ? `*${inlineText(view.actor.about, 200)}*` : '';
  const head = [about, escapeText(pictureSummary(view))].filter(Boolean);
  const notes: string[] = [];
  const out = leftOut(view);
  if (out) notes.push(`-# ${escapeText(out)}.`);
  if (view.rows.some((r) => r.marks.some((m) => !m.dated))) notes.push(`-# ${UNDATED_MARK} the text gives no date: the article's date.`);
  const lines = [...head];
  let used = head.join('\n').length + notes.join('\n').length + 2;
  for (let i = 0; i < view.rows.length; i++) {
    const row = view.rows[i]!;
    const newest = [...row.marks].reverse();
    const dates = newest.slice(0, DATES_PER_ROW).map(markText).join(' · ');
    const more = newest.length > DATES_PER_ROW ? ` · and ${newest.length - DATES_PER_ROW} more` : '';
    const line = `- **${inlineText(row.name, 100)}** — ${rowSummary(row)}: ${escapeText(dates)}${more}`;
    const rest = view.rows.length - i;
    // Room for this line, and for the line that says what did not fit.
    if (used + line.length + 1 + (rest > 1 ? 60 : 0) > max) {
      lines.push(`- … and ${plural(rest, 'more counterpart')}, in the picture`);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return {
    title: inlineText(`Contacts of ${view.actor.name}`, LIMITS.title),
    description: [...lines, ...notes].join('\n').slice(0, max),
    color: COLORS.brand,
  };
}
