/**
 * A predikat scale printed beside the table (ranges and the words they grade) is a legend, not a column of
 * the table: its rows stand level with the indicators' but hold no value of theirs. A family of scales
 * (Permendagri 86/2017, the LKjIP four bands, a scored three-column box), headers, gaps, sides and starting
 * rows; a spacer column inside one table still joins its halves.
 */
import type { ReadResult } from "../../src/engine/mapping";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

const T = 2024;

const SCALES: Record<string, CellValue[][]> = {
  permendagri86: [
    ["Nilai Capaian (%)", "Kriteria Penilaian"],
    ["91 ke atas", "Sangat Tinggi"],
    ["76 s/d 90", "Tinggi"],
    ["66 s/d 75", "Sedang"],
    ["51 s/d 65", "Rendah"],
    ["50 ke bawah", "Sangat Rendah"],
  ],
  lkjip4: [
    ["Interval Capaian", "Predikat"],
    ["> 100 %", "Sangat Baik"],
    ["75 % s.d. 100 %", "Baik"],
    ["55 % s.d. < 75 %", "Cukup"],
    ["< 55 %", "Kurang"],
  ],
  scored: [
    ["No", "Rentang Capaian (%)", "Kategori"],
    [1, "91 - 100", "Sangat Tinggi"],
    [2, "76 - 90", "Tinggi"],
    [3, "66 - 75", "Sedang"],
    [4, "51 - 65", "Rendah"],
    [5, "0 - 50", "Sangat Rendah"],
  ],
  noHeader: [
    ["C ≥ 91", "Sangat Tinggi"],
    ["76 ≤ C < 91", "Tinggi"],
    ["66 ≤ C < 76", "Sedang"],
    ["51 ≤ C < 66", "Rendah"],
    ["C < 51", "Sangat Rendah"],
  ],
};

// [indikator, T, R, C, predikat on Permendagri 86]
const ROWS: [string, number, number, number, string][] = [
  ["Persentase keselarasan program RPJMD dalam RKPD", 100, 100, 100, "Sangat Tinggi"],
  ["Persentase rekomendasi yang ditindaklanjuti", 80, 68.5, 85.63, "Tinggi"],
  ["Jumlah dokumen perencanaan tepat waktu", 6, 4, 66.67, "Sedang"],
  ["Persentase OPD yang menyusun Renja tepat waktu", 100, 55, 55, "Rendah"],
];

function read(scale: CellValue[][], side: "right" | "left", gap: number, down: number): ReadResult {
  const sb = new SheetBuilder("Tabel 3.1");
  sb.row(["Capaian Kinerja Bappeda Tahun 2024"]);
  sb.blank();
  const width = Math.max(...scale.map((s) => s.length));
  const at = side === "left" ? width + gap : 0;
  const h = sb.row(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Kriteria"], at);
  ROWS.forEach((d, i) => sb.row([i + 1, d[0], d[1], d[2], d[3], d[4]], at));
  sb.row(["Kriteria mengacu Permendagri Nomor 86 Tahun 2017"], at);
  // the box may reach below the table's last line
  sb.blank(4);
  const legendCol = side === "left" ? 0 : 6 + gap;
  scale.forEach((s, i) => sb.put(h + down + i, legendCol, s));
  return readWorkbook(workbook(sb.build()));
}

describe("a scale beside the table is no column of it", () => {
  const cases = Object.keys(SCALES).flatMap((k) =>
    (["right", "left"] as const).flatMap((side) =>
      [1, 2].flatMap((gap) => [0, 1].map((down) => [k, side, gap, down] as const)),
    ),
  );
  test.each(cases)("%s on the %s, %i empty column(s) apart, %i row(s) down", (k, side, gap, down) => {
    const r = read(SCALES[k]!, side, gap, down);
    const t = r.tables.find((x) => x.columns.some((c) => c.role === "indikator"))!;
    expect(t.columns.filter((c) => c.role === "predikat")).toHaveLength(1);
    expect(t.columns).toHaveLength(6);
    expect(r.indicators.map((i) => i.tahun[String(T)]?.predikatTercetak?.raw)).toEqual(ROWS.map((d) => d[4]));
    expect(complaints(r, T).filter((c) => c.startsWith("NILAI_BERBEDA"))).toEqual([]);
  });

  test("a spacer column inside one table still joins its halves, ranges under 'Target' included", () => {
    const sb = new SheetBuilder("Tabel 3.1");
    sb.row(["Capaian Kinerja Tahun 2024"]);
    sb.blank();
    sb.row(["No", "Indikator Kinerja", "Satuan", "", "Target", "Keterangan"]);
    sb.row([1, "Laju inflasi", "%", "", "1,5 - 3,5", "Rentang"]);
    sb.row([2, "Tingkat pengangguran terbuka", "%", "", "4 - 5", "Rentang sesuai RPJMD"]);
    sb.row([3, "Angka kemiskinan", "%", "", "8 - 9", "Rentang sesuai RKPD"]);
    const r = readWorkbook(workbook(sb.build()));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.columns.map((c) => c.role)).toEqual([
      "no",
      "indikator",
      "satuan",
      "target",
      "keterangan",
    ]);
    expect(r.indicators.map((i) => i.tahun[String(T)]?.target?.parsed.kind)).toEqual([
      "range",
      "range",
      "range",
    ]);
  });
});
