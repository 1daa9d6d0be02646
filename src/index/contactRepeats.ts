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
 * Marks each contact that repeats one before it: the same two parties, kind and status on the same day
 * (several outlets reporting one meeting, or an article telling it twice). Contacts are sorted by day, so
 * each day's run is looked at alone, and a repeat is in a period exactly when the contact it repeats is.
 */
export function markRepeats(ct: ContactParts, day: ArrayLike<number>): void {
  const seen = new Set<number>();
  // Kind and status are string ids; as small numbers of their own (the model has a handful of each).
  const codes = new Map<number, number>();
  const code = (id: number) => codes.get(id) ?? codes.set(id, codes.size).get(id)!;
  let today = NaN;
  for (let i = 0; i < day.length; i++) {
    if (day[i] !== today) {
      today = day[i]!;
      seen.clear();
    }
    const lo = Math.min(ct.a[i]!, ct.b[i]!);
    const hi = Math.max(ct.a[i]!, ct.b[i]!);
    // Two actor indices (< 2^21 each) and two codes (< 8 each: 4 kinds and 3 statuses): < 2^53, exact.
    const key = (lo * 2 ** 21 + hi) * 64 + code(ct.kind[i]!) * 8 + code(ct.status[i]!);
    if (seen.has(key)) ct.repeat[i] = 1;
    else seen.add(key);
  }
}
