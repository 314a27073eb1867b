/**
 * A scale legend that grades in letters only (A–D, AKIP's AA…D) is the run's scale written in letters when
 * its ranges, best letter first, are the run's bands: nothing is said. It differs when a band's range, the
 * number of its letters or their order does not, and the notice names the bands by letter and the word it
 * stands for. Score-scale legends (AKIP, IKM) stay uncompared; initials and a user's letter scale are read as
 * words, as before.
 */
import { compute } from "../../src/engine/compute";
import type { LegendaSkala } from "../../src/engine/mapping";
import type { Temuan } from "../../src/engine/model";
import type { PredikatScale, SettingsInput } from "../../src/engine/settings";
import { settings } from "./helpers";

type Pita = [rentang: string, kata: string];

function legenda(rows: Pita[]): LegendaSkala {
  const sheet = "Tabel 3.1";
  return {
    sheet,
    range: `J5:K${4 + rows.length}`,
    baris: rows.map(([rentang, kata], i) => ({ rentang, kata, sel: { sheet, cell: `J${5 + i}` } })),
  };
}

function run(rows: Pita[], s: SettingsInput = {}): Temuan[] {
  const input = { indicators: [], anggaran: [], aggregates: [], temuan: [], legenda: [legenda(rows)] };
  return compute(input, settings({ tahun: 2024, ...s })).temuan.filter((t) => t.kode.startsWith("LEGENDA"));
}

const huruf = (ranges: string[], letters = ["A", "B", "C", "D"]): Pita[] =>
  ranges.map((r, i) => [r, letters[i]!]);

/** LKjIP 4 kategori's bands as agencies print them, best first */
const LKJIP: Record<string, string[]> = {
  tanda: ["> 100", "75 ≤ C ≤ 100", "55 ≤ C < 75", "C < 55"],
  span: ["> 100 %", "75 - 100", "55 - < 75", "< 55"],
  sd: ["> 100 %", "75 % s.d. 100 %", "55 % s.d. < 75 %", "< 55 %"],
  kata: ["lebih dari 100", "75 sampai dengan 100", "55 sampai 74", "kurang dari 55"],
};

/** a user's four bands, "> 90" style */
const EMPAT: PredikatScale = {
  id: "empat",
  nama: "Skala Dinas",
  bands: [
    { label: "Sangat Baik", from: 90, fromInclusive: false, to: null, toInclusive: false },
    { label: "Baik", from: 80, fromInclusive: false, to: 90, toInclusive: true },
    { label: "Cukup", from: 70, fromInclusive: false, to: 80, toInclusive: true },
    { label: "Kurang", from: 0, fromInclusive: true, to: 70, toInclusive: true },
  ],
};
const EMPAT_CETAK: Record<string, string[]> = {
  tanda: ["> 90", "> 80 - 90", "> 70 - 80", "≤ 70"],
  bulat: ["91 – 100", "81 – 90", "71 – 80", "0 – 70"],
  atas: ["91 ke atas", "81 s/d 90", "71 s/d 80", "70 ke bawah"],
};

/** a user's seven bands, written in AKIP's seven letters but not on AKIP's bounds */
const TUJUH: PredikatScale = {
  id: "tujuh",
  nama: "Skala Tujuh",
  bands: [100, 90, 80, 70, 60, 50, 0].map((from, i) => ({
    label: ["Istimewa", "Sangat Baik", "Baik", "Cukup Baik", "Cukup", "Kurang", "Sangat Kurang"][i]!,
    from,
    fromInclusive: true,
    to: i === 0 ? null : [100, 90, 80, 70, 60, 50, 0][i - 1]!,
    toInclusive: false,
  })),
};
const AKIP_HURUF = ["AA", "A", "BB", "B", "CC", "C", "D"];
const TUJUH_CETAK = huruf(
  ["≥ 100", "90 - < 100", "80 - < 90", "70 - < 80", "60 - < 70", "50 - < 60", "< 50"],
  AKIP_HURUF,
);

describe("the run's scale written in letters says nothing", () => {
  test.each(Object.keys(LKJIP))("A–D on LKjIP 4 kategori's bands, printed %s", (k) => {
    expect(run(huruf(LKJIP[k]!))).toEqual([]);
  });
  test.each(Object.keys(EMPAT_CETAK))("A–D on a user's four bands, printed %s", (k) => {
    expect(run(huruf(EMPAT_CETAK[k]!), { skala: EMPAT })).toEqual([]);
  });
  test("lower-case letters, listed worst first", () => {
    const rows = huruf(LKJIP.tanda!, ["a", "b", "c", "d"]).reverse();
    expect(run(rows)).toEqual([]);
  });
  test("AKIP's seven letters on a user's seven bands", () => {
    expect(run(TUJUH_CETAK, { skala: TUJUH })).toEqual([]);
  });
});

