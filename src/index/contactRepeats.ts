// Several reports of one contact (outlets carrying the same meeting, or an article telling it twice) are
// one contact for a reader: counted once in a brief, and shown as one entry citing every report
// (src/views/contactEntries.ts groups them the same way).

/** IndexData's contact columns this reads, and the one it fills. */
export interface ContactParts {
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly kind: Int32Array;
  readonly status: Int32Array;
  readonly repeat: Int32Array;
}

/**
 * Marks each contact that repeats one before it on the same day: the same key (two parties, kind and
 * status, as a number). Contacts come sorted by day, so each day's run is looked at alone, and a repeat is
 * in a period exactly when the contact it repeats is. The index's build and a layered index's merged lists
 * make their keys each their own way (actor indices differ between layers).
 */
export function markRepeatedKeys(day: ArrayLike<number>, keyOf: (i: number) => number, repeat: Int32Array): void {
  const seen = new Set<number>();
  let today = NaN;
  for (let i = 0; i < day.length; i++) {
    if (day[i] !== today) {
      today = day[i]!;
      seen.clear();
    }
    const key = keyOf(i);
    if (seen.has(key)) repeat[i] = 1;
    else seen.add(key);
  }
}

/** Small numbers for the few names it is given (kinds and statuses: 4 and 3 in the model), in order met. */
export function smallCodes<T>(): (name: T) => number {
  const codes = new Map<T, number>();
  return (name) => codes.get(name) ?? codes.set(name, codes.size).get(name)!;
}

/** markRepeatedKeys over a build's contact columns (their `a`, `b`: actor indices). */
export function markRepeats(ct: ContactParts, day: ArrayLike<number>): void {
  const code = smallCodes<number>();
  markRepeatedKeys(
    day,
    (i) => {
      const lo = Math.min(ct.a[i]!, ct.b[i]!);
      const hi = Math.max(ct.a[i]!, ct.b[i]!);
      // Two actor indices (< 2^21 each) and two codes (< 8 each): < 2^53, exact.
      return (lo * 2 ** 21 + hi) * 64 + code(ct.kind[i]!) * 8 + code(ct.status[i]!);
    },
    ct.repeat,
  );
}
