/**
 * A mid-year report names its period in the title ("S.D. TRIWULAN III TAHUN 2025", "Semester I", "s/d TW II")
 * or in the sheet's name ("TW III", "Smt I 2025") and heads its columns "Target 2025 | Realisasi | Capaian":
 * the realisasi and capaian are the year so far up to that period, filed as that quarter (a half as the
 * quarter it ends with), as a header "Realisasi s.d. Triwulan III" is; the target stays the year's. The
 * fourth quarter or second half is the whole year; a span names no period; columns that name their own
 * periods keep them (src/reader/periode-judul.ts).
 */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

function read(sheet: string, title: string, header = ["Target 2025", "Realisasi", "Capaian (%)"]) {
  const sb = new SheetBuilder(sheet);
  sb.row([title]);
  sb.row(["DINAS KOPERASI DAN UKM KABUPATEN MINAHASA"]);
  sb.blank();
  sb.row(["No", "Indikator Kinerja", "Satuan", ...header]);
  sb.row([1, "Persentase koperasi aktif", "%", "65", "61,1", "94,00"]);
  sb.row([2, "Jumlah UMKM yang difasilitasi NIB", "unit", "600", "486", "81,00"]);
  return readWorkbook(workbook(sb.build()));
}

const cols = (r: ReturnType<typeof readWorkbook>) =>
  r.tables[0]!.columns.slice(3).map((c) => [c.role, c.tahun ?? null, c.triwulan ?? null]);

describe("the period a title or sheet name names applies to the measured columns", () => {
  test.each([
    ["Kinerja", "LAPORAN CAPAIAN KINERJA S.D. TRIWULAN III TAHUN 2025", 3],
    ["Kinerja", "Capaian Kinerja s/d TW II Tahun 2025", 2],
    ["Kinerja", "Realisasi Kinerja sampai dengan Triwulan I Tahun 2025", 1],
    ["Kinerja", "Capaian Kinerja Kuartal III 2025", 3],
    ["Kinerja", "Laporan Kinerja Semester I Tahun 2025", 2],
    ["Kinerja", "Capaian Kinerja Triwulan Kedua Tahun 2025", 2],
    ["TW III", "Laporan Capaian Kinerja Tahun 2025", 3],
    ["Smt I 2025", "Laporan Capaian Kinerja", 2],
  ])("sheet %j, title %j: quarter %i", (sheet, title, q) => {
    const r = read(sheet, title);
    expect(cols(r)).toEqual([
      ["target", 2025, null],
      ["realisasi", 2025, q],
      ["capaian", 2025, q],
    ]);
    const kop = r.indicators.find((i) => i.indikator === "Persentase koperasi aktif")!;
    expect(kop.tahun["2025"]?.target?.raw).toBe("65");
    expect(kop.tahun["2025"]?.triwulan?.realisasi?.[q - 1]?.raw).toBe("61,1");
    expect(r.tables[0]!.columns[4]!.confidence).toBeLessThan(0.9);
    expect(r.temuan.filter((t) => t.kode === "CAPAIAN_TIDAK_SESUAI")).toEqual([]);
  });
});

describe("what a title's period leaves alone", () => {
  test.each([
    ["Periode Pelaksanaan: Triwulan IV Tahun 2025"],
    ["Capaian Kinerja s.d. Semester II Tahun 2025"],
    ["Rekapitulasi Capaian Triwulan I-IV Tahun 2025"],
    ["Capaian Kinerja Tahun 2025"],
  ])("%j: the year's own columns", (title) => {
    expect(cols(read("Kinerja", title))).toEqual([
      ["target", 2025, null],
      ["realisasi", 2025, null],
      ["capaian", 2025, null],
    ]);
  });

  test("columns that name their own quarters keep them under a title naming another", () => {
    const r = read("Kinerja", "Laporan Kinerja s.d. Triwulan III Tahun 2025", [
      "Target 2025",
      "Realisasi TW I",
      "Realisasi TW II",
    ]);
    expect(cols(r).map((c) => c[2])).toEqual([null, 1, 2]);
  });
});
