import { Settings } from "../../src/engine/settings";
import { emptyState, readState } from "../../src/engine/state";
import { buildWritePlan } from "../../src/engine/writeback";
import { applyPlanToSnapshot } from "../helpers/applyPlan";
import { planCells } from "../helpers/planCells";
import { SHEET, seed002 } from "../fixtures/writeback/seed002";

function run(blank: string[]) {
  const { snapshot, read, result } = seed002(blank);
  const input = { snapshot, read, result, settings: Settings.parse({}), state: emptyState() };
  const out = buildWritePlan(input);
  if (!out.ok) throw new Error(out.refusals.map((r) => r.pesan.en).join("; "));
  return { input, out };
}

describe("seed 002 Tabel 3.4: a two-row header with the year's own Capaian column", () => {
  it("fills only the blank capaian of 2023 and adds Predikat over both header rows", () => {
    const { out } = run(["jaminan"]);
    const cells = planCells(out.plan, SHEET);
    const capaianCells = [...cells.keys()].filter((k) => k.startsWith("G"));
    expect(capaianCells).toEqual(["G6"]);
    expect(cells.get("G6")?.value).toBeCloseTo((86.81 / 88) * 100, 9);
    expect(cells.get("H2")?.value).toBe("Predikat");
    expect(cells.get("H3")?.value).toBeNull();
    expect(out.plan.merges).toContainEqual({ sheet: SHEET, address: "H2:H3" });
    expect(cells.get("H4")?.value).toBe("Sangat Baik");
    expect(cells.get("H6")?.value).toBe("Baik");
    expect(cells.get("H7")?.value).toBe("Baik");
    // band colours only on G6, the one capaian the add-in wrote; the printed ones keep theirs (G4:G8 is
    // cleared of the add-in's earlier rules first); the added Predikat column is all the add-in's
    expect(out.plan.conditionalFormats.map((c) => [c.address, c.rules.length > 0])).toEqual([
      ["G4:G8", false],
      ["G6", true],
      ["H4:H8", true],
    ]);
  });

  it("writes no capaian at all when every capaian is printed, and a second run plans the same", () => {
    const { input, out } = run([]);
    expect([...planCells(out.plan, SHEET).keys()].some((k) => k.startsWith("G"))).toBe(false);
    const snapshot = applyPlanToSnapshot(input.snapshot, out.plan);
    const again = buildWritePlan({ ...input, snapshot, state: readState(snapshot).state });
    expect(again.ok).toBe(true);
    if (again.ok) {
      expect(again.plan).toEqual({
        ...out.plan,
        sheets: out.plan.sheets.map((s) => ({ ...s, create: false })),
      });
    }
  });
});
