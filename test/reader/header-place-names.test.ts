/**
 * A national-standards table names its own values after the region or body they are of: "Target NTB",
 * "Realisasi Jawa Tengah", "Target Kab. Sleman", "Standar RSUD", "Tgt DIY". Those words are no header
 * vocabulary, yet the cell is a value column's header: the table is found (first on a sheet or stacked
 * under another), each column gets its role, and its rows are read. A data row whose indicator starts with
 * such a word ("Realisasi investasi PMA") stays a data row.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const PLACES: [string, string][] = [
  ["Target NTB", "Realisasi NTB"],
  ["Target Jawa Tengah", "Realisasi Jawa Tengah"],
  ["Target Kab. Sleman", "Realisasi Kab. Sleman"],
  ["Target RSUD", "Realisasi RSUD"],
  ["Tgt DIY", "Real DIY"],
  ["Target Prov. Jabar", "Realisasi Prov. Jabar"],
];

function nasional(sb: SheetBuilder, [t, r]: [string, string], title: string): number {
  sb.row([title]);
  const h = sb.row(["No", "Indikator", "Satuan", "Target Nasional", t, r, "Keterangan"]);
  sb.row([1, "Tingkat pengangguran terbuka", "%", "5", "5", "4,78", "Memenuhi standar nasional"]);
  sb.row([
    2,
    "Indeks Pembangunan Ketenagakerjaan",
    "indeks",
    "70,5",
    "72",
    "72,35",
    "Memenuhi standar nasional",
  ]);
  return h;
}

describe("value headers naming a region", () => {
  test.each(
    PLACES.flatMap((p) =>
      [false, true].map((stacked): [string, boolean, [string, string]] => [p.join(" | "), stacked, p]),
    ),
  )("%s (stacked under another table: %s)", (_, stacked, place) => {
    const sb = new SheetBuilder("3.4-3.6");
    if (stacked) {
      sb.row(["Perbandingan Realisasi 2024 dengan Target Renstra"]);
      sb.row(["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Target Akhir (2026)"]);
      sb.row([1, "Tingkat pengangguran terbuka", "%", "5", "4,78", "4,5"]);
      sb.blank(2);
    }
    const h = nasional(sb, place, "Tabel 3.4 Perbandingan dengan Target Nasional");
    const read = readWorkbook(workbook(sb.build()));
    const t = read.tables.find((x) => x.headerRows[0] === h);
    expect(t?.kind).toBe("nasional");
    const roles = t!.columns.map((c) => c.role);
    expect(roles.slice(3, 6)).toEqual(["targetNasional", "target", "realisasi"]);
    const ipk = read.indicators.find((i) => i.indikator === "Indeks Pembangunan Ketenagakerjaan")!;
    expect(ipk.targetNasional?.raw).toBe("70,5");
    expect(Object.values(ipk.tahun).some((y) => y.realisasi?.raw === "72,35")).toBe(true);
    expect(read.takTerbaca).toEqual([]);
  });

  it("keeps a data row whose indicator starts with a value word", () => {
    const rows: CellValue[][] = [
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Nilai investasi PMDN", "Rp miliar", "1.200", "1.260", "105"],
      [2, "Realisasi investasi PMA", "Rp miliar", "-", "-", "-"],
      [3, "Target PAD tercapai", "%", "100", "98", "98"],
    ];
    const sb = new SheetBuilder("Pengukuran");
    sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
    for (const r of rows) sb.row(r);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.tables).toHaveLength(1);
    expect(read.indicators.map((i) => i.indikator)).toEqual([
      "Nilai investasi PMDN",
      "Realisasi investasi PMA",
      "Target PAD tercapai",
    ]);
  });
});
