// Slash-command option checks as pure functions: a bad value becomes a message that says what would
// work, never an exception. Discord only enforces types and lengths; everything else is ours.
import type { ActorResolution, AttacheIndex, DateRange } from '../index/api.js';
import { toIsoDate, type IsoDate } from '../model.js';

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const bad = (message: string): Checked<never> => ({ ok: false, message });

/** Dates are shown back to the user as typed, so a stray backtick cannot break the formatting. */
function shown(text: string): string {
  return text.replace(/`/g, "'").slice(0, 40);
}

/** An optional `YYYY-MM-DD` option: absent or blank is "no limit". */
export function parseDateOption(name: string, raw: string | null | undefined): Checked<IsoDate | undefined> {
  const text = raw?.trim() ?? '';
  if (!text) return ok(undefined);
  const date = toIsoDate(text);
  if (date) return ok(date);
  return bad(`${name} must be a date written YYYY-MM-DD, e.g. 2022-03-25 (got \`${shown(text)}\`).`);
}

/** `since` and `until` together: each a real date, and not in the wrong order. */
export function parseDateRange(since: string | null | undefined, until: string | null | undefined): Checked<DateRange> {
  const from = parseDateOption('since', since);
  if (!from.ok) return from;
  const to = parseDateOption('until', until);
  if (!to.ok) return to;
  if (from.value && to.value && from.value > to.value) {
    return bad(`since (${from.value}) is after until (${to.value}); swap them, or leave one out.`);
  }
  return ok({ ...(from.value ? { since: from.value } : {}), ...(to.value ? { until: to.value } : {}) });
}

/**
 * Free text that must say something: white space or punctuation alone is empty. `needs` finishes the
 * sentence "<name> …", e.g. "needs a name, e.g. Mirzoyan.".
 */
export function parseText(name: string, raw: string | null | undefined, needs: string): Checked<string> {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return bad(`${name} ${needs}`);
  return ok(text);
}

/**
 * An actor option: an autocomplete pick arrives as the choice's value, which may be the actor id; typed text
 * goes through the index's name resolution (exact names and aliases first, then fuzzy).
 */
export function findActor(index: Pick<AttacheIndex, 'actor' | 'resolveActor'>, text: string): ActorResolution {
  const byId = index.actor(text);
  return byId ? { kind: 'found', actor: byId, match: 'exact' } : index.resolveActor(text);
}
