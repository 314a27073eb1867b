/**
 * Appends without spreading into a call: push(...items) passes every item as an argument and
 * overflows the call stack past some 100,000 items (a 10,000-row table writes more ranges than that).
 */
export function append<T>(to: T[], items: readonly T[]): T[] {
  for (const item of items) to.push(item);
  return to;
}

/** The largest of the numbers, or `floor` when there are none; Math.max(...list) has the same stack limit. */
export function maxOf(floor: number, list: readonly number[]): number {
  let m = floor;
  for (const n of list) if (n > m) m = n;
  return m;
}
