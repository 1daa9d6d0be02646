// When a subscription's digests are due: pure functions of the wall-clock time, the timezone and an
// instant. Every timing decision of the digest service goes through here, so the tests can pin down
// daylight saving without a clock, and node-cron (which fires the runs) is checked against them.
//
// A daily time names a local wall-clock time. Twice a year that is not one instant:
// - it does not exist (spring forward, e.g. 02:30 in Berlin on 2026-03-29): the digest runs that day
//   as many minutes after the gap as the time was into it (03:30 CEST), so no day goes without;
// - it exists twice (fall back, 02:30 on 2026-10-25): the digest runs at the first one, once.
// This is Temporal's "compatible" disambiguation. The slot keeps its name (`…T02:30@Europe/Berlin`)
// whichever instant it runs at, so the day has one slot id and is delivered once.

export interface Slot {
  /** `2026-03-29T08:00@Europe/Berlin`: the local date and the configured time, in the timezone. */
  readonly id: string;
  /** The instant the slot runs at. */
  readonly at: Date;
}

export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` on a 24-hour clock, or null. */
export function parseTime(time: string): LocalTime | null {
  const m = TIME.exec(time);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

export function isValidTime(time: string): boolean {
  return parseTime(time) !== null;
}

/** A time of day as people type it (`8:00` or `08:00`) in its one spelling (`08:00`); null when it is none. */
export function normalizeTime(text: string): string | null {
  const padded = /^\d:/.test(text) ? `0${text}` : text;
  return isValidTime(padded) ? padded : null;
}

/** Whether Intl (hence node-cron) knows the zone: IANA names, their aliases, `UTC`. Case-insensitive. */
export function isValidTimezone(tz: string): boolean {
  return canonicalTimezone(tz) !== null;
}

/** The zone's canonical spelling (`europe/berlin` → `Europe/Berlin`), or null when unknown. */
export function canonicalTimezone(tz: string): string | null {
  // Offsets such as "+01:00" are accepted by newer engines but follow no daylight saving: not a place.
  if (!/^[A-Za-z]/.test(tz)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

let zoneList: string[] | null = null;

/** Every IANA zone the runtime knows, sorted, with `UTC` (for autocomplete). */
export function timezones(): string[] {
  zoneList ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
  return [...zoneList];
}

/** The first slot strictly after `after`. */
export function nextSlot(time: string, timezone: string, after: Date): Slot {
  const t = requireTime(time);
  const today = localDateOf(after.getTime(), timezone);
  for (let d = -1; d <= 2; d++) {
    const slot = slotOn(addDays(today, d), t, time, timezone);
    if (slot.at.getTime() > after.getTime()) return slot;
  }
  throw new Error(`no slot for ${time} in ${timezone} after ${after.toISOString()}`);
}

/** The last slot at or before `atOrBefore`. */
export function previousSlot(time: string, timezone: string, atOrBefore: Date): Slot {
  const t = requireTime(time);
  const today = localDateOf(atOrBefore.getTime(), timezone);
  for (let d = 1; d >= -2; d--) {
    const slot = slotOn(addDays(today, d), t, time, timezone);
    if (slot.at.getTime() <= atOrBefore.getTime()) return slot;
  }
  throw new Error(`no slot for ${time} in ${timezone} before ${atOrBefore.toISOString()}`);
}

/** When the next digest runs: the first slot instant strictly after `after`. */
export function nextRunAt(time: string, timezone: string, after: Date): Date {
  return nextSlot(time, timezone, after).at;
}

/** The id of the slot a run at `at` belongs to: the latest slot at or before it. */
export function slotIdAt(time: string, timezone: string, at: Date): string {
  return previousSlot(time, timezone, at).id;
}

export interface SlotState {
  readonly time: string;
  readonly timezone: string;
  /** The newest slot already handled (delivered, found empty, or skipped). */
  readonly lastSlot: string | null;
  /** Slots before this instant (the subscription's last `set`) are not its own. */
  readonly since: number;
}

export type MissedSlot =
  | { readonly kind: 'none' }
  /** Missed while the bot was down, recent enough: deliver it now, once. */
  | { readonly kind: 'due'; readonly slot: Slot }
  /** Missed and older than the grace period: skip it (its articles wait for the next digest) and say so. */
  | { readonly kind: 'expired'; readonly slot: Slot; readonly ageMs: number };

/**
 * Whether the latest slot at or before `now` went unhandled. Only the latest counts: after a long
 * outage the earlier slots' articles are all still after the cursor, so the next digest carries them.
 */
export function missedSlot(state: SlotState, now: number, graceMs: number): MissedSlot {
  const slot = previousSlot(state.time, state.timezone, new Date(now));
  if (slot.at.getTime() < state.since || slot.id === state.lastSlot) return { kind: 'none' };
  const ageMs = now - slot.at.getTime();
  return ageMs <= graceMs ? { kind: 'due', slot } : { kind: 'expired', slot, ageMs };
}

/** The calendar date (`YYYY-MM-DD`) at `instant` in `timezone`. */
export function localDateOf(instant: number, timezone: string): string {
  const p = localParts(instant, timezone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

// ——— wall-clock arithmetic ———

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function requireTime(time: string): LocalTime {
  const t = parseTime(time);
  if (!t) throw new RangeError(`"${time}" is not a time of day (HH:MM, 00:00 to 23:59)`);
  return t;
}

function slotOn(date: string, t: LocalTime, time: string, timezone: string): Slot {
  return { id: `${date}T${time}@${timezone}`, at: new Date(instantOf(date, t, timezone)) };
}

/** The instant a wall-clock time on a local date happens ("compatible": see the top of the file). */
function instantOf(date: string, t: LocalTime, timezone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, t.hour, t.minute);
  // The offsets a day either side; a zone changes its offset at most once in between.
  const before = offsetAt(wall - 86_400_000, timezone);
  const after = offsetAt(wall + 86_400_000, timezone);
  const candidates = [...new Set([wall - before, wall - after])].sort((a, b) => a - b);
  const exact = candidates.find((c) => readsAs(c, timezone, y, mo, d, t));
  // None reads back: the time falls into a gap; read with the offset before the gap it lands after it.
  return exact ?? wall - before;
}

function readsAs(instant: number, timezone: string, y: number, mo: number, d: number, t: LocalTime): boolean {
  const p = localParts(instant, timezone);
  return p.year === y && p.month === mo && p.day === d && p.hour === t.hour && p.minute === t.minute;
}

/** Local time minus UTC at `instant`, in ms (to the minute). */
function offsetAt(instant: number, timezone: string): number {
  const p = localParts(instant, timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(instant: number, timezone: string): Parts {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timezone, f);
  }
  const parts: Partial<Parts> = {};
  for (const { type, value } of f.formatToParts(instant)) {
    if (type === 'year' || type === 'month' || type === 'day' || type === 'hour' || type === 'minute') parts[type] = Number(value);
  }
  return parts as Parts;
}

function addDays(date: string, days: number): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
