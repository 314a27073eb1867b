/**
 * A chart's data written sideways (years down the first column, one indicator per column) holds numbers but
 * no indicator row the reader can read: it is listed as not understood, with its range and why, never skipped.
 * Variants: under a table or alone, years as numbers or as text, two or three indicator columns; a block of
 * years beside words ("2024 | Laporan Kinerja") is read as before.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const YEARS = [2021, 2022, 2023, 2024];

function sheet(withTable: boolean, asText: boolean, names: string[]) {
  const sb = new SheetBuilder("Bab III");
  if (withTable) {
    sb.row(["Tabel 3.1 Capaian Kinerja Tahun 2024"]);
    sb.row(["No", "Indikator Sasaran", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"]);
    sb.row([1, "Persentase PMKS yang tertangani", "%", 76.5, 81.6, 106.67]);
    sb.row([2, "Persentase PSKS yang diberdayakan", "%", 57, 59.97, 105.21]);
    sb.blank(2);
  }
  sb.row(["Grafik 3.1 Data Realisasi Kinerja 2021-2024"]);
  const h = sb.row(["Tahun", ...names]);
  YEARS.forEach((y, i) =>
    sb.row([asText ? String(y) : y, ...names.map((_, k): CellValue => 50 + i * 2.5 + k * 3.1)]),
  );
  return { r: readWorkbook(workbook(sb.build())), h };
}

describe("a sideways chart block is listed, not skipped", () => {
  test.each([
    [true, false, ["Persentase PMKS yang tertangani (%)", "Persentase PSKS yang diberdayakan (%)"]],
    [false, false, ["Persentase PMKS yang tertangani (%)", "Persentase PSKS yang diberdayakan (%)"]],
    [true, true, ["PMKS tertangani", "PSKS diberdayakan", "Rumah layak huni"]],
    [false, true, ["Angka kemiskinan", "IPM"]],
  ])("under a table %s, years as text %s, %j", (withTable, asText, names) => {
    const { r, h } = sheet(withTable, asText, names as string[]);
    const last = String.fromCharCode(65 + (names as string[]).length);
    const listed = r.takTerbaca.find((b) => b.range.endsWith(`${last}${h + 1 + YEARS.length}`));
    expect(listed).toBeDefined();
    expect(listed!.pesan.id).toContain("menyamping");
    expect(listed!.pesan.en).toContain("sideways");
    if (withTable) expect(r.indicators).toHaveLength(2);
  });

  test("years beside words are no sideways block", () => {
    const sb = new SheetBuilder("Catatan");
    sb.row(["Riwayat dokumen"]);
    sb.row([2023, "Laporan Kinerja", 12]);
    sb.row([2024, "Laporan Kinerja", 14]);
    sb.row([2025, "Laporan Kinerja", 15]);
    const r = readWorkbook(workbook(sb.build()));
    expect(r.takTerbaca.every((b) => !b.pesan.id.includes("menyamping"))).toBe(true);
  });
});
