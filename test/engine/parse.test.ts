import fc from "fast-check";
import rawRows from "../fixtures/corpus/raw-rows.json";
import anggaranRows from "../fixtures/corpus/anggaran-rows.json";
import {
  conventionMisfits,
  detectConvention,
  isPercentFormat,
  parseColumn,
  parseValue,
} from "../../src/engine/parse";
import { ParsedValue } from "../../src/engine/model";
import type { CellValue } from "../../src/engine/snapshot";

describe("parseValue: numbers as agencies write them (DOMAIN.md)", () => {
  const cases: Array<[CellValue, ParsedValue]> = [
    ["3,25", { kind: "number", value: 3.25 }],
    ["57.367.577.759", { kind: "number", value: 57367577759 }],
    ["10.000.000,00", { kind: "number", value: 10000000 }],
    ["Rp 1.234", { kind: "number", value: 1234 }],
    ["Rp. 54.372.043.255", { kind: "number", value: 54372043255 }],
    ["Rp 57.367.577.759,-", { kind: "number", value: 57367577759 }],
    ["85 %", { kind: "number", value: 85, percent: true }],
    ["85%", { kind: "number", value: 85, percent: true }],
    ["35 orang", { kind: "number", value: 35, unit: "orang" }],
    ["12 Dok", { kind: "number", value: 12, unit: "Dok" }],
    ["1.000 Eksemplar", { kind: "number", value: 1000, unit: "Eksemplar" }],
    ["1.000 Exam plar", { kind: "number", value: 1000, unit: "Exam plar" }],
    ["11.000 orang", { kind: "number", value: 11000, unit: "orang" }],
    ["2180Keluarga", { kind: "number", value: 2180, unit: "Keluarga" }],
    ["10 Kab/Kota", { kind: "number", value: 10, unit: "Kab/Kota" }],
    ["87,2 %1", { kind: "number", value: 87.2, percent: true }],
    ["80–90 %", { kind: "range", low: 80, high: 90, percent: true }],
    ["80-90", { kind: "range", low: 80, high: 90 }],
    ["80 s.d 90 %", { kind: "range", low: 80, high: 90, percent: true }],
    ["BB", { kind: "grade", grade: "BB" }],
    ["AA", { kind: "grade", grade: "AA" }],
    ["77,26 (BB)", { kind: "grade", grade: "BB", score: 77.26 }],
    ["BB (73,50)", { kind: "grade", grade: "BB", score: 73.5 }],
    ["", { kind: "blank" }],
    ["-", { kind: "blank" }],
    ["—", { kind: "blank" }],
    ["N/a", { kind: "blank" }],
    ["n/a", { kind: "blank" }],
    ["  ", { kind: "blank" }],
    ["4.8294.89.225", { kind: "unreadable", text: "4.8294.89.225" }],
    ["#DIV/0!", { kind: "unreadable", text: "#DIV/0!" }],
    // Excel's error value, not the "N/a" a person types for "none"
    ["#N/A", { kind: "unreadable", text: "#N/A" }],
    ["tidak ada standar nasional", { kind: "text", text: "tidak ada standar nasional" }],
    ["1. Nilai AKIP OPD", { kind: "text", text: "1. Nilai AKIP OPD" }],
    // a standard stated as a bound is its number; the sign stays in the raw cell
    ["≥ 85%", { kind: "number", value: 85, percent: true }],
    ["≤ 60 menit", { kind: "number", value: 60, unit: "menit" }],
    [">= 76,61", { kind: "number", value: 76.61 }],
    ["<5 %", { kind: "number", value: 5, percent: true }],
    ["Min. 80", { kind: "number", value: 80 }],
    ["maksimal 2 hari", { kind: "number", value: 2, unit: "hari" }],
    ["≥", { kind: "text", text: "≥" }],
    ["≥ target", { kind: "text", text: "≥ target" }],
    ["minimal pelayanan", { kind: "text", text: "minimal pelayanan" }],
    ["0", { kind: "number", value: 0 }],
    [0, { kind: "number", value: 0 }],
    [81.6, { kind: "number", value: 81.6 }],
    [57367577759, { kind: "number", value: 57367577759 }],
  ];
  it.each(cases)("%p", (cell, expected) => {
    expect(parseValue(cell)).toEqual(expected);
  });

  it("reads a US-format column as US", () => {
    expect(parseValue("16,005,873,903", { convention: "us" })).toEqual({
      kind: "number",
      value: 16005873903,
    });
    expect(parseValue("97.29", { convention: "us" })).toEqual({ kind: "number", value: 97.29 });
    expect(parseValue("1,000", { convention: "us" })).toEqual({ kind: "number", value: 1000 });
    expect(parseValue("1,000", { convention: "id" })).toEqual({ kind: "number", value: 1 });
    expect(parseValue("1.000", { convention: "id" })).toEqual({ kind: "number", value: 1000 });
  });

  it("turns a percent-formatted fraction into percent", () => {
    expect(parseValue(0.0325, { numberFormat: "0.00%" })).toEqual({
      kind: "number",
      value: 3.25,
      percent: true,
    });
    expect(parseValue(1.0667, { numberFormat: "0%" })).toEqual({
      kind: "number",
      value: 106.67,
      percent: true,
    });
    expect(parseValue(0.5, { numberFormat: '0.0"%"' })).toEqual({ kind: "number", value: 0.5 });
    expect(isPercentFormat("General")).toBe(false);
  });

  it("reads a comma before three digits of a count with a unit as thousands (seed 001 L1320, seed 000 L5153)", () => {
    expect(parseValue("1,000 keluarga", { convention: "id" })).toEqual({
      kind: "number",
      value: 1000,
      unit: "keluarga",
    });
    expect(parseValue("39,487 orang", { convention: "id" })).toEqual({
      kind: "number",
      value: 39487,
      unit: "orang",
    });
    expect(parseValue("12,36 %", { convention: "id" })).toEqual({
      kind: "number",
      value: 12.36,
      percent: true,
    });
  });

  it("lists the cells that contradict their column", () => {
    const cells = ["57.367.577.759", "16,005,873,903", "3,25", "97.29", "1.000", 12];
    expect(conventionMisfits(cells, "id")).toEqual([1, 3]);
    expect(conventionMisfits(cells, "us")).toEqual([0, 2]);
  });

  it("keeps a decimal point readable in an Indonesian column where it cannot be a thousands group", () => {
    expect(parseValue("59.97", { convention: "id" })).toEqual({ kind: "number", value: 59.97 });
  });

  it("reads booleans and non-finite numbers without throwing", () => {
    expect(parseValue(true).kind).toBe("text");
    expect(parseValue(Number.NaN).kind).toBe("unreadable");
    expect(parseValue(Number.POSITIVE_INFINITY).kind).toBe("unreadable");
  });
});

