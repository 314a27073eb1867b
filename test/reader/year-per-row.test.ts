/**
 * A table turned on its side — one row per year under each indicator, the year in a column of its own — is
 * listed as not read (TAHUN_PER_BARIS, naming the column and the years) instead of being read as copies
 * of the indicator all filed in one year; a year column holding one year only, or a table whose value
 * columns carry their years, is read as before.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readRows } from "../helpers/read-rows";

const NAMES = ["Cakupan kepemilikan KTP elektronik", "Cakupan kepemilikan akta kelahiran anak"];

function sideways(yearHeader: string, years: CellValue[], order: "year-first" | "year-after"): CellValue[][] {
  const head =
    order === "year-first"
      ? [yearHeader, "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"]
      : ["Indikator Kinerja", yearHeader, "Target (%)", "Realisasi (%)", "Capaian (%)"];
  const rows: CellValue[][] = [head];
  for (const name of NAMES)
    years.forEach((y, k) => {
      const values = [String(90 + k), String(91 + k), "101,11"];
      rows.push(order === "year-first" ? [y, name, ...values] : [name, y, ...values]);
    });
  return rows;
}

describe("a table with the year in a column of its rows", () => {
  it.each([
    ["Tahun", "year-after"],
    ["Thn", "year-after"],
    ["TAHUN", "year-first"],
    ["Year", "year-after"],
    ["Tahun", "year-first"],
  ] as const)('"%s" (%s) over 2022–2024 is listed, not read as copies in one year', (h, order) => {
    const r = readRows("Capaian", sideways(h, [2022, 2023, 2024], order), "PERKEMBANGAN CAPAIAN KINERJA");
    const listed = r.takTerbaca.filter((b) => b.kode === "TAHUN_PER_BARIS");
    expect(listed).toHaveLength(1);
    expect(listed[0]!.pesan.id).toContain("2022, 2023, 2024");
    expect(listed[0]!.pesan.en).toContain(h);
    expect(r.indicators).toHaveLength(0);
  });

  it("years typed as text are years too", () => {
    const r = readRows("Capaian", sideways("Tahun", ["2023", "2024"], "year-after"), "CAPAIAN KINERJA");
    expect(r.takTerbaca.map((b) => b.kode)).toContain("TAHUN_PER_BARIS");
  });

  it("a year column of one year only is read as that year's table", () => {
    const r = readRows("Capaian", sideways("Tahun", [2024], "year-after"), "PENGUKURAN KINERJA TAHUN 2024");
    expect(r.takTerbaca.filter((b) => b.kode === "TAHUN_PER_BARIS")).toHaveLength(0);
    expect(r.indicators.map((i) => i.indikator)).toEqual(NAMES);
  });

  it("value columns that carry their own years are read, whatever a Tahun column holds", () => {
    const rows: CellValue[][] = [
      ["Indikator Kinerja", "Tahun", "Target 2024", "Realisasi 2024", "Target 2023", "Realisasi 2023"],
      [NAMES[0]!, 2021, "95", "96", "90", "91"],
      [NAMES[1]!, 2022, "95", "94", "90", "92"],
    ];
    const r = readRows("Capaian", rows, "CAPAIAN KINERJA");
    expect(r.takTerbaca.filter((b) => b.kode === "TAHUN_PER_BARIS")).toHaveLength(0);
    expect(r.indicators).toHaveLength(2);
  });
});
