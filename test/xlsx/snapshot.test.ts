import { cellAt, formatAt, type SheetSnapshot, type WorkbookSnapshot } from "../../src/engine/snapshot";
import { isXlsxInputError } from "../../src/xlsx/errors";
import { readZip } from "../helpers/zip-of";
import { zipOf } from "../helpers/zip-of";
import { readSnapshot } from "../helpers/read-snapshot";
import { isEmptySnapshot } from "../../src/xlsx/package-snapshot";
import { fixture, richBuffer } from "./workbooks";

function sheet(s: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = s.sheets.find((x) => x.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function formulaAt(s: SheetSnapshot, row: number, col: number): string {
  return s.formulas?.[row - s.origin.row]?.[col - s.origin.col] ?? "";
}

async function expectInputError(bytes: Uint8Array, kode: string): Promise<void> {
  try {
    await readSnapshot(bytes);
  } catch (e) {
    expect(isXlsxInputError(e)).toBe(true);
    if (isXlsxInputError(e)) expect(e.kode).toBe(kode);
    return;
  }
  throw new Error("readSnapshot accepted a file it should refuse");
}

describe.each([
  ["written by exceljs", () => richBuffer()],
  ["saved by LibreOffice", async () => fixture("dinsos-bengkalis-2023-libreoffice.xlsx")],
])("readSnapshot of the Bengkalis 2023 workbook %s", (_label, load) => {
  let snap: WorkbookSnapshot;
  beforeAll(async () => {
    snap = await readSnapshot(await load());
  });

  test("lists the sheets in tab order with their visibility and protection", () => {
    expect(snap.sheets.map((s) => s.name)).toEqual([
      "PK 2023",
      "Realisasi 2023",
      "Capaian 2022",
      "Renstra",
      "Anggaran",
      "AKIP",
      "Rekap",
      "Arsip",
      "Terkunci",
    ]);
    expect(sheet(snap, "Arsip").visibility).toBe("hidden");
    expect(sheet(snap, "Terkunci").protected).toBe(true);
    expect(sheet(snap, "PK 2023").protected).toBe(false);
    expect(sheet(snap, "PK 2023").visibility).toBe("visible");
  });

  test("keeps text, Indonesian number text and real numbers as the cells hold them", () => {
    const pk = sheet(snap, "PK 2023");
    expect(pk.origin).toEqual({ row: 0, col: 0 });
    expect(pk.values[6]).toEqual([1, "Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", "%", "3,25 %"]);
    expect(cellAt(pk, 5, 2)).toBe("(3)");
    const real = sheet(snap, "Realisasi 2023");
    expect(cellAt(real, 6, 5)).toBe(3.63);
    expect(formatAt(real, 6, 5)).toBe("0.00");
    expect(cellAt(real, 6, 6)).toBe("112%");
    expect(cellAt(real, 7, 6)).toBe("94,05%");
    const anggaran = sheet(snap, "Anggaran");
    expect(cellAt(anggaran, 5, 2)).toBe("Rp 5.287.178.900");
    expect(cellAt(anggaran, 7, 2)).toBe(35668708000);
    expect(formatAt(anggaran, 7, 2)).toBe("#,##0");
    expect(formatAt(anggaran, 0, 0)).toBe("General");
  });

  test("reads merged two-row headers from the worksheet model, other cells of a merge empty", () => {
    const real = sheet(snap, "Realisasi 2023");
    expect(real.merges).toEqual(
      expect.arrayContaining([
        { row: 3, col: 0, rowCount: 2, colCount: 1 },
        { row: 3, col: 4, rowCount: 1, colCount: 3 },
        { row: 0, col: 0, rowCount: 1, colCount: 7 },
      ]),
    );
    expect(cellAt(real, 3, 4)).toBe("Tahun 2023");
    expect(cellAt(real, 3, 5)).toBe("");
    expect(cellAt(real, 4, 0)).toBe("");
    const renstra = sheet(snap, "Renstra");
    expect(cellAt(renstra, 5, 0)).toBe("Terwujudnya kesejahteraan sosial PPKS");
    expect(cellAt(renstra, 6, 0)).toBe("");
    expect(renstra.merges).toContainEqual({ row: 5, col: 0, rowCount: 6, colCount: 1 });
  });

  test("gives dates as serial numbers, formulas as cached results plus their text, errors as text", () => {
    const rekap = sheet(snap, "Rekap");
    expect(rekap.origin).toEqual({ row: 1, col: 1 });
    expect(cellAt(rekap, 1, 2)).toBe(44928); // 2 January 2023
    expect(formatAt(rekap, 1, 2)).toBe("dd/mm/yyyy");
    expect(cellAt(rekap, 4, 2)).toBeCloseTo((581 / 521) * 100, 9);
    expect(formulaAt(rekap, 4, 2)).toBe("=C4/C3*100");
    expect(formulaAt(rekap, 2, 2)).toBe("");
    expect(cellAt(rekap, 5, 2)).toBe("#DIV/0!");
    expect(formulaAt(rekap, 5, 2)).toBe("=C4/D3");
    expect(cellAt(rekap, 6, 1)).toBe("Predikat BB");
    expect(cellAt(rekap, 6, 2)).toBe("#N/A");
    expect(cellAt(rekap, 7, 2)).toBe(0.9518);
    expect(formatAt(rekap, 7, 2)).toBe("0.00%");
    expect(rekap.values.every((r) => r.length === rekap.values[0]!.length)).toBe(true);
    expect(rekap.numberFormats.length).toBe(rekap.values.length);
  });

  test("reads defined names as Sheet!A1 blocks", () => {
    expect(snap.names).toEqual({ CapaianPPKS: "'Realisasi 2023'!E7:G7" });
  });
});

describe("readSnapshot refuses what is not a readable workbook", () => {
  test("a text file renamed .xlsx", async () => {
    await expectInputError(Buffer.from("No;Sasaran;Indikator\n1;PPKS;3,25\n"), "BUKAN_XLSX");
  });
  test("a password-protected (encrypted) workbook", async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    await expectInputError(ole, "TERENKRIPSI");
  });
  test("a truncated file", async () => {
    const whole = await richBuffer();
    await expectInputError(whole.subarray(0, Math.floor(whole.length / 2)), "ZIP_RUSAK");
  });
  test("a zip whose data is damaged (a sheet does not inflate)", async () => {
    const whole = Buffer.from(await richBuffer());
    const sheet = readZip(whole).byName.get("xl/worksheets/sheet1.xml")!;
    const at = sheet.localHeaderOffset + 30 + sheet.nameBytes.length + 4;
    whole.fill(0xff, at, at + Math.min(64, sheet.compressedSize - 8));
    await expectInputError(whole, "ZIP_RUSAK");
  });
  test("a zip that holds no spreadsheet package (a .docx renamed)", async () => {
    const docx = zipOf([{ name: "word/document.xml", content: Buffer.from("<w:document/>") }]);
    await expectInputError(docx, "BUKAN_XLSX");
  });
  test("a package without its workbook part", async () => {
    const whole = Buffer.from(await richBuffer());
    const kept = readZip(whole).entries.filter((e) => e.name !== "xl/workbook.xml");
    await expectInputError(zipOf(kept.map((raw) => ({ raw }))), "BAGIAN_HILANG");
  });
});

test("an empty sheet reads as A1 holding an empty string, and the workbook as empty", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  const snap = await readSnapshot(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  expect(snap.sheets[0]).toMatchObject({
    origin: { row: 0, col: 0 },
    values: [[""]],
    numberFormats: [["General"]],
  });
  expect(isEmptySnapshot(snap)).toBe(true);
  expect(isEmptySnapshot(await readSnapshot(await richBuffer()))).toBe(false);
});
