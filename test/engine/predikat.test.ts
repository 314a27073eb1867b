import fc from "fast-check";
import {
  PRESET_SCALES,
  mutuIkm,
  nilaiIkm,
  predikatAkip,
  predikatOf,
  resolveScale,
  validateScale,
} from "../../src/engine/predikat";
import { PredikatScale } from "../../src/engine/settings";

const lkjip4 = resolveScale("lkjip4");
const pmd86 = resolveScale("permendagri86");

describe("preset scales", () => {
  it.each([
    [322, "Sangat Baik"],
    [100.0001, "Sangat Baik"],
    [100, "Baik"],
    [75, "Baik"],
    [74.99, "Cukup"],
    [55, "Cukup"],
    [54.99, "Kurang"],
    [25.17, "Kurang"],
    [0, "Kurang"],
  ])("lkjip4 %p → %p", (c, label) => expect(predikatOf(c, lkjip4)).toBe(label));

  it.each([
    [91, "Sangat Tinggi"],
    [90.5, "Tinggi"],
    [76, "Tinggi"],
    [75.99, "Sedang"],
    [66, "Sedang"],
    [65.9, "Rendah"],
    [51, "Rendah"],
    [50.99, "Sangat Rendah"],
  ])("permendagri86 %p → %p", (c, label) => expect(predikatOf(c, pmd86)).toBe(label));

  it("lkjip4 is the default, and unknown ids fall back to it", () => {
    expect(resolveScale(undefined).id).toBe("lkjip4");
    expect(resolveScale("tidak-ada").id).toBe("lkjip4");
  });

  it("every preset band has a fill and dark text, and presets validate", () => {
    for (const id of Object.keys(PRESET_SCALES)) {
      const s = resolveScale(id);
      expect(PredikatScale.safeParse(s).success).toBe(true);
      expect(validateScale(s)).toEqual({ ok: true, errors: [] });
      for (const b of s.bands) {
        expect(b.fill).toMatch(/^#[0-9A-F]{6}$/i);
        expect(b.fontColor).toBe("#1A1A1A");
      }
      expect(new Set(s.bands.map((b) => b.fill)).size).toBe(s.bands.length);
    }
  });

  it("gives a custom scale without fills the default palette", () => {
    const s = resolveScale({
      id: "x",
      nama: "x",
      bands: [
        { label: "Tercapai", from: 100, fromInclusive: true, to: null, toInclusive: false },
        { label: "Tidak", from: 0, fromInclusive: true, to: 100, toInclusive: false },
      ],
    });
    expect(s.bands[0]?.fill).toBe(PRESET_SCALES.lkjip4?.bands[0]?.fill);
    expect(s.bands[1]?.fill).toBe(PRESET_SCALES.lkjip4?.bands[3]?.fill);
  });

  it("every capaian ≥ 0 has exactly one band in each preset", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (c) => {
        for (const s of [lkjip4, pmd86]) {
          const hits = s.bands.filter((b) => predikatOf(c, { ...s, bands: [b] }) !== null);
          expect(hits).toHaveLength(1);
        }
      }),
    );
  });
});

describe("validateScale names gaps and overlaps", () => {
  const printedSeed000: PredikatScale = {
    id: "cetak",
    nama: "Seperti tercetak",
    bands: [
      { label: "Sangat Baik", from: 91, fromInclusive: true, to: null, toInclusive: false },
      { label: "Baik", from: 75, fromInclusive: true, to: 90, toInclusive: true },
      { label: "Cukup", from: 55, fromInclusive: true, to: 75, toInclusive: true },
      { label: "Kurang", from: 0, fromInclusive: true, to: 55, toInclusive: false },
    ],
  };
  it("reports the 90,5 gap and the 75 overlap of a printed scale, in both languages", () => {
    const v = validateScale(printedSeed000);
    expect(v.ok).toBe(false);
    expect(v.errors).toHaveLength(2);
    const [overlap, gap] = v.errors;
    expect(overlap?.id).toMatch(/Tumpang tindih/);
    expect(overlap?.id).toContain("75");
    expect(overlap?.en).toMatch(/Overlap/);
    expect(gap?.id).toMatch(/Celah/);
    expect(gap?.id).toContain("90–91");
    expect(gap?.en).toMatch(/Gap/);
  });

  it("reports a scale that does not start at 0 or has an upper end", () => {
    const v = validateScale({
      id: "y",
      nama: "y",
      bands: [{ label: "Baik", from: 50, fromInclusive: true, to: 100, toInclusive: true }],
    });
    expect(v.errors.map((e) => e.en)).toEqual([
      expect.stringMatching(/^Gap: capaian from 0 to 50/),
      expect.stringMatching(/^Gap: capaian above 100/),
    ]);
  });

  it("reports empty bands and duplicate labels", () => {
    const v = validateScale({
      id: "z",
      nama: "z",
      bands: [
        { label: "A", from: 10, fromInclusive: true, to: 5, toInclusive: true },
        { label: "A", from: 0, fromInclusive: true, to: null, toInclusive: false },
      ],
    });
    expect(v.ok).toBe(false);
    expect(v.errors.some((e) => /twice/.test(e.en))).toBe(true);
    expect(v.errors.some((e) => /empty/.test(e.en))).toBe(true);
  });
});

describe("AKIP and IKM lookups", () => {
  it.each([
    [95, "AA"],
    [90.01, "AA"],
    [90, "A"],
    [80.5, "A"],
    [73.5, "BB"],
    [70.35, "BB"],
    [70, "B"],
    [60.01, "B"],
    [55, "CC"],
    [50, "C"],
    [30.5, "C"],
    [30, "D"],
    [0, "D"],
  ])("nilai AKIP %p → %p", (n, g) => expect(predikatAkip(n)).toBe(g));

  it("seed 002 Tabel 3.9: components sum to the printed totals, both BB", () => {
    const y2021 = 22.2 + 24 + 9.9 + 14.25;
    const y2022 = 24 + 24 + 10.5 + 15;
    expect(y2021).toBeCloseTo(70.35, 9);
    expect(y2022).toBeCloseTo(73.5, 9);
    expect(predikatAkip(y2021)).toBe("BB");
    expect(predikatAkip(y2022)).toBe("BB");
  });

  it("rejects AKIP values outside 0–100", () => {
    expect(predikatAkip(-1)).toBeNull();
    expect(predikatAkip(101)).toBeNull();
  });

  it.each([
    [88.31, "A"],
    [100, "A"],
    [88.3, "B"],
    [76.61, "B"],
    [76.6, "C"],
    [65, "C"],
    [64.99, "D"],
    [25, "D"],
  ])("IKM %p → mutu %p", (n, m) => expect(mutuIkm(n)?.mutu).toBe(m));

  it("IKM is the mean unsur score × 25, rounded only at the end", () => {
    const v = nilaiIkm([3.2, 3.45, 3.61, 3.5, 3.3, 3.4, 3.55, 3.6, 3.25]);
    expect(v).toBeCloseTo(((3.2 + 3.45 + 3.61 + 3.5 + 3.3 + 3.4 + 3.55 + 3.6 + 3.25) / 9) * 25, 12);
    expect(v).toBeCloseTo(85.7222, 3);
    expect(mutuIkm(v as number)?.kinerja).toBe("Baik");
    expect(nilaiIkm([])).toBeNull();
    expect(mutuIkm(20)).toBeNull();
  });
});
