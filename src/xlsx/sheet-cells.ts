/**
 * A worksheet's cells read from its XML into the snapshot's grids (package-snapshot.ts): values as
 * Office.js gives them, number formats, formulas (shared ones moved to each cell). The rows and
 * cells are found by position with indexOf, as the patterns `<row\b[^>]*?(?:\/>|>…<\/row>)` and
 * `<c\b[^>]*?(?:\/>|>…<\/c>)` find them: matching those patterns made an array and strings per
 * cell, the largest allocation of reading at 10,000 rows (`npm run bench file`).
 */
import { columnIndex } from "../engine/address";
import type { CellValue, GridRange, SheetSnapshot } from "../engine/snapshot";
import { XlsxInputError } from "./errors";
import { decodeXmlRefs } from "./ooxml/xml-scan";

/** White space as the pattern \s takes it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** `name="` for each attribute name asked for, made once. */
const NEEDLES = new Map<string, string>();

/**
 * An attribute's value in the text of a tag's attributes, references decoded, as the pattern
 * `(?:^|\s)name="([^"]*)"` finds it. Scanned: a pattern per call was a quarter of the read at
 * 10,000 rows, and a match array per call most of its garbage (`npm run bench file`).
 */
export function attr(tag: string, name: string): string | undefined {
  let needle = NEEDLES.get(name);
  if (needle === undefined) NEEDLES.set(name, (needle = `${name}="`));
  for (let at = tag.indexOf(needle); at >= 0; at = tag.indexOf(needle, at + 1)) {
    if (at > 0 && !isSpace(tag.charCodeAt(at - 1))) continue;
    const from = at + needle.length;
    const end = tag.indexOf('"', from);
    return end < 0 ? undefined : decodeXmlRefs(tag.slice(from, end));
  }
  return undefined;
}

