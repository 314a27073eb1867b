/**
 * A service table against its own standard: "Indikator | Nilai Ideal | Realisasi 2024" (a hospital's BOR, ALOS,
 * NDR against their ideal values). With no target column, the standard the unit holds itself to is the target of
 * the realisasi's year; a range "60–85 %" is read as one, a bound "< 25 ‰" as lower is better. A national
 * standard stays national, and a table that has a target keeps it. "Pencapaian (%)" and its affixed forms are the
 * capaian column.
 */
import { readWorkbook } from "../../src/reader";
import { readRows } from "../helpers/read-rows";

const roles = (r: ReturnType<typeof readWorkbook>) =>
  r.tables[0]!.columns.map((c) => `${c.role}${c.tahun ? `/${c.tahun}` : ""}`);

describe("a unit's own standard beside its realisasi is the target", () => {
  test.each([
    ["Nilai Ideal", "Realisasi 2024"],
    ["Standar Ideal", "Realisasi Tahun 2024"],
    ["Nilai Standar", "Realisasi 2024"],
    ["Standar", "Hasil 2024 (Realisasi)"],
    ["Nilai Normal", "Realisasi 2024"],
  ])("%s beside %s", (standar, realisasi) => {
    const r = readRows("Kinerja Pelayanan", [
      ["INDIKATOR KINERJA PELAYANAN RSUD TAHUN 2024"],
      ["No", "Indikator", standar, realisasi, "Keterangan"],
      [1, "Bed Occupancy Rate (BOR)", "60–85 %", "71,3 %", "Ideal"],
      [2, "Average Length of Stay (ALOS)", "6–9 hari", "4,2 hari", "Tidak ideal"],
      [3, "Net Death Rate (NDR)", "< 25 ‰", "18,4 ‰", "Ideal"],
    ]);
    expect(roles(r)).toEqual(["no", "indikator", "target/2024", "realisasi/2024", "keterangan"]);
    const [bor, alos, ndr] = r.indicators;
    expect(bor!.tahun["2024"]?.target?.parsed.kind).toBe("range");
    expect(alos!.polaritas).toBe("rentang");
    expect(ndr!.polaritas).toBe("turun");
    expect(ndr!.tahun["2024"]?.target?.parsed).toMatchObject({ kind: "number", value: 25 });
  });

  test("a national standard beside the realisasi stays national", () => {
    const r = readRows("SPM", [
      ["No", "Indikator", "Standar Nasional", "Realisasi 2024"],
      [1, "Persentase ibu hamil mendapat pelayanan", "100 %", "96 %"],
      [2, "Persentase balita ditimbang", "100 %", "91 %"],
    ]);
    expect(roles(r)).toEqual(["no", "indikator", "targetNasional", "realisasi/2024"]);
  });

  test("a table with a target keeps it; the standard beside it is not a second target", () => {
    const r = readRows("Mutu", [
      ["No", "Indikator", "Nilai Ideal", "Target 2024", "Realisasi 2024"],
      [1, "Bed Occupancy Rate (BOR)", "60–85 %", "75 %", "71,3 %"],
      [2, "Turn Over Interval (TOI)", "1–3 hari", "2 hari", "1,7 hari"],
    ]);
    expect(roles(r).filter((x) => x.startsWith("target"))).toEqual(["targetNasional", "target/2024"]);
  });

  test("realisasi of two years beside one standard: not read as a target of either", () => {
    const r = readRows("Mutu", [
      ["No", "Indikator", "Nilai Ideal", "Realisasi 2023", "Realisasi 2024"],
      [1, "Bed Occupancy Rate (BOR)", "60–85 %", "69 %", "71,3 %"],
      [2, "Turn Over Interval (TOI)", "1–3 hari", "2,1 hari", "1,7 hari"],
    ]);
    expect(roles(r)).not.toContain("target/2024");
  });
});

describe("Pencapaian and its forms are the capaian", () => {
  test.each([
    "Pencapaian (%)",
    "Pencapaian",
    "% Pencapaian",
    "Tingkat Pencapaian",
    "Ketercapaian (%)",
    "Persentase Pencapaian",
  ])("%s", (header) => {
    const r = readRows("KPI", [
      ["No", "KPI", "Target 2024", "Realisasi 2024", header],
      [1, "Laba sebelum pajak (Rp juta)", 7500, 8000, "106,67"],
      [2, "Pertumbuhan kredit yang diberikan", "8 %", "6,9 %", "86,25"],
    ]);
    expect(roles(r)).toEqual(["no", "indikator", "target/2024", "realisasi/2024", "capaian/2024"]);
    expect(r.indicators[0]!.tahun["2024"]?.capaianTercetak?.parsed).toMatchObject({ value: 106.67 });
  });
});
