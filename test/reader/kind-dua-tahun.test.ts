/**
 * A year's target and realisasi for two or more years side by side is the year-over-year comparison (DOMAIN
 * Bab III item 2: T, R, C for years n-k … n), whatever the title says (src/reader/kind.ts): it feeds the
 * Perbandingan table, and only the reporting year's pengukuran table gets the Capaian/Predikat columns. One
 * year's target beside last year's realisasi stays that year's pengukuran; a plan framed by a kondisi awal
 * stays a Renstra; quarters of one year are one year.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const NAMES = ["Cakupan pelayanan kesehatan ibu hamil", "Cost recovery rate (CRR)"];

/** Year groups merged over their sub-headers, under a title that names no comparison. */
function grouped(years: string[], sub: string[]) {
  const s = new SheetBuilder("Kinerja");
  s.row(["INDIKATOR KINERJA UPTD PUSKESMAS TAHUN 2024"]);
  s.blank();
  const h = s.row([
    "No",
    "Indikator Kinerja",
    "Satuan",
    ...years.flatMap((y) => [y, ...sub.slice(1).map(() => "")]),
  ]);
  s.row(["", "", "", ...years.flatMap(() => sub)]);
  for (const c of [0, 1, 2]) s.mergeDown(c, h, h + 1);
  years.forEach((_y, k) => s.mergeAcross(h, 3 + k * sub.length, 2 + (k + 1) * sub.length));
  NAMES.forEach((n, i) => {
    const vals: CellValue[] = years.flatMap((_y, k) => [90 + k, 88 + k + i, 97.8].slice(0, sub.length));
    s.row([i + 1, n, "%", ...vals]);
  });
  return readWorkbook(workbook(s.build()));
}

function flat(headers: string[], values: CellValue[]) {
  const s = new SheetBuilder("Kinerja");
  s.row(["CAPAIAN KINERJA DINAS TAHUN 2024"]);
  s.row(["No", "Indikator Kinerja", "Satuan", ...headers]);
  NAMES.forEach((n, i) => s.row([i + 1, n, "%", ...values]));
  return readWorkbook(workbook(s.build()));
}

describe("T, R and C for two or more years side by side", () => {
  test.each([
    [
      ["2023 (n-1)", "2024 (n)"],
      ["Tgt", "Real", "Cap %"],
    ],
    [
      ["Tahun 2023", "Tahun 2024"],
      ["Target", "Realisasi", "Capaian (%)"],
    ],
    [
      ["2022", "2023", "2024"],
      ["T", "R", "C"],
    ],
    [
      ["TA 2023", "TA 2024"],
      ["Target", "Realisasi"],
    ],
  ])("%j over %j is the comparison, each year's values in its year", (years, sub) => {
    const read = grouped(years, sub);
    expect(read.tables.map((t) => t.kind)).toEqual(["history"]);
    const ind = read.indicators.find((i) => i.indikator === NAMES[1])!;
    expect(Object.keys(ind.tahun).sort()).toEqual(years.map((y) => y.match(/\d{4}/)![0]).sort());
  });

  test("written year by year in flat headers, too", () => {
    const read = flat(
      ["Target 2023", "Realisasi 2023", "Capaian 2023", "Target 2024", "Realisasi 2024", "Capaian 2024"],
      [90, 88, 97.78, 92, 93, 101.09],
    );
    expect(read.tables.map((t) => t.kind)).toEqual(["history"]);
  });
});

describe("what stays a year's pengukuran or a plan", () => {
  test("last year's realisasi beside this year's target and realisasi", () => {
    const read = flat(
      ["Realisasi 2023", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [88, 92, 93, 101.09],
    );
    expect(read.tables.map((t) => t.kind)).toEqual(["realisasi"]);
  });

  test("quarter targets and realisasi of one year", () => {
    const read = flat(
      [
        "Target 2024",
        "Target TW I",
        "Realisasi TW I",
        "Target TW II",
        "Realisasi TW II",
        "Realisasi 2024",
        "Capaian (%)",
      ],
      [92, 20, 21, 45, 47, 93, 101.09],
    );
    expect(read.tables.map((t) => t.kind)).toEqual(["realisasi"]);
  });

  test("yearly targets and realisasi framed by a kondisi awal and an end target are the Renstra", () => {
    const read = flat(
      ["Kondisi Awal", "Target 2023", "Realisasi 2023", "Target 2024", "Realisasi 2024", "Kondisi Akhir"],
      [80, 90, 88, 92, 93, 95],
    );
    expect(read.tables.map((t) => t.kind)).toEqual(["renstra"]);
  });
});
