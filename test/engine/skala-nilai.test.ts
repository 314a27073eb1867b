/**
 * One definition per scale, walked at every boundary: the AKIP and IKM score scales (capaian of a
 * score against a grade target rises with the score and reaches 100 exactly where the grade does),
 * and the predikat presets (every boundary falls in the band the footnote prints and the band rules paint).
 */
import { CAPAIAN_DI_BAWAH_TARGET_MAKS, hitungCapaian } from "../../src/engine/capaian";
import { GRADE_ORDER } from "../../src/engine/grade";
import type { ParsedValue } from "../../src/engine/model";
import { mutuIkm, predikatAkip, predikatOf, PRESET_SCALES, resolveScale } from "../../src/engine/predikat";
import type { PredikatScale } from "../../src/engine/settings";
import {
  bandNilai,
  SKALA_AKIP,
  SKALA_IKM,
  SKALA_NILAI,
  skalaNilaiUntuk,
  type SkalaNilai,
} from "../../src/engine/skala-nilai";
import { bandNilaiText, bandText, hurufFootnotes, scaleFootnote } from "../../src/engine/tables/footnote";
import { capaianRules } from "../../src/engine/writeback";

const grade = (g: string): ParsedValue => ({ kind: "grade", grade: g });
const nilai = (v: number): ParsedValue => ({ kind: "number", value: v });
const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Every bound of a scale with its neighbours a hundredth away, plus a fine grid over its range. */
function probes(bounds: number[], min: number, max: number): number[] {
  const out = new Set<number>();
  for (const b of bounds) for (const d of [-0.01, 0, 0.01]) out.add(round(b + d));
  for (let v = min; v <= max; v += 0.25) out.add(round(v));
  return [...out].filter((v) => v >= min && v <= max).sort((a, b) => a - b);
}

function scoreProbes(s: SkalaNilai): number[] {
  return probes(
    s.bands.flatMap((b) => [b.from, b.to]),
    s.min,
    s.max,
  );
}

describe.each(SKALA_NILAI.map((s) => [s.nama, s] as const))("score scale %s", (_, skala) => {
  const indikator = skala.id === "ikm" ? "Indeks Kepuasan Masyarakat (IKM)" : "Nilai AKIP Perangkat Daerah";

  it("the indicator's words choose this scale", () => {
    expect(skalaNilaiUntuk(indikator)).toBe(skala);
  });

  it("covers its range exactly once, best grade first", () => {
    for (const v of scoreProbes(skala)) {
      const hits = skala.bands.filter((b) => bandNilai({ ...skala, bands: [b] }, v) !== null);
      expect([v, hits.length]).toEqual([v, 1]);
    }
    const ranks = scoreProbes(skala).map((v) => skala.bands.indexOf(bandNilai(skala, v)!));
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]!).toBeLessThanOrEqual(ranks[i - 1]!);
    expect(bandNilai(skala, skala.min - 0.01)).toBeNull();
    expect(bandNilai(skala, skala.max + 0.01)).toBeNull();
  });

  it.each(skala.bands.map((b) => [b.label]))(
    "against a target of %s, capaian never falls as the score rises, and is 100 exactly from the target's band",
    (target) => {
      const best = skala.bands.findIndex((b) => b.label === target);
      let last = -Infinity;
      for (const v of scoreProbes(skala)) {
        const c = hitungCapaian(grade(target), nilai(v), "huruf", "cermin", skala).capaian!;
        expect([v, c >= last - 1e-9]).toEqual([v, true]);
        last = c;
        const reached = skala.bands.indexOf(bandNilai(skala, v)!) <= best;
        expect([v, c === 100]).toEqual([v, reached]);
        if (!reached) expect(c).toBeLessThanOrEqual(CAPAIAN_DI_BAWAH_TARGET_MAKS);
      }
    },
  );

  it("the footnote prints every band as the engine reads it", () => {
    const text = hurufFootnotes([skala]).join("\n");
    for (const b of skala.bands) expect(text).toContain(`${b.label}: ${bandNilaiText(b)}`);
    expect(text).toContain(skala.dasar);
  });
});

