/**
 * Formula (expression) rules in the package writer: the blank-safe capaian bands must reach the
 * sheet as <cfRule type="expression"> with the formula written for the block's first cell, so an
 * empty capaian cell is never painted "Kurang".
 */
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { resolveScale } from "../../src/engine/predikat";
import { capaianRules } from "../../src/engine/writeback";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { fixture, openWithExcelJs, text } from "./helpers";

const XLSX = fixture("realisasi-2024.xlsx");

function plan(): WritePlan {
  const p = emptyPlan();
  p.conditionalFormats.push({
    sheet: "Realisasi 2024",
    address: "G3:G5",
    rules: capaianRules(resolveScale("lkjip4"), "G3"),
  });
  return p;
}

describe("expression rules in the package writer", () => {
  test("each band is a cfRule of type expression with its formula and a dxf", async () => {
    const out = await applyPlanToPackage(XLSX, plan());
    const xml = await text(out.buffer, "xl/worksheets/sheet1.xml");
    const block = /<conditionalFormatting sqref="G3:G5">(.*?)<\/conditionalFormatting>/s.exec(xml)?.[1] ?? "";
    const rules = [...block.matchAll(/<cfRule ([^>]*)>(.*?)<\/cfRule>/gs)].map((m) => ({
      attrs: m[1]!,
      formula: /<formula>(.*?)<\/formula>/.exec(m[2]!)?.[1],
    }));
    expect(rules.map((r) => r.formula)).toEqual([
      "AND(ISNUMBER(G3),G3&gt;100)",
      "AND(ISNUMBER(G3),G3&gt;=75,G3&lt;=100)",
      "AND(ISNUMBER(G3),G3&gt;=55,G3&lt;75)",
      "AND(ISNUMBER(G3),G3&lt;55)",
    ]);
    for (const r of rules) {
      expect(r.attrs).toContain('type="expression"');
      expect(r.attrs).toMatch(/dxfId="\d+"/);
      expect(r.attrs).not.toContain("operator=");
    }

    // another reader sees the same rules
    const wb = await openWithExcelJs(out.buffer);
    // exceljs reads the rules into this property but leaves it out of its typings
    const cfs = (
      wb.getWorksheet("Realisasi 2024") as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[];
      }
    ).conditionalFormattings;
    const read = cfs.find((c) => c.ref === "G3:G5")!;
    expect(read.rules.map((r) => [r.type, r.formulae?.[0]])).toEqual([
      ["expression", "AND(ISNUMBER(G3),G3>100)"],
      ["expression", "AND(ISNUMBER(G3),G3>=75,G3<=100)"],
      ["expression", "AND(ISNUMBER(G3),G3>=55,G3<75)"],
      ["expression", "AND(ISNUMBER(G3),G3<55)"],
    ]);
  });
});
