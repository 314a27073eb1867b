/**
 * Position-based scanning of a worksheet's rows and cells (sheet-cells.ts): elements, attribute
 * values and numbers are found by index arithmetic in the part's text, with no substring, match
 * array or object per cell. At 100,000 rows (3 million cells) a substring per attribute and an
 * object per element were most of the read's time and all of its garbage (`npm run bench file`).
 * Each function says which pattern it matches as; anything outside the fast forms goes the slow way.
 */

/** White space as the pattern \s takes it. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * An element found by position, filled in place (one per scan, not one per element): its
 * attributes' text is text[attrsFrom, attrsTo), its content text[from, to) (from = -1 when it
 * closes itself), and it ends before `end`.
 */
export interface Found {
  attrsFrom: number;
  attrsTo: number;
  from: number;
  to: number;
  end: number;
}

export function newFound(): Found {
  return { attrsFrom: 0, attrsTo: 0, from: -1, to: -1, end: 0 };
}

/**
 * Finds the next `<name …/>` or `<name …>…</name>` in text[from, to) into `out`, as the pattern
 * `<name\b([^>]*?)(?:\/>|>([\s\S]*?)<\/name>)` run on that slice matches it; false when none.
 * `open` and `close` are "<name" and "</name>".
 */
export function nextElement(
  text: string,
  open: string,
  close: string,
  from: number,
  to: number,
  out: Found,
): boolean {
  for (let at = text.indexOf(open, from); at >= 0 && at < to; at = text.indexOf(open, at + 1)) {
    const after = at + open.length;
    if (after < to && isWordChar(text.charCodeAt(after))) continue;
    const tagEnd = text.indexOf(">", after);
    if (tagEnd < 0 || tagEnd >= to) return false;
    out.attrsFrom = after;
    if (text.charCodeAt(tagEnd - 1) === 47 && tagEnd - 1 >= after) {
      out.attrsTo = tagEnd - 1;
      out.from = out.to = -1;
      out.end = tagEnd + 1;
      return true;
    }
    const closeAt = text.indexOf(close, tagEnd + 1);
    if (closeAt < 0 || closeAt + close.length > to) continue;
    out.attrsTo = tagEnd;
    out.from = tagEnd + 1;
    out.to = closeAt;
    out.end = closeAt + close.length;
    return true;
  }
  return false;
}

/**
 * Where the value of attribute `needle` (`name="`) starts in text[from, to), as the pattern
 * `(?:^|\s)name="([^"]*)"` finds it on that slice; -1 when absent or never closed. The value ends
 * at the next `"`. Scanned by hand within the bounds: indexOf would run on to the next cell that
 * has the attribute, to the end of the part for an attribute no cell has.
 */
export function attrStart(text: string, from: number, to: number, needle: string): number {
  const first = needle.charCodeAt(0);
  const last = to - needle.length;
  for (let at = from; at <= last; at++) {
    if (text.charCodeAt(at) !== first || !text.startsWith(needle, at)) continue;
    if (at > from && !isSpace(text.charCodeAt(at - 1))) continue;
    const start = at + needle.length;
    const end = text.indexOf('"', start);
    return end < 0 || end >= to ? -1 : start;
  }
  return -1;
}

/** Where the values of a cell's `r`, `s` and `t` attributes start (-1 each when absent or never closed). */
export interface CellAttrs {
  r: number;
  s: number;
  t: number;
}

/**
 * attrStart for `r="`, `s="` and `t="` at once, in one pass over the cell's attributes: three
 * passes were a fifth of the read at 100,000 rows (a cell without `s` was scanned to its end).
 */
export function cellAttrs(text: string, from: number, to: number, out: CellAttrs): void {
  out.r = out.s = out.t = -2;
  let missing = 3;
  for (let at = from; at + 3 <= to && missing > 0; at++) {
    if (text.charCodeAt(at + 1) !== 61 || text.charCodeAt(at + 2) !== 34) continue;
    const c = text.charCodeAt(at);
    if (c !== 114 && c !== 115 && c !== 116) continue;
    if (at > from && !isSpace(text.charCodeAt(at - 1))) continue;
    const seen = c === 114 ? out.r : c === 115 ? out.s : out.t;
    if (seen !== -2) continue;
    const end = text.indexOf('"', at + 3);
    const start = end < 0 || end >= to ? -1 : at + 3;
    if (c === 114) out.r = start;
    else if (c === 115) out.s = start;
    else out.t = start;
    missing--;
  }
  if (out.r === -2) out.r = -1;
  if (out.s === -2) out.s = -1;
  if (out.t === -2) out.t = -1;
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
 * The content bounds of the first `<v>` (or `<v …>`) in text[from, to) with a `</v>` after it, as
 * /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/ finds it on that slice; false when there is none. Scanned by
 * hand: the cell's content is a few characters, and indexOf would run on past the cell.
 */
export function valueBounds(text: string, from: number, to: number, out: Found): boolean {
  for (let at = from; at + 1 < to; at++) {
    if (text.charCodeAt(at) !== 60 || text.charCodeAt(at + 1) !== 118) continue;
    const c = text.charCodeAt(at + 2);
    let start: number;
    if (c === 62 && at + 2 < to) start = at + 3;
    else if (at + 2 < to && isSpace(c)) {
      const gt = text.indexOf(">", at + 3);
      if (gt < 0 || gt >= to) return false;
      start = gt + 1;
    } else continue;
    const end = text.indexOf("</v>", start);
    if (end < 0 || end + 4 > to) return false;
    out.from = start;
    out.to = end;
    return true;
  }
  return false;
}

/** Whether text[from, to) holds `<f` followed by a character that ends a name (the pattern's `<f\b`). */
export function hasFormulaTag(text: string, from: number, to: number): boolean {
  for (let at = from; at + 1 < to; at++) {
    if (text.charCodeAt(at) !== 60 || text.charCodeAt(at + 1) !== 102) continue;
    if (at + 2 >= to || !isWordChar(text.charCodeAt(at + 2))) return true;
  }
  return false;
}
