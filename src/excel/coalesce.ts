/**
 * Fewer, larger range writes. Table generators emit one write per row and style (a 1,000-row
 * Tabel 3.1 is 1,400 writes); through Office.js each costs an object path, an instantiate action
 * and one action per property, and a thin border costs four to six edge objects with two
 * properties each: 54 % of the request at 1,000 indicators was border commands.
 *
 * On a sheet whose writes never overlap, the order of writes cannot matter, so each cell's content
 * and each style property are gathered separately:
 * - values and number formats become one 2-D block per run of rows with the same column span
 *   (a table body is one block). On a sheet the plan creates or clears, cells no write touches
 *   inside such a block are sent as null, which leaves them as they are; elsewhere blocks cover
 *   only cells the plan writes.
 * - each style property (bold, fill, border ...) becomes one rectangle per run of rows with the
 *   same columns, and rectangles that carry several properties share one range: a border is set
 *   once for a whole table body, not per row and edge.
 * Sheets whose writes overlap are left as planned.
 */
import { parseAddress, rangeAddress } from "../engine/address";
import type { CellStyle, PlanValue, RangeWrite } from "../engine/plan";
import { needsTextFormat } from "./text";

type Block = ReturnType<typeof parseAddress>;

/** A write after coalescing: `undefined` in values and `null` in formats leave a cell as it is. */
export interface CoalescedWrite {
  sheet: string;
  address: string;
  values?: (PlanValue | undefined)[][];
  numberFormats?: (string | null)[][];
  /** one number format for every cell of the block (set before any value of the sheet) */
  numberFormat?: string;
  /** the cells' formats, "@" for text Excel would read otherwise, are set by other writes */
  formatsSet?: true;
  style?: CellStyle;
  /**
   * A style rectangle of a sheet whose writes were coalesced: no other write sets its properties
   * on its cells, so it may be sent together with rectangles of the same style (areas.ts).
   */
  alone?: true;
}

/** Past this many cells a sheet is left as planned (the overlap check would cost more than it saves). */
const MAX_CHECKED_CELLS = 2_000_000;
const COLS = 16384;
const ROWS = 1_048_576;

function disjoint(blocks: Block[]): boolean {
  let total = 0;
  for (const b of blocks) total += b.rowCount * b.colCount;
  if (total > MAX_CHECKED_CELLS) return false;
  const seen = new Set<number>();
  for (const b of blocks)
    for (let r = b.row; r < b.row + b.rowCount; r++)
      for (let c = b.col; c < b.col + b.colCount; c++) {
        const k = r * COLS + c;
        if (seen.has(k)) return false;
        seen.add(k);
      }
  return true;
}

/** Cells (row * COLS + col) → rectangles: runs of consecutive rows with the same column intervals. */
function byRows(cells: Iterable<number>, allowGaps: boolean, width = COLS): Block[] {
  const rows = new Map<number, number[]>();
  for (const k of cells) {
    const r = Math.floor(k / width);
    const list = rows.get(r);
    if (list) list.push(k % width);
    else rows.set(r, [k % width]);
  }
  const out: Block[] = [];
  let open = new Map<string, Block>();
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cols = rows.get(r)!.sort((a, b) => a - b);
    const spans: [number, number][] = [];
    if (allowGaps) spans.push([cols[0]!, cols[cols.length - 1]!]);
    else
      for (const c of cols) {
        const last = spans[spans.length - 1];
        if (last && last[1] === c - 1) last[1] = c;
        else spans.push([c, c]);
      }
    const next = new Map<string, Block>();
    for (const [c0, c1] of spans) {
      const key = `${c0}:${c1}`;
      const prev = open.get(key);
      if (prev && prev.row + prev.rowCount === r) {
        prev.rowCount += 1;
        next.set(key, prev);
      } else {
        const b = { row: r, col: c0, rowCount: 1, colCount: c1 - c0 + 1 };
        out.push(b);
        next.set(key, b);
      }
    }
    open = next;
  }
  return out;
}

