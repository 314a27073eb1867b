/**
 * The reader keeps one parsed object per distinct cell value and one A1 name per position (issue #16:
 * the ReadResult is the largest structure alive through a run). Sharing is only safe while nobody edits
 * a shared object in place: these tests pin that the shared objects are frozen, that sharing never
 * changes what a cell reads as, and that the whole pipeline runs on a frozen read.
 */
import type { ParsedValue, SourcedValue } from "../../src/engine/model";
import { ParseCache, parseColumn, parseValue, type Convention } from "../../src/engine/parse";
import type { CellValue } from "../../src/engine/snapshot";
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/reader";
import { CellNames } from "../../src/reader/grid";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { seed000Workbook, seed002Workbook } from "../fixtures/layouts";

const CELLS: CellValue[] = [
  0,
  -0,
  75,
  0.755,
  "75%",
  "75 %",
  "1.234",
  "1,234",
  "12 orang",
  "-",
  "",
  "tidak ada",
  "4.8294.89.225",
  "80 - 90 %",
  "BB",
  "#N/A",
  true,
  Number.NaN,
];

describe("ParseCache", () => {
  it.each<[Convention, string | undefined]>([
    ["id", undefined],
    ["us", undefined],
    ["id", "0.00%"],
    ["id", '0.0" %"'],
  ])("reads every cell as parseValue does (%s, format %s)", (convention, numberFormat) => {
    const cache = new ParseCache();
    for (const cell of CELLS)
      expect(cache.parse(cell, convention, numberFormat)).toEqual(
        parseValue(cell, { convention, numberFormat }),
      );
  });

  it("gives equal cells one frozen object, apart by format and convention", () => {
    const cache = new ParseCache();
    const a = cache.parse("1.234", "id", undefined);
    expect(cache.parse("1.234", "id", "General")).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    // the same text under the other convention is another number
    expect(cache.parse("1.234", "us", undefined)).toEqual({ kind: "number", value: 1.234 });
    // a number formatted as a percent is another value than the plain number
    expect(cache.parse(0.5, "id", "0%")).toEqual({ kind: "number", value: 50, percent: true });
    expect(cache.parse(0.5, "id", undefined)).toEqual({ kind: "number", value: 0.5 });
    expect(cache.parse(0.5, "id", "0%")).toBe(cache.parse(0.5, "id", "0.00%"));
  });

  it("keeps -0 apart from 0 (a Map holds them as one key)", () => {
    const cache = new ParseCache();
    cache.parse(0, "id", undefined);
    const negative = cache.parse(-0, "id", undefined) as Extract<ParsedValue, { kind: "number" }>;
    expect(Object.is(negative.value, -0)).toBe(true);
  });

  it("parseColumn with a cache reads as parseColumn without one, sharing equal cells", () => {
    const cells: CellValue[] = ["85,5", "85,5", 3, "1.000", "", "85,5"];
    const formats = ["General", "General", "0%", "General", "General", "General"];
    const cached = parseColumn(cells, formats, new ParseCache());
    expect(cached).toEqual(parseColumn(cells, formats));
    expect(cached[1]).toBe(cached[0]);
    expect(cached[5]).toBe(cached[0]);
  });
});

describe("CellNames", () => {
  it("names every position as cellAddress does, one string per position", () => {
    const names = new CellNames();
    expect(names.name(5, 4)).toBe("E6");
    expect(names.name(0, 0)).toBe("A1");
    expect(names.name(99_999, 26)).toBe("AA100000");
    expect(names.name(5, 4)).toBe("E6");
    expect(names.name(5, 30)).toBe("AE6");
    expect(names.name(1_048_575, 16_383)).toBe("XFD1048576");
    expect(names.name(1029, 4)).toBe("E1030");
    expect(names.name(5, 16_384)).toBe("XFE6");
  });
});

function allValues(read: ReturnType<typeof readWorkbook>): SourcedValue[] {
  const out: SourcedValue[] = [];
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    if ("parsed" in v && "raw" in v) {
      out.push(v as SourcedValue);
      return;
    }
    for (const x of Object.values(v)) visit(x);
  };
  visit(read.indicators);
  visit(read.anggaran);
  visit(read.aggregates);
  return out;
}

describe("a read shares equal values", () => {
  function twoSheets() {
    const pk = new SheetBuilder("PK 2024");
    const real = new SheetBuilder("Realisasi 2024");
    pk.row(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024"]);
    real.row(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024"]);
    for (let i = 1; i <= 6; i++) {
      pk.row([i, "Meningkatnya layanan sosial", `Persentase layanan ${i}`, "%", "80%"]);
      real.row([i, "Meningkatnya layanan sosial", `Persentase layanan ${i}`, "%", "80%", "85%"]);
    }
    return workbook(pk.build(), real.build());
  }

  it("one frozen parsed object for a value repeated across rows and sheets", () => {
    const read = readWorkbook(twoSheets());
    expect(read.indicators).toHaveLength(6);
    const targets = read.indicators.map((ind) => ind.tahun["2024"]!.target!);
    expect(new Set(targets.map((t) => t.parsed)).size).toBe(1);
    expect(targets[0]!.parsed).toEqual({ kind: "number", value: 80, percent: true });
    const copies = read.indicators.flatMap((ind) => ind.alternatif ?? []);
    expect(copies.map((c) => c.value.source)).toContainEqual({ sheet: "PK 2024", cell: "E2" });
    expect(copies.every((c) => c.value.parsed === targets[0]!.parsed)).toBe(true);
    for (const v of allValues(read)) expect(Object.isFrozen(v.parsed)).toBe(true);
  });

  it("an edit of a shared parsed value in place throws instead of changing every cell", () => {
    const read = readWorkbook(twoSheets());
    const parsed = read.indicators[0]!.tahun["2024"]!.target!.parsed as { value: number };
    expect(() => {
      parsed.value = 1;
    }).toThrow(TypeError);
    expect(read.indicators[5]!.tahun["2024"]!.target!.parsed).toEqual({
      kind: "number",
      value: 80,
      percent: true,
    });
  });

  it("one frozen Renstra period per distinct period", () => {
    const read = readWorkbook(seed000Workbook().snapshot);
    const periods = read.indicators.flatMap((ind) => (ind.renstra?.periode ? [ind.renstra.periode] : []));
    expect(periods.length).toBeGreaterThan(1);
    const distinct = new Set(periods.map((p) => p.join("-")));
    expect(periods.length).toBeGreaterThan(distinct.size);
    expect(new Set(periods).size).toBe(distinct.size);
    for (const p of periods) expect(Object.isFrozen(p)).toBe(true);
  });

  it.each([
    ["seed000", () => seed000Workbook().snapshot],
    ["seed002", () => seed002Workbook().snapshot],
  ])("the engine computes on %s's read without editing a shared value", (_, snapshot) => {
    const read = readWorkbook(snapshot());
    const values = allValues(read);
    expect(values.length).toBeGreaterThan(20);
    const before = JSON.stringify(values.map((v) => v.parsed));
    // compute runs in strict mode: an edit of a frozen value would throw here (the pipeline, plan and
    // report tests run on frozen reads too)
    const result = compute(read, Settings.parse({}));
    expect(result.indikator.length).toBeGreaterThan(0);
    expect(JSON.stringify(values.map((v) => v.parsed))).toBe(before);
  });
});
