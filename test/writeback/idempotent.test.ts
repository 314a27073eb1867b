import { cellAddress, parseAddress } from "../../src/engine/address";
import type { WritePlan } from "../../src/engine/plan";
import { cellAt } from "../../src/engine/snapshot";
import { readState, STATE_SHEET } from "../../src/engine/state";
import { applyPlanToSnapshot } from "../helpers/applyPlan";
import { planCells } from "../helpers/planCells";
import { ROWS, SHEET, tableMapping } from "../fixtures/writeback/seed000";
import { okPlan, setup, type Run } from "./build";

/** The second run finds the sheets the first one created: the only flag that may differ is `create`. */
function withoutCreate(plan: WritePlan): WritePlan {
  return { ...plan, sheets: plan.sheets.map((s) => ({ ...s, create: false })) };
}

function secondRun(first: Run, plan: WritePlan): Run {
  const snapshot = applyPlanToSnapshot(first.snapshot, plan);
  const { state, damaged } = readState(snapshot);
  expect(damaged).toBe(false);
  return { ...first, snapshot, state };
}

describe("a second run on the workbook the first produced", () => {
  it("plans exactly the same writes (added columns reused, owned sheets cleared and rewritten)", () => {
    const first = setup();
    const one = okPlan(first);
    const second = secondRun(first, one.plan);
    const two = okPlan(second);
    expect(two.plan).toEqual(withoutCreate(one.plan));
    expect(two.state).toEqual(one.state);
    expect(two.tables).toEqual(one.tables);
    expect(one.plan.sheets.filter((s) => s.name.startsWith("Tabel")).every((s) => s.clear)).toBe(true);
  });

  it("is identical when the reader now sees the added columns as the table's own Capaian/Predikat", () => {
    const first = setup();
    const one = okPlan(first);
    const second = secondRun(first, one.plan);
    const t = tableMapping();
    second.read = {
      ...second.read,
      tables: [
        {
          ...t,
          range: "A2:H5",
          columns: [
            ...t.columns,
            { col: 6, header: "Capaian (%)", role: "capaian", confidence: 1 },
            { col: 7, header: "Predikat", role: "predikat", confidence: 1 },
          ],
        },
      ],
    };
    expect(okPlan(second).plan).toEqual(withoutCreate(one.plan));
  });

  it("is identical when it filled an empty cell of the table's own Capaian column", () => {
    const first = setup({ capaianColumn: { blankIds: ["pmks"] } });
    const one = okPlan(first);
    const second = secondRun(first, one.plan);
    expect(okPlan(second).plan).toEqual(withoutCreate(one.plan));
  });

  it("leaves every cell outside the plan untouched", () => {
    const first = setup({ extra: { J9: "disusun oleh Subbag Program" } });
    const one = okPlan(first);
    const after = applyPlanToSnapshot(first.snapshot, one.plan);
    const written = new Set(planCells(one.plan, SHEET).keys());
    const before = first.snapshot.sheets[0]!;
    const now = after.sheets.find((s) => s.name === SHEET)!;
    let checked = 0;
    for (let r = 0; r < before.values.length; r++) {
      for (let c = 0; c < before.values[0]!.length; c++) {
        if (written.has(cellAddress(r, c))) continue;
        expect(cellAt(now, r, c)).toEqual(cellAt(before, r, c));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(cellAt(now, 8, 9)).toBe("disusun oleh Subbag Program");
  });

  it("empties the cells it owned last time when the table shrank, and owns only what it writes now", () => {
    const first = setup();
    const one = okPlan(first);
    const second = secondRun(first, one.plan);
    const rows = ROWS.slice(0, 2);
    second.read = {
      ...second.read,
      tables: [tableMapping({ rows })],
      indicators: second.read.indicators.slice(0, 2),
    };
    const two = okPlan(second);
    // the rows of its own columns below the table are taken away (values and formats), the columns stay
    expect(two.plan.removals).toEqual([
      { sheet: SHEET, address: "G5", merges: [], lebarStandar: false },
      { sheet: SHEET, address: "H5", merges: [], lebarStandar: false },
    ]);
    expect(planCells(two.plan, SHEET).has("G5")).toBe(false);
    expect(two.state.owned.ranges).toEqual([
      { sheet: SHEET, address: "G2:G4", kolom: true, aturan: ["G3:G4"] },
      { sheet: SHEET, address: "H2:H4", kolom: true, aturan: ["H3:H4"] },
    ]);
    // the rules of the longer columns go, the shorter ones take their place
    expect(two.plan.conditionalFormats.map((c) => [c.address, c.rules.length > 0])).toEqual([
      ["G3:G5", false],
      ["H3:H5", false],
      ["G3:G4", true],
      ["H3:H4", true],
    ]);
  });

  it("keeps the state sheet readable and the generated sheets in the snapshot", () => {
    const first = setup();
    const one = okPlan(first);
    const after = applyPlanToSnapshot(first.snapshot, one.plan);
    expect(after.sheets.map((s) => s.name)).toEqual([
      SHEET,
      "Tabel 3.1",
      "Tabel 3.2",
      "Tabel 3.3",
      "Tabel 3.5",
      "Tabel 3.6",
      STATE_SHEET,
    ]);
    expect(readState(after).state).toEqual(one.state);
    for (const t of one.tables) expect(() => parseAddress(t.rentang)).not.toThrow();
  });
});
