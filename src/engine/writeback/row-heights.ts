/**
 * Row heights that fit wrapped text. Excel fits a row to its wrapped text by itself, but never a
 * row whose text sits in a merged cell (the sasaran spanning its indicators, the title, the
 * footnotes across the table): there the text ran into the next row when printed. The height is
 * estimated from the text and the column width, generously, so text is never cut off.
 */
import type { PlanValue } from "../plan";
import type { ModelRow } from "../tables/model";

/** points per line of Calibri 11, as Excel's default row */
export const LINE_POINTS = 15;
/** Excel's limit on a row's height */
const MAX_POINTS = 409;

/** Whether a UTF-16 unit is white space as the pattern \s takes it (\n, the paragraph break, too). */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Lines a text takes in a column `width` characters wide (Excel's width unit: the digit "0" of
 * the default font). Words are wrapped greedily as Excel does; a bold text is a little wider.
 * Paragraphs (at "\n") and words (runs without white space) are counted in one pass over the
 * characters: splitting them out was the largest cost of planning at 10,000 rows (`npm run bench file`).
 */
export function linesOf(text: string, width: number, bold = false): number {
  // a character of ordinary text is narrower than the digit "0"; bold is wider; a cell has padding
  const capacity = Math.max(1, (width - 1) * (bold ? 1.05 : 1.2));
  // words and the single spaces between them take at most the text's length: a short text without
  // a paragraph break is one line, told without going over its characters (most cells of a table)
  if (text.length <= capacity && text.indexOf("\n") < 0) return 1;
  let lines = 1;
  let line = 0;
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (!isSpace(c)) {
      len++;
      continue;
    }
    if (len > 0) {
      if (line === 0) line = len;
      else if (line + 1 + len <= capacity) line += 1 + len;
      else {
        lines++;
        line = len;
      }
      // a word longer than the line breaks where it must
      while (line > capacity) {
        lines++;
        line -= capacity;
      }
      len = 0;
    }
    // a new paragraph starts on a new line
    if (c === 10 && i < text.length) {
      lines++;
      line = 0;
    }
  }
  return lines;
}

export function pointsFor(lines: number): number {
  return Math.min(MAX_POINTS, lines * LINE_POINTS + (lines > 1 ? 3 : 0));
}

function textOf(v: PlanValue): string | null {
  return typeof v === "string" ? v : null;
}

/**
 * Heights of the rows of a block of model rows placed from `row0`, only where a row needs more
 * than one line; a cell spanning rows shares its lines among them.
 */
export function modelRowHeights(
  rows: ReadonlyArray<ModelRow>,
  widths: ReadonlyArray<number>,
  row0: number,
): { row: number; height: number }[] {
  // indexed loops, no closure per row or cell: this goes over every cell of every table
  const own = new Array<number>(rows.length).fill(1);
  const spans: { r: number; rs: number; lines: number }[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const bold = row.kind !== "data" && row.kind !== "kosong";
    const cells = row.cells;
    for (let c = 0; c < cells.length; c++) {
      const m = cells[c];
      const text = m ? textOf(m.value) : null;
      if (!m || text === null) continue;
      const cs = Math.max(1, m.colSpan ?? 1);
      let width = 0;
      for (let i = c; i < c + cs; i++) width += widths[i] ?? 10;
      const lines = linesOf(text, width, bold);
      const rs = Math.max(1, Math.min(m.rowSpan ?? 1, rows.length - r));
      if (rs > 1) spans.push({ r, rs, lines });
      else if (lines > own[r]!) own[r] = lines;
    }
  }
  for (const s of spans) {
    let have = 0;
    for (let i = s.r; i < s.r + s.rs; i++) have += own[i]!;
    if (have >= s.lines) continue;
    const extra = Math.ceil((s.lines - have) / s.rs);
    for (let i = s.r; i < s.r + s.rs; i++) own[i] = own[i]! + extra;
  }
  const out: { row: number; height: number }[] = [];
  for (let r = 0; r < own.length; r++)
    if (own[r]! > 1) out.push({ row: row0 + r, height: pointsFor(own[r]!) });
  return out;
}

/** The height of a row holding one text merged across `width` characters, when it needs more than a line. */
export function textRowHeight(row: number, text: string, width: number, bold = false) {
  const lines = linesOf(text, width, bold);
  return lines > 1 ? [{ row, height: pointsFor(lines) }] : [];
}
