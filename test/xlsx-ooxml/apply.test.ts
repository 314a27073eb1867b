import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { applyPlanToPackage, OoxmlRefusalError } from "../../src/xlsx/ooxml";
import { inspectPackage } from "../helpers/inspect-package";
import type { WritePlan } from "../../src/engine/plan";
import { emptyPlan } from "../../src/engine/plan";
import {
  entries,
  fixture,
  hasLibreOffice,
  libreOfficePdf,
  libreOfficeResave,
  openWithExcelJs,
  text,
} from "./helpers";
import { FORMULA_LOOKING, realisasiPlan } from "./plan-fixture";

const XLSX = fixture("realisasi-2024.xlsx");
const XLSM = fixture("realisasi-2024.xlsm");
const LO_XLSX = fixture("realisasi-2024-lo.xlsx");

/** The parts of the original the main plan has to edit; every other original part must come out byte-identical. */
const EDITED = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/comments1.xml",
  "xl/drawings/vmlDrawing1.vml",
  "xl/styles.xml",
  "xl/workbook.xml",
  "xl/worksheets/sheet1.xml",
];

/** A copy of a package with one part's text changed. */
async function editPart(buffer: Buffer, path: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

async function differingOriginals(
  before: Buffer,
  after: Buffer,
): Promise<{ changed: string[]; missing: string[] }> {
  const a = await entries(before);
  const b = await entries(after);
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [path, bytes] of a) {
    const out = b.get(path);
    if (!out) missing.push(path);
    else if (!out.equals(bytes)) changed.push(path);
  }
  return { changed: changed.sort(), missing };
}

interface ReadRules {
  ref: string;
  rules: { type: string; operator?: string; iconSet?: string }[];
}

/** exceljs reads conditional formats into the worksheet but its typings do not list the property. */
function rulesOf(ws: object): ReadRules[] {
  return (ws as { conditionalFormattings: ReadRules[] }).conditionalFormattings;
}

/** Each <c> of a sheet part, serialized, by its reference. */
function cellsOf(xml: string): Map<string, string> {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const out = new Map<string, string>();
  const cells = doc.getElementsByTagName("c");
  for (let i = 0; i < cells.length; i++) {
    const c = cells.item(i)!;
    const attrs: string[] = [];
    for (let j = 0; j < c.attributes.length; j++)
      attrs.push(`${c.attributes.item(j)!.name}=${c.attributes.item(j)!.value}`);
    out.set(c.getAttribute("r")!, `${attrs.sort().join(" ")}|${c.textContent}`);
  }
  return out;
}

