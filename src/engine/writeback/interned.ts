/**
 * One one-cell row per distinct value, handed to every cell that holds it. A plan's value and
 * format grids are only read, so rows of the same content can share one array: a handful of
 * formats down a 100,000-row column instead of 100,000 arrays.
 */
export function interned<T>(): (v: T) => T[] {
  const rows = new Map<T, T[]>();
  return (v) => {
    let row = rows.get(v);
    if (row === undefined) {
      row = [v];
      rows.set(v, row);
    }
    return row;
  };
}
