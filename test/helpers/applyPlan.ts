/**
 * A tiny in-memory host: applies the value side of a WritePlan (sheets, clears, removals, values,
 * number formats, merges, names) to a WorkbookSnapshot, so a test can run the planner on the workbook a
 * first run produced. Rules, notes and charts have no snapshot form and are left out.
 */
import { parseAddress, quoteSheet, rangeAddress } from "../../src/engine/address";
import { eachRange, type PlanValue, type WritePlan } from "../../src/engine/plan";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";

interface Cell {
  v: CellValue;
  f: string;
}

class Grid {
  cells = new Map<string, Cell>();
  merges: SheetSnapshot["merges"] = [];

  static from(sheet: SheetSnapshot): Grid {
    const g = new Grid();
    sheet.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const f = sheet.numberFormats[r]?.[c] ?? "General";
        if (v !== "" || f !== "General")
          g.cells.set(`${sheet.origin.row + r}:${sheet.origin.col + c}`, { v, f });
      }),
    );
    g.merges = sheet.merges.map((m) => ({ ...m }));
    return g;
  }

  set(row: number, col: number, value: PlanValue | undefined, format: string | undefined) {
    const key = `${row}:${col}`;
    const prev = this.cells.get(key) ?? { v: "", f: "General" };
    const next = { v: value === undefined ? prev.v : value === null ? "" : value, f: format ?? prev.f };
    this.cells.set(key, next);
  }

  toSheet(base: Omit<SheetSnapshot, "origin" | "values" | "numberFormats" | "merges">): SheetSnapshot {
    const keys = [...this.cells.entries()].filter(([, c]) => c.v !== "" || c.f !== "General").map(([k]) => k);
    if (keys.length === 0)
      return {
        ...base,
        origin: { row: 0, col: 0 },
        values: [[""]],
        numberFormats: [["General"]],
        merges: this.merges,
      };
    const pos = keys.map((k) => k.split(":").map(Number) as [number, number]);
    const r0 = Math.min(...pos.map((p) => p[0]));
    const c0 = Math.min(...pos.map((p) => p[1]));
    const r1 = Math.max(...pos.map((p) => p[0]));
    const c1 = Math.max(...pos.map((p) => p[1]));
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (let r = r0; r <= r1; r++) {
      const vl: CellValue[] = [];
      const fl: string[] = [];
      for (let c = c0; c <= c1; c++) {
        const cell = this.cells.get(`${r}:${c}`);
        vl.push(cell?.v ?? "");
        fl.push(cell?.f ?? "General");
      }
      values.push(vl);
      numberFormats.push(fl);
    }
    return { ...base, origin: { row: r0, col: c0 }, values, numberFormats, merges: this.merges };
  }
}

export function applyPlanToSnapshot(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const grids = new Map<string, { grid: Grid; base: SheetSnapshot }>();
  for (const s of snapshot.sheets) grids.set(s.name, { grid: Grid.from(s), base: s });
  for (const ps of plan.sheets) {
    let entry = grids.get(ps.name);
    if (!entry) {
      if (!ps.create) throw new Error(`plan writes to missing sheet ${ps.name} without create`);
      const base: SheetSnapshot = {
        name: ps.name,
        origin: { row: 0, col: 0 },
        values: [[""]],
        numberFormats: [["General"]],
        merges: [],
        visibility: "visible",
        protected: false,
      };
      entry = { grid: new Grid(), base };
      grids.set(ps.name, entry);
    } else if (ps.create) {
      throw new Error(`plan creates existing sheet ${ps.name}`);
    }
    if (ps.clear) entry.grid = new Grid();
    if (ps.visibility) entry.base = { ...entry.base, visibility: ps.visibility };
  }
  for (const rm of plan.removals ?? []) {
    const entry = grids.get(rm.sheet);
    if (!entry) throw new Error(`plan removes on unknown sheet ${rm.sheet}`);
    const b = parseAddress(rm.address);
    for (let r = b.row; r < b.row + b.rowCount; r++)
      for (let c = b.col; c < b.col + b.colCount; c++) entry.grid.cells.delete(`${r}:${c}`);
    const gone = new Set(rm.merges);
    entry.grid.merges = entry.grid.merges.filter(
      (m) => !gone.has(rangeAddress(m.row, m.col, m.rowCount, m.colCount)),
    );
  }
  for (const w of eachRange(plan.ranges)) {
    const entry = grids.get(w.sheet);
    if (!entry) throw new Error(`plan writes to unknown sheet ${w.sheet}`);
    const b = parseAddress(w.address);
    for (let r = 0; r < b.rowCount; r++) {
      for (let c = 0; c < b.colCount; c++) {
        const value = w.values ? w.values[r]![c] : undefined;
        const format = w.numberFormats?.[r]?.[c] ?? w.style?.numberFormat;
        entry.grid.set(b.row + r, b.col + c, value, format);
      }
    }
  }
  for (const m of plan.merges) grids.get(m.sheet)?.grid.merges.push(parseAddress(m.address));
  const names = { ...snapshot.names };
  for (const n of plan.names) names[n.name] = `${quoteSheet(n.sheet)}!${n.address}`;
  return {
    sheets: [...grids.values()].map(({ grid, base }) =>
      grid.toSheet({
        name: base.name,
        visibility: base.visibility,
        protected: base.protected,
        formulas: undefined,
      }),
    ),
    names,
  };
}
