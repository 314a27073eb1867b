/**
 * A row under a table's indicators that starts with a total's word ("Rata-rata", "Rerata", "Jumlah",
 * "Total") and prints a result with no target or realisasi of its own (its label merged across them, or
 * those cells empty) is a printed average or total, whatever words follow ("… kinerja Dinas", "… OPD",
 * "… seluruh indikator"): never an indicator whose target cannot be read. Right under the average of the
 * last of several sasaran, it averages every sasaran's rows. An indicator named with such a word
 * ("Rata-rata lama sekolah", "Jumlah desa mandiri") keeps its target and realisasi and stays an indicator.
 */
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const HEAD = [
  "No",
  "Sasaran",
  "Indikator Kinerja",
  "Satuan",
  "Target",
  "Realisasi",
  "Capaian (%)",
  "Predikat",
];
const S = ["Meningkatnya produksi perikanan", "Meningkatnya kesejahteraan nelayan"];
// target, realisasi: capaian 106,40; 94,03; 98,50; 109,38 (mean 102,08)
const ROWS: [string, number, number][] = [
  ["Produksi perikanan tangkap", 21500, 22876],
  ["Produksi perikanan budidaya", 9800, 9215],
  ["Nilai Tukar Nelayan", 105, 103.42],
  ["Persentase nelayan yang terlindungi asuransi", 40, 43.75],
];
const cap = (t: number, r: number): number => (r / t) * 100;
const MEAN = ROWS.reduce((s, [, t, r]) => s + cap(t, r), 0) / ROWS.length;

const LABELS = [
  "Rata-rata capaian kinerja Dinas",
  "RATA-RATA CAPAIAN KINERJA OPD",
  "Rerata capaian seluruh indikator",
  "Rata-rata Capaian Badan",
];

interface Variant {
  label: string;
  merged: boolean;
  perSasaran: boolean;
  printed?: number;
}

function build(v: Variant) {
  const sb = new SheetBuilder("Capaian Sasaran");
  sb.row(["Tabel 3.2 Capaian Kinerja Sasaran Tahun 2024"]);
  sb.blank();
  sb.row(HEAD);
  [0, 1].forEach((s) => {
    const rows = ROWS.slice(s * 2, s * 2 + 2);
    rows.forEach(([ind, t, r], k) => sb.row([s * 2 + k + 1, S[s]!, ind, "-", t, r, cap(t, r), "Baik"]));
    if (v.perSasaran) {
      const m = rows.reduce((a, [, t, r]) => a + cap(t, r), 0) / 2;
      sb.row(["", `Rata-rata capaian sasaran ${s + 1}`, "", "", "", "", m, "Baik"]);
    }
  });
  const label = v.merged ? [v.label, v.label, v.label, v.label, v.label] : [v.label, "", "", "", ""];
  const tot = sb.row(["", ...label, v.printed ?? MEAN, "Sangat Baik"]);
  if (v.merged) sb.mergeAcross(tot, 1, 5);
  return workbook(sb.build());
}

const cases: [string, Variant][] = [];
LABELS.forEach((label, k) =>
  [true, false].forEach((merged) =>
    cases.push([
      `"${label}", ${merged ? "merged" : "not merged"}`,
      { label, merged, perSasaran: k % 2 === 0 },
    ]),
  ),
);

const codes = (wb: ReturnType<typeof build>) =>
  compute(readWorkbook(wb), Settings.parse({ tahun: 2024 })).temuan.map((t) => t.kode);

describe("an average row whose label goes on past the total's word", () => {
  test.each(cases)("is a printed average, no indicator: %s", (_, v) => {
    const read = readWorkbook(build(v));
    expect(read.indicators.map((i) => i.indikator)).toEqual(ROWS.map((r) => r[0]));
    const grand = read.aggregates[read.aggregates.length - 1]!;
    expect(grand.kind).toBe("rata-rata");
    expect(grand.members).toHaveLength(4);
    const found = codes(build(v));
    expect(found).not.toContain("TARGET_TIDAK_TERBACA");
    expect(found).not.toContain("RATA_RATA_TIDAK_SESUAI");
  });

  test.each([true, false])(
    "a grand average its rows do not give is reported (per sasaran: %p)",
    (perSasaran) => {
      const found = codes(build({ label: LABELS[0]!, merged: true, perSasaran, printed: 96 }));
      expect(found).toContain("RATA_RATA_TIDAK_SESUAI");
    },
  );

  test.each([
    ["Rata-rata lama sekolah", "tahun", 9.1, 9.25],
    ["Jumlah desa berstatus mandiri", "desa", 12, 14],
    ["Total produksi perikanan", "ton", 31300, 32091],
  ])("an indicator named with a total's word stays an indicator: %s", (name, satuan, t, r) => {
    const sb = new SheetBuilder("Pengukuran");
    sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
    sb.blank();
    sb.row(HEAD);
    sb.row([1, S[0]!, ROWS[0]![0], "ton", ROWS[0]![1], ROWS[0]![2], cap(ROWS[0]![1], ROWS[0]![2]), "Baik"]);
    sb.row([2, S[0]!, name, satuan, t, r, cap(t, r), "Baik"]);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.indicators.map((i) => i.indikator)).toEqual([ROWS[0]![0], name]);
    expect(read.aggregates).toEqual([]);
  });
});
