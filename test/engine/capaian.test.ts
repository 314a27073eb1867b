import fc from "fast-check";
import { capaianNaik, capaianRentang, capaianTurun, hitungCapaian } from "../../src/engine/capaian";
import type { ParsedValue, Polaritas } from "../../src/engine/model";
import { parseValue } from "../../src/engine/parse";

const n = (value: number): ParsedValue => ({ kind: "number", value });
const p = (s: string): ParsedValue => parseValue(s);

describe("capaian by polaritas (DOMAIN.md)", () => {
  it("naik: R / T × 100, never capped", () => {
    expect(hitungCapaian(n(76.5), n(81.6), "naik")).toEqual({
      capaian: (81.6 / 76.5) * 100,
      status: "dihitung",
    });
    expect(hitungCapaian(n(6), n(37), "naik").capaian).toBeCloseTo(616.6667, 4);
    expect(hitungCapaian(n(100), n(322), "naik").capaian).toBe(322);
  });

  it("indeks reads like naik", () => {
    expect(hitungCapaian(n(80), n(85.7), "indeks").capaian).toBeCloseTo(107.125, 10);
  });

  it("turun: cermin (2T − R)/T × 100 by default, floored at 0", () => {
    expect(hitungCapaian(n(10), n(8), "turun").capaian).toBeCloseTo(120, 10);
    expect(hitungCapaian(n(10), n(12), "turun").capaian).toBeCloseTo(80, 10);
    expect(hitungCapaian(n(10), n(25), "turun").capaian).toBe(0);
  });

  it("turun: rasio T / R × 100 on request", () => {
    expect(hitungCapaian(n(10), n(8), "turun", "rasio").capaian).toBeCloseTo(125, 10);
    expect(hitungCapaian(n(10), n(0), "turun", "rasio")).toEqual({
      capaian: 200,
      status: "dihitung",
      alasan: "rasio-realisasi-nol",
    });
  });

  it("T = 0: naik has no capaian; turun is 100 for R = 0 and 0 (with a reason) for R > 0", () => {
    expect(hitungCapaian(n(0), n(5), "naik")).toEqual({
      capaian: null,
      status: "tanpa-target",
      alasan: "target-nol",
    });
    expect(hitungCapaian(n(0), n(0), "turun")).toEqual({ capaian: 100, status: "dihitung" });
    expect(hitungCapaian(n(0), n(3), "turun")).toEqual({
      capaian: 0,
      status: "dihitung",
      alasan: "turun-target-nol-terlampaui",
    });
  });

  it("rentang: inside 100, above R / b, below R / a", () => {
    const t = p("80–90 %");
    expect(hitungCapaian(t, n(85), "rentang").capaian).toBe(100);
    expect(hitungCapaian(t, n(80), "rentang").capaian).toBe(100);
    expect(hitungCapaian(t, n(99), "rentang").capaian).toBeCloseTo(110, 10);
    expect(hitungCapaian(t, n(72), "rentang").capaian).toBeCloseTo(90, 10);
    expect(capaianRentang(0, 10, -1)).toBeNull();
  });

  it("huruf: R ≥ T is 100; below target is under 100 with a reason", () => {
    expect(hitungCapaian(p("BB"), p("BB"), "huruf")).toEqual({ capaian: 100, status: "dihitung" });
    expect(hitungCapaian(p("BB"), p("A"), "huruf")).toEqual({ capaian: 100, status: "dihitung" });
    const below = hitungCapaian(p("BB"), p("B"), "huruf");
    expect(below).toEqual({ capaian: 80, status: "dihitung", alasan: "huruf-di-bawah-target" });
  });

  it('huruf: uses the scores when given ("65,2 (B)" against BB = nilai ≥ 70)', () => {
    const c = hitungCapaian(p("BB"), p("65,2 (B)"), "huruf");
    expect(c.capaian).toBeCloseTo((65.2 / 70) * 100, 10);
    expect(c.alasan).toBe("huruf-di-bawah-target");
    const both = hitungCapaian(p("75 (BB)"), p("68 (B)"), "huruf");
    expect(both.capaian).toBeCloseTo((68 / 75) * 100, 10);
    // a nilai AKIP in the realisasi cell reads as its grade
    expect(hitungCapaian(p("BB"), n(73.5), "huruf").capaian).toBe(100);
  });

  it("a letter-grade target is scored as huruf even when the row says naik", () => {
    expect(hitungCapaian(p("BB"), p("B"), "naik").alasan).toBe("huruf-di-bawah-target");
  });

  it("blank realisasi is belum-ada-data, never 0", () => {
    for (const r of [undefined, p(""), p("-"), p("N/a")])
      expect(hitungCapaian(n(10), r, "naik")).toEqual({ capaian: null, status: "belum-ada-data" });
  });

  it("missing or unreadable values say why", () => {
    expect(hitungCapaian(undefined, n(5), "naik").status).toBe("tanpa-target");
    expect(hitungCapaian(p("4.8294.89.225"), n(5), "naik")).toEqual({
      capaian: null,
      status: "tidak-terbaca",
      alasan: "target-tidak-terbaca",
    });
    expect(hitungCapaian(n(5), p("belum dilaporkan"), "naik").alasan).toBe("realisasi-tidak-terbaca");
  });

  it("a blank target beside a realisasi says so", () => {
    for (const t of [undefined, p(""), p("-")])
      expect(hitungCapaian(t, n(5), "naik")).toEqual({
        capaian: null,
        status: "tanpa-target",
        alasan: "target-kosong",
      });
  });

  it("never gives out an infinite capaian: an overflow is tidak-terbaca with its reason", () => {
    const tak = { capaian: null, status: "tidak-terbaca", alasan: "capaian-tak-hingga" };
    expect(hitungCapaian(n(0.5), n(1e308), "naik")).toEqual(tak);
    expect(hitungCapaian(n(0.5), n(-1e308), "naik")).toEqual(tak);
    expect(hitungCapaian(n(5e-324), n(80), "naik")).toEqual(tak);
    expect(hitungCapaian(n(1e308), n(-1e308), "turun")).toEqual(tak);
    expect(hitungCapaian({ kind: "range", low: 5e-324, high: 1e-323 }, n(80), "rentang")).toEqual(tak);
    // the largest finite ratio still counts
    expect(hitungCapaian(n(1), n(1e306), "naik").capaian).toBe(1e308);
  });

  it("keeps full precision", () => {
    expect(capaianNaik(3.25, 3.63)).toBe((3.63 / 3.25) * 100);
    expect(capaianTurun(69.3, 70.09, "cermin")).toBe(((2 * 69.3 - 70.09) / 69.3) * 100);
  });
});