describe("applyPlanToPackage on a workbook with a chart, a pivot table, an image, notes and macros", () => {
  let first: Awaited<ReturnType<typeof applyPlanToPackage>>;

  beforeAll(async () => {
    first = await applyPlanToPackage(XLSX, realisasiPlan());
  });

  test("every original part the plan does not edit comes out byte-identical", async () => {
    const { changed, missing } = await differingOriginals(XLSX, first.buffer);
    expect(missing).toEqual([]);
    expect(changed).toEqual(EDITED);
    const out = await entries(first.buffer);
    for (const p of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/media/image1.png",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "xl/calcChain.xml",
      "xl/sharedStrings.xml",
    ]) {
      expect(out.has(p)).toBe(true);
    }
    expect(first.preserved).toMatchObject({
      charts: 1,
      pivotTables: 1,
      pivotCaches: 1,
      pivotCacheRecords: 1,
      drawings: 1,
      images: 1,
    });
    expect(first.report.sheetsCreated).toEqual(["Tabel 3.1", "Tabel 3.2", "_CapaianKinerja"]);
    expect(first.report.skipped).toEqual([]);
  });

  test("the user's sheet keeps every original cell, style and formula, and its rules and validation", async () => {
    const before = cellsOf(await text(XLSX, "xl/worksheets/sheet1.xml"));
    const afterXml = await text(first.buffer, "xl/worksheets/sheet1.xml");
    const after = cellsOf(afterXml);
    for (const [ref, cell] of before) expect(after.get(ref)).toBe(cell);
    expect(after.get("E6")).toContain("AVERAGE(E3:E5)");
    expect(afterXml).toContain('<mergeCell ref="A1:F1"/>');
    expect(afterXml).toContain('<conditionalFormatting sqref="F3:F5">');
    expect(afterXml).toContain("<formula1>DaftarSatuan</formula1>");
    // schema order: sheetData < mergeCells < conditionalFormatting < dataValidations < pageMargins < drawing < legacyDrawing
    const order = [
      "<sheetData",
      "<mergeCells",
      "<conditionalFormatting",
      "<dataValidations",
      "<pageMargins",
      "<drawing",
      "<legacyDrawing",
    ];
    const at = order.map((tag) => afterXml.indexOf(tag));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const lastCf = afterXml.lastIndexOf("<conditionalFormatting");
    expect(lastCf).toBeLessThan(afterXml.indexOf("<dataValidations"));
  });

  test("exceljs reopens the result and sees the new values, rules, sheets, notes and names", async () => {
    const wb = await openWithExcelJs(first.buffer);
    const ws = wb.getWorksheet("Realisasi 2024")!;
    expect(ws.getCell("G2").value).toBe("Capaian (%)");
    expect(ws.getCell("G3").value).toBe(106.67);
    expect(ws.getCell("H4").value).toBe("Sangat Baik");
    expect(ws.getCell("G3").numFmt).toBe("0.00");
    expect(ws.getCell("G2").font?.bold).toBe(true);
    expect(ws.getCell("E6").formula).toBe("AVERAGE(E3:E5)");
    expect(ws.getCell("C3").value).toBe("Persentase PMKS yang tertangani");
    expect(ws.getCell("C2").note).toBeDefined();
    expect(JSON.stringify(ws.getCell("G2").note)).toContain("Realisasi / Target");
    const refs = rulesOf(ws)
      .map((c) => c.ref)
      .sort();
    expect(refs).toEqual(["F3:F5", "G3:G5", "H3:H5"]);
    const g = rulesOf(ws).find((c) => c.ref === "G3:G5")!;
    expect(g.rules.map((r) => r.operator)).toEqual(["greaterThanOrEqual", "between"]);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Realisasi 2024", "visible"],
      ["Pivot", "visible"],
      ["Referensi", "hidden"],
      ["Anggaran", "visible"],
      ["Tabel 3.1", "visible"],
      ["Tabel 3.2", "visible"],
      ["_CapaianKinerja", "veryHidden"],
    ]);
    const t31 = wb.getWorksheet("Tabel 3.1")!;
    expect(t31.getCell("B5").value).toBe("Persentase PSKS yang diberdayakan");
    expect(t31.getCell("D5").value).toBe(59.97);
    expect(t31.model.merges).toContain("A1:F1");
    expect(t31.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(t31.getColumn(2).width).toBe(45);
    const icon = rulesOf(t31).find((c) => c.ref === "E4:E6")!;
    expect(icon.rules[0]).toMatchObject({ type: "iconSet", iconSet: "3Symbols" });
    const state = wb.getWorksheet("_CapaianKinerja")!;
    expect(JSON.parse(String(state.getCell("A2").value))).toMatchObject({ versi: 1 });
    const names = wb.definedNames.model.map((n) => [n.name, n.ranges[0]]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["DaftarSatuan", "Referensi!$A$1:$A$3"],
        ["CK_Tabel_3_1", "'Tabel 3.1'!$A$3:$F$6"],
        ["CK_Capaian", "'Realisasi 2024'!$G$3:$G$5"],
      ]),
    );
  });

  test("the new chart is a real chart part over the table, in a drawing of its own sheet", async () => {
    const out = await entries(first.buffer);
    const chart = out.get("xl/charts/chart2.xml")!.toString();
    expect(chart).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<c:f>'Tabel 3.1'!$B$4:$B$6</c:f>");
    expect(chart).toContain("<c:f>'Tabel 3.1'!$D$4:$D$6</c:f>");
    expect(chart).toContain("<c:v>59.97</c:v>");
    const drawing = out.get("xl/drawings/drawing2.xml")!.toString();
    expect(drawing).toContain('name="Grafik Capaian 2024"');
    expect(drawing).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row>");
    const types = out.get("[Content_Types].xml")!.toString();
    expect(types).toContain('PartName="/xl/charts/chart2.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing2.xml"');
    expect(out.get("xl/worksheets/_rels/sheet5.xml.rels")!.toString()).toContain("../drawings/drawing2.xml");
  });

  test("Excel recalculates on open; the calc chain stays because no formula was overwritten", async () => {
    const wb = await text(first.buffer, "xl/workbook.xml");
    expect(wb).toContain('fullCalcOnLoad="1"');
    expect((await entries(first.buffer)).has("xl/calcChain.xml")).toBe(true);
  });

  test("formula-looking strings stay literal text: inline strings, no <f>", async () => {
    const xml = await text(first.buffer, "xl/worksheets/sheet6.xml");
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toContain('<c r="A2" t="inlineStr"><is><t>=cmd|\' /C calc\'!A0</t></is></c>');
    const ws = (await openWithExcelJs(first.buffer)).getWorksheet("Tabel 3.2")!;
    expect([2, 3, 4, 5].map((r) => ws.getCell(`A${r}`).value)).toEqual(FORMULA_LOOKING);
    expect(ws.getCell("B2").value).toBe(true);
    expect(ws.getCell("B3").value).toBeNull();
    expect(ws.getCell("B5").value).toBe("ناتج عربي ✅ 📈");
  });

  test("applying the same plan to the output again changes nothing", async () => {
    const second = await applyPlanToPackage(first.buffer, realisasiPlan());
    expect(second.report.sheetsCreated).toEqual([]);
    const a = await entries(first.buffer);
    const b = await entries(second.buffer);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([p, bytes]) => !b.get(p)!.equals(bytes)).map(([p]) => p);
    expect(differing).toEqual([]);
    const sheet1 = b.get("xl/worksheets/sheet1.xml")!.toString();
    expect(sheet1.match(/<conditionalFormatting /g)).toHaveLength(3);
    expect(
      b
        .get("xl/workbook.xml")!
        .toString()
        .match(/name="CK_Capaian"/g),
    ).toHaveLength(1);
  });

  const lo = hasLibreOffice();
  (lo ? test : test.skip)(
    "LibreOffice converts the output to PDF with the new tables and the text left literal",
    () => {
      const { pages, text } = libreOfficePdf(first.buffer, "realisasi-capaian");
      const pdfText = text.replace(/\s+/g, " ");
      expect(pages).toBeGreaterThan(1);
      expect(pdfText).toContain("Tabel 3.1 Pengukuran Kinerja Sasaran Tahun 2024");
      expect(pdfText).toContain("Capaian (%)");
      // the new chart (its title differs from the user's chart "Target dan Realisasi 2024")
      expect(pdfText).toContain("Capaian Kinerja Sasaran 2024");
      expect(pdfText).toContain("Target dan Realisasi 2024");
      expect(pdfText).toContain("=cmd|' /C c");
    },
    180000,
  );
  (lo ? test : test.skip)(
    "LibreOffice reads the new notes, charts, names and sheet states (opened and saved again by it)",
    async () => {
      const resaved = await entries(libreOfficeResave(first.buffer, "realisasi-capaian"));
      const comments = [...resaved]
        .filter(([p]) => /^xl\/comments\d+\.xml$/.test(p))
        .map(([, b]) => b.toString())
        .join("");
      expect(comments).toContain("Capaian = Realisasi / Target × 100 (polaritas positif).");
      expect(comments).toContain("Dihitung oleh add-in Capaian Kinerja.");
      expect(comments).toContain("Indikator sesuai Renstra 2021-2026");
      const charts = [...resaved.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
      expect(charts).toHaveLength(2);
      expect(charts.map((p) => resaved.get(p)!.toString()).join("")).toContain(
        "Capaian Kinerja Sasaran 2024",
      );
      const wb = resaved.get("xl/workbook.xml")!.toString();
      expect(wb).toContain('name="CK_Tabel_3_1"');
      expect(wb).toContain('name="CK_Capaian"');
      // LibreOffice has no "very hidden": it keeps the state sheet hidden
      expect(wb).toMatch(/<sheet name="_CapaianKinerja"[^>]*state="hidden"/);
      expect(resaved.has("xl/pivotTables/pivotTable1.xml")).toBe(true);
    },
    180000,
  );
  if (!lo) console.warn("LibreOffice is not installed: the PDF conversion test is skipped.");
});

