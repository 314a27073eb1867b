/**
 * Appends without spreading into a call: push(...items) passes every item as an argument and
 * overflows the call stack past some 100,000 items (a 10,000-row table writes more ranges than that).
 */
export function append<T>(to: T[], items: readonly T[]): T[] {
  // indexed: append runs once per plan over some 200,000 items, mostly before it is optimised,
  // where for…of makes an iterator result per item
  for (let i = 0; i < items.length; i++) to.push(items[i]!);
  return to;
}

/** The largest of the numbers, or `floor` when there are none; Math.max(...list) has the same stack limit. */
export function maxOf(floor: number, list: readonly number[]): number {
  let m = floor;
  for (let i = 0; i < list.length; i++) if (list[i]! > m) m = list[i]!;
  return m;
}
