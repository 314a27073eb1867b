/**
 * A share over 100 % is worth a warning whatever names the indicator: with no satuan column, "Target (%) |
 * Realisasi (%)" state the unit of every row (an SPM table's "Jenis Pelayanan Dasar", an RSUD's "Indikator
 * Mutu"), as a satuan column would. A header family (with and without parentheses, "persen", a group row
 * above), an SPM indicator named as a share, and the cases that state nothing: a satuan column present, a
 * capaian's "(%)" alone, a target of another unit.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

const T = 2024;
// [layanan, realisasi %]: the first is over 100
const SPM: [string, number][] = [
  ["Pelayanan kesehatan ibu hamil", 103.2],
  ["Pelayanan kesehatan ibu bersalin", 98.19],
  ["Pelayanan kesehatan balita", 92.56],
];

function read(header: CellValue[], row: (d: (typeof SPM)[number], i: number) => CellValue[]) {
  const sb = new SheetBuilder("SPM 2024");
  sb.row([`CAPAIAN STANDAR PELAYANAN MINIMAL TAHUN ${T}`]);
  sb.blank();
  sb.row(header);
  SPM.forEach((d, i) => sb.row(row(d, i)));
  return readWorkbook(workbook(sb.build()));
}

const over = (r: ReturnType<typeof read>) =>
  complaints(r, T).filter((s) => s.startsWith("PERSEN_MELEBIHI_100"));

describe("the unit the value headers state", () => {
  test.each([
    ["Target (%)", "Realisasi (%)"],
    ["Target %", "Realisasi %"],
    ["Target (persen)", "Realisasi (persen)"],
    [`Target ${T} (%)`, `Realisasi ${T} (%)`],
  ])("%s | %s: each row is a percentage, the share over 100 is said", (target, realisasi) => {
    const r = read(
      ["No", "Jenis Pelayanan Dasar", "Jumlah Sasaran", target, realisasi, "Capaian (%)"],
      (d, i) => [i + 1, d[0], 800, 100, d[1], d[1]],
    );
    expect(r.indicators.map((i) => i.satuan)).toEqual(SPM.map(() => "%"));
    expect(over(r)).toHaveLength(1);
    expect(over(r)[0]).toContain(SPM[0]![0]);
  });

  test("an SPM indicator named as a share is one without any header saying so", () => {
    const r = read(["No", "Indikator", "Target", "Realisasi", "Capaian"], (d, i) => [
      i + 1,
      `Persentase ${d[0].replace("Pelayanan kesehatan ", "")} yang mendapatkan pelayanan kesehatan sesuai standar`,
      100,
      d[1],
      d[1],
    ]);
    expect(over(r)).toHaveLength(1);
  });

  test("a satuan column speaks for itself", () => {
    const r = read(["No", "Jenis Pelayanan Dasar", "Satuan", "Target (%)", "Realisasi (%)"], (d, i) => [
      i + 1,
      d[0],
      "orang",
      100,
      d[1],
    ]);
    expect(r.indicators.map((i) => i.satuan)).toEqual(SPM.map(() => "orang"));
  });

  test("a capaian's '(%)' alone, or a target of no stated unit, says nothing of the indicator", () => {
    const a = read(["No", "Jenis Pelayanan Dasar", "Target", "Realisasi", "Capaian (%)"], (d, i) => [
      i + 1,
      d[0],
      100,
      d[1],
      d[1],
    ]);
    expect(a.indicators.map((i) => i.satuan)).toEqual(SPM.map(() => undefined));
    const b = read(["No", "Jenis Pelayanan Dasar", "Target", "Realisasi (%)"], (d, i) => [
      i + 1,
      d[0],
      100,
      d[1],
    ]);
    expect(b.indicators.map((i) => i.satuan)).toEqual(SPM.map(() => undefined));
    expect(over(a)).toEqual([]);
  });
});
