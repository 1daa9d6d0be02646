import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  canonicalTimezone,
  isValidTime,
  isValidTimezone,
  missedSlot,
  nextRunAt,
  nextSlot,
  normalizeTime,
  previousSlot,
  slotIdAt,
  timezones,
} from '../../src/digest/schedule.js';
import { cronTimers, ManualClock } from '../../src/digest/timers.js';

const utc = (iso: string) => new Date(iso);
/** The next `n` run instants after `from`, as ISO strings. */
function runs(time: string, tz: string, from: string, n: number): string[] {
  const out: string[] = [];
  let at = utc(from);
  for (let i = 0; i < n; i++) {
    at = nextRunAt(time, tz, at);
    out.push(at.toISOString());
  }
  return out;
}

describe('nextRunAt', () => {
  it('keeps 08:00 in Berlin at 08:00 local across the spring change (2026-03-29)', () => {
    expect(runs('08:00', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3)).toEqual([
      '2026-03-28T07:00:00.000Z', // CET, UTC+1
      '2026-03-29T06:00:00.000Z', // CEST, UTC+2, the day the clocks go forward
      '2026-03-30T06:00:00.000Z',
    ]);
  });

  it('keeps 08:00 in Berlin at 08:00 local across the autumn change (2026-10-25)', () => {
    expect(runs('08:00', 'Europe/Berlin', '2026-10-23T12:00:00Z', 3)).toEqual([
      '2026-10-24T06:00:00.000Z', // CEST
      '2026-10-25T07:00:00.000Z', // CET, the day the clocks go back
      '2026-10-26T07:00:00.000Z',
    ]);
  });

  it('runs a time that does not exist on the spring day after the gap, that day', () => {
    // 02:30 does not happen in Berlin on 2026-03-29 (02:00 → 03:00): the digest runs at 03:30 CEST.
    expect(runs('02:30', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3)).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
  });

  it('runs a time that happens twice on the autumn day once, at the first', () => {
    // 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET) on 2026-10-25.
    expect(runs('02:30', 'Europe/Berlin', '2026-10-24T12:00:00Z', 2)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });

  it('follows New York across its own change dates (2026-03-08 and 2026-11-01)', () => {
    expect(runs('08:00', 'America/New_York', '2026-03-06T20:00:00Z', 3)).toEqual([
      '2026-03-07T13:00:00.000Z', // EST, UTC−5
      '2026-03-08T12:00:00.000Z', // EDT, UTC−4
      '2026-03-09T12:00:00.000Z',
    ]);
    expect(runs('08:00', 'America/New_York', '2026-10-30T20:00:00Z', 3)).toEqual([
      '2026-10-31T12:00:00.000Z',
      '2026-11-01T13:00:00.000Z',
      '2026-11-02T13:00:00.000Z',
    ]);
  });

  it('puts two timezones at their own local times from the same instant', () => {
    const now = utc('2026-01-15T10:00:00Z');
    expect(nextRunAt('09:00', 'Asia/Tokyo', now).toISOString()).toBe('2026-01-16T00:00:00.000Z');
    expect(nextRunAt('09:00', 'America/New_York', now).toISOString()).toBe('2026-01-15T14:00:00.000Z');
    expect(nextRunAt('09:00', 'UTC', now).toISOString()).toBe('2026-01-16T09:00:00.000Z');
  });

  it('is strictly after the given instant', () => {
    expect(nextRunAt('08:00', 'UTC', utc('2026-05-01T08:00:00Z')).toISOString()).toBe('2026-05-02T08:00:00.000Z');
    expect(nextRunAt('08:00', 'UTC', utc('2026-05-01T07:59:59.999Z')).toISOString()).toBe('2026-05-01T08:00:00.000Z');
  });

  it('handles midnight and half-hour zones', () => {
    expect(nextRunAt('00:00', 'Asia/Kolkata', utc('2026-05-01T12:00:00Z')).toISOString()).toBe('2026-05-01T18:30:00.000Z');
    // Santiago's clocks go from 00:00 to 01:00 on 2026-09-06: midnight that day is 01:00 local.
    expect(nextRunAt('00:00', 'America/Santiago', utc('2026-09-05T12:00:00Z')).toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('throws on an unknown timezone or a malformed time', () => {
    expect(() => nextRunAt('08:00', 'Mars/Olympus_Mons', utc('2026-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => nextRunAt('8am', 'UTC', utc('2026-01-01T00:00:00Z'))).toThrow(/HH:MM/);
    expect(() => nextRunAt('24:00', 'UTC', utc('2026-01-01T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('slots', () => {
  it('name a day by its local date and the configured time, whenever it runs', () => {
    expect(nextSlot('02:30', 'Europe/Berlin', utc('2026-03-28T12:00:00Z')).id).toBe('2026-03-29T02:30@Europe/Berlin');
    // Both 02:30s of the autumn day belong to the one slot.
    expect(slotIdAt('02:30', 'Europe/Berlin', utc('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30@Europe/Berlin');
    expect(slotIdAt('02:30', 'Europe/Berlin', utc('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30@Europe/Berlin');
    // Tokyo's 09:00 on the 16th is the 15th in UTC.
    expect(slotIdAt('09:00', 'Asia/Tokyo', utc('2026-01-16T00:00:00Z'))).toBe('2026-01-16T09:00@Asia/Tokyo');
  });

  it('find the latest slot at or before an instant', () => {
    expect(previousSlot('08:00', 'Europe/Berlin', utc('2026-03-29T06:00:00Z')).at.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(previousSlot('08:00', 'Europe/Berlin', utc('2026-03-29T05:59:00Z')).at.toISOString()).toBe('2026-03-28T07:00:00.000Z');
  });
});

describe('missedSlot', () => {
  const base = { time: '08:00', timezone: 'Europe/Berlin', lastSlot: null, since: Date.parse('2026-03-01T00:00:00Z') };
  const hours = (h: number) => h * 3_600_000;

  it('is due when the latest slot went unhandled less than the grace period ago', () => {
    const m = missedSlot({ ...base, lastSlot: '2026-03-28T08:00@Europe/Berlin' }, Date.parse('2026-03-29T08:00:00Z'), hours(6));
    expect(m).toMatchObject({ kind: 'due', slot: { id: '2026-03-29T08:00@Europe/Berlin' } });
  });

  it('has expired when it is older than the grace period', () => {
    const m = missedSlot(base, Date.parse('2026-03-29T13:00:00Z'), hours(6));
    expect(m).toMatchObject({ kind: 'expired', slot: { id: '2026-03-29T08:00@Europe/Berlin' }, ageMs: hours(7) });
  });

  it('is none when the slot was handled, or came before the subscription was set', () => {
    expect(missedSlot({ ...base, lastSlot: '2026-03-29T08:00@Europe/Berlin' }, Date.parse('2026-03-29T08:00:00Z'), hours(6))).toEqual({
      kind: 'none',
    });
    expect(missedSlot({ ...base, since: Date.parse('2026-03-29T07:00:00Z') }, Date.parse('2026-03-29T08:00:00Z'), hours(6))).toEqual({
      kind: 'none',
    });
  });
});

describe('times of day', () => {
  it('takes HH:MM on a 24-hour clock as stored, and H:MM as typed in its HH:MM spelling', () => {
    expect(isValidTime('08:00')).toBe(true);
    expect(isValidTime('8:00')).toBe(false);
    expect(normalizeTime('8:00')).toBe('08:00');
    expect(normalizeTime('23:59')).toBe('23:59');
    expect(normalizeTime('0:00')).toBe('00:00');
    for (const wrong of ['24:00', '8:60', '8:5', '008:00', '8am', '', ' 8:00']) expect(normalizeTime(wrong)).toBeNull();
  });
});

describe('timezones', () => {
  it('accepts IANA names in any case and their aliases, and refuses the rest', () => {
    expect(isValidTimezone('Europe/Berlin')).toBe(true);
    expect(isValidTimezone('UTC')).toBe(true);
    expect(canonicalTimezone('europe/berlin')).toBe('Europe/Berlin');
    expect(isValidTimezone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimezone('')).toBe(false);
    expect(isValidTimezone('+01:00')).toBe(false);
  });

  it('lists every zone the runtime knows, sorted, UTC included', () => {
    const list = timezones();
    expect(list).toContain('UTC');
    expect(list).toContain('Europe/Berlin');
    expect(list).toContain('America/New_York');
    expect([...list].sort()).toEqual(list);
    expect(list.every(isValidTimezone)).toBe(true);
  });
});

describe('cronTimers (node-cron)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function firings(time: string, tz: string, from: string, days: number): Promise<string[]> {
    vi.useFakeTimers({ now: utc(from) });
    const fired: string[] = [];
    const job = cronTimers().daily(time, tz, (at) => fired.push(at.toISOString()));
    await vi.advanceTimersByTimeAsync(days * 86_400_000);
    job.cancel();
    return fired;
  }

  it("fires at nextRunAt's instants across the spring change", async () => {
    expect(await firings('08:00', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3)).toEqual(
      runs('08:00', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3),
    );
  });

  it('fires on the spring day of a time inside the gap, which node-cron alone would skip', async () => {
    const fired = await firings('02:30', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3);
    expect(fired).toEqual(runs('02:30', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3));
  });

  it('fires a doubled autumn time at its first instant; a second firing is the same slot', async () => {
    const fired = await firings('02:30', 'Europe/Berlin', '2026-10-24T12:00:00Z', 2);
    expect(fired[0]).toBe('2026-10-25T00:30:00.000Z');
    expect(new Set(fired.map((at) => slotIdAt('02:30', 'Europe/Berlin', new Date(at))))).toEqual(
      new Set(['2026-10-25T02:30@Europe/Berlin', '2026-10-26T02:30@Europe/Berlin']),
    );
  });
});

describe('ManualClock', () => {
  it('fires daily timers at their slot instants, setting now to each', async () => {
    const clock = new ManualClock(utc('2026-03-27T12:00:00Z'));
    const fired: string[] = [];
    clock.daily('08:00', 'Europe/Berlin', (at) => fired.push(`${at.toISOString()} now=${new Date(clock.now()).toISOString()}`));
    await clock.advanceTo(utc('2026-03-30T12:00:00Z'));
    expect(fired).toEqual(runs('08:00', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3).map((at) => `${at} now=${at}`));
    expect(clock.now()).toBe(Date.parse('2026-03-30T12:00:00Z'));
  });
});
