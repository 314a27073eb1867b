/**
 * A chart is replaced by its name on a rerun. Names come back from the drawing XML with XML's line-end
 * and attribute normalisation applied ("\r\n" → one space), so the lookup must normalise the same way,
 * or a second run adds a second chart.
 */
import { emptyPlan } from "../../src/engine/plan";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { entries, fixture } from "./helpers";

const INPUT = fixture("realisasi-2024.xlsx");

test.each([["Grafik\r\nCapaian"], ["Grafik\rCapaian\tTahunan"], ["Grafik \u0001 Capaian\n2024"]])(
  "a chart named %j is replaced, not added, on a second run",
  async (name) => {
    const plan = emptyPlan();
    plan.charts.push({
      name,
      sheet: "Realisasi 2024",
      type: "columnClustered",
      title: "Target dan Realisasi",
      dataAddress: "C3:E5",
      anchor: "P2",
      widthCols: 5,
      heightRows: 10,
    });
    const once = await applyPlanToPackage(INPUT, plan);
    const twice = await applyPlanToPackage(once.buffer, plan);
    const a = await entries(once.buffer);
    const b = await entries(twice.buffer);
    expect([...b.keys()].filter((p) => p.startsWith("xl/charts/")).sort()).toEqual(
      [...a.keys()].filter((p) => p.startsWith("xl/charts/")).sort(),
    );
    expect([...a].filter(([p, bytes]) => !b.get(p)!.equals(bytes)).map(([p]) => p)).toEqual([]);
  },
);
