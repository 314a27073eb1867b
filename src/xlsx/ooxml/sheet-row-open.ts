/**
 * One row of a user's worksheet, opened where it stands in the sheet's text: its items (cells,
 * other elements, text between them) are places in that text, and only a cell the run reads or
 * writes becomes an object. An object and a string per item made a written user sheet cost a
 * few hundred milliseconds and most of its garbage at 100,000 rows (`npm run bench file`).
 */
import { cellAddress } from "../../engine/address";
import {
  type Attr,
  type Piece,
  TextScan,
  attrsText,
  endOfTag,
  getAttr,
  isNameEnd,
  markupAt,
  parseAttrs,
  pieces,
  refColumn,
} from "./xml-scan";

/** The names of a row's and a cell's elements in a sheet whose elements carry `prefix`. */
export interface Names {
  p: string;
  row: string;
  c: string;
  /** the cell's end tag */
  cEnd: string;
  /** the children a written value replaces (f, v, is) */
  value: Set<string>;
}

export interface Cell {
  attrs: Attr[];
  children: Piece[];
}

/** Item kinds in `OpenRow.cols` besides a cell's column (≥ 0). */
const OTHER_ELEMENT = -1;
export const TEXT = -2;

/**
 * A row: per item its column (a cell) or kind, and its start and end in the sheet's text (-1 for a
 * cell the run added); the cells opened or added, by item.
 */
export interface OpenRow {
  attrs: Attr[];
  cols: number[];
  bounds: number[];
  cells: (Cell | undefined)[];
}

export function newRow(num: number): OpenRow {
  return { attrs: [{ name: "r", raw: String(num) }], cols: [], bounds: [], cells: [] };
}

const NAME = /<([^\s/>]+)/y;

/** The name of the element whose tag starts at `lt`, as the tag is read (at most 63 characters). */
function nameAt(text: string, lt: number): string | undefined {
  NAME.lastIndex = lt;
  const name = NAME.exec(text)?.[1];
  return name && name.length > 63 ? name.slice(0, 63) : name;
}

/** The r attribute of the cell tag from `lt` to `tagEnd`: read in place when it comes first, as it mostly does. */
function cellRef(text: string, lt: number, tagEnd: number, n: Names): string | undefined {
  const at = lt + n.c.length + 1;
  if (text.startsWith(' r="', at)) {
    let end = at + 4;
    for (let c = text.charCodeAt(end); c !== 34 && c !== 39; c = text.charCodeAt(++end))
      if (end >= tagEnd) break;
    if (end < tagEnd) return text.slice(at + 4, end);
  }
  return /\sr\s*=\s*["']([^"']*)["']/.exec(text.slice(lt, tagEnd))?.[1];
}

/**
 * The row from `start` to `end` of the scanned text: its attributes and the places of its items,
 * which are the pieces xml-scan `pieces` would cut, without their text.
 */
export function openRow(
  scan: TextScan,
  start: number,
  end: number,
  num: number,
  n: Names,
  path: string,
): OpenRow {
  const text = scan.text;
  const tagEnd = endOfTag(text, start);
  const selfClosing = text.charCodeAt(tagEnd - 1) === 47;
  const attrs = parseAttrs(text.slice(start + n.row.length + 1, selfClosing ? tagEnd - 1 : tagEnd));
  // A row without r gets the one a reader infers; it is written with it only if the run changes it.
  if (getAttr(attrs, "r") === undefined) attrs.unshift({ name: "r", raw: String(num) });
  const row: OpenRow = { attrs, cols: [], bounds: [], cells: [] };
  if (selfClosing) return row;
  const to = end - n.row.length - 3;
  const fail = () => new Error(`Part ${path}: row ${num} is not well-formed XML`);
  let lastCol = -1;
  for (let i = tagEnd + 1; i < to;) {
    const lt = text.indexOf("<", i);
    if (lt < 0 || lt >= to) {
      row.cols.push(TEXT);
      row.bounds.push(i, to);
      break;
    }
    if (lt > i) {
      row.cols.push(TEXT);
      row.bounds.push(i, lt);
    }
    const markup = markupAt(text, lt);
    if (markup && markup.kind !== "declaration") {
      if (markup.end < 0 || markup.end > to) throw fail();
      row.cols.push(TEXT);
      row.bounds.push(lt, markup.end);
      i = markup.end;
      continue;
    }
    // a cell's name is checked in place: a pattern's match per cell was a tenth of the Realisasi write
    const cell = text.startsWith(n.c, lt + 1) && isNameEnd(text.charCodeAt(lt + 1 + n.c.length));
    const name = cell ? n.c : nameAt(text, lt);
    const childEnd = endOfTag(text, lt);
    if (!name || childEnd < 0 || childEnd >= to) throw fail();
    let after: number;
    if (text.charCodeAt(childEnd - 1) === 47) after = childEnd + 1;
    else {
      const close = scan.find(cell ? n.cEnd : `</${name}>`, childEnd);
      if (close < 0 || close >= to) throw fail();
      after = close + name.length + 3;
    }
    if (name === n.c) {
      const ref = cellRef(text, lt, childEnd, n);
      lastCol = ref ? refColumn(ref) : lastCol + 1;
      row.cols.push(lastCol);
    } else row.cols.push(OTHER_ELEMENT);
    row.bounds.push(lt, after);
    i = after;
  }
  return row;
}

