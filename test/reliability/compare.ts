/** Cell-by-cell comparison of two snapshots outside what a plan declares it writes. */
import { parseAddress } from "../../src/engine/address";
import type { WritePlan } from "../../src/engine/plan";
import { cellAt, formatAt, type SheetSnapshot, type WorkbookSnapshot } from "../../src/engine/snapshot";

export interface Declared {
  /** sheets the plan creates or clears: all theirs */
  owned: Set<string>;
  has(sheet: string, row: number, col: number): boolean;
  /** sheets whose merges the plan changes */
  merged: Set<string>;
  /** sheets whose visibility the plan sets */
  shown: Set<string>;
}

export function declaredOutputs(plan: WritePlan): Declared {
  const owned = new Set(plan.sheets.filter((s) => s.create || s.clear).map((s) => s.name.toLowerCase()));
  const blocks = new Map<string, ReturnType<typeof parseAddress>[]>();
  for (const r of plan.ranges) {
    const k = r.sheet.toLowerCase();
    blocks.set(k, [...(blocks.get(k) ?? []), parseAddress(r.address)]);
  }
  return {
    owned,
    merged: new Set(plan.merges.map((m) => m.sheet.toLowerCase())),
    shown: new Set(plan.sheets.filter((s) => s.visibility).map((s) => s.name.toLowerCase())),
    has(sheet, row, col) {
      const k = sheet.toLowerCase();
      if (owned.has(k)) return true;
      return (blocks.get(k) ?? []).some(
        (b) => row >= b.row && row < b.row + b.rowCount && col >= b.col && col < b.col + b.colCount,
      );
    },
  };
}

function formulaAt(s: SheetSnapshot, row: number, col: number): string {
  return s.formulas?.[row - s.origin.row]?.[col - s.origin.col] ?? "";
}

function span(s: SheetSnapshot): { r0: number; c0: number; r1: number; c1: number } {
  const rows = s.values.length;
  const cols = rows ? s.values[0]!.length : 0;
  return { r0: s.origin.row, c0: s.origin.col, r1: s.origin.row + rows, c1: s.origin.col + cols };
}

export interface Comparison {
  compared: number;
  /** "Sheet!R,C: before → after" for every difference */
  differences: string[];
}

/**
 * Every cell of every sheet the user had (outside `declared`) must hold the same value, number
 * format and formula; the sheet must still exist with its merges and visibility.
 */
export function compareOutside(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  declared: Declared | null,
  limit = 20,
): Comparison {
  const differences: string[] = [];
  let compared = 0;
  const note = (text: string) => {
    if (differences.length < limit) differences.push(text);
  };
  for (const b of before.sheets) {
    const k = b.name.toLowerCase();
    if (declared?.owned.has(k)) continue;
    const a = after.sheets.find((x) => x.name === b.name);
    if (!a) {
      note(`${b.name}: sheet gone`);
      continue;
    }
    if (!declared?.shown.has(k) && a.visibility !== b.visibility)
      note(`${b.name}: visibility ${b.visibility} → ${a.visibility}`);
    if (!declared?.merged.has(k)) {
      const m = (s: SheetSnapshot) =>
        s.merges
          .map((x) => `${x.row},${x.col},${x.rowCount},${x.colCount}`)
          .sort()
          .join(" ");
      if (m(a) !== m(b)) note(`${b.name}: merges ${m(b)} → ${m(a)}`);
    }
    const sb = span(b);
    const sa = span(a);
    for (let r = Math.min(sb.r0, sa.r0); r < Math.max(sb.r1, sa.r1); r++) {
      for (let c = Math.min(sb.c0, sa.c0); c < Math.max(sb.c1, sa.c1); c++) {
        if (declared?.has(b.name, r, c)) continue;
        compared++;
        const vb = cellAt(b, r, c);
        const va = cellAt(a, r, c);
        // An empty cell's format is whatever the host reports for "nothing"; only a kept value's format counts.
        const fb = vb === "" ? "" : formatAt(b, r, c);
        const fa = va === "" ? "" : formatAt(a, r, c);
        const same =
          (vb === va || (Number.isNaN(vb) && Number.isNaN(va))) &&
          fb === fa &&
          formulaAt(b, r, c) === formulaAt(a, r, c);
        if (!same)
          note(
            `${b.name}!R${r + 1}C${c + 1}: ${JSON.stringify([vb, fb, formulaAt(b, r, c)])} → ${JSON.stringify([va, fa, formulaAt(a, r, c)])}`,
          );
      }
    }
  }
  return { compared, differences };
}

/** Positions whose value differs between two snapshots of the same sheet. */
export function changedCells(before: SheetSnapshot, after: SheetSnapshot): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  const sb = span(before);
  const sa = span(after);
  for (let r = Math.min(sb.r0, sa.r0); r < Math.max(sb.r1, sa.r1); r++)
    for (let c = Math.min(sb.c0, sa.c0); c < Math.max(sb.c1, sa.c1); c++)
      if (cellAt(before, r, c) !== cellAt(after, r, c)) out.push({ row: r, col: c });
  return out;
}
