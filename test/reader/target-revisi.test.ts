/**
 * A revised agreement beside the original (PK Perubahan, APBD-P): the revised target or pagu is the one in
 * force, the original is kept as keterangan, and the two are never "targets that differ". A family of
 * wordings (Awal / Murni / Semula / Sebelum Perubahan against Perubahan / Revisi / Setelah Perubahan /
 * APBD-P), both orders, a group header over the pair, and a lone column of either kind left as it is.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

const T = 2024;

// [indikator, satuan, original, revised]
const PK: [string, string, number, number][] = [
  ["Produksi perikanan budidaya", "ton", 12500, 11800],
  ["Produksi perikanan tangkap", "ton", 8200, 8200],
  ["Angka konsumsi ikan", "kg/kapita/tahun", 38.5, 37],
];

function pk(
  header: CellValue[],
  row: (d: (typeof PK)[number], i: number) => CellValue[],
  group?: CellValue[],
) {
  const sb = new SheetBuilder("PK 2024");
  sb.row(["PERJANJIAN KINERJA PERUBAHAN TAHUN 2024"]);
  sb.blank();
  const g = group ? sb.row(group) : undefined;
  const h = sb.row(header);
  if (g !== undefined) {
    const pair = group!.findIndex(
      (x) => x !== "" && !["No", "Indikator Kinerja", "Satuan"].includes(String(x)),
    );
    sb.mergeAcross(g, pair, pair + 1);
    for (let c = 0; c < header.length; c++) if (header[c] === "") sb.mergeDown(c, g, h);
  }
  PK.forEach((d, i) => sb.row(row(d, i)));
  return readWorkbook(workbook(sb.build()));
}

const PAIRS: [original: string, revised: string][] = [
  ["Target Awal", "Target Perubahan"],
  ["Target Murni", "Target Perubahan"],
  ["Target (Sebelum Perubahan)", "Target (Setelah Perubahan)"],
  ["Target Semula", "Target Revisi"],
  ["Target", "Target PK Perubahan"],
  ["Target 2024", "Target 2024 (Perubahan)"],
  ["Target PK Awal", "Perubahan Target"],
];

describe("the revised target is the target, the original is information", () => {
  test.each(PAIRS.flatMap(([o, v]) => [[o, v, "original first"] as const, [o, v, "revised first"] as const]))(
    "%s | %s (%s)",
    (original, revised, order) => {
      const first = order === "original first";
      const r = pk(
        ["No", "Indikator Kinerja", "Satuan", first ? original : revised, first ? revised : original],
        (d, i) => [i + 1, d[0], d[1], first ? d[2] : d[3], first ? d[3] : d[2]],
      );
      const cols = r.tables[0]!.columns;
      expect(cols.find((c) => c.header === revised)?.role).toBe("target");
      expect(cols.find((c) => c.header === original)?.role).toBe("keterangan");
      expect(r.indicators.map((i) => i.tahun[String(T)]?.target?.raw)).toEqual(PK.map((d) => d[3]));
      expect(complaints(r, T)).toEqual([]);
    },
  );

  test("a group 'Target' over 'Awal | Perubahan', with a realisasi graded against the revised one", () => {
    const r = pk(
      ["", "", "", "Awal", "Perubahan", "", ""],
      (d, i) => [i + 1, d[0], d[1], d[2], d[3], d[3], 100],
      ["No", "Indikator Kinerja", "Satuan", "Target", "", "Realisasi", "Capaian (%)"],
    );
    const cols = r.tables[0]!.columns;
    expect(cols.map((c) => c.role)).toEqual([
      "no",
      "indikator",
      "satuan",
      "keterangan",
      "target",
      "realisasi",
      "capaian",
    ]);
    expect(r.indicators.map((i) => i.tahun[String(T)]?.target?.raw)).toEqual(PK.map((d) => d[3]));
    expect(complaints(r, T)).toEqual([]);
  });

  test.each(["Target Awal", "Target Perubahan", "Target Murni"])("a lone %s is the target", (h) => {
    const r = pk(["No", "Indikator Kinerja", "Satuan", h], (d, i) => [i + 1, d[0], d[1], d[3]]);
    expect(r.tables[0]!.columns[3]!.role).toBe("target");
    expect(r.indicators.map((i) => i.tahun[String(T)]?.target?.raw)).toEqual(PK.map((d) => d[3]));
  });
});

describe("the revised pagu (APBD-P) is the pagu", () => {
  const PROGRAMS: [string, number, number, number][] = [
    ["Program Pengelolaan Perikanan Budidaya", 2500000000, 2350000000, 2200000000],
    ["Program Pengelolaan Perikanan Tangkap", 1800000000, 1875500000, 1700000000],
  ];
  test.each([
    ["Pagu Murni (Rp)", "Pagu Perubahan (Rp)"],
    ["Anggaran Sebelum Perubahan (Rp)", "Anggaran Setelah Perubahan (Rp)"],
    ["Pagu APBD (Rp)", "Pagu APBD-P (Rp)"],
  ])("%s | %s", (original, revised) => {
    const sb = new SheetBuilder("Anggaran");
    sb.row(["Realisasi Anggaran per Program Tahun 2024"]);
    sb.blank();
    sb.row(["No", "Program", original, revised, "Realisasi (Rp)"]);
    PROGRAMS.forEach((p, i) => sb.row([i + 1, p[0], p[1], p[2], p[3]]));
    const r = readWorkbook(workbook(sb.build()));
    expect(r.tables[0]!.columns.map((c) => c.role)).toEqual([
      "no",
      "program",
      "keterangan",
      "pagu",
      "realisasiAnggaran",
    ]);
    expect(r.anggaran.map((a) => a.anggaran.pagu?.raw)).toEqual(PROGRAMS.map((p) => p[2]));
  });
});