/**
 * Rectangles covering exactly `cells` (or, with `allowGaps`, the span of each row): by runs of
 * rows or by runs of columns, whichever gives fewer (a centred column beside rows of other
 * alignments is one rectangle by columns, a few hundred by rows).
 */
export function rectangles(cells: Iterable<number>, allowGaps: boolean): Block[] {
  const list = [...cells];
  const rowWise = byRows(list, allowGaps);
  if (allowGaps || rowWise.length < 3) return rowWise;
  // Transposed: a column's cells as a "row" of 2^20 (every sheet row) places.
  const swap = (k: number) => (k % COLS) * ROWS + Math.floor(k / COLS);
  const colWise = byRows(list.map(swap), false, ROWS).map((b) => ({
    row: b.col,
    col: b.row,
    rowCount: b.colCount,
    colCount: b.rowCount,
  }));
  return colWise.length < rowWise.length ? colWise : rowWise;
}

interface DataCell {
  value: PlanValue | undefined;
  format: string | null;
}

const STYLE_KEYS = [
  "bold",
  "italic",
  "fontColor",
  "fill",
  "hAlign",
  "vAlign",
  "wrap",
  "border",
  "fontSize",
] as const;

/** One sheet's writes (known not to overlap) as data blocks, then style rectangles. */
function coalesceSheet(
  sheet: string,
  writes: RangeWrite[],
  blocks: Block[],
  fresh: boolean,
): CoalescedWrite[] {
  const data = new Map<number, DataCell>();
  const styled = new Map<string, Set<number>>();
  writes.forEach((w, i) => {
    const b = blocks[i]!;
    const format = w.style?.numberFormat ?? null;
    const hasData = !!w.values || !!w.numberFormats || format !== null;
    const props = STYLE_KEYS.filter((k) => w.style?.[k] !== undefined).map((k) =>
      JSON.stringify([k, w.style![k]]),
    );
    for (let r = 0; r < b.rowCount; r++)
      for (let c = 0; c < b.colCount; c++) {
        const k = (b.row + r) * COLS + b.col + c;
        if (hasData) data.set(k, { value: w.values?.[r]?.[c], format: w.numberFormats?.[r]?.[c] ?? format });
        for (const p of props) {
          const set = styled.get(p);
          if (set) set.add(k);
          else styled.set(p, new Set([k]));
        }
      }
  });
  const out: CoalescedWrite[] = [];
  const dataWrites: CoalescedWrite[] = [];
  for (const b of rectangles(data.keys(), fresh)) {
    const values: (PlanValue | undefined)[][] = [];
    const formats: (string | null)[][] = [];
    let anyValue = false;
    let anyFormat = false;
    for (let r = 0; r < b.rowCount; r++) {
      const vr: (PlanValue | undefined)[] = [];
      const fr: (string | null)[] = [];
      for (let c = 0; c < b.colCount; c++) {
        const cell = data.get((b.row + r) * COLS + b.col + c);
        const v = cell?.value;
        vr.push(v);
        // "@" before the value for text Excel would read as something else (text.ts)
        // A sheet the plan creates or clears has "General" everywhere already: not sent again.
        const planned = cell?.format ?? null;
        const kept = fresh && planned === "General" ? null : planned;
        const f = typeof v === "string" && needsTextFormat(v) ? "@" : kept;
        fr.push(f);
        anyValue ||= v !== undefined;
        anyFormat ||= f !== null;
      }
      values.push(vr);
      formats.push(fr);
    }
    const address = rangeAddress(b.row, b.col, b.rowCount, b.colCount);
    const bands = anyFormat ? formatBands(b, formats) : null;
    if (bands) out.push(...bands.map((f) => ({ sheet, ...f })));
    dataWrites.push({
      sheet,
      address,
      ...(anyValue ? { values } : {}),
      ...(anyFormat && !bands ? { numberFormats: formats } : {}),
      ...(bands ? { formatsSet: true as const } : {}),
    });
  }
  out.push(...dataWrites);
  // Rectangles of each property, then one write per rectangle with all its properties.
  const byRect = new Map<string, CellStyle>();
  for (const [p, cells] of styled) {
    const [k, v] = JSON.parse(p) as [keyof CellStyle, never];
    for (const b of rectangles(cells, false)) {
      const address = rangeAddress(b.row, b.col, b.rowCount, b.colCount);
      byRect.set(address, { ...byRect.get(address), [k]: v });
    }
  }
  for (const [address, style] of byRect) out.push({ sheet, address, style, alone: true });
  return out;
}

