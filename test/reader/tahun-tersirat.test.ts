/**
 * Years and roles a column's header leaves unsaid, decided from the table around it:
 * - a national-standard table's own target and realisasi ("Target Kabupaten", "Realisasi NTB", plain
 *   "Target") are the report year's, the year the workbook's pengukuran table states, when the national
 *   table, its sheet and the lines above it state none; the national target keeps no year;
 * - "Capaian thd Target Akhir" is the realisasi up to the latest year its Renstra table reports;
 * - "Kategori" whose cells grade spending ("Efisien", "Kurang Efisien") beside an efficiency or budget
 *   table is keterangan; the same header over a predikat scale stays predikat.
 */
import type { ColumnMapping, TableMapping } from "../../src/engine/mapping";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const IND = ["Tingkat pengangguran terbuka", "Indeks Pembangunan Ketenagakerjaan", "Persentase desa mandiri"];

function pengukuran(sb: SheetBuilder, year: number, inTitle: boolean): void {
  sb.row([inTitle ? `Tabel 3.1 Pengukuran Kinerja Tahun ${year}` : "Tabel 3.1 Pengukuran Kinerja"]);
  const [t, r] = inTitle ? ["Target", "Realisasi"] : [`Target ${year}`, `Realisasi ${year}`];
  sb.row(["No", "Indikator Kinerja", "Satuan", t, r, "Capaian (%)"]);
  IND.forEach((n, i) => sb.row([i + 1, n, "%", "80", "84", "105"]));
}

function nasional(sb: SheetBuilder, t: string, r: string, title: string): number {
  sb.row([title]);
  const h = sb.row(["No", "Indikator", "Satuan", "Target Nasional", t, r]);
  IND.forEach((n, i) => sb.row([i + 1, n, "%", "70", "80", "84"]));
  return h;
}

const at = (tables: TableMapping[], h: number, sheet: string): TableMapping =>
  tables.find((x) => x.sheet === sheet && x.headerRows[0] === h)!;
const roleOf = (t: TableMapping, role: string): ColumnMapping[] => t.columns.filter((c) => c.role === role);

const HEADS: [string, string][] = [
  ["Target Kabupaten", "Realisasi Kabupaten"],
  ["Target Kota Makassar", "Realisasi Kota Makassar"],
  ["Target NTB", "Realisasi NTB"],
  ["Target", "Realisasi"],
  ["target kota", "realisasi kota"],
];

describe("a national table's target and realisasi take the report year", () => {
  test.each(
    HEADS.flatMap((h) =>
      [2023, 2024].flatMap((y) =>
        [true, false].map((same): [string, number, boolean, [string, string]] => [h.join(" | "), y, same, h]),
      ),
    ),
  )("%s, report year %s (same sheet: %s)", (_, year, same, [t, r]) => {
    const a = new SheetBuilder(`Tabel 3.1`);
    pengukuran(a, year, year === 2024);
    const b = same ? a : new SheetBuilder("Renstra-SPM");
    if (same) b.blank(2);
    const h = nasional(b, t, r, "Tabel 3.4 Perbandingan dengan Standar Nasional");
    const read = readWorkbook(same ? workbook(a.build()) : workbook(a.build(), b.build()));
    const nas = at(read.tables, h, same ? a.name : b.name);
    expect(nas.kind).toBe("nasional");
    expect(roleOf(nas, "target").map((c) => c.tahun)).toEqual([year]);
    expect(roleOf(nas, "realisasi").map((c) => c.tahun)).toEqual([year]);
    expect(roleOf(nas, "targetNasional").map((c) => c.tahun)).toEqual([undefined]);
    // taken from another sheet's table: below a header's own year, so the pane asks
    if (!same) expect(roleOf(nas, "target")[0]!.confidence).toBeLessThanOrEqual(0.75);
  });

  test("the national table's own title year wins over the report year", () => {
    const a = new SheetBuilder("Tabel 3.1");
    pengukuran(a, 2024, true);
    const b = new SheetBuilder("SPM");
    const h = nasional(
      b,
      "Target Kabupaten",
      "Realisasi Kabupaten",
      "Perbandingan dengan Standar Nasional Tahun 2023",
    );
    const nas = at(readWorkbook(workbook(a.build(), b.build())).tables, h, "SPM");
    expect(roleOf(nas, "target").map((c) => c.tahun)).toEqual([2023]);
  });

  test("with no pengukuran or PK table stating a year, the columns keep none", () => {
    const b = new SheetBuilder("SPM");
    const h = nasional(b, "Target Kabupaten", "Realisasi Kabupaten", "Perbandingan dengan Standar Nasional");
    const nas = at(readWorkbook(workbook(b.build())).tables, h, "SPM");
    expect(roleOf(nas, "target").map((c) => c.tahun)).toEqual([undefined]);
  });
});

