// Days across: a linear scale from a span of days to x, with ticks that land on round dates (the 1st of
// a month, of a quarter, of a year; or days, weeks for a short span) and at most `maxTicks` labels.
import type { IsoDate } from '../model.js';

const DAY_MS = 86_400_000;

export interface Tick {
  readonly x: number;
  readonly label: string;
}

export interface TimeScale {
  /** The x of a day's middle. */
  x(date: IsoDate): number;
  readonly ticks: readonly Tick[];
}

/** Days since 1970-01-01 of a `YYYY-MM-DD`. */
export function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240];

/** `from`..`to` (inclusive days) onto [left, left + width], with a margin so no mark sits on the edge. */
export function timeScale(span: { from: IsoDate; to: IsoDate }, left: number, width: number, maxTicks = 8): TimeScale {
  let start = dayOf(span.from);
  let end = dayOf(span.to) + 1;
  // One day alone gets a month around it; otherwise a small margin on each side.
  const margin = end - start <= 1 ? 15 : Math.max(1, Math.round((end - start) * 0.03));
  start -= margin;
  end += margin;
  const perDay = width / (end - start);
  const xOfDay = (day: number) => left + (day - start) * perDay;
  return {
    x: (date) => xOfDay(dayOf(date) + 0.5),
    ticks: ticksOf(start, end, maxTicks).map((t) => ({ x: xOfDay(t.day), label: t.label })),
  };
}

function ticksOf(start: number, end: number, maxTicks: number): { day: number; label: string }[] {
  const days = end - start;
  for (const step of DAY_STEPS) {
    if (days / step > maxTicks) continue;
    const out: { day: number; label: string }[] = [];
    // Weekly ticks on Mondays (1970-01-01 was a Thursday: day 4 is a Monday).
    const first = step === 7 || step === 14 ? start + ((((4 - start) % 7) + 7) % 7) : Math.ceil(start);
    for (let d = first; d < end; d += step) out.push({ day: d, label: isoOf(d) });
    return out;
  }
  const startDate = new Date(start * DAY_MS);
  const months = days / 30.44;
  const step = MONTH_STEPS.find((s) => months / s <= maxTicks) ?? MONTH_STEPS.at(-1)!;
  const out: { day: number; label: string }[] = [];
  let m = startDate.getUTCFullYear() * 12 + startDate.getUTCMonth() + 1;
  m = Math.ceil(m / step) * step;
  for (; ; m += step) {
    const day = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS;
    if (day >= end) break;
    const iso = isoOf(day);
    out.push({ day, label: step >= 12 ? iso.slice(0, 4) : iso.slice(0, 7) });
  }
  return out;
}