describe("capaian properties", () => {
  const pos = fc.double({ min: 0.001, max: 1e9, noNaN: true });
  const real = fc.double({ min: 0, max: 1e9, noNaN: true });

  it("naik is monotonic in R", () => {
    fc.assert(
      fc.property(pos, real, real, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cl = hitungCapaian(n(t), n(lo), "naik").capaian as number;
        const ch = hitungCapaian(n(t), n(hi), "naik").capaian as number;
        expect(cl).toBeLessThanOrEqual(ch);
      }),
    );
  });

  it("turun is antitonic in R (rasio for R > 0: T/0 has no value), and never negative", () => {
    fc.assert(
      fc.property(pos, real, real, fc.constantFrom<"cermin" | "rasio">("cermin", "rasio"), (t, a0, b0, f) => {
        const a = f === "rasio" && a0 === 0 ? 1 : a0;
        const b = f === "rasio" && b0 === 0 ? 1 : b0;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cl = hitungCapaian(n(t), n(lo), "turun", f).capaian as number;
        const ch = hitungCapaian(n(t), n(hi), "turun", f).capaian as number;
        expect(ch).toBeLessThanOrEqual(cl);
        expect(ch).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("huruf is monotonic in the grade", () => {
    const grades = ["D", "C", "CC", "B", "BB", "A", "AA"];
    for (const t of grades) {
      const cs = grades.map((r) => hitungCapaian(p(t), p(r), "huruf").capaian as number);
      for (let i = 1; i < cs.length; i++) expect(cs[i]).toBeGreaterThanOrEqual(cs[i - 1] as number);
      expect(Math.max(...cs)).toBe(100);
    }
  });

  it("never throws and always says why there is no capaian", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.double(),
      fc.constantFrom("BB", "80-90", "-", "0"),
    );
    const pol = fc.constantFrom<Polaritas>("naik", "turun", "rentang", "huruf", "indeks");
    fc.assert(
      fc.property(cell, cell, pol, (t, r, polaritas) => {
        const o = hitungCapaian(parseValue(t), parseValue(r), polaritas);
        if (o.capaian === null) expect(o.status).not.toBe("dihitung");
        else expect(Number.isFinite(o.capaian)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
