import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseAddress } from "../../src/engine/address";
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { INJECTION, samplePlan } from "./plans";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { readState, STATE_SHEET } from "../../src/engine/state";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { readSnapshot } from "../helpers/read-snapshot";
import { richBuffer } from "./workbooks";

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

async function sheetXml(buffer: Buffer, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  return zip.file(`xl/${target!.replace(/^\/?xl\//, "")}`)!.async("string");
}

/** The file-mode writer: the plan applied to the package itself (the exceljs rewrite is gone). */
const applyPlan = (input: Buffer, plan: WritePlan) => applyPlanToPackage(input, plan);

async function parts(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

function inPlan(plan: WritePlan, sheet: string, row: number, col: number): boolean {
  return plan.ranges.some((r) => {
    if (r.sheet !== sheet) return false;
    const a = parseAddress(r.address);
    return row >= a.row && row < a.row + a.rowCount && col >= a.col && col < a.col + a.colCount;
  });
}

describe("applyPlan on the Bengkalis 2023 workbook", () => {
  let input: Buffer;
  let inputCopy: Buffer;
  let out: Buffer;
  let report: Awaited<ReturnType<typeof applyPlan>>["report"];
  const plan = samplePlan();

  beforeAll(async () => {
    input = await richBuffer();
    inputCopy = Buffer.from(input);
    ({ buffer: out, report } = await applyPlan(input, plan));
  });

  test("leaves the input buffer untouched", () => {
    expect(input.equals(inputCopy)).toBe(true);
  });

  test("reports cells written and sheets created; the chart is written, nothing skipped", async () => {
    const cells = plan.ranges.reduce((n, r) => n + (r.values ? r.values.flat().length : 0), 0);
    expect(report.cellsWritten).toBe(cells);
    expect(report.sheetsCreated).toEqual(["Tabel 3.1", STATE_SHEET]);
    expect(report.skipped).toEqual([]);
    const charts = [...(await parts(out)).entries()].filter(([p]) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    expect(charts[0]![1].toString()).toContain("<c:f>'Tabel 3.1'!$C$3:$C$4</c:f>");
  });

  test("values, styles, merges, widths, freeze and tab colour reopen with exceljs", async () => {
    const wb = await load(out);
    const t = wb.getWorksheet("Tabel 3.1")!;
    expect(t.getCell("A1").value).toBe("Tabel 3.1 Pengukuran Kinerja Tahun 2023");
    expect(t.getCell("A1").font?.bold).toBe(true);
    expect(t.getCell("A1").font?.size).toBe(12);
    expect(t.getCell("C3").value).toBeCloseTo(111.6923, 3);
    expect(t.getCell("B4").border?.left?.style).toBe("thin");
    expect(t.getCell("B4").alignment?.vertical).toBe("middle");
    expect((t.model as { merges: string[] }).merges).toContain("A1:D1");
    expect(t.getColumn(2).width).toBe(40);
    expect(t.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(t.properties.tabColor).toEqual({ argb: "FF2F5597" });
    const r = wb.getWorksheet("Realisasi 2023")!;
    expect(r.getCell("H4").value).toBe("Capaian dihitung (%)");
    expect(r.getCell("H4").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(r.getCell("H7").numFmt).toBe("0.00");
    expect(r.getCell("I9").value).toBe("Baik");
    expect(r.getCell("H8").value).toBeNull();
  });

  test("conditional formats, notes and names are there", async () => {
    const wb = await load(out);
    const r = wb.getWorksheet("Realisasi 2023")!;
    const cfs = (
      r as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { type: string; operator?: string; iconSet?: string }[];
        }[];
      }
    ).conditionalFormattings;
    const h = cfs.find((c) => c.ref === "H7:H9")!;
    expect(h.rules.map((x) => x.operator ?? x.iconSet)).toEqual([
      "greaterThan",
      "between",
      "lessThan",
      "3Symbols",
    ]);
    expect(cfs.find((c) => c.ref === "I7:I9")!.rules[0]).toMatchObject({ type: "cellIs", operator: "equal" });
    expect(r.getCell("G8").note).toMatch(/94,05/);
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names).toContainEqual(
      expect.objectContaining({ name: "CK_Tabel_3_1", ranges: ["'Tabel 3.1'!$A$2:$D$4"] }),
    );
    expect(names).toContainEqual(expect.objectContaining({ name: "CapaianPPKS" }));
  });

  test("the state sheet is very hidden and its JSON reads back", async () => {
    const snap = await readSnapshot(out);
    const state = snap.sheets.find((s) => s.name === STATE_SHEET)!;
    expect(state.visibility).toBe("veryHidden");
    const { state: read, damaged } = readState(snap);
    expect(damaged).toBe(false);
    expect(read.owned.sheets).toEqual(["Tabel 3.1", STATE_SHEET]);
  });

  test("text that looks like a formula stays text: no <f> element, an inline string", async () => {
    const xml = await sheetXml(out, "Tabel 3.1");
    expect(xml).not.toContain("<f>");
    expect(xml).toMatch(/<c r="D3"[^>]*t="inlineStr"><is><t>=cmd/);
    const snap = await readSnapshot(out);
    const t = snap.sheets.find((s) => s.name === "Tabel 3.1")!;
    expect(t.values[2]![3]).toBe(INJECTION);
    expect(t.formulas![2]![3]).toBe("");
    expect(t.values[3]![3]).toBe("+62 812 000");
  });

  test("every cell outside the plan is identical (values, formats, formulas, merges)", async () => {
    const before = await readSnapshot(input);
    const after = await readSnapshot(out);
    for (const s of before.sheets) {
      const a = after.sheets.find((x) => x.name === s.name)!;
      expect(a.visibility).toBe(s.visibility);
      expect(a.protected).toBe(s.protected);
      expect(a.merges).toEqual(s.merges);
      s.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const rr = s.origin.row + i;
          const cc = s.origin.col + j;
          if (inPlan(plan, s.name, rr, cc)) return;
          const ai = rr - a.origin.row;
          const aj = cc - a.origin.col;
          expect([s.name, rr, cc, a.values[ai]?.[aj]]).toEqual([s.name, rr, cc, v]);
          expect(a.numberFormats[ai]?.[aj]).toBe(s.numberFormats[i]![j]);
          expect(a.formulas?.[ai]?.[aj]).toBe(s.formulas?.[i]?.[j]);
        }),
      );
    }
  });

  test("a second apply on the output gives the same sheets, rules not stacked", async () => {
    const { buffer: again } = await applyPlan(out, plan);
    for (const name of ["Realisasi 2023", "Tabel 3.1", STATE_SHEET, "PK 2023", "Rekap"]) {
      expect(await sheetXml(again, name)).toBe(await sheetXml(out, name));
    }
    const s1: WorkbookSnapshot = await readSnapshot(out);
    const s2: WorkbookSnapshot = await readSnapshot(again);
    expect(s2).toEqual(s1);
  });

  test("a cleared owned sheet keeps nothing of its previous content and keeps its tab position", async () => {
    const smaller = samplePlan();
    const t31 = smaller.ranges.filter((r) => r.sheet === "Tabel 3.1");
    smaller.ranges = smaller.ranges.filter((r) => r.sheet !== "Tabel 3.1");
    smaller.ranges.push({ sheet: "Tabel 3.1", address: "A1", values: [["Kosong"]] });
    smaller.merges = [];
    smaller.names = [];
    expect(t31.length).toBeGreaterThan(0);
    const { buffer } = await applyPlan(out, smaller);
    const snap = await readSnapshot(buffer);
    const t = snap.sheets.find((s) => s.name === "Tabel 3.1")!;
    expect(t.values).toEqual([["Kosong"]]);
    expect(t.merges).toEqual([]);
    expect(snap.sheets.map((s) => s.name)).toEqual((await readSnapshot(out)).sheets.map((s) => s.name));
  });

  test("rules on other ranges (the user's own) survive with their formatting", async () => {
    const wb = await load(input);
    wb.getWorksheet("Anggaran")!.addConditionalFormatting({
      ref: "E6:E10",
      rules: [
        {
          type: "cellIs",
          operator: "lessThan",
          formulae: ["90"],
          priority: 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
        },
      ],
    });
    const withRule = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { buffer } = await applyPlan(withRule, plan);
    const xml = await sheetXml(buffer, "Anggaran");
    expect(xml).toMatch(/<conditionalFormatting sqref="E6:E10"><cfRule type="cellIs" dxfId="\d+"/);
    const styles = await (await JSZip.loadAsync(buffer)).file("xl/styles.xml")!.async("string");
    expect(styles).toContain("FFFFC7CE");
  });
});