describe("detectConvention: one convention per column, from all its cells", () => {
  it("votes by the unambiguous cells", () => {
    expect(detectConvention(["16,005,873,903", "15,572,824,464", "1,000"])).toBe("us");
    expect(detectConvention(["97.29", "99.64", "100"])).toBe("us");
    expect(detectConvention(["57.367.577.759", "1.000", "3,25"])).toBe("id");
    expect(detectConvention(["1.000", "1,000"])).toBe("id");
    expect(detectConvention([1000, 2000])).toBe("id");
  });

  it("parseColumn reads the same ambiguous cell by its column", () => {
    const us = parseColumn(["39,487 orang", "1,250,000", "97.29"]);
    expect(us[0]).toEqual({ kind: "number", value: 39487, unit: "orang" });
    const id = parseColumn(["39,487", "3,25", "10,5"]);
    expect(id[0]).toEqual({ kind: "number", value: 39.487 });
    expect(parseColumn([0.0325, "x"], ["0.00%", "General"])[0]).toEqual({
      kind: "number",
      value: 3.25,
      percent: true,
    });
  });

  it("reads the US-format budget table of seed 000 (Tabel 3.10) to the corpus numbers", () => {
    type A = {
      raw: unknown;
      table: string;
      anggaran: { pagu: number; realisasi: number; persen_reported: number };
    };
    const rows = (anggaranRows as unknown as A[]).filter(
      (r) =>
        typeof r.raw === "string" && r.table.startsWith("Tabel 3.10") && /^[\d,. ]+$/.test(r.raw as string),
    );
    expect(rows.length).toBeGreaterThan(20);
    const columns: string[][] = [[], [], [], []];
    for (const r of rows) (r.raw as string).split(" ").forEach((c, i) => columns[i]?.push(c));
    const parsed = columns.map((c) => parseColumn(c));
    rows.forEach((r, i) => {
      expect(parsed[0]?.[i]).toEqual({ kind: "number", value: r.anggaran.pagu });
      expect(parsed[1]?.[i]).toEqual({ kind: "number", value: r.anggaran.realisasi });
      expect(parsed[2]?.[i]).toEqual({ kind: "number", value: r.anggaran.persen_reported });
    });
  });
});

