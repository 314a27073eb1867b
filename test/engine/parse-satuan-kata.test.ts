/**
 * Values written with a word or sign beside the number, as agencies write them: a rate per mille ("2,5 ‰",
 * "3 permil", "8,5 per 1.000 KH"), a maturity level ("Level 3", "Tingkat 3,5", "Level III") and a percent
 * naming what it is a percent of ("100% Tersedia"). Each is the number in its unit, as "85 %" is; words that
 * are not one of these shapes stay text so the run lists them.
 */
import { parseValue } from "../../src/engine/parse";

describe("a rate per mille or per a round base", () => {
  test.each([
    ["2,5 ‰", 2.5],
    ["2,1‰", 2.1],
    ["0,8 per mil", 0.8],
    ["3 permil", 3],
    ["4,25 Per Mille", 4.25],
  ])("%s → %d ‰", (text, value) => {
    expect(parseValue(text)).toEqual({ kind: "number", value, unit: "‰" });
  });

  test.each([
    ["8,5 per 1.000 KH", 8.5, "per 1.000 KH"],
    ["95 per 100.000 penduduk", 95, "per 100.000 penduduk"],
    ["12 per 1000", 12, "per 1000"],
    ["7,5 per 10.000 penduduk", 7.5, "per 10.000 penduduk"],
  ])("%s → %d %s", (text, value, unit) => {
    expect(parseValue(text)).toEqual({ kind: "number", value, unit });
  });

  test("a US column reads its own separators", () => {
    expect(parseValue("2.5 ‰", { convention: "us" })).toEqual({ kind: "number", value: 2.5, unit: "‰" });
  });

  test.each(["5 per 3 bulan", "2 per orang per hari", "‰"])("%s stays words", (text) => {
    expect(parseValue(text).kind).not.toBe("number");
  });
});

describe("a maturity level", () => {
  test.each([
    ["Level 3", 3],
    ["level 4", 4],
    ["Tingkat 3", 3],
    ["Tingkatan 2", 2],
    ["Level 3,5", 3.5],
    ["Level III", 3],
    ["Tingkat IV", 4],
    ["Lvl. 2", 2],
  ])("%s → %d", (text, value) => {
    expect(parseValue(text)).toEqual({ kind: "number", value, unit: "Level" });
  });

  test.each(["Tingkat Kepuasan", "Level 3 dari 5", "Tingkat 3 dan 4", "Level"])("%s stays text", (text) => {
    expect(parseValue(text).kind).toBe("text");
  });
});

describe("a percent followed by what it is a percent of", () => {
  test.each([
    ["100% Tersedia", 100],
    ["100 % tersedia", 100],
    ["95 persen terpenuhi", 95],
    ["100% Tercapai", 100],
    ["90% Terlaksana", 90],
    ["85,5% terealisasi", 85.5],
    ["100% Tertangani", 100],
  ])("%s → %d %%", (text, value) => {
    expect(parseValue(text)).toEqual({ kind: "number", value, percent: true });
  });

  test.each(["100% Terlambat", "100% Tersedia dan Terlaksana", "Tersedia 100%"])("%s stays text", (text) => {
    expect(parseValue(text).kind).toBe("text");
  });
});