describe("parts exceljs could not carry over come through byte-identical", () => {
  test("a chart, a macro and an image in the input stay byte for byte; the input is not changed", async () => {
    const wb = await load(await richBuffer());
    // a 1×1 PNG
    const png = Buffer.from(
      "89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D49444154789C63000100000500010D0A2DB40000000049454E44AE426082",
      "hex",
    );
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    wb.getWorksheet("AKIP")!.addImage(id, "E3:F6");
    const zip = await JSZip.loadAsync(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    zip.file(
      "xl/charts/chart1.xml",
      '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    zip.file("xl/vbaProject.bin", Buffer.from([1, 2, 3]));
    const input = await zip.generateAsync({ type: "nodebuffer" });
    const copy = Buffer.from(input);
    const { buffer, report, preserved } = await applyPlan(input, samplePlan());
    expect(input.equals(copy)).toBe(true);
    expect(report.skipped).toEqual([]);
    const before = await parts(input);
    const after = await parts(buffer);
    for (const p of [
      "xl/charts/chart1.xml",
      "xl/vbaProject.bin",
      ...[...before.keys()].filter((k) => k.startsWith("xl/media/")),
    ]) {
      expect([p, after.get(p)?.equals(before.get(p)!)]).toEqual([p, true]);
    }
    expect(preserved).toMatchObject({ charts: 1, vbaProject: 1, images: 1 });
  });
});

describe("createXlsxGateway", () => {
  test("reads once, applies to a copy and hands it to onOutput", async () => {
    const input = await richBuffer();
    const outputs: Buffer[] = [];
    const gateway = createXlsxGateway({ input, onOutput: (b) => void outputs.push(b) });
    const snap = await gateway.read();
    expect(await gateway.read()).toBe(snap);
    const report = await gateway.apply(samplePlan());
    expect(report.sheetsCreated).toContain("Tabel 3.1");
    expect(outputs).toHaveLength(1);
    expect((await readSnapshot(outputs[0]!)).sheets.map((s) => s.name)).toContain(STATE_SHEET);
  });

  test("a plan naming a missing sheet fails and writes nothing", async () => {
    const outputs: Buffer[] = [];
    const gateway = createXlsxGateway({ input: await richBuffer(), onOutput: (b) => void outputs.push(b) });
    const plan = emptyPlan();
    plan.ranges.push({ sheet: "Tidak Ada", address: "A1", values: [[1]] });
    await expect(gateway.apply(plan)).rejects.toThrow(/Tidak Ada/);
    expect(outputs).toHaveLength(0);
  });
});
