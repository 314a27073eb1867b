/**
 * Semester columns: the engine has no half-year period, so a half is filed as the quarter it ends with
 * (Semester I → the second quarter, June; Semester II → the fourth), as periode.ts does for "Semester I"
 * headers; a header that says the value runs up to the second half ("s.d. Semester II", "Kumulatif Smt II")
 * is the year's own value. Here the spellings and shapes agencies use: a merged "Semester" (or "Realisasi
 * Semester") over "I | II" or "1 | 2", a merged "Realisasi"/"Target" over cells that name their half ("Smt 1",
 * "Sem. II", "Semester ke-2", "S1"), and one-row headers "Realisasi S-1". A span "Semester I/II" names no one
 * half. "S1 | S2 | S3" under a word that names no value is a degree, never a half year.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const IND = ["Persentase desa tangguh bencana", "Jumlah kunjungan wisatawan"];

/** A table with "No | Indikator | Satuan | Target" and two value columns under `group` (merged) or one-row headers. */
function read(group: string | null, halves: [CellValue, CellValue], head = "Target") {
  const sb = new SheetBuilder("Kinerja 2024");
  sb.row(["LAPORAN KINERJA TAHUN 2024"]);
  sb.blank();
  const lead = ["No", "Indikator Kinerja", "Satuan", head];
  const top = sb.row(
    group === null ? [...lead, ...halves, "Capaian (%)"] : [...lead, group, "", "Capaian (%)"],
  );
  if (group !== null) {
    sb.row(["", "", "", "", ...halves, ""]);
    for (const c of [0, 1, 2, 3, 6]) sb.mergeDown(c, top, top + 1);
    sb.mergeAcross(top, 4, 5);
  }
  sb.row([1, IND[0]!, "%", 80, 35, 82, 102.5]);
  sb.row([2, IND[1]!, "orang", 1000, 450, 1010, 101]);
  return readWorkbook(workbook(sb.build()));
}

const realisasiHalves = (r: ReturnType<typeof readWorkbook>) =>
  r.indicators.map((i) => {
    const tw = i.tahun["2024"]?.triwulan?.realisasi;
    return [tw?.[1]?.raw, tw?.[3]?.raw];
  });

describe("half-year columns are filed as the quarters they end with", () => {
  test.each([
    ["Realisasi Semester", ["I", "II"]],
    ["Realisasi Semester", [1, 2]],
    ["Realisasi per Semester", ["1", "2"]],
    ["Realisasi", ["Smt 1", "Smt 2"]],
    ["Realisasi", ["Smt. I", "Smt. II"]],
    ["Realisasi", ["Sem. I", "Sem. II"]],
    ["Realisasi", ["Semester ke-1", "Semester ke-2"]],
    ["Realisasi", ["S1", "S2"]],
    ["Realisasi", ["S-1", "S-2"]],
    ["Realisasi Semester I/II", ["I", "II"]],
    ["Realisasi Semester I dan II", [1, 2]],
    ["Capaian Kinerja", ["Semester I", "Semester II"]],
  ] as [string, [CellValue, CellValue]][])("'%s' over %j", (group, halves) => {
    const r = read(group, halves);
    const cols = r.tables[0]!.columns.slice(4, 6);
    expect(cols.map((c) => c.triwulan)).toEqual([2, 4]);
    expect(r.takTerbaca).toEqual([]);
    if (cols[0]!.role === "realisasi")
      expect(realisasiHalves(r)).toEqual([
        [35, 82],
        [450, 1010],
      ]);
    // the year's target stays the year's: no half year's value is read as it
    expect(r.indicators.map((i) => i.tahun["2024"]?.target?.raw)).toEqual([80, 1000]);
    expect(r.indicators.map((i) => i.tahun["2024"]?.realisasi)).toEqual([undefined, undefined]);
  });

  test.each([
    ["Realisasi S1", "Realisasi S2"],
    ["Realisasi S-1", "Realisasi S-2"],
    ["Realisasi Sem 1", "Realisasi Sem 2"],
    ["Realisasi Semester ke-1", "Realisasi Semester ke-2"],
  ])("one-row headers '%s' | '%s'", (a, b) => {
    const r = read(null, [a, b]);
    expect(r.tables[0]!.columns.slice(4, 6).map((c) => [c.role, c.triwulan])).toEqual([
      ["realisasi", 2],
      ["realisasi", 4],
    ]);
    expect(realisasiHalves(r)).toEqual([
      [35, 82],
      [450, 1010],
    ]);
  });
});

describe("a header that says the value runs to the second half is the year's", () => {
  test.each([
    ["Realisasi Semester I", "Realisasi s.d. Semester II"],
    ["Realisasi Smt I", "Realisasi s.d. Smt II"],
    ["Realisasi Smt 1", "Realisasi Kumulatif Semester II"],
    ["Realisasi Sem. I", "Realisasi hingga Sem. II"],
  ])("'%s' | '%s'", (a, b) => {
    const r = read(null, [a, b]);
    const cols = r.tables[0]!.columns.slice(4, 6);
    expect(cols.map((c) => [c.role, c.triwulan])).toEqual([
      ["realisasi", 2],
      ["realisasi", undefined],
    ]);
    expect(r.indicators.map((i) => i.tahun["2024"]?.realisasi?.raw)).toEqual([82, 1010]);
  });
});

describe("what is not a half year", () => {
  it("'S1 | S2 | S3' under a word that names no value is a degree, not a half", () => {
    const sb = new SheetBuilder("Pegawai");
    const top = sb.row(["No", "Unit Kerja", "Pendidikan", "", ""]);
    sb.row(["", "", "S1", "S2", "S3"]);
    for (const c of [0, 1]) sb.mergeDown(c, top, top + 1);
    sb.mergeAcross(top, 2, 4);
    sb.row([1, "Sekretariat", 12, 3, 1]);
    sb.row([2, "Bidang Rehabilitasi Sosial", 9, 2, 0]);
    const r = readWorkbook(workbook(sb.build()));
    for (const t of r.tables)
      expect(t.columns.map((c) => c.triwulan).filter((q) => q !== undefined)).toEqual([]);
    expect(r.indicators.flatMap((i) => Object.values(i.tahun).map((y) => y.triwulan))).toEqual([]);
  });

  it("'Triwulan I-IV' over I … IV names each column's quarter, not the first for all", () => {
    const sb = new SheetBuilder("Rencana Aksi 2024");
    const top = sb.row(["No", "Indikator Kinerja", "Target Triwulan I-IV", "", "", ""]);
    sb.row(["", "", "I", "II", "III", "IV"]);
    for (const c of [0, 1]) sb.mergeDown(c, top, top + 1);
    sb.mergeAcross(top, 2, 5);
    sb.row([1, IND[0]!, 20, 40, 60, 80]);
    const r = readWorkbook(workbook(sb.build()));
    expect(r.tables[0]!.columns.slice(2).map((c) => c.triwulan)).toEqual([1, 2, 3, 4]);
  });
});