/** The content of the first `<v>` (or `<v …>`) with a `</v>` after it, as /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/ finds it. */
function valueText(inner: string): string | undefined {
  for (let at = inner.indexOf("<v"); at >= 0; at = inner.indexOf("<v", at + 1)) {
    const c = inner.charCodeAt(at + 2);
    let from: number;
    if (c === 62) from = at + 3;
    else if (isSpace(c)) {
      const gt = inner.indexOf(">", at + 3);
      if (gt < 0) return undefined;
      from = gt + 1;
    } else continue;
    const end = inner.indexOf("</v>", from);
    return end < 0 ? undefined : inner.slice(from, end);
  }
  return undefined;
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

/** The cells that hold a value or a formula, in parallel lists: an object per cell cost more. */
export interface CellList {
  rows: number[];
  cols: number[];
  values: CellValue[];
  formats: string[];
  formulas: string[];
}

/** An element found by position: its attributes' text, and its content's bounds (none when self-closing). */
interface Found {
  start: number;
  attrs: string;
  from: number;
  to: number;
  end: number;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The next `<name …/>` or `<name …>…</name>` in text[from, to), as the pattern
 * `<name\b([^>]*?)(?:\/>|>([\s\S]*?)<\/name>)` run on that slice matches it; undefined when none.
 */
function nextElement(text: string, name: string, from: number, to: number): Found | undefined {
  const open = `<${name}`;
  const close = `</${name}>`;
  for (let at = text.indexOf(open, from); at >= 0 && at < to; at = text.indexOf(open, at + 1)) {
    const after = at + open.length;
    if (after < to && isWordChar(text.charCodeAt(after))) continue;
    const tagEnd = text.indexOf(">", after);
    if (tagEnd < 0 || tagEnd >= to) return undefined;
    if (text.charCodeAt(tagEnd - 1) === 47 && tagEnd - 1 >= after)
      return { start: at, attrs: text.slice(after, tagEnd - 1), from: -1, to: -1, end: tagEnd + 1 };
    const closeAt = text.indexOf(close, tagEnd + 1);
    if (closeAt < 0 || closeAt + close.length > to) continue;
    return {
      start: at,
      attrs: text.slice(after, tagEnd),
      from: tagEnd + 1,
      to: closeAt,
      end: closeAt + close.length,
    };
  }
  return undefined;
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

function cellValue(type: string, inner: string, strings: string[]): CellValue {
  const v = valueText(inner);
  if (type === "s") return v === undefined ? "" : (strings[Number(v)] ?? "");
  if (type === "inlineStr") return itemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
  if (type === "str" || type === "e") return v === undefined ? "" : decodeXmlRefs(v);
  if (type === "b") return v === undefined ? "" : v.trim() === "1";
  if (type === "d") return v === undefined ? "" : Date.parse(v) / 86400000 + 25569;
  return v === undefined || v.trim() === "" ? "" : Number(v);
}

type SharedMasters = Map<string, { formula: string; row: number; col: number }>;

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
  return formula ? `=${formula}` : "";
}

export function sheetCells(xml: string, strings: string[], formats: string[]): CellList {
  const cells: CellList = { rows: [], cols: [], values: [], formats: [], formulas: [] };
  const shared: SharedMasters = new Map();
  const open = /<sheetData\b[^>]*>/.exec(xml);
  const close = open ? xml.indexOf("</sheetData>", open.index + open[0].length) : -1;
  const data = open && close >= 0 ? xml.slice(open.index + open[0].length, close) : "";
  const pos = { row: -1, col: -1 };
  let rowIndex = -1;
  for (
    let row = nextElement(data, "row", 0, data.length);
    row;
    row = nextElement(data, "row", row.end, data.length)
  ) {
    const r = attr(row.attrs, "r");
    rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
    if (row.from >= row.to) continue;
    let colIndex = -1;
    for (let c = nextElement(data, "c", row.from, row.to); c; c = nextElement(data, "c", c.end, row.to)) {
      const ref = attr(c.attrs, "r");
      if (ref) parseCellRef(ref, pos);
      else {
        pos.row = rowIndex;
        pos.col = colIndex + 1;
      }
      colIndex = pos.col;
      if (c.from >= c.to) continue;
      const inner = data.slice(c.from, c.to);
      const value = cellValue(attr(c.attrs, "t") ?? "n", inner, strings);
      const formula = cellFormula(inner, pos.row, pos.col, shared);
      if (value === "" && formula === "") continue;
      cells.rows.push(pos.row);
      cells.cols.push(pos.col);
      cells.values.push(value);
      cells.formats.push(formats[Number(attr(c.attrs, "s") ?? 0)] ?? "General");
      cells.formulas.push(formula);
    }
  }
  return cells;
}

export function toSheet(
  name: string,
  visibility: SheetSnapshot["visibility"],
  isProtected: boolean,
  merges: GridRange[],
  cells: CellList,
): SheetSnapshot {
  const base = { name, merges, visibility, protected: isProtected };
  const count = cells.rows.length;
  if (count === 0) {
    return {
      ...base,
      origin: { row: 0, col: 0 },
      values: [[""]],
      numberFormats: [["General"]],
      formulas: [[""]],
    };
  }
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  for (let i = 0; i < count; i++) {
    const row = cells.rows[i]!;
    const col = cells.cols[i]!;
    if (row < minRow) minRow = row;
    if (col < minCol) minCol = col;
    if (row > maxRow) maxRow = row;
    if (col > maxCol) maxCol = col;
  }
  const rows = maxRow - minRow + 1;
  const cols = maxCol - minCol + 1;
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(""));
  const numberFormats: string[][] = Array.from({ length: rows }, () =>
    new Array<string>(cols).fill("General"),
  );
  const formulas: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(""));
  for (let i = 0; i < count; i++) {
    const r = cells.rows[i]! - minRow;
    const c = cells.cols[i]! - minCol;
    values[r]![c] = cells.values[i]!;
    numberFormats[r]![c] = cells.formats[i]!;
    formulas[r]![c] = cells.formulas[i]!;
  }
  return { ...base, origin: { row: minRow, col: minCol }, values, numberFormats, formulas };
}
