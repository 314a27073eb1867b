/** One number as printed: a percent-formatted fraction against the percent typed elsewhere. */
import type { ParsedValue, SourcedValue } from "../../src/engine/model";
import { sameNumberPrinted } from "../../src/engine/nilai-tercetak";
import { parseValue } from "../../src/engine/parse";

const cell = (raw: number | string, numberFormat?: string): SourcedValue => ({
  raw,
  parsed: parseValue(raw, numberFormat ? { numberFormat } : {}) as ParsedValue,
  source: { sheet: "S", cell: "A1" },
});

describe("sameNumberPrinted", () => {
  test.each([
    [1.0183050847457629, "0.00%", 101.83],
    [1.0183050847457629, "0%", 101.83],
    [1.0183050847457629, "#,##0.0%", "101,83"],
    [0.9312, "0%", 93.12],
    [0.85, "0.00%", 85],
    [0.333333333, "0.0%", 33.333],
    [1.0346666666666666, '0.00% "capaian"', "103,47 %"],
  ])("%p under %p is %p as typed", (fraction, fmt, typedValue) => {
    const a = cell(fraction, fmt);
    const b = cell(typedValue);
    expect(sameNumberPrinted(a, b)).toBe(true);
    expect(sameNumberPrinted(b, a)).toBe(true);
  });

  test.each([
    [0.855, "0%", 85], // 85,5 is not a typed 85
    [1.0183, "0.00%", 101.9],
    [0.9, "0%", 93],
  ])("%p under %p differs from %p", (fraction, fmt, typedValue) => {
    expect(sameNumberPrinted(cell(fraction, fmt), cell(typedValue))).toBe(false);
  });

  test("two typed numbers, or two fractions, are compared exactly", () => {
    expect(sameNumberPrinted(cell(101.8305), cell(101.83))).toBe(false);
    expect(sameNumberPrinted(cell(1.018305, "0.00%"), cell(1.0183, "0%"))).toBe(false);
    expect(sameNumberPrinted(cell(1.0183, "0%"), cell(1.0183, "0.00%"))).toBe(true);
    expect(sameNumberPrinted(cell(101.83, '0.00" %"'), cell(101.83))).toBe(true);
  });
});
