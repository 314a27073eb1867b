/**
 * A worksheet's cells read from its XML into the snapshot's grids (package-snapshot.ts): values as
 * Office.js gives them, number formats, formulas (shared ones moved to each cell). Rows, cells and
 * their attributes are found by position with the tokenizer's rules (ooxml/xml-scan.ts, cell-scan.ts),
 * and each cell goes straight into its grid row (sheet-grid.ts). Plain numbers and shared-string
 * indexes are read without a substring; every other form is read from substrings.
 */
import { columnIndex, columnLetter } from "../engine/address";
import type { CellValue } from "../engine/snapshot";
import {
  type CellAttrs,
  cellAttrs,
  cellRefAt,
  decimalAt,
  digitsAt,
  hasAmp,
  hasFormulaTag,
  newCellAttrs,
  valueBounds,
} from "./cell-scan";
import { XlsxInputError } from "./errors";
import {
  type AttrAt,
  attrAt,
  attrValue,
  decodeXmlRefs,
  decodeXmlText,
  type Found,
  newAttrAt,
  newFound,
  nextElement,
  nextStartTag,
  runsText,
  type TextScan,
} from "./ooxml/xml-scan";
import { type CellRows, newCellRows, putCell } from "./sheet-grid";

/**
 * A copy of a string that does not keep the text it was cut from alive: V8 keeps a longer slice as
 * a view into its whole part (46 MB for one sheet at 100,000 rows), and flattening a concatenation
 * makes a string of its own. Same value, only the memory differs.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
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
              return `${dc}${columnLetter(newCol)}${dr}${newRow}`;
            },
          ),
    )
    .join("");
}

/** Master formulas of shared-formula groups by their `si`. */
type SharedMasters = Map<string, { formula: string; row: number; col: number }>;

/** One sheet's reading: its text, what its cells refer to, and the scratch the scan fills in place. */
interface Scan {
  scan: TextScan;
  text: string;
  strings: string[];
  formats: string[];
  shared: SharedMasters;
  cells: CellRows;
  rowEl: Found;
  cellEl: Found;
  value: Found;
  /** the cell's <f> or <is> */
  inner: Found;
  attrs: CellAttrs;
  attr: AttrAt;
  /** the current cell's zero-based row and column */
  row: number;
  col: number;
}

