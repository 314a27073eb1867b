/**
 * The add-in's own cells on the user's sheets (the Capaian/Predikat columns and the cells it
 * filled, listed in the state sheet) are output, never input: a second run must read the
 * workbook exactly as the first run did, or the added "Predikat" header would move the header
 * detection and turn the column-number row into an indicator.
 */
import { parseAddress } from "../engine/address";
import { gridInside, type GridRange, type SheetSnapshot } from "../engine/snapshot";
import type { OwnedRange } from "../engine/state";

function toGrid(address: string): GridRange | null {
  try {
    return parseAddress(address);
  } catch {
    return null;
  }
}

function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** The sheet with the owned cells blank and the merges wholly inside them dropped; the sheet itself when nothing is owned there. */
export function withoutOwned(sheet: SheetSnapshot, owned: OwnedRange[]): SheetSnapshot {
  const blocks = owned
    .filter((o) => sameSheet(o.sheet, sheet.name))
    .map((o) => toGrid(o.address))
    .filter((g): g is GridRange => g !== null);
  if (blocks.length === 0) return sheet;
  const r0 = sheet.origin.row;
  const c0 = sheet.origin.col;
  const values = sheet.values.slice();
  const numberFormats = sheet.numberFormats.slice();
  const formulas = sheet.formulas?.slice();
  for (const g of blocks) {
    const top = Math.max(0, g.row - r0);
    const bottom = Math.min(values.length - 1, g.row - r0 + g.rowCount - 1);
    for (let r = top; r <= bottom; r++) {
      const row = values[r];
      if (!row) continue;
      const left = Math.max(0, g.col - c0);
      const right = Math.min(row.length - 1, g.col - c0 + g.colCount - 1);
      if (left > right) continue;
      // copy a row once, the first time a block touches it
      if (values[r] === sheet.values[r]) values[r] = row.slice();
      const fmt = numberFormats[r];
      if (fmt && numberFormats[r] === sheet.numberFormats[r]) numberFormats[r] = fmt.slice();
      const fx = formulas?.[r];
      if (formulas && fx && formulas[r] === sheet.formulas?.[r]) formulas[r] = fx.slice();
      for (let c = left; c <= right; c++) {
        values[r]![c] = "";
        if (numberFormats[r] && c < numberFormats[r]!.length) numberFormats[r]![c] = "General";
        if (formulas?.[r] && c < formulas[r]!.length) formulas[r]![c] = "";
      }
    }
  }
  const merges = sheet.merges.filter((m) => !blocks.some((g) => gridInside(m, g)));
  return { ...sheet, values, numberFormats, ...(formulas ? { formulas } : {}), merges };
}
