/**
 * A worksheet's cells read from its XML into the snapshot's grids (package-snapshot.ts): values as
 * Office.js gives them, number formats, formulas (shared ones moved to each cell). Rows, cells and
 * their attributes are found by position (cell-scan.ts), as the patterns
 * `<row\b[^>]*?(?:\/>|>…<\/row>)` and `<c\b[^>]*?(?:\/>|>…<\/c>)` find them, and each cell goes
 * straight into its grid row (sheet-grid.ts). Plain numbers and shared-string indexes are read
 * without a substring; every other form is read from substrings as before.
 */
import { columnIndex } from "../engine/address";
import type { CellValue } from "../engine/snapshot";
import {
  attrStart,
  type CellAttrs,
  cellAttrs,
  decimalAt,
  digitsAt,
  type Found,
  hasAmp,
  hasFormulaTag,
  newFound,
  nextElement,
  valueBounds,
} from "./cell-scan";
import { XlsxInputError } from "./errors";
import { decodeXmlRefs } from "./ooxml/xml-scan";
import { type CellRows, newCellRows, putCell } from "./sheet-grid";

export { toSheet } from "./sheet-grid";

/** `name="` for each attribute name asked for, made once. */
const NEEDLES = new Map<string, string>();

function needleOf(name: string): string {
  let needle = NEEDLES.get(name);
  if (needle === undefined) NEEDLES.set(name, (needle = `${name}="`));
  return needle;
}

/** An attribute's value in the text of a tag's attributes, references decoded, as the pattern `(?:^|\s)name="([^"]*)"` finds it. */
export function attr(tag: string, name: string): string | undefined {
  const start = attrStart(tag, 0, tag.length, needleOf(name));
  return start < 0 ? undefined : decodeXmlRefs(tag.slice(start, tag.indexOf('"', start)));
}

/**
 * A copy of a string that does not keep the text it was cut from alive: V8 keeps a longer slice as
 * a view into its whole part (46 MB for one sheet at 100,000 rows), and flattening a concatenation
 * makes a string of its own. Same value, only the memory differs.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/** The text of a string item: every <t> outside phonetic runs, joined. */
export function itemText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += m[1];
  return decodeXmlRefs(text);
}

/** Moves the relative references of a shared formula from its master cell to another cell. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  // Quoted text and sheet names are left alone; only A1 references outside them move.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (whole, dc: string, col: string, dr: string, row: string) => {
              const c = columnIndex(col);
              if (c > 16383) return whole;
              const newCol = dc ? c : c + dCol;
              const newRow = dr ? Number(row) : Number(row) + dRow;
              if (newCol < 0 || newRow < 1) return whole;
              let letters = "";
              for (let n = newCol + 1; n > 0; n = Math.floor((n - 1) / 26))
                letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
              return `${dc}${letters}${dr}${newRow}`;
            },
          ),
    )
    .join("");
}

/** Master formulas of shared-formula groups by their `si`. */
type SharedMasters = Map<string, { formula: string; row: number; col: number }>;

/** One sheet's reading: its text, what its cells refer to, and the scratch the scan fills in place. */
interface Scan {
  text: string;
  strings: string[];
  formats: string[];
  shared: SharedMasters;
  cells: CellRows;
  rowEl: Found;
  cellEl: Found;
  value: Found;
  attrs: CellAttrs;
  /** the current cell's zero-based row and column */
  row: number;
  col: number;
}

/** A1 reference → zero-based row and column, as /^([A-Z]+)(\d+)$/ reads it. */
function parseCellRef(ref: string, out: { row: number; col: number }): void {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  let digits = i < ref.length;
  for (let k = i; k < ref.length; k++) {
    const c = ref.charCodeAt(k);
    if (c < 48 || c > 57) digits = false;
  }
  if (i === 0 || !digits)
    throw new XlsxInputError("BAGIAN_RUSAK", `cell reference "${ref}" is no A1 reference`);
  out.row = Number(ref.slice(i)) - 1;
  out.col = col - 1;
}

/** parseCellRef on text[from, to) in place, for the plain form; anything else goes through parseCellRef. */
function cellRefAt(text: string, from: number, to: number, out: Scan): void {
  let i = from;
  let col = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const row = i > from ? digitsAt(text, i, to) : -1;
  if (row < 0 || hasAmp(text, from, to)) {
    const ref = text.slice(from, to);
    parseCellRef(hasAmp(text, from, to) ? decodeXmlRefs(ref) : ref, out);
    return;
  }
  out.row = row - 1;
  out.col = col - 1;
}

/** A `t` attribute's value: the one-letter types without a substring, others as written. */
function cellType(text: string, from: number, to: number): string {
  if (from < 0) return "n";
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    if (c === 115) return "s";
    if (c === 98) return "b";
    if (c === 101) return "e";
    if (c === 100) return "d";
    if (c === 110) return "n";
  }
  const raw = text.slice(from, to);
  return hasAmp(text, from, to) ? decodeXmlRefs(raw) : raw;
}