/** The cell at item `k` of a row, as attributes and children (read from its text once). */
export function openCell(row: OpenRow, k: number, scan: TextScan, num: number, n: Names, path: string): Cell {
  const opened = row.cells[k];
  if (opened) return opened;
  const col = row.cols[k]!;
  const text = scan.text.slice(row.bounds[2 * k], row.bounds[2 * k + 1]);
  const tagEnd = endOfTag(text, 0);
  const selfClosing = text.charCodeAt(tagEnd - 1) === 47;
  const attrs = parseAttrs(text.slice(n.c.length + 1, selfClosing ? tagEnd - 1 : tagEnd));
  // A cell without r gets the one a reader infers.
  if (getAttr(attrs, "r") === undefined) attrs.push({ name: "r", raw: cellAddress(num - 1, col) });
  const children = selfClosing ? [] : pieces(new TextScan(text), tagEnd + 1, text.length - n.c.length - 3);
  if (!children) throw new Error(`Part ${path}: cell ${cellAddress(num - 1, col)} is not well-formed XML`);
  return (row.cells[k] = { attrs, children });
}

/** Adds an empty cell as item `k` of the row. */
export function insertCell(row: OpenRow, k: number, col: number, num: number): Cell {
  const cell: Cell = { attrs: [{ name: "r", raw: cellAddress(num - 1, col) }], children: [] };
  if (k === row.cols.length) {
    row.cols.push(col);
    row.bounds.push(-1, -1);
    row.cells[k] = cell;
  } else {
    row.cols.splice(k, 0, col);
    row.bounds.splice(2 * k, 0, -1, -1);
    // a sparse list grows to k first, so the splice puts the cell at its item
    if (row.cells.length < k) row.cells.length = k;
    row.cells.splice(k, 0, cell);
  }
  return cell;
}

/** Adds a cell's text to `out`. */
function addCellText(cell: Cell, n: Names, out: string[]): void {
  out.push(`<${n.c}${attrsText(cell.attrs)}`);
  if (!cell.children.length) {
    out.push("/>");
    return;
  }
  out.push(">");
  for (const p of cell.children) out.push(p.text);
  out.push(`</${n.c}>`);
}

/**
 * A changed row put away: `outer` is its text with the longest run of items it kept cut out at
 * `at`; that run is `from` to `to` of the sheet's text, which is kept anyway. A written Realisasi
 * row is 0.3 KB of text of which about 0.1 KB is new: at 100,000 rows 34 MB of row text became 20.
 */
export interface ClosedRow {
  outer: string;
  at: number;
  from: number;
  to: number;
}

/**
 * The row written anew: items the run did not open keep their text, a run of them in one slice.
 * Pieces joined from a list rather than added to a string: a closed row is kept until the sheet
 * is saved (sheet-rows.ts), and added-up text stays a tree of about twenty strings a row. `keep`
 * (`text` being the sheet's) leaves the longest kept run out of the text, as a ClosedRow.
 */
export function writeRow(row: OpenRow, text: string, n: Names, keep: boolean): ClosedRow {
  const head = `<${n.row}${attrsText(row.attrs)}`;
  const count = row.cols.length;
  if (!count) return { outer: `${head}/>`, at: 0, from: 0, to: 0 };
  const out = [head, ">"];
  let longest = -1;
  let from = 0;
  let to = 0;
  for (let k = 0; k < count;) {
    const cell = row.cells[k];
    if (cell) {
      addCellText(cell, n, out);
      k++;
      continue;
    }
    const start = row.bounds[2 * k]!;
    let end = row.bounds[2 * k + 1]!;
    // the unopened items after it continue where it ends: one slice for them all
    for (k++; k < count && !row.cells[k] && row.bounds[2 * k] === end; k++) end = row.bounds[2 * k + 1]!;
    if (keep && end - start > to - from) {
      longest = out.length;
      from = start;
      to = end;
    }
    out.push(text.slice(start, end));
  }
  out.push(`</${n.row}>`);
  if (longest < 0) return { outer: out.join(""), at: 0, from: 0, to: 0 };
  const before = out.slice(0, longest).join("");
  return { outer: before + out.slice(longest + 1).join(""), at: before.length, from, to };
}
