/**
 * A scale legend the workbook prints is compared with the scale the run grades on, by what a reader of
 * the legend means: both presets in the ways agencies print them (words, signs with and without "C",
 * integer spans that leave 90,5 in no band, spans that put 75 in two), a custom scale, a legend equal to
 * the run's scale (nothing said), bounds or words that differ (said, with the preset that matches), a
 * score scale's legend (not compared) and legends that cannot be read (named, never dropped).
 */
import { compute } from "../../src/engine/compute";
import type { LegendaSkala } from "../../src/engine/mapping";
import type { Temuan } from "../../src/engine/model";
import { bacaRentang } from "../../src/engine/rentang-legenda";
import type { PredikatScale, SettingsInput } from "../../src/engine/settings";
import { settings } from "./helpers";

type Pita = [rentang: string, kata: string];

function legenda(rows: Pita[], sheet = "Tabel 3.1", col = "J", top = 5): LegendaSkala {
  return {
    sheet,
    range: `${col}${top}:K${top + rows.length - 1}`,
    baris: rows.map(([rentang, kata], i) => ({ rentang, kata, sel: { sheet, cell: `${col}${top + i}` } })),
  };
}

function run(ls: LegendaSkala[], s: SettingsInput = {}): Temuan[] {
  const input = { indicators: [], anggaran: [], aggregates: [], temuan: [], legenda: ls };
  return compute(input, settings({ tahun: 2024, ...s })).temuan.filter((t) => t.kode.startsWith("LEGENDA"));
}

const PERMENDAGRI: Record<string, Pita[]> = {
  kata: [
    ["91 ke atas", "Sangat Tinggi"],
    ["76 s/d 90", "Tinggi"],
    ["66 s/d 75", "Sedang"],
    ["51 s/d 65", "Rendah"],
    ["50 ke bawah", "Sangat Rendah"],
  ],
  tanda: [
    ["C ≥ 91", "Sangat Tinggi"],
    ["76 ≤ C < 91", "Tinggi"],
    ["66 ≤ C < 76", "Sedang"],
    ["51 ≤ C < 66", "Rendah"],
    ["C < 51", "Sangat Rendah"],
  ],
  bulat: [
    ["91 - 100", "Sangat Tinggi"],
    ["76 - 90", "Tinggi"],
    ["66 - 75", "Sedang"],
    ["51 - 65", "Rendah"],
    ["0 - 50", "Sangat Rendah"],
  ],
  ascii: [
    [">= 91 %", "SANGAT TINGGI"],
    ["76 % - < 91 %", "TINGGI"],
    ["66 % - < 76 %", "SEDANG"],
    ["51 % - < 66 %", "RENDAH"],
    ["< 51 %", "SANGAT RENDAH"],
  ],
  terbalik: [
    ["91 ≤ x ≤ 100", "Sangat Tinggi"],
    ["76 ≤ x ≤ 90", "Tinggi"],
    ["66 ≤ x ≤ 75", "Sedang"],
    ["51 ≤ x ≤ 65", "Rendah"],
    ["x ≤ 50", "Sangat Rendah"],
  ],
};

const LKJIP: Record<string, Pita[]> = {
  sd: [
    ["> 100 %", "Sangat Baik"],
    ["75 % s.d. 100 %", "Baik"],
    ["55 % s.d. < 75 %", "Cukup"],
    ["< 55 %", "Kurang"],
  ],
  tumpang: [
    ["> 100", "Sangat Baik"],
    ["75 - 100", "Baik"],
    ["55 - 75", "Cukup"],
    ["< 55", "Kurang"],
  ],
  kata: [
    ["lebih dari 100", "Sangat Baik"],
    ["75 sampai dengan 100", "Baik"],
    ["55 sampai 74", "Cukup"],
    ["kurang dari 55", "Kurang"],
  ],
  tanda: [
    ["C > 100", "sangat baik"],
    ["75 ≤ C ≤ 100", "baik"],
    ["55 ≤ C < 75", "cukup"],
    ["C < 55", "kurang"],
  ],
};

describe("a legend equal to the run's scale says nothing", () => {
  test.each(Object.keys(PERMENDAGRI))("Permendagri 86/2017 printed %s, run on it", (k) => {
    expect(run([legenda(PERMENDAGRI[k]!)], { skala: "permendagri86" })).toEqual([]);
  });
  test.each(Object.keys(LKJIP))("LKjIP 4 kategori printed %s, run on it", (k) => {
    expect(run([legenda(LKJIP[k]!)])).toEqual([]);
  });
  test("a user's scale printed as its legend", () => {
    expect(run([legenda(CUSTOM)], { skala: CUSTOM_SCALE })).toEqual([]);
  });
});

