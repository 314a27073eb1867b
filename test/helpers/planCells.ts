/** The cells a plan writes on one sheet, as "A1" → value and format (later writes win, as in a host). */
import { cellAddress, parseAddress } from "../../src/engine/address";
import { eachRange, type PlanValue, type WritePlan } from "../../src/engine/plan";

export interface PlannedCell {
  value: PlanValue | undefined;
  format: string | undefined;
}

export function planCells(plan: WritePlan, sheet: string): Map<string, PlannedCell> {
  const out = new Map<string, PlannedCell>();
  for (const w of eachRange(plan.ranges)) {
    if (w.sheet !== sheet) continue;
    const b = parseAddress(w.address);
    for (let r = 0; r < b.rowCount; r++) {
      for (let c = 0; c < b.colCount; c++) {
        const key = cellAddress(b.row + r, b.col + c);
        const prev = out.get(key);
        const value = w.values ? w.values[r]![c] : prev?.value;
        const format = w.numberFormats?.[r]?.[c] ?? w.style?.numberFormat ?? prev?.format;
        out.set(key, { value, format });
      }
    }
  }
  return out;
}

export function valueAt(plan: WritePlan, sheet: string, address: string): PlanValue | undefined {
  return planCells(plan, sheet).get(address)?.value;
}
