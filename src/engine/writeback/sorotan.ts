/**
 * The finding's highlight on a user's printed capaian or predikat that the engine disputes: which
 * cells get it this run, and which highlights of an earlier run are taken away (their finding is gone,
 * or the column is no longer written), the way stale notes are.
 */
import type { Temuan } from "../model";
import type { ConditionalFormatWrite } from "../plan";
import type { GridRange, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { TEMUAN_HIGHLIGHT } from "./conditional";
import { findSheet, hasContent, sameName, toGrid, type OwnedCells } from "./ownership";

export interface SelSorotan {
  sheet: string;
  address: string;
}

/**
 * Rows of one column whose cell holds the user's own value and is the cell a galat or peringatan
 * points at (a finding's first cell is where its note and highlight go).
 */
export function disputedRows(
  temuan: ReadonlyArray<Temuan>,
  sheet: SheetSnapshot,
  col: number,
  owned: OwnedCells,
): number[] {
  const out: number[] = [];
  for (const t of temuan) {
    const first = t.sel[0];
    if (t.tingkat === "info" || !first || !sameName(first.sheet, sheet.name)) continue;
    const g = toGrid(first.cell);
    if (!g || g.col !== col) continue;
    if (hasContent(sheet, g.row, g.col) && !owned.has(sheet.name, g.row, g.col)) out.push(g.row);
  }
  return out;
}

function isHighlight(cf: ConditionalFormatWrite): boolean {
  const rule = cf.rules[0];
  return (
    cf.rules.length === 1 &&
    rule?.type === "expression" &&
    rule.fill === TEMUAN_HIGHLIGHT.fill &&
    rule.fontColor === TEMUAN_HIGHLIGHT.fontColor
  );
}

/** The highlights among this run's conditional formats, for the state. */
export function highlightsOf(cfs: ReadonlyArray<ConditionalFormatWrite>): SelSorotan[] {
  return cfs.filter(isHighlight).map((cf) => ({ sheet: cf.sheet, address: cf.address }));
}

/**
 * An earlier run's highlight that this run neither writes again nor clears with its column: a write
 * with no rules takes it away (only on that cell, so no rule of the user's is touched). A sheet gone
 * takes its highlights with it; a protected sheet keeps them listed until it can be edited.
 */
export function staleHighlights(
  snapshot: WorkbookSnapshot,
  before: ReadonlyArray<SelSorotan>,
  cfs: ReadonlyArray<ConditionalFormatWrite>,
): { removals: ConditionalFormatWrite[]; kept: SelSorotan[] } {
  const key = (s: string, a: string) => `${s.toLocaleLowerCase()}!${a.toUpperCase()}`;
  const now = new Set(highlightsOf(cfs).map((h) => key(h.sheet, h.address)));
  const cleared = cfs.filter((cf) => cf.rules.length === 0);
  const inside = (h: SelSorotan, b: GridRange) =>
    cleared.some((cf) => {
      const a = toGrid(cf.address);
      return (
        !!a &&
        sameName(cf.sheet, h.sheet) &&
        b.row >= a.row &&
        b.row < a.row + a.rowCount &&
        b.col >= a.col &&
        b.col < a.col + a.colCount
      );
    });
  const out = { removals: [] as ConditionalFormatWrite[], kept: [] as SelSorotan[] };
  const seen = new Set<string>();
  for (const h of before) {
    const k = key(h.sheet, h.address);
    const sheet = findSheet(snapshot, h.sheet);
    const g = toGrid(h.address);
    if (now.has(k) || seen.has(k) || !sheet || !g || inside(h, g)) continue;
    seen.add(k);
    if (sheet.protected) out.kept.push(h);
    else out.removals.push({ sheet: sheet.name, address: h.address, rules: [] });
  }
  return out;
}
