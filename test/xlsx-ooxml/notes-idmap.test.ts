/** Notes on two sheets in one run: each VML drawing gets its own idmap block, so shape ids never clash. */
import { emptyPlan } from "../../src/engine/plan";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { entries, fixture, openWithExcelJs } from "./helpers";

test("two sheets given notes in one run get different idmap blocks and disjoint shape ids", async () => {
  const plan = emptyPlan();
  plan.sheets.push({ name: "Tabel Uji", create: true, clear: true });
  plan.ranges.push({ sheet: "Tabel Uji", address: "A1", values: [["x"]] });
  for (const [sheet, cell] of [
    ["Tabel Uji", "A1"],
    ["Tabel Uji", "B2"],
    ["Anggaran", "C3"],
    ["Referensi", "A2"],
  ] as const) {
    plan.notes.push({ sheet, cell, text: `catatan ${sheet} ${cell}` });
  }
  // Anggaran is protected in the fixture; notes go to the two other sheets without drawings.
  plan.notes = plan.notes.filter((n) => n.sheet !== "Anggaran");
  const { buffer } = await applyPlanToPackage(fixture("realisasi-2024.xlsx"), plan);
  const vml = [...(await entries(buffer))]
    .filter(([p]) => p.endsWith(".vml"))
    .map(([, b]) => b.toString("utf8"));
  expect(vml.length).toBe(3); // the user's own drawing and two new ones
  const idmaps = vml.map((t) => /idmap[^>]*data="(\d+)"/.exec(t)?.[1]);
  expect(new Set(idmaps).size).toBe(3);
  const ids = vml.flatMap((t) => [...t.matchAll(/<v:shape [^>]*id="_x0000_s(\d+)"/g)].map((m) => m[1]));
  expect(new Set(ids).size).toBe(ids.length);
  const wb = await openWithExcelJs(buffer);
  expect(wb.getWorksheet("Referensi")!.getCell("A2").note).toBeDefined();
  expect(wb.getWorksheet("Tabel Uji")!.getCell("A1").note).toBeDefined();
});