describe("a letter legend that grades otherwise is said, naming its bands", () => {
  test.each([
    ["Permendagri's numbers", ["≥ 91", "76 – 90", "66 – 75", "≤ 65"], ['"A" (Sangat Baik)', '"D" (Kurang)']],
    ["one band moved", ["> 100", "75 - 100", "50 - < 75", "< 50"], ['"C" (Cukup)']],
  ])("%s", (_, ranges, named) => {
    const ts = run(huruf(ranges));
    expect(ts.map((t) => [t.kode, t.tingkat])).toEqual([["LEGENDA_SKALA_BERBEDA", "info"]]);
    for (const n of named) expect(ts[0]!.pesan.id).toContain(`${n} dicetak`);
    for (const n of named) expect(ts[0]!.pesan.en).toContain(`${n} is printed`);
    // a band the legend prints inside the scale's is no difference
    expect(ts[0]!.pesan.id).not.toContain('"B" (Baik) dicetak');
    expect(ts[0]!.pesan.id).not.toContain("tidak ada di");
  });
  test("letters whose ranges go up, not down", () => {
    const ts = run(huruf([...LKJIP.span!].reverse()));
    expect(ts).toHaveLength(1);
    expect(ts[0]!.pesan.id).toContain("urutan rentang legenda bukan urutan hurufnya");
    expect(ts[0]!.pesan.en).toContain("not in its letters' order");
  });
  test("four letters beside a five-band scale: the count, and the preset the legend is", () => {
    const ts = run(huruf(LKJIP.tanda!), { skala: "permendagri86" });
    expect(ts).toHaveLength(1);
    expect(ts[0]!.pesan.id).toContain("4 huruf (A, B, C, D), Permendagri 86/2017 dengan 5 predikat");
    expect(ts[0]!.pesan.id).toContain("skala LKjIP 4 kategori");
  });
  test("AKIP's letters off AKIP's bounds, under a four-band scale", () => {
    const ts = run(TUJUH_CETAK);
    expect(ts).toHaveLength(1);
    expect(ts[0]!.pesan.en).toContain("7 letters (AA, A, BB, B, CC, C, D), LKjIP 4 kategori in 4 predikat");
  });
});

describe("what is not a legend of letters keeps its reading", () => {
  const AKIP: Pita[] = huruf(
    ["> 90 - 100", "> 80 - 90", "> 70 - 80", "> 60 - 70", "> 50 - 60", "> 30 - 50", "0 - 30"],
    AKIP_HURUF,
  );
  const IKM: Pita[] = huruf(["88,31 – 100", "76,61 – 88,30", "65,00 – 76,60", "25,00 – 64,99"]);
  test.each([
    ["lkjip4", "AKIP"],
    ["permendagri86", "AKIP"],
    ["lkjip4", "IKM"],
    ["permendagri86", "IKM"],
  ])("a score scale's legend is not compared (%s, %s)", (skala, k) => {
    expect(run(k === "AKIP" ? AKIP : IKM, { skala })).toEqual([]);
  });
  test("initials are the scale's words: SB, B, C, K", () => {
    expect(run(huruf(LKJIP.sd!, ["SB", "B", "C", "K"]))).toEqual([]);
    const ts = run(huruf(["≥ 91", "76 – 90", "66 – 75", "≤ 65"], ["SB", "B", "C", "K"]));
    expect(ts[0]!.pesan.id).toContain('"SB" dicetak');
  });
  test("a user's scale of letters is compared by its letters", () => {
    const LETTER: PredikatScale = {
      ...EMPAT,
      bands: EMPAT.bands.map((b, i) => ({ ...b, label: "ABCD"[i]! })),
    };
    expect(run(huruf(EMPAT_CETAK.tanda!), { skala: LETTER })).toEqual([]);
    const ts = run(huruf(["> 95", "> 80 - 95", "> 70 - 80", "≤ 70"]), { skala: LETTER });
    expect(ts[0]!.pesan.id).toContain('"B" dicetak "> 80 - 95"');
  });
});