/** Sent cost of one numberFormat write on its own range (path, range, its two instantiations, the action). */
const BAND_BYTES = 520;
/** JSON of one cell in a 2-D numberFormat (its quotes and comma; null is 5). */
const cellJson = (f: string | null) => (f === null ? 5 : f.length + 3);

type FormatWrite =
  { address: string; numberFormat: string } | { address: string; numberFormats: (string | null)[][] };

/**
 * A block's number formats in the fewest bytes: each column either as rectangles of equal formats
 * (a column band of "0.00", a header row of "@") or inside a 2-D array with its neighbours (a
 * column whose format changes every few rows: a band there would be a range per run). Null when
 * one 2-D array for the whole block is smaller.
 */
function formatBands(b: Block, formats: (string | null)[][]): FormatWrite[] | null {
  const rows = formats.length;
  const asArray: boolean[] = [];
  for (let c = 0; c < b.colCount; c++) {
    let runs = 0;
    let array = 0;
    let band = 0;
    for (let r = 0; r < rows; r++) {
      const f = formats[r]![c] ?? null;
      array += cellJson(f);
      if (f !== null && (r === 0 || formats[r - 1]![c] !== f)) {
        runs += 1;
        band += BAND_BYTES + f.length;
      }
    }
    asArray.push(runs > 0 && array + BAND_BYTES < band);
  }
  const out: FormatWrite[] = [];
  let bytes = 0;
  const whole = JSON.stringify(formats).length;
  // Band columns: rectangles of each format over all of them (neighbouring columns join).
  const cells = new Map<string, number[]>();
  formats.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f === null || asArray[c]) return;
      const k = (b.row + r) * COLS + b.col + c;
      const list = cells.get(f);
      if (list) list.push(k);
      else cells.set(f, [k]);
    }),
  );
  for (const [f, list] of cells)
    for (const r of rectangles(list, false)) {
      out.push({ address: rangeAddress(r.row, r.col, r.rowCount, r.colCount), numberFormat: f });
      bytes += BAND_BYTES + f.length;
      if (bytes >= whole) return null;
    }
  // Array columns: one 2-D write per run of neighbouring ones.
  for (let c = 0; c < b.colCount; c++) {
    if (!asArray[c] || asArray[c - 1]) continue;
    let end = c;
    while (asArray[end + 1]) end += 1;
    const strip = formats.map((row) => row.slice(c, end + 1));
    out.push({ address: rangeAddress(b.row, b.col + c, rows, end - c + 1), numberFormats: strip });
    bytes += BAND_BYTES + JSON.stringify(strip).length;
    if (bytes >= whole) return null;
  }
  return out;
}

/**
 * `fresh`: lower-case names of sheets the plan creates or clears, where a block may leave cells
 * between written ones untouched.
 */
export function coalesceRanges(
  ranges: RangeWrite[],
  fresh: ReadonlySet<string> = new Set(),
): CoalescedWrite[] {
  const bySheet = new Map<string, number[]>();
  ranges.forEach((w, i) => {
    const k = w.sheet.toLowerCase();
    const list = bySheet.get(k);
    if (list) list.push(i);
    else bySheet.set(k, [i]);
  });
  const out: CoalescedWrite[] = [];
  for (const [k, members] of bySheet) {
    const writes = members.map((i) => ranges[i]!);
    const blocks = writes.map((w) => parseAddress(w.address));
    if (members.length < 2 || !disjoint(blocks)) out.push(...writes);
    else out.push(...coalesceSheet(writes[0]!.sheet, writes, blocks, fresh.has(k)));
  }
  return out;
}
