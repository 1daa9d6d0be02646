// The "did you mean" buttons' custom ids: `brief:<actor id>:<since or ->:<until or ->`, within Discord's
// 100 characters (longer ids get no button). The router hands a press to /brief by the `brief:` prefix.
import type { DateRange } from '../../src/index/api.js';
import { parseDateRange } from '../../src/discord/options.js';
import { LIMITS } from '../../src/platform/limits.js';

const SUGGESTION_ID = /^brief:([^:]{1,80}):(\d{4}-\d{2}-\d{2}|-):(\d{4}-\d{2}-\d{2}|-)$/;

export function suggestionCustomId(actorId: string, range: DateRange): string | null {
  const id = `brief:${actorId}:${range.since ?? '-'}:${range.until ?? '-'}`;
  return SUGGESTION_ID.test(id) && id.length <= LIMITS.customId ? id : null;
}

export function parseSuggestionId(customId: string): { actorId: string; range: DateRange } | null {
  const m = SUGGESTION_ID.exec(customId);
  if (!m) return null;
  const since = m[2] === '-' ? undefined : m[2];
  const until = m[3] === '-' ? undefined : m[3];
  // Dates were checked when the button was made; re-check so a forged id cannot carry anything else.
  const range = parseDateRange(since, until);
  return range.ok ? { actorId: m[1]!, range: range.value } : null;
}
