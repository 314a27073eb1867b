/**
 * What the add-in may write: sheets, blocks, names and charts it owns (listed in the stored state)
 * and cells that are empty now. Everything else is the user's, and a plan that would touch it is refused.
 */
import { cellAddress, parseAddress } from "../address";
import type { RangeWrite, Refusal } from "../plan";
import { cellAt, type GridRange, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import type { OwnedRange } from "../state";
import { selBerisiData } from "./messages";

export const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** Excel compares sheet names without regard to case. */
export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => sameName(s.name, name));
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string {
  return sheet.formulas?.[row - sheet.origin.row]?.[col - sheet.origin.col] ?? "";
}

export function hasContent(sheet: SheetSnapshot, row: number, col: number): boolean {
  const v = cellAt(sheet, row, col);
  return (typeof v === "string" ? v !== "" : true) || formulaAt(sheet, row, col) !== "";
}

export function sheetHasContent(sheet: SheetSnapshot): boolean {
  return (
    sheet.values.some((r) => r.some((v) => v !== "")) ||
    (sheet.formulas ?? []).some((r) => r.some((f) => f !== ""))
  );
}

export function toGrid(address: string): GridRange | null {
  try {
    return parseAddress(address);
  } catch {
    return null;
  }
}

export function inGrid(g: GridRange, row: number, col: number): boolean {
  return row >= g.row && row < g.row + g.rowCount && col >= g.col && col < g.col + g.colCount;
}

/** Owned blocks per sheet (lower-cased name). */
export class OwnedCells {
  private readonly bySheet = new Map<string, GridRange[]>();

  constructor(ranges: OwnedRange[]) {
    for (const r of ranges) {
      const g = toGrid(r.address);
      if (!g) continue;
      const key = r.sheet.toLocaleLowerCase();
      const list = this.bySheet.get(key) ?? [];
      list.push(g);
      this.bySheet.set(key, list);
    }
  }

  on(sheet: string): GridRange[] {
    return this.bySheet.get(sheet.toLocaleLowerCase()) ?? [];
  }

  has(sheet: string, row: number, col: number): boolean {
    return this.on(sheet).some((g) => inGrid(g, row, col));
  }
}

/**
 * Every cell a write would change on a user sheet must be empty or owned. Writes on sheets the plan
 * clears (owned sheets) are exempt: the whole sheet is the add-in's.
 */
export function refuseUserCells(
  snapshot: WorkbookSnapshot,
  writes: RangeWrite[],
  owned: OwnedCells,
  ownedSheets: (name: string) => boolean,
): Refusal[] {
  const refusals: Refusal[] = [];
  const seen = new Set<string>();
  for (const w of writes) {
    if (!w.values || ownedSheets(w.sheet)) continue;
    const sheet = findSheet(snapshot, w.sheet);
    const g = toGrid(w.address);
    if (!sheet || !g) continue;
    for (let r = 0; r < g.rowCount; r++) {
      for (let c = 0; c < g.colCount; c++) {
        const row = g.row + r;
        const col = g.col + c;
        const key = `${sheet.name}!${row}:${col}`;
        if (seen.has(key) || !hasContent(sheet, row, col) || owned.has(sheet.name, row, col)) continue;
        seen.add(key);
        const v = cellAt(sheet, row, col);
        refusals.push(
          selBerisiData(sheet.name, cellAddress(row, col), v === "" ? formulaAt(sheet, row, col) : v),
        );
      }
    }
  }
  return refusals;
}
