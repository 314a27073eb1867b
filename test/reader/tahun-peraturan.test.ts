/**
 * A title citing the regulation its form follows ("PP 39 Tahun 2006", "Permendagri Nomor 86 Tahun 2017")
 * states the regulation's year, not the report's: the citation is taken out before the year is read, in the
 * title over a table, a line further up, and the sheet's own title.
 */
import { readWorkbook } from "../../src/reader";
import { withoutRegulations } from "../../src/reader/tahun-peraturan";
import { firstYear } from "../../src/reader/text";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

describe("a cited regulation's year is no report year", () => {
  test.each([
    ["LAPORAN PELAKSANAAN KEGIATAN (PP 39 TAHUN 2006) TAHUN ANGGARAN 2024", 2024],
    ["Format sesuai Permendagri Nomor 86 Tahun 2017 — Evaluasi Renja Tahun 2023", 2023],
    ["Lampiran PermenPAN-RB No. 53 Tahun 2014: Perjanjian Kinerja Tahun 2025", 2025],
    ["Peraturan Menteri Dalam Negeri Nomor 59 Tahun 2021, Laporan SPM 2024", 2024],
    ["Sesuai UU 23 Tahun 2014 dan Perpres No. 29 Tahun 2014, capaian tahun 2022", 2022],
    ["Keputusan Bupati Nomor 100/45/2023 Tahun 2023 tentang IKU, Tahun 2024", 2024],
  ])("%s → %d", (title, year) => expect(firstYear(withoutRegulations(title))).toBe(year));

  test.each([
    ["Capaian Kinerja Tahun 2024"],
    ["Rencana Kerja Tahun 2024"],
    ["Capaian Program 2 Tahun 2024"],
    ["Renstra 2021-2026"],
  ])("%s keeps its year", (title) => expect(withoutRegulations(title)).toBe(title));
});

function form(lines: string[]) {
  const sb = new SheetBuilder("Form");
  for (const l of lines) sb.row([l]);
  sb.blank();
  sb.row(["No", "Indikator Keluaran", "Target", "Realisasi", "Capaian (%)"]);
  sb.row([1, "Jaringan irigasi yang direhabilitasi", 1250, 1250, 100]);
  sb.row([2, "Sungai yang dinormalisasi", 4.5, 4.2, 93.33]);
  return readWorkbook(workbook(sb.build()));
}

test.each([
  [["LAPORAN PELAKSANAAN KEGIATAN (PP 39 TAHUN 2006)", "TAHUN ANGGARAN 2024 - TRIWULAN IV"]],
  [["Laporan Capaian Kinerja Tahun 2024", "(Format Permendagri Nomor 86 Tahun 2017)"]],
  [["FORMAT PERMENPAN-RB NO. 53 TAHUN 2014", "PENGUKURAN KINERJA TAHUN 2024"]],
])("the table's year is the report's: %j", (lines) => {
  const r = form(lines);
  expect(r.tables[0]!.columns.filter((c) => c.role === "target").map((c) => c.tahun)).toEqual([2024]);
  expect(r.indicators.map((i) => i.tahun["2024"]?.target?.raw)).toEqual([1250, 4.5]);
});
