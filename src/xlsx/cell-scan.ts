/**
 * The cell-level part of reading a worksheet by position (sheet-cells.ts): a cell's `r`, `s` and
 * `t`, its `<v>` and its numbers are found by index arithmetic in the part's text, with no substring,
 * match array or object per cell. At 100,000 rows (3 million cells) a substring per attribute and
 * an object per element were most of the read's time and all of its garbage (`npm run bench file`).
 * The lexing rules are the tokenizer's (ooxml/xml-scan.ts: names, tag ends, attributes); each
 * function here bounds its search to the cell, where indexOf would run on into the next ones.
 */
import { type AttrAt, endOfTag, isNameEnd, isSpace, nextAttr, type Found } from "./ooxml/xml-scan";

/** Where the values of a cell's `r`, `s` and `t` attributes lie (start -1 when absent). */
export interface CellAttrs {
  r: number;
  rEnd: number;
  s: number;
  sEnd: number;
  t: number;
  tEnd: number;
}

export function newCellAttrs(): CellAttrs {
  return { r: -1, rEnd: -1, s: -1, sEnd: -1, t: -1, tEnd: -1 };
}

/**
 * The values of `r`, `s` and `t` in one pass over the cell's attributes text[from, to), stopping
 * once all three are found: a pass per attribute was a fifth of the read at 100,000 rows.
 */
export function cellAttrs(text: string, from: number, to: number, out: CellAttrs, a: AttrAt): void {
  out.r = out.s = out.t = -1;
  let missing = 3;
  for (let at = nextAttr(text, from, to, a); at >= 0; at = nextAttr(text, at, to, a)) {
    if (a.nameTo - a.nameFrom !== 1) continue;
    const c = text.charCodeAt(a.nameFrom);
    if (c === 114 && out.r < 0) {
      out.r = a.valueFrom;
      out.rEnd = a.valueTo;
    } else if (c === 115 && out.s < 0) {
      out.s = a.valueFrom;
      out.sEnd = a.valueTo;
    } else if (c === 116 && out.t < 0) {
      out.t = a.valueFrom;
      out.tEnd = a.valueTo;
    } else continue;
    if (--missing === 0) return;
  }
}

/** Whether text[from, to) holds an "&", which only the slow way (references decoded) reads. */
export function hasAmp(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 38) return true;
  return false;
}

/** text[from, to) as a whole number when it is 1 to 15 digits only (exact as Number reads it), else -1. */
export function digitsAt(text: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
/**
 * The A1 reference text[from, to) as parts write it, upper-case letters then 1 to 15 digits (more is no
 * worksheet row either), → its zero-based row and column in `out`; false for anything else ("$", lower
 * case, a range). The snapshot's cell refs and the notes' comment refs are read by it.
 */
export function cellRefAt(
  text: string,
  from: number,
  to: number,
  out: { row: number; col: number },
): boolean {
  let i = from;
  let col = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const row = i > from ? digitsAt(text, i, to) : -1;
  if (row < 0) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** Exact powers of ten as doubles: 10^0 … 10^22. */
const POW10: number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * text[from, to) as Number reads it, for the plain decimal forms a worksheet holds (`-12.5`,
 * `1.5E-3`): at most 15 significant digits and a scale within 10^±22, where one correctly rounded
 * multiplication or division gives exactly Number's result. NaN when outside that form, so the
 * caller reads it with Number.
 */
export function decimalAt(text: string, from: number, to: number): number {
  let i = from;
  const neg = text.charCodeAt(i) === 45;
  if (neg) i++;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let seen = false;
  for (; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    seen = true;
    if (digits > 0 || c > 0) digits++;
    m = m * 10 + c;
  }
  if (i < to && text.charCodeAt(i) === 46) {
    for (i++; i < to; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      seen = true;
      if (digits > 0 || c > 0) digits++;
      m = m * 10 + c;
      scale--;
    }
  }
  if (!seen || digits > 15) return NaN;
  if (i < to && (text.charCodeAt(i) | 32) === 101) {
    const exp = exponentAt(text, i + 1, to);
    if (exp === undefined) return NaN;
    scale += exp;
  } else if (i < to) return NaN;
  if (scale < -22 || scale > 22) return NaN;
  const v = scale < 0 ? m / POW10[-scale]! : m * POW10[scale]!;
  return neg ? -v : v;
}

/** The exponent after an "e": an optional sign and 1 to 4 digits running to `to`. */
function exponentAt(text: string, from: number, to: number): number | undefined {
  let i = from;
  const sign = text.charCodeAt(i);
  if (sign === 43 || sign === 45) i++;
  if (i >= to || to - i > 4) return undefined;
  const n = digitsAt(text, i, to);
  if (n < 0) return undefined;
  return sign === 45 ? -n : n;
}

/**
 * The content bounds of the first `<v>` (or `<v …>`) in text[from, to) with a `</v>` after it;
 * false when there is none. Scanned by hand: the cell's content is a few characters, and indexOf
 * would run on past the cell.
 */
export function valueBounds(text: string, from: number, to: number, out: Found): boolean {
  for (let at = from; at + 2 < to; at++) {
    if (text.charCodeAt(at) !== 60 || text.charCodeAt(at + 1) !== 118) continue;
    const c = text.charCodeAt(at + 2);
    if (c !== 62 && !isSpace(c)) continue;
    const gt = c === 62 ? at + 2 : endOfTag(text, at);
    if (gt < 0 || gt >= to) return false;
    // <v/> holds nothing; a later <v> may.
    if (text.charCodeAt(gt - 1) === 47) continue;
    const end = text.indexOf("</v>", gt + 1);
    if (end < 0 || end + 4 > to) return false;
    out.from = gt + 1;
    out.to = end;
    return true;
  }
  return false;
}

/** Whether text[from, to) holds a `<f>` start tag: a formula, read the slow way. */
export function hasFormulaTag(text: string, from: number, to: number): boolean {
  for (let at = from; at + 2 < to; at++)
    if (text.charCodeAt(at) === 60 && text.charCodeAt(at + 1) === 102 && isNameEnd(text.charCodeAt(at + 2)))
      return true;
  return false;
}