describe("a preset's legend under the other preset is a notice naming the setting that matches", () => {
  test.each(Object.keys(PERMENDAGRI))("Permendagri 86/2017 printed %s, run on LKjIP", (k) => {
    const ts = run([legenda(PERMENDAGRI[k]!)]);
    expect(ts.map((t) => [t.kode, t.tingkat])).toEqual([["LEGENDA_SKALA_BERBEDA", "info"]]);
    const t = ts[0]!;
    expect(t.sel.map((s) => s.cell)).toEqual(["J5", "J6", "J7", "J8", "J9"]);
    expect(t.pesan.id).toContain("Tabel 3.1!J5:K9");
    expect(t.pesan.id).toContain(`"${PERMENDAGRI[k]![1]![0]}"`);
    expect(t.pesan.id).toContain("LKjIP 4 kategori (C > 100 Sangat Baik · 75 ≤ C ≤ 100 Baik");
    expect(t.pesan.id).toContain("pilih skala Permendagri 86/2017 di Pengaturan");
    expect(t.pesan.en).toContain("choose Permendagri 86/2017 in Pengaturan");
  });
  test.each(Object.keys(LKJIP))("LKjIP printed %s, run on Permendagri 86/2017", (k) => {
    const ts = run([legenda(LKJIP[k]!)], { skala: "permendagri86" });
    expect(ts.map((t) => t.kode)).toEqual(["LEGENDA_SKALA_BERBEDA"]);
    expect(ts[0]!.pesan.id).toContain("pilih skala LKjIP 4 kategori di Pengaturan");
  });
  test("a user's scale in force and a preset's legend", () => {
    const ts = run([legenda(LKJIP.sd!)], { skala: CUSTOM_SCALE });
    expect(ts[0]!.pesan.id).toContain("pilih skala LKjIP 4 kategori di Pengaturan");
  });
});

/** an inspectorate's own five bands, as a user would define them in Pengaturan */
const CUSTOM: Pita[] = [
  ["≥ 100 %", "Sangat Berhasil"],
  ["85 % s.d. < 100 %", "Berhasil"],
  ["70 % s.d. < 85 %", "Cukup Berhasil"],
  ["55 % s.d. < 70 %", "Kurang Berhasil"],
  ["< 55 %", "Tidak Berhasil"],
];
const CUSTOM_SCALE: PredikatScale = {
  id: "inspektorat",
  nama: "Skala Inspektorat",
  bands: [
    { label: "Sangat Berhasil", from: 100, fromInclusive: true, to: null, toInclusive: false },
    { label: "Berhasil", from: 85, fromInclusive: true, to: 100, toInclusive: false },
    { label: "Cukup Berhasil", from: 70, fromInclusive: true, to: 85, toInclusive: false },
    { label: "Kurang Berhasil", from: 55, fromInclusive: true, to: 70, toInclusive: false },
    { label: "Tidak Berhasil", from: 0, fromInclusive: true, to: 55, toInclusive: false },
  ],
};