/** The cell's value as the patterns read it from its content text[from, to) and its `<v>`. */
function cellValue(scan: Scan, type: string, from: number, to: number): CellValue {
  const { text, value } = scan;
  const found = valueBounds(text, from, to, value);
  if (type === "s") {
    if (!found) return "";
    const index = digitsAt(text, value.from, value.to);
    return scan.strings[index >= 0 ? index : Number(text.slice(value.from, value.to))] ?? "";
  }
  if (type !== "inlineStr" && type !== "str" && type !== "e" && type !== "b" && type !== "d") {
    if (!found) return "";
    const n = decimalAt(text, value.from, value.to);
    if (!Number.isNaN(n)) return n;
  }
  return slowValue(type, text.slice(from, to), found ? text.slice(value.from, value.to) : undefined);
}

/** The reading of every value form on substrings, for all but plain numbers and shared strings. */
function slowValue(type: string, inner: string, v: string | undefined): CellValue {
  if (type === "inlineStr") return detached(itemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? ""));
  if (type === "str" || type === "e") return v === undefined ? "" : detached(decodeXmlRefs(v));
  if (type === "b") return v === undefined ? "" : v.trim() === "1";
  if (type === "d") return v === undefined ? "" : Date.parse(v) / 86400000 + 25569;
  return v === undefined || v.trim() === "" ? "" : Number(v);
}

function cellFormula(inner: string, row: number, col: number, shared: SharedMasters): string {
  const fm = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
  if (!fm) return "";
  const text = fm[2] !== undefined ? decodeXmlRefs(fm[2]) : "";
  let formula = text;
  const si = attr(fm[1]!, "si");
  if (attr(fm[1]!, "t") === "shared" && si !== undefined) {
    const master = shared.get(si);
    if (text) shared.set(si, { formula: text, row, col });
    formula = text || (master ? shiftFormula(master.formula, row - master.row, col - master.col) : "");
  }
  return formula ? detached(`=${formula}`) : "";
}

/** The number format of the `s` attribute's value starting at `start`; the first format when there is none. */
function cellFormat(scan: Scan, start: number): string {
  const { text } = scan;
  let index = 0;
  if (start >= 0) {
    const end = text.indexOf('"', start);
    index = hasAmp(text, start, end) ? -1 : digitsAt(text, start, end);
    if (index < 0) index = Number(decodeXmlRefs(text.slice(start, end)));
  }
  return scan.formats[index] ?? "General";
}

/** Reads the cell scan.cellEl in a row whose cells without a reference follow `colIndex`. */
function readCell(scan: Scan, rowIndex: number, colIndex: number): void {
  const { text, cellEl: c, attrs } = scan;
  cellAttrs(text, c.attrsFrom, c.attrsTo, attrs);
  const ref = attrs.r;
  const refEnd = ref < 0 ? -1 : text.indexOf('"', ref);
  if (refEnd > ref) cellRefAt(text, ref, refEnd, scan);
  else {
    scan.row = rowIndex;
    scan.col = colIndex + 1;
  }
  if (c.from >= c.to) return;
  const t = attrs.t;
  const value = cellValue(scan, cellType(text, t, t < 0 ? -1 : text.indexOf('"', t)), c.from, c.to);
  const formula = hasFormulaTag(text, c.from, c.to)
    ? cellFormula(text.slice(c.from, c.to), scan.row, scan.col, scan.shared)
    : "";
  if (value === "" && formula === "") return;
  putCell(scan.cells, scan.row, scan.col, value, cellFormat(scan, attrs.s), formula);
}

/** The row's number (zero-based): its `r`, or the one after the previous row. */
function rowNumber(text: string, row: Found, previous: number): number {
  const start = attrStart(text, row.attrsFrom, row.attrsTo, 'r="');
  if (start < 0) return previous + 1;
  const end = text.indexOf('"', start);
  const n = hasAmp(text, start, end) ? -1 : digitsAt(text, start, end);
  return (n >= 0 ? n : Number(decodeXmlRefs(text.slice(start, end)))) - 1;
}

export function sheetCells(xml: string, strings: string[], formats: string[]): CellRows {
  const cells = newCellRows();
  const open = /<sheetData\b[^>]*>/.exec(xml);
  const close = open ? xml.indexOf("</sheetData>", open.index + open[0].length) : -1;
  if (!open || close < 0) return cells;
  const scan: Scan = {
    text: xml,
    strings,
    formats,
    shared: new Map(),
    cells,
    rowEl: newFound(),
    cellEl: newFound(),
    value: newFound(),
    attrs: { r: -1, s: -1, t: -1 },
    row: -1,
    col: -1,
  };
  const { rowEl, cellEl } = scan;
  let rowIndex = -1;
  for (
    let at = open.index + open[0].length;
    nextElement(xml, "<row", "</row>", at, close, rowEl);
    at = rowEl.end
  ) {
    rowIndex = rowNumber(xml, rowEl, rowIndex);
    if (rowEl.from >= rowEl.to) continue;
    const to = rowEl.to;
    let colIndex = -1;
    for (let c = rowEl.from; nextElement(xml, "<c", "</c>", c, to, cellEl); c = cellEl.end) {
      readCell(scan, rowIndex, colIndex);
      colIndex = scan.col;
    }
  }
  return cells;
}