describe("the AKIP scale at 90 (target AA)", () => {
  it("89,99 · 90 · 90,01: below target rises to just under 100, then 100", () => {
    const c = (v: number) => hitungCapaian(grade("AA"), nilai(v), "huruf").capaian!;
    expect(c(89.9)).toBeCloseTo((89.9 / 90) * 100, 9); // 99,89
    expect(c(89.99)).toBeCloseTo((89.99 / 90) * 100, 9); // 99,99 less a little
    expect(c(90)).toBe(CAPAIAN_DI_BAWAH_TARGET_MAKS);
    expect(c(90.01)).toBe(100);
    expect(c(89.9)).toBeLessThanOrEqual(c(90));
  });

  it("a printed score beside its grade reads the same way", () => {
    const c = (s: string) => hitungCapaian(grade("AA"), grade(s), "huruf").capaian;
    expect(hitungCapaian(grade("AA"), { kind: "grade", grade: "A", score: 90 }, "huruf").capaian).toBe(
      CAPAIAN_DI_BAWAH_TARGET_MAKS,
    );
    expect(c("A")).toBeCloseTo((6 / 7) * 100, 9); // no score: the grades' ranks
  });

  it("the lookups are the scale's own bands", () => {
    expect([89.99, 90, 90.01].map(predikatAkip)).toEqual(["A", "A", "AA"]);
    expect(GRADE_ORDER).toEqual(SKALA_AKIP.bands.map((b) => b.label));
    expect([88.3, 88.31, 76.6, 76.61, 64.99, 65].map((v) => mutuIkm(v)?.mutu)).toEqual([
      "B",
      "A",
      "C",
      "B",
      "D",
      "C",
    ]);
  });
});

describe("an IKM indicator is graded on the IKM scale", () => {
  it("70 against mutu B is below target (C on IKM), though on the AKIP scale 70 is a B", () => {
    const ikm = hitungCapaian(grade("B"), nilai(70), "huruf", "cermin", SKALA_IKM);
    expect(ikm.alasan).toBe("huruf-di-bawah-target");
    expect(ikm.capaian).toBeCloseTo((70 / 76.61) * 100, 9);
    expect(hitungCapaian(grade("B"), nilai(70), "huruf", "cermin", SKALA_AKIP).capaian).toBe(100);
  });

  it("a letter the IKM scale does not have is read on the AKIP scale", () => {
    expect(hitungCapaian(grade("BB"), grade("B"), "huruf", "cermin", SKALA_IKM).capaian).toBe(80);
  });
});

/** Excel's reading of the band rules the add-in writes: the first matching rule's fill. */
function ruleFill(scale: PredikatScale, v: number): string | null {
  for (const r of capaianRules(scale)) {
    if (r.type !== "cellValue") continue;
    const a = Number(r.formula1);
    const b = Number(r.formula2);
    const hit = {
      greaterThan: v > a,
      greaterThanOrEqual: v >= a,
      lessThan: v < a,
      lessThanOrEqual: v <= a,
      equal: v === a,
      between: v >= Math.min(a, b) && v <= Math.max(a, b),
    }[r.operator];
    if (hit) return r.fill;
  }
  return null;
}

describe.each(Object.keys(PRESET_SCALES).map((id) => [id, resolveScale(id)] as const))(
  "predikat preset %s",
  (_, scale) => {
    const bounds = scale.bands.flatMap((b) => (b.to === null ? [b.from] : [b.from, b.to]));
    const values = probes(bounds, 0, 150);

    it("every capaian has one predikat, never a worse one for a higher capaian", () => {
      const order = values.map((v) => scale.bands.findIndex((b) => b.label === predikatOf(v, scale)));
      for (const [i, o] of order.entries()) expect([values[i], o >= 0]).toEqual([values[i], true]);
      for (let i = 1; i < order.length; i++) expect(order[i]!).toBeLessThanOrEqual(order[i - 1]!);
    });

    it("the band rules and the footnote agree with the engine at every boundary", () => {
      const footnote = scaleFootnote(scale);
      for (const b of scale.bands) expect(footnote).toContain(`${b.label}: ${bandText(b, scale)}`);
      for (const v of values) {
        const band = scale.bands.find((b) => b.label === predikatOf(v, scale))!;
        expect([v, ruleFill(scale, v)]).toEqual([v, band.fill]);
      }
    });
  },
);
