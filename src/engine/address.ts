/** A1 addresses ↔ zero-based positions. Sheet names are quoted the way Excel quotes them. */

/** Letters of the first 702 columns (A…ZZ), made once: every planned cell address asks for one. */
const LETTERS: string[] = [];
for (let col = 0; col < 702; col++) LETTERS.push(spellColumn(col));

export function columnLetter(col: number): string {
  return (Number.isInteger(col) && col >= 0 && col < 702 ? LETTERS[col] : undefined) ?? spellColumn(col);
}

function spellColumn(col: number): string {
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
  const quick = parsePlain(address);
  if (quick) return quick;
  const block = parseAddressByPattern(address);
  if (!block) throw new Error(`Not an A1 address: ${address}`);
  return block;
}

/** Every A1 form (lower case, "$", spaces, reversed corners) by the full pattern; null when not one. */
export function parseAddressByPattern(
  address: string,
): { row: number; col: number; rowCount: number; colCount: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) return null;
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

/** Upper-case letter → 1…26, lower-case likewise, anything else 0. */
function letterValue(code: number): number {
  if (code >= 65 && code <= 90) return code - 64;
  if (code >= 97 && code <= 122) return code - 96;
  return 0;
}

/**
 * The plain shapes a plan is made of ("B7", "B7:D9": no "$", no spaces, at most 15 digits), read by
 * hand: a plan checks some 200,000 addresses and the pattern match costs more than the reading.
 * Anything else is left to parseAddress's pattern (null), so both paths agree on every input.
 */
function parsePlain(address: string): ReturnType<typeof parseAddress> | null {
  const n = address.length;
  let i = 0;
  let c1 = 0;
  let r1 = 0;
  let c2 = 0;
  let r2 = 0;
  for (let part = 0; part < 2; part++) {
    let col = 0;
    const letters = i;
    for (let v: number; i < n && i - letters < 4 && (v = letterValue(address.charCodeAt(i))) > 0; i++)
      col = col * 26 + v;
    if (i === letters || i - letters > 3) return null;
    let row = 0;
    const digits = i;
    for (let d: number; i < n && (d = address.charCodeAt(i) - 48) >= 0 && d <= 9; i++) row = row * 10 + d;
    if (i === digits || i - digits > 15) return null;
    if (part === 0) {
      c1 = col - 1;
      r1 = row - 1;
      if (i === n) return { row: r1, col: c1, rowCount: 1, colCount: 1 };
      if (address.charCodeAt(i) !== 58 /* : */) return null;
      i++;
    } else {
      c2 = col - 1;
      r2 = row - 1;
    }
  }
  if (i !== n) return null;
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
