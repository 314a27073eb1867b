/**
 * Letter grades with their scores (DOMAIN.md: "If the numeric scores are given ("77,26 (BB)"), use them"):
 * when both target and realisasi carry a score, the scores compare as naik (R/T), wherever the score
 * stands (a plain number, or beside its letter) and whichever side prints the letter. A side with a
 * letter only has no score of its own: its grade decides as before (R ≥ T → 100).
 */
import { CAPAIAN_DI_BAWAH_TARGET_MAKS, hitungCapaian } from "../../src/engine/capaian";
import type { ParsedValue } from "../../src/engine/model";
import { parseValue } from "../../src/engine/parse";
import { SKALA_AKIP, SKALA_IKM } from "../../src/engine/skala-nilai";

const p = (s: string): ParsedValue => parseValue(s);

describe("score and letter against a score: the scores decide (R/T)", () => {
  it.each([
    ["80", "82,4 (B)", SKALA_IKM, (82.4 / 80) * 100], // IKM: a realisasi above its numeric target
    ["80", "B (82,4)", SKALA_IKM, (82.4 / 80) * 100],
    ["82,4 (B)", "85", SKALA_IKM, (85 / 82.4) * 100], // the letter on the target side
    ["70 (BB)", "77,26 (BB)", SKALA_AKIP, (77.26 / 70) * 100], // both sides print both
    ["75 (BB)", "72 (BB)", SKALA_AKIP, (72 / 75) * 100], // the same grade, a lower score
    ["60", "65,2 (B)", SKALA_AKIP, (65.2 / 60) * 100],
    ["80", "80 (B)", SKALA_IKM, 100],
  ])("target %s, realisasi %s → R/T", (t, r, skala, expected) => {
    for (const pol of ["naik", "huruf", "indeks"] as const) {
      const out = hitungCapaian(p(t), p(r), pol, "cermin", skala);
      expect(out.status).toBe("dihitung");
      expect(out.capaian).toBeCloseTo(expected, 9);
      expect(out.alasan).toBeUndefined();
    }
  });

  it("a lower grade with its score stays below 100 with the reason", () => {
    const below = hitungCapaian(p("75 (BB)"), p("68 (B)"), "huruf");
    expect(below).toEqual({ capaian: (68 / 75) * 100, status: "dihitung", alasan: "huruf-di-bawah-target" });
    // a score printed above the target's with a lower letter: inconsistent, kept under 100
    const odd = hitungCapaian(p("65 (BB)"), p("68 (B)"), "huruf");
    expect(odd.capaian).toBe(CAPAIAN_DI_BAWAH_TARGET_MAKS);
    expect(odd.alasan).toBe("huruf-di-bawah-target");
  });
});

describe("a letter without a score: the grade decides (unchanged)", () => {
  it.each([
    ["BB", "BB", 100],
    ["BB", "A", 100],
    ["BB", "77,26 (BB)", 100], // target letter only: reaching the grade is 100
    ["BB", "90 (A)", 100],
    ["75 (BB)", "BB", 100], // realisasi letter only: its grade against the target's
    ["75 (BB)", "A", 100],
    ["BB", "B", 80], // ranks 4/5
    ["75 (BB)", "B", 80],
  ])("target %s, realisasi %s → %s", (t, r, expected) => {
    expect(hitungCapaian(p(t), p(r), "huruf").capaian).toBeCloseTo(expected, 9);
  });
});