/** The A1 reference text[from, to) → the cell's zero-based row and column, in place. */
function refAt(text: string, from: number, to: number, out: Scan): void {
  if (hasAmp(text, from, to)) {
    text = decodeXmlRefs(text.slice(from, to));
    [from, to] = [0, text.length];
  }
  if (!cellRefAt(text, from, to, out))
    throw new XlsxInputError("BAGIAN_RUSAK", `cell reference "${text.slice(from, to)}" is no A1 reference`);
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

/** The cell's value, read from its content text[from, to) and its `<v>`. */
function cellValue(scan: Scan, type: string, from: number, to: number): CellValue {
  const { text, value } = scan;
  const found = valueBounds(text, from, to, value);
  if (type === "s") {
    if (!found) return "";
    const index = digitsAt(text, value.from, value.to);
    return scan.strings[index >= 0 ? index : Number(text.slice(value.from, value.to))] ?? "";
  }
  if (type === "inlineStr") {
    const is = nextElement(scan.scan, "<is", "</is>", from, to, scan.inner);
    return is && scan.inner.from >= 0 ? detached(runsText(text.slice(scan.inner.from, scan.inner.to))) : "";
  }
  if (type !== "str" && type !== "e" && type !== "b" && type !== "d") {
    if (!found) return "";
    const n = decimalAt(text, value.from, value.to);
    if (!Number.isNaN(n)) return n;
  }
  return found ? slowValue(type, text.slice(value.from, value.to)) : "";
}

/** The reading of every other value form from its `<v>` text. */
function slowValue(type: string, v: string): CellValue {
  if (type === "str" || type === "e") return detached(decodeXmlText(v));
  if (type === "b") return v.trim() === "1";
  if (type === "d") return Date.parse(v) / 86400000 + 25569;
  return v.trim() === "" ? "" : Number(v);
}

/** The formula of the cell whose content is text[from, to), shared ones moved to the cell. */
function cellFormula(scan: Scan, from: number, to: number): string {
  const { text, inner: f, row, col, shared } = scan;
  if (!nextElement(scan.scan, "<f", "</f>", from, to, f)) return "";
  const own = f.from >= 0 ? decodeXmlText(text.slice(f.from, f.to)) : "";
  let formula = own;
  const si = attrValue(text, "si", f.attrsFrom, f.attrsTo);
  if (si !== undefined && attrValue(text, "t", f.attrsFrom, f.attrsTo) === "shared") {
    const master = shared.get(si);
    if (own) shared.set(si, { formula: own, row, col });
    formula = own || (master ? shiftFormula(master.formula, row - master.row, col - master.col) : "");
  }
  return formula ? detached(`=${formula}`) : "";
}

/** A whole number written in text[from, to), by position when it is plain digits. */
function numberAt(text: string, from: number, to: number): number {
  const n = hasAmp(text, from, to) ? -1 : digitsAt(text, from, to);
  return n >= 0 ? n : Number(decodeXmlRefs(text.slice(from, to)));
}

/** Reads the cell scan.cellEl in a row whose cells without a reference follow `colIndex`. */
function readCell(scan: Scan, rowIndex: number, colIndex: number): void {
  const { text, cellEl: c, attrs } = scan;
  cellAttrs(text, c.attrsFrom, c.attrsTo, attrs, scan.attr);
  if (attrs.rEnd > attrs.r && attrs.r >= 0) refAt(text, attrs.r, attrs.rEnd, scan);
  else {
    scan.row = rowIndex;
    scan.col = colIndex + 1;
  }
  if (c.from >= c.to) return;
  const value = cellValue(scan, cellType(text, attrs.t, attrs.tEnd), c.from, c.to);
  const formula = hasFormulaTag(text, c.from, c.to) ? cellFormula(scan, c.from, c.to) : "";
  if (value === "" && formula === "") return;
  // Without an `s` the cell has the first format.
  const format = scan.formats[attrs.s < 0 ? 0 : numberAt(text, attrs.s, attrs.sEnd)];
  putCell(scan.cells, scan.row, scan.col, value, format ?? "General", formula);
}

/** The row's number (zero-based): its `r`, or the one after the previous row. */
function rowNumber(scan: Scan, previous: number): number {
  const { text, rowEl: row, attr } = scan;
  if (!attrAt(text, "r", row.attrsFrom, row.attrsTo, attr)) return previous + 1;
  return numberAt(text, attr.valueFrom, attr.valueTo) - 1;
}

/** The cells of the worksheet `sheet` (its text scanned once for CDATA sections and comments). */
export function sheetCells(sheet: TextScan, strings: string[], formats: string[]): CellRows {
  const cells = newCellRows();
  const xml = sheet.text;
  const scan: Scan = {
    scan: sheet,
    text: xml,
    strings,
    formats,
    shared: new Map(),
    cells,
    rowEl: newFound(),
    cellEl: newFound(),
    value: newFound(),
    inner: newFound(),
    attrs: newCellAttrs(),
    attr: newAttrAt(),
    row: -1,
    col: -1,
  };
  const { rowEl, cellEl } = scan;
  if (!nextStartTag(sheet, "<sheetData", 0, xml.length, rowEl) || rowEl.from < 0) return cells;
  // A worksheet has one sheetData, and little after it: found from the end, not across 46 MB of rows.
  const close = sheet.findLast("</sheetData>");
  if (close < rowEl.from) return cells;
  let rowIndex = -1;
  for (let at = rowEl.from; nextElement(sheet, "<row", "</row>", at, close, rowEl); at = rowEl.end) {
    rowIndex = rowNumber(scan, rowIndex);
    if (rowEl.from < 0 || rowEl.from >= rowEl.to) continue;
    const to = rowEl.to;
    let colIndex = -1;
    for (let c = rowEl.from; nextElement(sheet, "<c", "</c>", c, to, cellEl); c = cellEl.end) {
      readCell(scan, rowIndex, colIndex);
      colIndex = scan.col;
    }
  }
  return cells;
}
