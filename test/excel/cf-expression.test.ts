/**
 * Blank-safe capaian bands through the Office.js gateway: formula (Custom) rules on the strict fake,
 * and the preview grid painting exactly the number cells, never a blank or a "—".
 */
import { emptyPlan } from "../../src/engine/plan";
import { resolveScale } from "../../src/engine/predikat";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { capaianRules } from "../../src/engine/writeback";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { shownFill } from "../../src/preview/cf";

const G = "General";

function workbook(): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: "Realisasi 2023",
        origin: { row: 1, col: 6 },
        values: [["Capaian"], [111.69], [""], [50], ["—"], [75], [0]],
        numberFormats: Array.from({ length: 7 }, () => [G]),
        merges: [],
        visibility: "visible",
        protected: false,
      },
    ],
    names: {},
  };
}

async function applied() {
  const fake = fakeWorkbookFromSnapshot(workbook());
  const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
  const scale = resolveScale("lkjip4");
  const plan = emptyPlan();
  plan.conditionalFormats.push({
    sheet: "Realisasi 2023",
    address: "G3:G8",
    rules: capaianRules(scale, "G3"),
  });
  await gateway.apply(plan);
  return { fake, scale };
}

describe("formula rules (Custom) in the Excel gateway", () => {
  test("each band is a Custom rule with '=' + the plan's formula, its colours, in plan order", async () => {
    const { fake, scale } = await applied();
    const rules = fake.conditionalFormats("Realisasi 2023");
    expect(rules.map((r) => [r.address, r.type, r.custom?.formula])).toEqual([
      ["G3:G8", "Custom", "=AND(ISNUMBER(G3),G3>100)"],
      ["G3:G8", "Custom", "=AND(ISNUMBER(G3),G3>=75,G3<=100)"],
      ["G3:G8", "Custom", "=AND(ISNUMBER(G3),G3>=55,G3<75)"],
      ["G3:G8", "Custom", "=AND(ISNUMBER(G3),G3<55)"],
    ]);
    const sangatBaik = scale.bands.find((b) => b.label === "Sangat Baik")!;
    expect(rules[0]).toMatchObject({ fill: sangatBaik.fill, fontColor: sangatBaik.fontColor });
  });

  test("a second apply replaces the rules on the block instead of stacking them", async () => {
    const { fake } = await applied();
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const plan = emptyPlan();
    plan.conditionalFormats.push({
      sheet: "Realisasi 2023",
      address: "G3:G8",
      rules: capaianRules(resolveScale("lkjip4"), "G3"),
    });
    await gateway.apply(plan);
    expect(fake.conditionalFormats("Realisasi 2023")).toHaveLength(4);
  });

  test("the preview paints numbers by band and leaves blank and '—' cells alone", async () => {
    const { fake, scale } = await applied();
    const sheet = fake.sheet("Realisasi 2023");
    const own = { fill: "#FFFFFF" };
    const fillOf = (label: string) => scale.bands.find((b) => b.label === label)!.fill;
    const at = (row: number) =>
      shownFill(sheet, row, 6, fake.cell("Realisasi 2023", `G${row + 1}`).value, own).fill;
    expect([2, 3, 4, 5, 6, 7].map(at)).toEqual([
      fillOf("Sangat Baik"),
      "#FFFFFF",
      fillOf("Kurang"),
      "#FFFFFF",
      fillOf("Baik"),
      fillOf("Kurang"),
    ]);
  });
});