describe("what differs is named: a band's bound, a word, a gap", () => {
  test("a custom legend: its words are not the run's, and no preset is suggested", () => {
    const t = run([legenda(CUSTOM)])[0]!;
    expect(t.pesan.id).toContain('kata legenda ("Sangat Berhasil"');
    expect(t.pesan.id).toContain("buat skala dengan rentang dan kata legenda di Pengaturan");
    expect(t.pesan.en).toContain("define a scale with its ranges and words");
  });
  test("100 % graded Sangat Baik (≥ 100) where LKjIP says Baik", () => {
    const rows: Pita[] = [["≥ 100 %", "Sangat Baik"], ["75 % - < 100 %", "Baik"], ...LKJIP.sd!.slice(2)];
    const ts = run([legenda(rows)]);
    expect(ts).toHaveLength(1);
    expect(ts[0]!.pesan.id).toContain('"Sangat Baik" dicetak "≥ 100 %", di LKjIP 4 kategori C > 100');
    expect(ts[0]!.pesan.id).not.toContain("Pengaturan: ");
    expect(ts[0]!.pesan.id).toContain("buat skala");
  });
  test("Permendagri words with bounds shifted by one", () => {
    const rows: Pita[] = [
      ["≥ 90", "Sangat Tinggi"],
      ["75 – 89", "Tinggi"],
      ["65 – 74", "Sedang"],
      ["50 – 64", "Rendah"],
      ["< 50", "Sangat Rendah"],
    ];
    const t = run([legenda(rows)], { skala: "permendagri86" })[0]!;
    expect(t.pesan.id).toContain('"Sangat Tinggi" dicetak "≥ 90", di Permendagri 86/2017 C ≥ 91');
    expect(t.pesan.en).toContain('"Tinggi" is printed "75 – 89", in Permendagri 86/2017 76 ≤ C < 91');
  });
  test("a word the scale lacks and one the legend lacks", () => {
    const rows: Pita[] = [
      ["> 100", "Sangat Baik"],
      ["75 - 100", "Baik"],
      ["55 - 75", "Cukup"],
      ["< 55", "Buruk"],
    ];
    const t = run([legenda(rows)])[0]!;
    expect(t.pesan.id).toContain('kata "Buruk" ("< 55") tidak ada di LKjIP 4 kategori');
    expect(t.pesan.id).toContain('LKjIP 4 kategori punya "Kurang" (C < 55) yang tidak ada di legenda');
  });
  test("a gap wider than a printed step", () => {
    const rows: Pita[] = [
      ["> 100", "Sangat Baik"],
      ["80 - 100", "Baik"],
      ["55 - 70", "Cukup"],
      ["< 55", "Kurang"],
    ];
    const t = run([legenda(rows)])[0]!;
    expect(t.pesan.id).toContain("legenda tidak menilai capaian antara 70 dan 80");
  });
  test("a score scale's legend (IKM) grades no capaian: not compared", () => {
    const ikm: Pita[] = [
      ["88,31 – 100", "Sangat Baik"],
      ["76,61 – 88,30", "Baik"],
      ["65,00 – 76,60", "Kurang Baik"],
      ["25,00 – 64,99", "Tidak Baik"],
    ];
    expect(run([legenda(ikm)])).toEqual([]);
  });
});

describe("a legend that cannot be read is named, not dropped", () => {
  test("a band printed on two scales at once", () => {
    const rows: Pita[] = [
      ["91 – 100 (3,6 – 4,0)", "Sangat Tinggi"],
      ["76 – 90 (3,0 – 3,5)", "Tinggi"],
      ["66 – 75", "Sedang"],
    ];
    const ts = run([legenda(rows, "Pengukuran", "B", 20)]);
    expect(ts.map((t) => [t.kode, t.tingkat])).toEqual([["LEGENDA_SKALA_TIDAK_TERBACA", "info"]]);
    expect(ts[0]!.sel.map((s) => s.cell)).toEqual(["B20", "B21"]);
    expect(ts[0]!.pesan.id).toContain('"76 – 90 (3,0 – 3,5)" Tinggi (Pengukuran!B21)');
    expect(ts[0]!.pesan.en).toContain("was not compared with the LKjIP 4 kategori scale");
  });
  test("a word printed for two bands, and a band without a word", () => {
    expect(run([legenda([...LKJIP.sd!, ["≥ 120 %", "Sangat Baik"]])]).map((t) => t.kode)).toEqual([
      "LEGENDA_SKALA_TIDAK_TERBACA",
    ]);
    expect(run([legenda([...LKJIP.sd!.slice(0, 3), ["< 55 %", ""]])])[0]!.sel).toEqual([
      { sheet: "Tabel 3.1", cell: "J8" },
    ]);
  });
});

describe("a band's bounds as printed", () => {
  test.each([
    ["> 100 %", [100, false, null, false]],
    ["C ≥ 91", [91, true, null, false]],
    ["100 < C", [100, false, null, false]],
    ["76 ≤ C < 91", [76, true, 91, false]],
    ["91 > C ≥ 76", [76, true, 91, false]],
    ["55 % s.d. < 75 %", [55, true, 75, false]],
    ["> 80 – 90", [80, false, 90, true]],
    ["76 s/d 90", [76, true, 90, true]],
    ["88,31 – 100", [88.31, true, 100, true]],
    ["91 ke atas", [91, true, null, false]],
    ["90 atau lebih", [90, true, null, false]],
    ["di atas 90", [90, false, null, false]],
    ["50 ke bawah", [null, true, 50, true]],
    ["kurang dari 51", [null, true, 51, false]],
    ["maks. 50", [null, true, 50, true]],
    ["minimal 91", [91, true, null, false]],
    ["Capaian < 55%", [null, true, 55, false]],
  ] as const)("%s", (teks, [from, fi, to, ti]) => {
    expect(bacaRentang(teks)).toEqual({ from, fromInclusive: fi, to, toInclusive: ti });
  });
  test.each(["76 – 90 (3,0 – 3,5)", "Sangat Tinggi", "90 – 76", "≥ target", ""])("%s is no band", (t) => {
    expect(bacaRentang(t)).toBeNull();
  });
});