describe("other packages", () => {
  test(".xlsm keeps vbaProject.bin byte-identical and the macro-enabled content type", async () => {
    const { buffer, preserved } = await applyPlanToPackage(XLSM, realisasiPlan());
    const before = await entries(XLSM);
    const after = await entries(buffer);
    expect(after.get("xl/vbaProject.bin")!.equals(before.get("xl/vbaProject.bin")!)).toBe(true);
    const types = after.get("[Content_Types].xml")!.toString();
    expect(types).toContain('ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
    expect(types).toContain('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    expect(after.get("xl/_rels/workbook.xml.rels")!.toString()).toContain("vbaProject.bin");
    expect(preserved.vbaProject).toBe(1);
    expect((await inspectPackage(buffer)).macros).toBe(true);
    await openWithExcelJs(buffer);
  });

  test("a workbook saved by LibreOffice keeps its chart and pivot table and converges on a second run", async () => {
    const first = await applyPlanToPackage(LO_XLSX, realisasiPlan());
    const { changed, missing } = await differingOriginals(LO_XLSX, first.buffer);
    expect(missing).toEqual([]);
    for (const p of [
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/media/image1.png",
      "xl/drawings/drawing1.xml",
    ]) {
      expect(changed).not.toContain(p);
    }
    const wb = await openWithExcelJs(first.buffer);
    expect(wb.getWorksheet("Realisasi 2024")!.getCell("G3").value).toBe(106.67);
    const second = await applyPlanToPackage(first.buffer, realisasiPlan());
    const a = await entries(first.buffer);
    const b = await entries(second.buffer);
    expect([...a].filter(([p, bytes]) => !b.get(p)?.equals(bytes)).map(([p]) => p)).toEqual([]);
  });

  test("refuses a plan that writes to a protected sheet and names the sheet", async () => {
    const plan = emptyPlan();
    plan.ranges.push({ sheet: "Anggaran", address: "B2", values: [[1]] });
    const err = await applyPlanToPackage(XLSX, plan).catch((e: unknown) => e);
    expect(err instanceof OoxmlRefusalError).toBe(true);
    if (!(err instanceof OoxmlRefusalError)) return;
    expect(err.refusals).toEqual([expect.objectContaining({ kode: "SHEET_TERPROTEKSI", sheet: "Anggaran" })]);
    expect(err.refusals[0]!.pesan.id).toContain("diproteksi");
  });

  test("refuses to add sheets to a workbook whose structure is protected", async () => {
    const locked = await editPart(XLSX, "xl/workbook.xml", (xml) =>
      xml.replace("<bookViews>", '<workbookProtection lockStructure="1"/><bookViews>'),
    );
    const err = await applyPlanToPackage(locked, realisasiPlan()).catch((e: unknown) => e);
    expect(err instanceof OoxmlRefusalError).toBe(true);
    if (!(err instanceof OoxmlRefusalError)) return;
    expect(err.refusals.map((r) => r.sheet)).toEqual(["Tabel 3.1", "Tabel 3.2", "_CapaianKinerja"]);
  });

  test("refuses to overwrite a shared formula other cells depend on", async () => {
    const shared = await editPart(XLSX, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace("<f>AVERAGE(E3:E5)</f>", '<f t="shared" ref="E6:F6" si="0">AVERAGE(E3:E5)</f>')
        .replace("<f>AVERAGE(F3:F5)</f>", '<f t="shared" si="0"/>'),
    );
    const plan = emptyPlan();
    plan.ranges.push({ sheet: "Realisasi 2024", address: "E6", values: [[0]] });
    const err = await applyPlanToPackage(shared, plan).catch((e: unknown) => e);
    expect(err instanceof OoxmlRefusalError).toBe(true);
    if (!(err instanceof OoxmlRefusalError)) return;
    expect(err.refusals).toEqual([expect.objectContaining({ kode: "SEL_BERISI_DATA_PENGGUNA", cell: "E6" })]);
  });

  test("inspectPackage lists the parts, macros and protected sheets", async () => {
    const info = await inspectPackage(XLSM);
    expect(info.parts).toMatchObject({
      charts: 1,
      pivotTables: 1,
      pivotCaches: 1,
      images: 1,
      comments: 1,
      vbaProject: 1,
      worksheets: 4,
    });
    expect(info.macros).toBe(true);
    expect(info.protectedSheets).toEqual(["Anggaran"]);
    expect((await inspectPackage(XLSX)).macros).toBe(false);
    expect((await inspectPackage(LO_XLSX)).protectedSheets).toEqual(["Anggaran"]);
  });
});

describe("single operations", () => {
  test("a chart on the user's sheet joins its drawing next to the user's chart and image, and is replaced by name", async () => {
    const plan: WritePlan = emptyPlan();
    plan.ranges.push({
      sheet: "Realisasi 2024",
      address: "G2:G5",
      values: [["Capaian"], [106.67], [105.21], [100]],
    });
    plan.charts.push({
      name: "Grafik Capaian",
      sheet: "Realisasi 2024",
      type: "line",
      title: "Capaian 2024",
      dataAddress: "F2:G5",
      anchor: "J2",
      widthCols: 6,
      heightRows: 12,
    });
    const once = await applyPlanToPackage(XLSX, plan);
    const a = await entries(once.buffer);
    const original = await entries(XLSX);
    expect(a.get("xl/charts/chart1.xml")!.equals(original.get("xl/charts/chart1.xml")!)).toBe(true);
    const drawing = a.get("xl/drawings/drawing1.xml")!.toString();
    expect(drawing).toContain('name="Grafik Realisasi"');
    expect(drawing).toContain('name="Logo Dinas"');
    expect(drawing).toContain('name="Grafik Capaian"');
    expect(a.get("xl/charts/chart2.xml")!.toString()).toContain("<c:lineChart>");
    plan.charts[0]!.title = "Capaian 2024 (revisi)";
    const twice = await applyPlanToPackage(once.buffer, plan);
    const b = await entries(twice.buffer);
    expect(b.has("xl/charts/chart3.xml")).toBe(false);
    expect(b.get("xl/charts/chart2.xml")!.toString()).toContain("Capaian 2024 (revisi)");
    expect(
      b
        .get("xl/drawings/drawing1.xml")!
        .toString()
        .match(/name="Grafik Capaian"/g),
    ).toHaveLength(1);
  });

  test("clearing an owned sheet removes the add-in's chart and notes with their parts", async () => {
    const once = await applyPlanToPackage(XLSX, realisasiPlan());
    const plan = emptyPlan();
    plan.sheets.push({ name: "Tabel 3.1", create: false, clear: true });
    plan.ranges.push({ sheet: "Tabel 3.1", address: "A1", values: [["Tabel 3.1 (kosong)"]] });
    const cleared = await applyPlanToPackage(once.buffer, plan);
    const out = await entries(cleared.buffer);
    expect(out.has("xl/charts/chart2.xml")).toBe(false);
    expect(out.has("xl/drawings/drawing2.xml")).toBe(false);
    expect(out.has("xl/comments2.xml")).toBe(false);
    expect(out.has("xl/charts/chart1.xml")).toBe(true);
    const types = out.get("[Content_Types].xml")!.toString();
    expect(types).not.toContain("/xl/charts/chart2.xml");
    expect(types).not.toContain("/xl/comments2.xml");
    const sheet = out.get("xl/worksheets/sheet5.xml")!.toString();
    expect(sheet).not.toContain("<drawing");
    expect(sheet).not.toContain("<mergeCell ");
    expect(sheet).not.toContain("<conditionalFormatting");
    const ws = (await openWithExcelJs(cleared.buffer)).getWorksheet("Tabel 3.1")!;
    expect(ws.getCell("A1").value).toBe("Tabel 3.1 (kosong)");
    expect(ws.getCell("B4").value).toBeNull();
  });

  test("overwriting a formula cell drops the calc chain with its relationship and content type", async () => {
    const plan = emptyPlan();
    plan.ranges.push({ sheet: "Realisasi 2024", address: "E6", values: [[77.83]] });
    const { buffer } = await applyPlanToPackage(XLSX, plan);
    const out = await entries(buffer);
    expect(out.has("xl/calcChain.xml")).toBe(false);
    expect(out.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
    expect(out.get("[Content_Types].xml")!.toString()).not.toContain("calcChain");
    const ws = (await openWithExcelJs(buffer)).getWorksheet("Realisasi 2024")!;
    expect(ws.getCell("E6").value).toBe(77.83);
    expect(ws.getCell("F6").formula).toBe("AVERAGE(F3:F5)");
  });

  test("a column width inside a user's <col> span splits it and keeps the neighbours' widths", async () => {
    const plan = emptyPlan();
    plan.sheets.push({
      name: "Realisasi 2024",
      create: false,
      clear: false,
      columnWidths: [{ col: 4, width: 15 }],
    });
    const { buffer } = await applyPlanToPackage(XLSX, plan);
    const xml = await text(buffer, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(
      '<col min="4" max="4" width="11" customWidth="1"/><col min="5" max="5" width="15" customWidth="1"/><col min="6" max="6" width="11" customWidth="1"/>',
    );
    const ws = (await openWithExcelJs(buffer)).getWorksheet("Realisasi 2024")!;
    expect([4, 5, 6].map((c) => ws.getColumn(c).width)).toEqual([11, 15, 11]);
  });

  test("new styles are appended: existing style indexes keep their meaning and identical formats are reused", async () => {
    const before = await text(XLSX, "xl/styles.xml");
    const { buffer } = await applyPlanToPackage(XLSX, realisasiPlan());
    const after = await text(buffer, "xl/styles.xml");
    const xfs = (xml: string) =>
      /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1]!.match(/<xf [\s\S]*?(?:\/>|<\/xf>)/g)!;
    const oldXfs = xfs(before);
    const newXfs = xfs(after);
    expect(newXfs.slice(0, oldXfs.length)).toEqual(oldXfs);
    expect(new Set(newXfs).size).toBe(newXfs.length);
    const dxfs = /<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(after)![1]!.match(/<dxf>/g)!;
    // the user's rule format plus two new ones (green is shared by two rules)
    expect(dxfs).toHaveLength(3);
  });

  test("a worksheet written with a namespace prefix gets new cells in the same namespace and prefix", async () => {
    const prefixed = await editPart(XLSX, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<(\/?)([A-Za-z][A-Za-z0-9]*)([\s>/])/g, "<$1x:$2$3")
        .replace('<x:worksheet xmlns="', '<x:worksheet xmlns:x="'),
    );
    const { buffer } = await applyPlanToPackage(prefixed, realisasiPlan());
    const xml = await text(buffer, "xl/worksheets/sheet1.xml");
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const all = doc.getElementsByTagNameNS("*", "*");
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const foreign: string[] = [];
    for (let i = 0; i < all.length; i++)
      if (all.item(i)!.namespaceURI !== main) foreign.push(all.item(i)!.tagName);
    expect(foreign).toEqual([]);
    expect(xml).toContain('<x:c r="G3" s="');
    expect(xml).toContain('<x:conditionalFormatting sqref="G3:G5">');
    expect(xml).not.toContain('xmlns=""');
  });

  test("a chart whose data block has no series is skipped and reported", async () => {
    const plan = emptyPlan();
    plan.charts.push({
      name: "Kosong",
      sheet: "Realisasi 2024",
      type: "line",
      title: "Kosong",
      dataAddress: "C2:C5",
      anchor: "J2",
      widthCols: 4,
      heightRows: 8,
    });
    const { buffer, report } = await applyPlanToPackage(XLSX, plan);
    expect(report.skipped).toEqual([
      {
        id: expect.stringContaining('Grafik "Kosong" tidak dibuat'),
        en: expect.stringContaining('Chart "Kosong" was not made'),
      },
    ]);
    expect((await entries(buffer)).has("xl/charts/chart2.xml")).toBe(false);
  });

  test("notes on a sheet without notes get their own comments and VML parts", async () => {
    const plan = emptyPlan();
    // On a cell with a value: exceljs drops notes on empty, unstyled cells when it reads (Excel shows them).
    plan.notes.push({ sheet: "Referensi", cell: "A2", text: "Satuan baku dari Renstra" });
    const { buffer } = await applyPlanToPackage(XLSX, plan);
    const out = await entries(buffer);
    expect(out.get("xl/comments2.xml")!.toString()).toContain("Satuan baku dari Renstra");
    expect(out.has("xl/drawings/vmlDrawing2.vml")).toBe(true);
    expect(out.get("xl/drawings/vmlDrawing2.vml")!.toString()).toContain('data="2"');
    expect(out.get("xl/worksheets/sheet3.xml")!.toString()).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
    const ws = (await openWithExcelJs(buffer)).getWorksheet("Referensi")!;
    expect(JSON.stringify(ws.getCell("A2").note)).toContain("Satuan baku");
    // the sheet's cells are untouched: only the legacyDrawing reference was added
    const before = (await entries(XLSX)).get("xl/worksheets/sheet3.xml")!.toString();
    const after = out.get("xl/worksheets/sheet3.xml")!.toString();
    expect(after.replace(/<legacyDrawing r:id="rId\d+"\/>/, "")).toBe(before);
  });
});
