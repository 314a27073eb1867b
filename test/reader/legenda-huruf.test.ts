/**
 * A scale legend graded in letters only (A–D, AKIP's AA…D) is kept with its table wherever a legend of words
 * is: beside it (a narrow box of letters and ranges, not columns of the table), in rows under it (the letter
 * before or after its range, with or without a title and header) or in one cell. Its table is read whole, and
 * the engine compares it with the run's scale by its letters' order: the same bands say nothing, others are
 * one notice.
 */
import { compute } from "../../src/engine/compute";
import type { ReadResult } from "../../src/engine/mapping";
import { Settings } from "../../src/engine/settings";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const ROWS: [string, number, number, number][] = [
  ["Persentase dokumen perencanaan yang tepat waktu", 100, 100, 100],
  ["Persentase rekomendasi yang ditindaklanjuti", 80, 68.5, 85.63],
  ["Indeks kepuasan masyarakat", 82, 80, 97.56],
];

type Letak = "kanan" | "bawah-rapat" | "bawah-judul" | "huruf-kanan" | "satu-sel" | "satu-sel-baris";
const LETAK: Letak[] = ["kanan", "bawah-rapat", "bawah-judul", "huruf-kanan", "satu-sel", "satu-sel-baris"];

/** The table at row 3, the legend of (letter, range) bands where `letak` says. */
function baca(bands: [string, string][], letak: Letak): ReadResult {
  const sb = new SheetBuilder("Tabel 3.1");
  sb.row(["Pengukuran Kinerja Tahun 2024"]);
  sb.blank();
  const h = sb.row(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]);
  ROWS.forEach((d, i) => sb.row([i + 1, ...d]));
  const rows: CellValue[][] = bands.map(([h, r]) => (letak === "huruf-kanan" ? [r, h] : [h, r]));
  if (letak === "kanan") {
    sb.blank(bands.length);
    rows.forEach((s, i) => sb.put(h + i, 6, s));
  } else if (letak.startsWith("satu-sel")) {
    sb.blank();
    const sep = letak === "satu-sel" ? "; " : "\n";
    sb.row([`Keterangan:${sep}${bands.map(([h, r]) => `${h} ${r}`).join(sep)}`], 1);
  } else {
    if (letak === "bawah-judul") {
      sb.blank();
      sb.row(["Keterangan:"], 1);
      sb.row(["Predikat", "Nilai Capaian"], 1);
    }
    rows.forEach((s) => sb.row(s, 1));
  }
  return readWorkbook(workbook(sb.build()));
}

const legendaTemuan = (r: ReadResult, skala = "lkjip4") =>
  compute(r, Settings.parse({ tahun: 2024, skala })).temuan.filter((t) => t.kode.startsWith("LEGENDA"));

const ABCD = ["A", "B", "C", "D"];
const pita = (ranges: string[], letters = ABCD): [string, string][] => ranges.map((r, i) => [letters[i]!, r]);

/** LKjIP 4 kategori's bands in letters, printed three ways */
const SAMA: Record<string, [string, string][]> = {
  tanda: pita(["> 100", "75 ≤ C ≤ 100", "55 ≤ C < 75", "C < 55"]),
  span: pita(["> 100 %", "75 - 100 %", "55 - < 75 %", "< 55 %"]),
  sd: pita(["> 100", "75 s.d. 100", "55 s.d. < 75", "< 55"]),
};
/** bands LKjIP 4 kategori does not grade on */
const LAIN: Record<string, [string, string][]> = {
  permendagri: pita(["≥ 91", "76 – 90", "66 – 75", "≤ 65"]),
  bulat: pita(["91 – 100", "76 – 90", "61 – 75", "0 – 60"]),
};
const AKIP = pita(
  ["> 90 - 100", "> 80 - 90", "> 70 - 80", "> 60 - 70", "> 50 - 60", "> 30 - 50", "0 - 30"],
  ["AA", "A", "BB", "B", "CC", "C", "D"],
);

const kasus = (set: Record<string, [string, string][]>) =>
  Object.keys(set).flatMap((k) => LETAK.map((l) => [k, l] as const));

function dibacaUtuh(r: ReadResult, bands: number): void {
  expect(r.indicators.map((i) => i.indikator)).toEqual(ROWS.map((d) => d[0]));
  expect(r.legenda).toHaveLength(1);
  expect(r.legenda![0]!.baris.map((b) => b.kata.toUpperCase())).toHaveLength(bands);
}

describe("a letter legend on the run's bands is kept and says nothing", () => {
  test.each(kasus(SAMA))("%s, %s", (k, letak) => {
    const r = baca(SAMA[k]!, letak);
    dibacaUtuh(r, 4);
    expect(r.legenda![0]!.baris.map((b) => b.kata)).toEqual(ABCD);
    expect(legendaTemuan(r)).toEqual([]);
  });
});

describe("a letter legend on other bands is one notice", () => {
  test.each(kasus(LAIN))("%s, %s", (k, letak) => {
    const r = baca(LAIN[k]!, letak);
    dibacaUtuh(r, 4);
    const ts = legendaTemuan(r);
    expect(ts.map((t) => [t.kode, t.tingkat])).toEqual([["LEGENDA_SKALA_BERBEDA", "info"]]);
    expect(ts[0]!.pesan.id).toContain('"A" (Sangat Baik) dicetak');
  });
});

describe("AKIP's letter legend stays uncompared", () => {
  test.each(LETAK.filter((l) => l !== "kanan"))("%s", (letak) => {
    const r = baca(AKIP, letak);
    dibacaUtuh(r, 7);
    expect(legendaTemuan(r)).toEqual([]);
    expect(legendaTemuan(r, "permendagri86")).toEqual([]);
  });
});

describe("letters that are a table's codes are no legend", () => {
  test("a Kode column of repeated letters beside targets as ranges", () => {
    const sb = new SheetBuilder("Tabel 3.1");
    sb.row(["Target Kinerja 2024"]);
    sb.row(["Kode", "Indikator Kinerja", "Target"]);
    ["A", "A", "B", "B"].forEach((k, i) => sb.row([k, `Persentase layanan ${i + 1}`, "80 - 90 %"]));
    const r = readWorkbook(workbook(sb.build()));
    expect(r.legenda ?? []).toEqual([]);
  });
});
