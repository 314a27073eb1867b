/**
 * Workbooks for the file-mode tests, built from seed 002's real figures (via the sample script)
 * plus the cell kinds an agency file carries: dates, formulas with cached results, error values,
 * rich text, hidden and protected sheets, defined names.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeSample } from "../../scripts/make-sample";

export function tempDir(prefix = "capaian-"): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The sample workbook (seed 002, Dinas Sosial Kabupaten Bengkalis 2023) as bytes. */
export async function sampleBuffer(): Promise<Buffer> {
  const file = path.join(tempDir(), "contoh.xlsx");
  await makeSample(file);
  return readFileSync(file);
}

/** The sample plus a sheet of dates, formulas, errors and rich text, a hidden and a protected sheet, and names. */
export async function richBuffer(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleBuffer()) as unknown as ExcelJS.Buffer);
  const ws = wb.addWorksheet("Rekap");
  ws.getCell("B2").value = "Tanggal PK";
  ws.getCell("C2").value = new Date(Date.UTC(2023, 0, 2));
  ws.getCell("C2").numFmt = "dd/mm/yyyy";
  ws.getCell("B3").value = "Target PPKS Mandiri (KK)";
  ws.getCell("C3").value = 521;
  ws.getCell("B4").value = "Realisasi PPKS Mandiri (KK)";
  ws.getCell("C4").value = 581;
  ws.getCell("B5").value = "Capaian (%)";
  ws.getCell("C5").value = { formula: "C4/C3*100", result: (581 / 521) * 100 };
  ws.getCell("C5").numFmt = "0.00";
  ws.getCell("B6").value = "Capaian tanpa target";
  ws.getCell("C6").value = { formula: "C4/D3", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("B7").value = { richText: [{ text: "Predikat " }, { text: "BB", font: { bold: true } }] };
  ws.getCell("C7").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("B8").value = "Serapan";
  ws.getCell("C8").value = 0.9518;
  ws.getCell("C8").numFmt = "0.00%";
  ws.mergeCells("E2:F3");
  ws.getCell("E2").value = "Catatan";
  const hidden = wb.addWorksheet("Arsip", { state: "hidden" });
  hidden.getCell("A1").value = "Realisasi 2021";
  const locked = wb.addWorksheet("Terkunci");
  locked.getCell("A1").value = "Data final";
  await locked.protect("rahasia", {});
  wb.definedNames.add("'Realisasi 2023'!$E$7:$G$7", "CapaianPPKS");
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export function fixture(name: string): Buffer {
  return readFileSync(path.join(__dirname, "..", "fixtures", "xlsx", name));
}

/** The same workbook as OpenXML SDK exporters write it: every SpreadsheetML element prefixed (<x:c>). */
export async function prefixedBuffer(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  for (const p of Object.keys(zip.files)) {
    if (!/^xl\/(workbook|sharedStrings|styles|worksheets\/sheet\d+)\.xml$/.test(p)) continue;
    const xml = (await zip.file(p)!.async("string"))
      .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s>/])/g, (m, slash: string, name: string) =>
        name.includes(":") ? m : `<${slash}x:${name}`,
      )
      .replace(`xmlns="${main}"`, `xmlns:x="${main}"`);
    zip.file(p, xml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
