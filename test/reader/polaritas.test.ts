/** Polaritas guessed from indicator words: the phrases real reports use. */
import { polaritasFromCell, polaritasFromTarget, polaritasFromWords } from "../../src/reader/polaritas";

describe("polaritasFromWords", () => {
  it.each([
    ["Menurunnya angka kemiskinan", "menurunnya"],
    ["Persentase penurunan jumlah PMKS", "penurunan"],
    ["Tingkat kemiskinan", "tingkat kemiskinan"],
    ["Jumlah temuan BPK", "jumlah temuan"],
    ["Jumlah kasus kekerasan terhadap anak", "kasus"],
    ["Prevalensi stunting", "prevalensi"],
  ])("%s → turun (%s)", (text, word) => {
    expect(polaritasFromWords(text)).toEqual({ polaritas: "turun", word });
  });

  it.each([
    "Persentase temuan BPK/LHP inspektorat yang ditindak lanjuti",
    "Persentase kasus kekerasan yang tertangani",
    "Persentase PMKS yang tertangani",
    "Nilai SAKIP Dinas Sosial",
    "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan",
  ])("%s → no guess", (text) => {
    expect(polaritasFromWords(text)).toBeUndefined();
  });
});

describe("polaritas from a column or the target", () => {
  it.each([
    ["Turun", "turun"],
    ["Negatif", "turun"],
    ["Naik", "naik"],
    ["positif", "naik"],
    ["Rentang", "rentang"],
    ["", undefined],
  ])("%s → %s", (cell, want) => {
    expect(polaritasFromCell(cell)).toBe(want);
  });

  it("reads grades and ranges from the target", () => {
    expect(polaritasFromTarget({ kind: "grade", grade: "BB" })).toBe("huruf");
    expect(polaritasFromTarget({ kind: "range", low: 80, high: 90, percent: true })).toBe("rentang");
    expect(polaritasFromTarget({ kind: "number", value: 76.5 })).toBeUndefined();
  });
});
