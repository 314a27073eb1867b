/**
 * A scale legend printed in one cell under a table ("Predikat: > 100 = Sangat Baik; 75 – 100 Baik; …",
 * "Keterangan: SB ≥ 91, B 76–90, …", one band a line) is read into the same bands as a legend of rows: it
 * is cut off the table's rows, kept in ReadResult.legenda, and compared with the run's scale (the same
 * bands say nothing, other bands LEGENDA_SKALA_BERBEDA, a band no range reads LEGENDA_SKALA_TIDAK_TERBACA).
 * Over separators, titles, word-before-range and range-before-word, initials, positions and merges.
 */
import { compute } from "../../src/engine/compute";
import { defaultSettings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/reader";
import { legendaSatuSel } from "../../src/reader/legenda-sel";
import { bacaRentang } from "../../src/engine/rentang-legenda";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const LKJIP = [
  ["> 100", "Sangat Baik"],
  ["75 – 100", "Baik"],
  ["55 – 75", "Cukup"],
  ["< 55", "Kurang"],
];

/** the same four bands written as agencies write them in one cell */
const SAMA: [string, string][] = [
  ["semicolons, '=' joins", "Predikat: > 100 = Sangat Baik; 75 – 100 = Baik; 55 – 75 = Cukup; < 55 = Kurang"],
  [
    "line breaks, title alone",
    "Kriteria predikat:\n> 100 % Sangat Baik\n75 % s.d. 100 % Baik\n55 % s.d. 75 % Cukup\n< 55 % Kurang",
  ],
  ["word first, bracketed ranges", "Sangat Baik (> 100); Baik (75 - 100); Cukup (55 - 75); Kurang (< 55)"],
  ["word first with colons, no title", "Sangat Baik: > 100; Baik: 75 - 100; Cukup: 55 - 75; Kurang: < 55"],
  ["commas, initials", "Keterangan: SB > 100, B 75–100, C 55–75, K < 55"],
  ["bars", "Skala Nilai: > 100 Sangat Baik | 75 – 100 Baik | 55 – 75 Cukup | < 55 Kurang"],
  // the capaian's letter between word and sign belongs to the range
  ["word, then C", "Sangat Baik C > 100; Baik 75 ≤ C ≤ 100; Cukup 55 ≤ C ≤ 75; Kurang C < 55"],
  ["initials, then x", "SB x > 100; B 75 ≤ x ≤ 100; C 55 ≤ x ≤ 75; K x < 55"],
];

describe("legendaSatuSel", () => {
  test.each(SAMA)("%s", (_, teks) => {
    const pita = legendaSatuSel(teks)!;
    expect(pita.map((b) => bacaRentang(b.rentang))).toEqual(LKJIP.map(([r]) => bacaRentang(r!)));
    const kata = pita.map((b) => b.kata);
    const initials = LKJIP.map(([, w]) => w!.replace(/\p{Ll}+\s?/gu, ""));
    expect([LKJIP.map(([, w]) => w), initials]).toContainEqual(kata);
  });

  test.each([
    "Meningkatnya kesejahteraan sosial, 75 orang, 12 desa",
    "Catatan: data sementara per 31 Desember 2024, sumber BPS",
    "Keterangan: C = R/T x 100%",
    "Sumber: BPS 2024; Dinas Sosial 2024; Bappeda 2023",
  ])("no legend: %s", (teks) => expect(legendaSatuSel(teks)).toBeUndefined());
});

const HEAD = [
  "No",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Target",
  "Realisasi",
  "Capaian (%)",
  "Predikat",
];

function sheet(legend: string, gap: number, col: number, merged: boolean) {
  const s = new SheetBuilder("Pengukuran");
  s.row(["PENGUKURAN KINERJA TAHUN 2024"]);
  s.blank();
  s.row(HEAD);
  s.row([
    1,
    "Meningkatnya ketangguhan",
    "Indeks ketahanan daerah",
    "Indeks",
    0.6,
    0.62,
    103.33,
    "Sangat Baik",
  ]);
  s.row([2, "", "Persentase desa tangguh bencana", "%", 40, 38, 95, "Baik"]);
  s.blank(gap);
  const line: string[] = [];
  line[col] = legend;
  const at = s.row(Array.from(line, (x) => x ?? ""));
  if (merged) s.mergeAcross(at, col, HEAD.length - 1);
  return { wb: workbook(s.build()), cell: `${"ABCDEFGH"[col]}${at + 1}` };
}

const placed = SAMA.flatMap(([what, teks], k) =>
  [0, 1].map((gap) => [`${what}, ${gap} empty row(s)`, teks, gap, (k % 2) * 2, k % 3 !== 0] as const),
);

describe("a one-cell legend under a table", () => {
  test.each(placed)("is a legend, not a row of the table: %s", (_, teks, gap, col, merged) => {
    const { wb, cell } = sheet(teks, gap, col, merged);
    const read = readWorkbook(wb);
    expect(read.tables.map((t) => t.range)).toEqual(["A3:H5"]);
    expect(read.indicators.map((i) => i.indikator)).toEqual([
      "Indeks ketahanan daerah",
      "Persentase desa tangguh bencana",
    ]);
    expect(read.legenda).toHaveLength(1);
    expect(read.legenda![0]!.range).toBe(cell);
    expect(read.legenda![0]!.baris.map((b) => b.kata.length > 0)).toEqual([true, true, true, true]);
    // the same bands as the run's scale (LKjIP 4 kategori): nothing to say
    const kode = compute(read, defaultSettings()).temuan.map((t) => t.kode);
    expect(kode.filter((k) => k.startsWith("LEGENDA"))).toEqual([]);
  });

  test.each([
    ["other bounds", "Predikat: > 100 = Sangat Baik; 75 – 100 Baik; 50 – 75 Cukup; < 50 Kurang"],
    ["initials, Permendagri's numbers", "Keterangan: SB ≥ 91, B 76–90, C 66–75, K ≤ 65"],
    [
      "another scale's words, line breaks",
      "Kriteria:\n≥ 91 Sangat Tinggi\n76 – 90 Tinggi\n66 – 75 Sedang\n51 – 65 Rendah\n≤ 50 Sangat Rendah",
    ],
  ])("is compared with the run's scale: %s", (_, teks) => {
    const read = readWorkbook(sheet(teks, 1, 0, true).wb);
    const temuan = compute(read, defaultSettings()).temuan.filter((t) => t.kode.startsWith("LEGENDA"));
    expect(temuan.map((t) => t.kode)).toEqual(["LEGENDA_SKALA_BERBEDA"]);
    expect(temuan[0]!.sel[0]!.cell).toBe("A7");
  });

  test("a band no range reads is named, not dropped", () => {
    const teks = "Predikat: > 100 Sangat Baik; 75 – 100 Baik; 55 – 75 – 80 Cukup; < 55 Kurang";
    const read = readWorkbook(sheet(teks, 0, 0, false).wb);
    const kode = compute(read, defaultSettings()).temuan.map((t) => t.kode);
    expect(kode.filter((k) => k.startsWith("LEGENDA"))).toEqual(["LEGENDA_SKALA_TIDAK_TERBACA"]);
  });
});
