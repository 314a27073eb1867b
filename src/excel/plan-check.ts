/** Plan checks made before any request, so Excel cannot refuse the write halfway through. */
import { cellAddress, parseAddress, quoteSheet } from "../engine/address";
import type { Pesan } from "../engine/model";
import type { PlanValue, RangeWrite, WritePlan } from "../engine/plan";
import { invalidPlan } from "./errors";

export function block(
  sheet: string,
  address: string,
): { row: number; col: number; rowCount: number; colCount: number } {
  try {
    return parseAddress(address);
  } catch {
    throw invalidPlan(sheet, `alamat "${address}"`);
  }
}

/** Excel's own limits, checked up front so the write sync cannot fail halfway through. */
const MAX_CELL_TEXT = 32767;
const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

export function validate(plan: WritePlan): void {
  if (plan.version !== 1) throw invalidPlan("", `versi ${String(plan.version)}`);
  for (const s of plan.sheets)
    if (s.create && !validSheetName(s.name)) throw invalidPlan(s.name, `nama sheet "${s.name}"`);
  for (const n of plan.names)
    if (!NAME_PATTERN.test(n.name) || CELL_LIKE.test(n.name)) throw invalidPlan(n.sheet, `nama "${n.name}"`);
  for (const w of plan.ranges)
    for (const row of w.values ?? [])
      for (const v of row) {
        if (typeof v === "number" && !Number.isFinite(v))
          throw invalidPlan(w.sheet, `${w.sheet}!${w.address}: ${v}`);
      }
  for (const w of plan.ranges) {
    const b = block(w.sheet, w.address);
    for (const grid of [w.values, w.numberFormats]) {
      if (!grid) continue;
      if (grid.length !== b.rowCount || grid.some((r) => r.length !== b.colCount))
        throw invalidPlan(w.sheet, `${w.sheet}!${w.address}: ukuran ${b.rowCount}x${b.colCount}`);
    }
  }
  for (const r of plan.removals ?? []) {
    block(r.sheet, r.address);
    for (const m of r.merges) block(r.sheet, m);
  }
  for (const m of plan.merges) block(m.sheet, m.address);
  for (const c of plan.conditionalFormats) block(c.sheet, c.address);
  for (const n of plan.notes) block(n.sheet, n.cell);
  for (const c of plan.charts) {
    block(c.sheet, c.dataAddress);
    block(c.sheet, c.anchor);
  }
  for (const n of plan.names) block(n.sheet, n.address);
}

const SHOWN_CELLS = 5;

/**
 * Text past Excel's cell limit is cut to it, as the package writer does: a long text (a pasted
 * indicator name) is no reason to refuse the whole plan. Returns the ranges to write (the plan's
 * own when nothing is cut) and, when something was, one sentence for ApplyReport.skipped.
 */
export function cutLongText(ranges: RangeWrite[]): { ranges: RangeWrite[]; skipped: Pesan | null } {
  const cells: string[] = [];
  let out: RangeWrite[] | null = null;
  for (let i = 0; i < ranges.length; i++) {
    const w = ranges[i] as RangeWrite;
    const grid = w.values;
    if (!grid) continue;
    let values: PlanValue[][] | null = null;
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r] as PlanValue[];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "string" || v.length <= MAX_CELL_TEXT) continue;
        values ??= grid.map((x) => x.slice());
        (values[r] as PlanValue[])[c] = v.slice(0, MAX_CELL_TEXT);
        const b = block(w.sheet, w.address);
        cells.push(`${quoteSheet(w.sheet)}!${cellAddress(b.row + r, b.col + c)}`);
      }
    }
    if (values) (out ??= ranges.slice())[i] = { ...w, values };
  }
  if (!out) return { ranges, skipped: null };
  const n = cells.length;
  const shown = cells.slice(0, SHOWN_CELLS).join(", ");
  const more = n > SHOWN_CELLS ? n - SHOWN_CELLS : 0;
  return {
    ranges: out,
    skipped: {
      id: `${n} teks dipotong ke ${MAX_CELL_TEXT} karakter (batas sel Excel): ${shown}${more ? ` dan ${more} sel lain` : ""}.`,
      en: `${n} ${n === 1 ? "text was" : "texts were"} cut to ${MAX_CELL_TEXT} characters (Excel's cell limit): ${shown}${more ? ` and ${more} more cells` : ""}.`,
    },
  };
}

/** Every sheet a plan writes to. */
export function targetSheets(plan: WritePlan): Set<string> {
  const all = [
    ...plan.sheets.map((s) => s.name),
    ...(plan.removals ?? []).map((r) => r.sheet),
    ...plan.ranges.map((r) => r.sheet),
    ...plan.merges.map((r) => r.sheet),
    ...plan.conditionalFormats.map((r) => r.sheet),
    ...plan.notes.map((r) => r.sheet),
    ...plan.charts.map((r) => r.sheet),
    ...plan.names.map((r) => r.sheet),
  ];
  return new Set(all);
}
