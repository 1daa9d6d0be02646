// Bisection over sorted columns, which the index keeps everywhere (ids in an actor's list, article
// ordinals, name keys).

/** The first place in `sorted[from, to)` (non-decreasing) holding `value` or more; `to` when none does. */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
