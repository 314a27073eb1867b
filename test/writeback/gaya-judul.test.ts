/**
 * The Capaian/Predikat header the add-in adds beside a user's table takes the format of the table's
 * own last header cell (font, fill, borders), in both writers; a header cell that is a piece of a
 * wider merge ("Tahun 2024" over several columns) is not copied, and the added header keeps its style.
 */
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx";
import { realisasiWorkbook } from "../reliability/simple";

const SHEET = "Pengukuran Kinerja";

/** The simple realisasi table with a styled header row (bold white on dark blue, thin borders). */
async function styledXlsx(): Promise<Buffer> {
  const snap = realisasiWorkbook(6);
  const s = snap.sheets[0]!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.name);
  s.values.forEach((row, i) => row.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v === "" ? null : v)));
  for (let c = 1; c <= s.values[0]!.length; c++) {
    const cell = ws.getCell(1, c);
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
    cell.border = { top: { style: "thin" }, bottom: { style: "thin" } };
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function runFile(input: Buffer): Promise<ExcelJS.Worksheet> {
  let out: Buffer | null = null;
  const outcome = await runCapaian(createXlsxGateway({ input, onOutput: (b) => void (out = b) }));
  expect(outcome.ok).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out! as unknown as ExcelJS.Buffer);
  return wb.getWorksheet(SHEET)!;
}

describe("an added header looks like the user's own", () => {
  test("file mode: Capaian and Predikat headers take the last header cell's font, fill and borders", async () => {
    const ws = await runFile(await styledXlsx());
    const own = ws.getCell("F1");
    for (const a of ["G1", "H1"]) {
      const added = ws.getCell(a);
      expect(typeof added.value).toBe("string");
      expect(added.font).toEqual(own.font);
      expect(added.fill).toEqual(own.fill);
      expect(added.border).toEqual(own.border);
    }
  });

  test("Office.js: the header is copied with Range.copyFrom (ExcelApi 1.9); without 1.9 it keeps the add-in's style", async () => {
    const snap: WorkbookSnapshot = realisasiWorkbook(6);
    const run = async (withCopy: boolean) => {
      const fake = fakeWorkbookFromSnapshot(snap);
      for (let c = 0; c < 6; c++) {
        const cell = [...fake.sheet(SHEET).cells.values()].find((x) => x.row === 0 && x.col === c)!;
        cell.style = { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" };
      }
      const check = (name: string, version?: string) =>
        (withCopy || version !== "1.9") && fake.isSetSupported(name, version);
      expect((await runCapaian(createExcelGateway(fake.run, { isSetSupported: check }))).ok).toBe(true);
      return fake;
    };
    const copied = await run(true);
    expect(copied.cell(SHEET, "G1").style).toEqual(copied.cell(SHEET, "F1").style);
    const own = await run(false);
    expect(own.cell(SHEET, "G1").style.fill).toBeUndefined();
    expect(own.cell(SHEET, "G1").style.bold).toBe(true);
  });

  test("a header cell inside a wider merge lends nothing: the plan keeps the add-in's own style", async () => {
    const snap = realisasiWorkbook(6);
    const s = snap.sheets[0]!;
    // a group row above the header: "Tahun 2024" merged over the target and realisasi columns
    s.values.unshift(s.values[0]!.map((_, j) => (j === 4 ? "Tahun 2024" : "")));
    s.numberFormats.unshift(s.numberFormats[0]!.map(() => "General"));
    s.values[1] = s.values[1]!.map((v, j) => (j >= 4 ? (j === 4 ? "Target" : "Realisasi") : v));
    s.merges.push({ row: 0, col: 4, rowCount: 1, colCount: 2 });
    for (let c = 0; c < 4; c++) s.merges.push({ row: 0, col: c, rowCount: 2, colCount: 1 });
    for (let c = 0; c < 4; c++) s.values[0]![c] = s.values[1]![c]!;
    let plan: Parameters<ReturnType<typeof createExcelGateway>["apply"]>[0] | null = null;
    const fake = fakeWorkbookFromSnapshot(snap);
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const out = await runCapaian({ ...gateway, apply: (p) => ((plan = p), gateway.apply(p)) });
    expect(out.ok).toBe(true);
    const headers = plan!.ranges.filter((r) => r.sheet === SHEET && /^[GH]1(:|$)/.test(r.address));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(h.formatFrom).toBeUndefined();
  });
});