describe("parser on the corpus raw cells (seeds 001 and 002)", () => {
  type R = {
    seed: string;
    table: string;
    raw: string[];
    target: unknown;
    realisasi: unknown;
    capaian_reported: unknown;
  };
  const rows = rawRows as unknown as R[];
  it("finds every transcribed number among the parsed cells of its row", () => {
    const columns = new Map<string, string[]>();
    for (const r of rows)
      r.raw.forEach((c, i) => {
        const k = `${r.seed}|${r.table}|${i}`;
        const list = columns.get(k) ?? [];
        list.push(c);
        columns.set(k, list);
      });
    let checked = 0;
    for (const r of rows) {
      const nums = r.raw.map((c, i) => {
        const p = parseValue(c, {
          convention: detectConvention(columns.get(`${r.seed}|${r.table}|${i}`) ?? []),
        });
        return p.kind === "number" ? p.value : null;
      });
      for (const v of [r.target, r.realisasi, r.capaian_reported]) {
        if (typeof v !== "number") continue;
        checked += 1;
        expect({ row: r.raw, found: nums.some((n) => n !== null && Math.abs(n - v) < 1e-9), v }).toEqual({
          row: r.raw,
          found: true,
          v,
        });
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});

describe("parser properties", () => {
  it("never throws and always returns a valid ParsedValue for any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom<"id" | "us">("id", "us"), (s, convention) => {
        const p = parseValue(s, { convention });
        expect(ParsedValue.safeParse(p).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on number-like strings", () => {
    const numberish = fc
      .array(
        fc.constantFrom("0", "1", "5", "9", ".", ",", " ", "%", "-", "Rp", "(", ")", "BB", "orang", "–"),
        {
          maxLength: 20,
        },
      )
      .map((a) => a.join(""));
    fc.assert(
      fc.property(numberish, (s) => {
        expect(ParsedValue.safeParse(parseValue(s)).success).toBe(true);
        expect(ParsedValue.safeParse(parseValue(s, { convention: "us" })).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("round-trips every Indonesian-formatted number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole.toLocaleString("de-DE")},${String(cents).padStart(2, "0")}`;
        const p = parseValue(text, { convention: "id" });
        expect(p).toEqual({ kind: "number", value: Number(`${whole}.${String(cents).padStart(2, "0")}`) });
      }),
    );
  });

  it("round-trips every US-formatted number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10 ** 12 }), (whole) => {
        const p = parseValue(whole.toLocaleString("en-US"), { convention: "us" });
        expect(p).toEqual({ kind: "number", value: whole });
      }),
    );
  });

  it("keeps Excel numbers as numbers", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseValue(n)).toEqual({ kind: "number", value: n });
      }),
    );
  });
});
