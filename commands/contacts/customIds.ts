// The buttons that open a picture: `contacts:<how>:<actor id>:<since or ->:<until or ->`, within Discord's
// 100 characters (longer ids get no button). `how` is `b` for the button under a /brief (the picture goes
// to the presser alone, so a busy channel is not filled with pictures) and `s` for a "did you mean"
// suggestion of /contacts itself (answered like the command: in the channel).
import type { DateRange } from '../../src/index/api.js';
import { parseDateRange } from '../../src/discord/options.js';
import { LIMITS } from '../../src/platform/limits.js';

export type PictureButton = 'brief' | 'suggestion';

const CONTACTS_ID = /^contacts:([bs]):([^:]{1,80}):(\d{4}-\d{2}-\d{2}|-):(\d{4}-\d{2}-\d{2}|-)$/;

export function contactsCustomId(how: PictureButton, actorId: string, range: DateRange): string | null {
  const id = `contacts:${how === 'brief' ? 'b' : 's'}:${actorId}:${range.since ?? '-'}:${range.until ?? '-'}`;
  return CONTACTS_ID.test(id) && id.length <= LIMITS.customId ? id : null;
}

export function parseContactsId(customId: string): { how: PictureButton; actorId: string; range: DateRange } | null {
  const m = CONTACTS_ID.exec(customId);
  if (!m) return null;
  const since = m[3] === '-' ? undefined : m[3];
  const until = m[4] === '-' ? undefined : m[4];
  // Dates were checked when the button was made; re-check so a forged id cannot carry anything else.
  const range = parseDateRange(since, until);
  return range.ok ? { how: m[1] === 'b' ? 'brief' : 'suggestion', actorId: m[2]!, range: range.value } : null;
}
