/**
 * Writes test/fixtures/xlsx-validate/catatan-libreoffice.xlsx: the sample workbook with a user's
 * note on "Realisasi 2023", saved by LibreOffice (its VML part has no o:idmap). The file mode then
 * adds notes to that sheet and to others, the case where shape ids once clashed across VML parts.
 *
 *   npx tsx test/xlsx-validate/make-libreoffice-fixture.ts   (needs LibreOffice)
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { libreOfficeResave } from "../xlsx-ooxml/helpers";

export const LIBREOFFICE_NOTE_FIXTURE = path.join(
  __dirname,
  "..",
  "fixtures",
  "xlsx-validate",
  "catatan-libreoffice.xlsx",
);

async function main(): Promise<void> {
  const sample = path.join(__dirname, "..", "..", "assets", "sample", "contoh-dinsos-bengkalis-2023.xlsx");
  const wb = new ExcelJS.Workbook();
  // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
  await wb.xlsx.load(readFileSync(sample) as unknown as ExcelJS.Buffer);
  wb.getWorksheet("Realisasi 2023")!.getCell("B2").note = "Catatan pengguna: angka dari Bidang Rehsos";
  const edited = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  mkdirSync(path.dirname(LIBREOFFICE_NOTE_FIXTURE), { recursive: true });
  writeFileSync(LIBREOFFICE_NOTE_FIXTURE, libreOfficeResave(edited, "catatan-libreoffice"));
}

if (require.main === module) void main();