const CR = [
  "Capaian thd Target Akhir (%)",
  "% Capaian thd Target Akhir",
  "Tingkat Capaian Target Akhir (%)",
  "Capaian terhadap Target Akhir Renstra (%)",
];

describe("the capaian against the end target is the latest realisasi year's", () => {
  test.each(CR.flatMap((h) => [2023, 2024].map((y): [string, number] => [h, y])))(
    "%s, realisasi up to %s",
    (cr, last) => {
      const sb = new SheetBuilder("Renstra");
      sb.row(["Tabel 3.3 Perbandingan Realisasi dengan Target Renstra 2021-2026"]);
      const years = [2021, 2022, 2023, 2024].filter((y) => y <= last);
      const h = sb.row([
        "No",
        "Indikator Kinerja",
        "Satuan",
        ...years.map((y) => `Realisasi ${y}`),
        "Target Akhir 2026",
        cr,
      ]);
      IND.forEach((n, i) => sb.row([i + 1, n, "%", ...years.map(() => "80"), "90", "88,9"]));
      const t = at(readWorkbook(workbook(sb.build())).tables, h, "Renstra");
      expect(roleOf(t, "capaianRenstra").map((c) => c.tahun)).toEqual([last]);
      expect(roleOf(t, "targetAkhir").map((c) => c.tahun)).toEqual([2026]);
    },
  );
});

const EFISIEN = [
  ["Efisien", "Kurang Efisien", "Efisien"],
  ["Sangat Efisien", "Efisien", "Tidak Efisien"],
  ["efisien", "cukup efisien", "sangat efisien"],
];

describe("a Kategori grading spending is keterangan", () => {
  test.each(
    ["Kategori", "kategori", "Kriteria"].flatMap((k) =>
      EFISIEN.flatMap((w) =>
        ["efisiensi", "anggaran"].map((shape): [string, string, string, string[]] => [
          k,
          shape,
          w.join("/"),
          w,
        ]),
      ),
    ),
  )("%s over %s table (%s)", (kat, shape, _, words) => {
    const sb = new SheetBuilder("Efisiensi");
    sb.row(["Tabel 3.5 Efisiensi Penggunaan Anggaran"]);
    // the efficiency table sets the capaian beside the spending; a budget table has the spending alone
    const eff = shape === "efisiensi";
    const h = sb.row([
      "No",
      "Program",
      ...(eff ? ["Capaian Kinerja (%)"] : []),
      "Pagu",
      "Realisasi Anggaran",
      "Serapan (%)",
      ...(eff ? ["Efisiensi (%)"] : []),
      kat,
    ]);
    words.forEach((w, i) =>
      sb.row([
        i + 1,
        `Program ${i + 1}`,
        ...(eff ? ["101"] : []),
        "1000000",
        "950000",
        "95",
        ...(eff ? ["6"] : []),
        w,
      ]),
    );
    const t = at(readWorkbook(workbook(sb.build())).tables, h, "Efisiensi");
    expect(t.columns.find((c) => c.header === kat)?.role).toBe("keterangan");
  });

  test.each(["Kategori", "Kriteria"])(
    "%s over a predikat scale beside the same table stays predikat",
    (kat) => {
      const sb = new SheetBuilder("Efisiensi");
      sb.row(["Tabel 3.5 Efisiensi Penggunaan Anggaran"]);
      const h = sb.row([
        "No",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian (%)",
        "Efisiensi (%)",
        kat,
      ]);
      ["Sangat Baik", "Baik", "Cukup"].forEach((w, i) => sb.row([i + 1, IND[i]!, "80", "84", "105", "6", w]));
      const t = at(readWorkbook(workbook(sb.build())).tables, h, "Efisiensi");
      expect(t.columns.find((c) => c.header === kat)?.role).toBe("predikat");
    },
  );
});
