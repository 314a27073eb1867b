/**
 * What the add-in wrote on the user's sheets in an earlier run and does not write in this one: a
 * column it added is removed whole (values, formats, its header merge, its rules, its width); a
 * cell it filled in the user's own column is emptied and given back its number format. The record
 * of each block (kept in the state) says which of the two it is.
 */
import { parseAddress, rangeAddress } from "../address";
import type { ConditionalFormatWrite, RangeWrite, RemoveWrite } from "../plan";
import {
  cellAt,
  formatAt,
  gridInside,
  gridsIntersect,
  type GridRange,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../snapshot";
import type { OwnedRange } from "../state";
import { LABEL } from "./inplace";
import { findSheet, hasContent, type OwnedCells, toGrid } from "./ownership";

/** Stale cells are handled cell by cell; a block this large is not a column the add-in wrote. */
const MAX_STALE_CELLS = 200_000;

export interface StaleOutcome {
  removals: RemoveWrite[];
  /** filled cells emptied (with their number format given back) */
  restores: RangeWrite[];
  /** the add-in's rules on blocks it no longer writes, each with no rules: taken away */
  rules: ConditionalFormatWrite[];
}

const cellKey = (sheet: string, row: number, col: number) => `${sheet.toLocaleLowerCase()}|${row}|${col}`;

/** The number formats filled cells had before the add-in first wrote them, by cell. */
export function formatsAsal(before: ReadonlyArray<OwnedRange>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of before) {
    const g = r.formatAsal ? toGrid(r.address) : null;
    if (!g || !r.formatAsal) continue;
    r.formatAsal.forEach((f, i) => out.set(cellKey(r.sheet, g.row + i, g.col), f));
  }
  return out;
}

function crosses(a: GridRange, b: GridRange): boolean {
  return a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

/**
 * This run's blocks on the user's sheets with what a later run needs to take them away: the rules the
 * add-in put on them, and for filled cells the number format each had before the add-in wrote it.
 */
export function recordOwned(
  owned: ReadonlyArray<OwnedRange>,
  rules: ReadonlyArray<ConditionalFormatWrite>,
  snapshot: WorkbookSnapshot,
  asal: Map<string, string>,
): OwnedRange[] {
  return owned.map((o) => {
    const g = toGrid(o.address);
    const sheet = findSheet(snapshot, o.sheet);
    if (!g || !sheet) return o;
    const aturan = rules
      .filter((cf) => cf.sheet === o.sheet && gridsIntersect(parseAddress(cf.address), g))
      .map((cf) => cf.address);
    const out: OwnedRange = { ...o };
    if (aturan.length > 0) out.aturan = aturan;
    if (!o.kolom && g.colCount === 1)
      out.formatAsal = Array.from(
        { length: g.rowCount },
        (_, i) => asal.get(cellKey(sheet.name, g.row + i, g.col)) ?? formatAt(sheet, g.row + i, g.col),
      );
    return out;
  });
}

/** A block recorded before blocks were: an added column has the add-in's label on its first cell. */
function isColumn(r: OwnedRange, sheet: SheetSnapshot, g: GridRange): boolean {
  if (r.kolom !== undefined) return r.kolom;
  const top = cellAt(sheet, g.row, g.col);
  return g.colCount === 1 && (top === LABEL.capaian || top === LABEL.predikat);
}

/** A merge of the user's reaching into the block: the add-in never wrote under it, nor clears it. */
function foreignMerge(sheet: SheetSnapshot, g: GridRange): (row: number, col: number) => boolean {
  const foreign = sheet.merges.filter((m) => gridsIntersect(m, g) && !gridInside(m, g));
  return (row, col) =>
    foreign.some((m) => row >= m.row && row < m.row + m.rowCount && col >= m.col && col < m.col + m.colCount);
}

/** Runs of consecutive rows of column `col` in `g` that this run no longer owns. */
function staleRuns(
  sheet: SheetSnapshot,
  g: GridRange,
  col: number,
  now: OwnedCells,
  skip: (row: number, col: number) => boolean,
): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let row = g.row; row <= g.row + g.rowCount; row++) {
    const stale = row < g.row + g.rowCount && !now.has(sheet.name, row, col) && !skip(row, col);
    if (stale && start < 0) start = row;
    if (!stale && start >= 0) {
      runs.push([start, row - start]);
      start = -1;
    }
  }
  return runs;
}

function removal(sheet: SheetSnapshot, block: GridRange, now: OwnedCells): RemoveWrite {
  const columnStillUsed = now.on(sheet.name).some((o) => crosses(o, block));
  return {
    sheet: sheet.name,
    address: rangeAddress(block.row, block.col, block.rowCount, block.colCount),
    merges: sheet.merges
      .filter((m) => gridInside(m, block))
      .map((m) => rangeAddress(m.row, m.col, m.rowCount, m.colCount)),
    lebarStandar: !columnStillUsed,
  };
}

/** Rows start…start+n−1 of column `col` of a filled block, emptied with their number formats given back. */
function restore(
  sheet: SheetSnapshot,
  r: OwnedRange,
  g: GridRange,
  col: number,
  [start, n]: [number, number],
): RangeWrite | null {
  const rows = Array.from({ length: n }, (_, i) => start + i);
  const formats =
    r.formatAsal && g.colCount === 1 ? r.formatAsal.slice(start - g.row, start - g.row + n) : null;
  // without a recorded format only the cells that still hold something need a write
  if (!formats && !rows.some((row) => hasContent(sheet, row, col))) return null;
  const write: RangeWrite = {
    sheet: sheet.name,
    address: rangeAddress(start, col, n, 1),
    values: rows.map(() => [null]),
  };
  if (formats && formats.length === n) write.numberFormats = formats.map((f) => [f]);
  return write;
}

/**
 * Blocks owned by the last run but not by this one, on the user's sheets: removed or given back, so
 * the sheet shows only this run's output. `rulesNow` holds "sheet|address" of this run's rules.
 */
export function staleWrites(
  snapshot: WorkbookSnapshot,
  before: ReadonlyArray<OwnedRange>,
  now: OwnedCells,
  rulesNow: ReadonlySet<string>,
  skip: (sheet: string) => boolean,
): StaleOutcome {
  const out: StaleOutcome = { removals: [], restores: [], rules: [] };
  const seen = new Set<string>();
  for (const r of before) {
    const sheet = findSheet(snapshot, r.sheet);
    const g = toGrid(r.address);
    if (!sheet || !g || sheet.protected || skip(sheet.name) || g.rowCount * g.colCount > MAX_STALE_CELLS)
      continue;
    const column = isColumn(r, sheet, g);
    const skipped = column ? foreignMerge(sheet, g) : () => false;
    for (let c = g.col; c < g.col + g.colCount; c++)
      for (const run of staleRuns(sheet, g, c, now, skipped)) {
        const [start, n] = run;
        const key = `${sheet.name}!${rangeAddress(start, c, n, 1)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (column) out.removals.push(removal(sheet, { row: start, col: c, rowCount: n, colCount: 1 }, now));
        else {
          const w = restore(sheet, r, g, c, run);
          if (w) out.restores.push(w);
        }
      }
    for (const address of r.aturan ?? []) {
      const key = `${sheet.name}|${address}`;
      if (rulesNow.has(key) || seen.has(key)) continue;
      seen.add(key);
      out.rules.push({ sheet: sheet.name, address, rules: [] });
    }
  }
  return out;
}
