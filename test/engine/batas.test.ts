/**
 * One vocabulary of bounds: every way a standard is written as a bound gives parse its number and the reader its
 * polaritas, so a target "paling lama 14 hari" is computed like "maks. 14 hari", not left as text.
 */
import { readBatas } from "../../src/engine/batas";
import { parseValue } from "../../src/engine/parse";
import { polaritasFromBatas } from "../../src/reader/polaritas-batas";

const AT_MOST: [string, number, string | undefined][] = [
  ["≤ 60 menit", 60, "menit"],
  ["<= 2", 2, undefined],
  ["=< 2", 2, undefined],
  ["Maks. 10 hari", 10, "hari"],
  ["maksimum 3", 3, undefined],
  ["max 5", 5, undefined],
  ["paling lama 14 hari", 14, "hari"],
  ["Paling banyak 3 kasus", 3, "kasus"],
  ["paling tinggi 2,5", 2.5, undefined],
  ["tidak lebih dari 30 menit", 30, "menit"],
  ["sebanyak-banyaknya 4 kali", 4, "kali"],
];
const AT_LEAST: [string, number, string | undefined][] = [
  ["≥ 80", 80, undefined],
  [">= 76,61", 76.61, undefined],
  ["=> 90", 90, undefined],
  ["Min. 76,61", 76.61, undefined],
  ["minimal 100 orang", 100, "orang"],
  ["paling sedikit 20 orang", 20, "orang"],
  ["Paling rendah 65", 65, undefined],
  ["sekurang-kurangnya 75", 75, undefined],
  ["tidak kurang dari 12 kali", 12, "kali"],
];

describe("a bound's words, read the same way by parse and by the reader's polaritas", () => {
  it.each(AT_MOST)("%s: at most %d", (raw, value, unit) => {
    expect(readBatas(raw)?.arah).toBe("paling banyak");
    expect(parseValue(raw)).toEqual({ kind: "number", value, ...(unit ? { unit } : {}) });
    expect(polaritasFromBatas(raw)).toBe("turun");
  });
  it.each(AT_LEAST)("%s: at least %d", (raw, value, unit) => {
    expect(readBatas(raw)?.arah).toBe("paling sedikit");
    expect(parseValue(raw)).toEqual({ kind: "number", value, ...(unit ? { unit } : {}) });
    expect(polaritasFromBatas(raw)).toBe("naik");
  });
  it("keeps a percent after the bound", () => {
    expect(parseValue("sekurang-kurangnya 75%")).toEqual({ kind: "number", value: 75, percent: true });
    expect(parseValue("tidak lebih dari 5 %")).toEqual({ kind: "number", value: 5, percent: true });
  });
  it.each([
    "paling lama",
    "Tersedia",
    "Sedang",
    "Sangat Tinggi",
    "minimal pelayanan",
    "≥ target",
    "Paling baik",
    "80",
  ])("%s is no bound", (raw) => {
    expect(readBatas(raw)).toBeUndefined();
    expect(polaritasFromBatas(raw)).toBeUndefined();
  });
  it("a bound is where its number begins", () => {
    expect(readBatas("paling lama 14 hari")?.panjang).toBe("paling lama ".length);
    expect(readBatas("≤60")?.panjang).toBe(1);
  });
});
