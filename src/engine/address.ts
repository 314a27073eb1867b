/** A1 addresses ↔ zero-based positions. Sheet names are quoted the way Excel quotes them. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based (row, col) → "B7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Zero-based block → "B7:D9" (or "B7" for a single cell). */
export function rangeAddress(row: number, col: number, rowCount = 1, colCount = 1): string {
  const first = cellAddress(row, col);
  if (rowCount === 1 && colCount === 1) return first;
  return `${first}:${cellAddress(row + rowCount - 1, col + colCount - 1)}`;
}

/** "B7" or "B7:D9" → zero-based block. Throws on anything else. */
export function parseAddress(address: string): {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
} {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  const c1 = columnIndex(m[1]!);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    colCount: Math.abs(c2 - c1) + 1,
  };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
