import { cellAt } from "../../src/engine/snapshot";
import { applyPlanToSnapshot } from "../helpers/applyPlan";
import { planCells } from "../helpers/planCells";
import { ROWS, type SeedRow } from "../fixtures/writeback/seed000";
import { okPlan, setup } from "./build";

describe("text that looks like a formula stays text", () => {
  const rows: SeedRow[] = [
    { ...ROWS[0]!, sasaran: "=SUM(A1)", satuan: "@orang" },
    { ...ROWS[1]!, sasaran: "-", indikator: "+62 Persentase PMKS yang tertangani" },
    ROWS[2]!,
  ];

  it("keeps =SUM(A1), -, + and @ as strings with the text format, in the tables and the chart data", () => {
    const run = setup({ rows });
    const out = okPlan(run);
    const cells = planCells(out.plan, "Tabel 3.1");
    expect(cells.get("B6")).toEqual({ value: "=SUM(A1)", format: "@" });
    expect(cells.get("D6")).toEqual({ value: "@orang", format: "@" });
    expect(cells.get("B8")).toEqual({ value: "-", format: "@" });
    expect(cells.get("C8")).toEqual({ value: "+62 Persentase PMKS yang tertangani", format: "@" });
    expect(cells.get("J5")).toEqual({ value: "+62 Persentase PMKS yang tertangani", format: "@" });
    // every formula-looking string anywhere in the plan carries the text format beside it
    let seen = 0;
    for (const w of out.plan.ranges) {
      (w.values ?? []).forEach((line, r) =>
        line.forEach((v, c) => {
          if (typeof v !== "string" || !/^[=+\-@]/.test(v)) return;
          seen++;
          expect([v, w.numberFormats?.[r]?.[c]]).toEqual([v, "@"]);
        }),
      );
    }
    expect(seen).toBeGreaterThanOrEqual(5);
    const after = applyPlanToSnapshot(run.snapshot, out.plan);
    const sheet = after.sheets.find((s) => s.name === "Tabel 3.1")!;
    expect(cellAt(sheet, 5, 1)).toBe("=SUM(A1)");
    expect(cellAt(sheet, 7, 1)).toBe("-");
    expect(sheet.numberFormats[5]![1]).toBe("@");
  });

  it("writes text that Excel would turn into a number or date with the text format", () => {
    const out = okPlan(setup());
    const cells = planCells(out.plan, "Tabel 3.6");
    expect(cells.get("B6")).toEqual({ value: "1.06.04", format: "@" });
    expect(planCells(out.plan, "Tabel 3.3").get("E3")).toEqual({ value: "2021", format: "@" });
  });
});
