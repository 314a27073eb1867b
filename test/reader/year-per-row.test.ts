/**
 * A table turned on its side — one row per year under each indicator, the year in a column of its own —
 * is read per year: each indicator once, its target/realisasi/capaian filed under the year of the row
 * that gave them, whatever the order of the years, the header word of their column, or how the indicator
 * is written over its rows (merged down, repeated, on its first row only). A year column whose blocks give
 * a year twice or turn back is listed (TAHUN_PER_BARIS, with the row and why); a table whose value columns
 * carry their own years is read as before.
 */
import { compute } from "../../src/engine/compute";
import type { Indicator } from "../../src/engine/model";
import { Settings } from "../../src/engine/settings";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { readRows } from "../helpers/read-rows";

const NAMES = ["Cakupan kepemilikan KTP elektronik", "Cakupan kepemilikan akta kelahiran anak"];

type Written = "merged" | "repeated" | "first";

interface Shape {
  yearHeader: string;
  years: CellValue[];
  written: Written;
  no?: boolean;
  satuan?: boolean;
  sasaran?: boolean;
  yearFirst?: boolean;
}

/** target and realisasi of indicator n in year y: distinct per row (the capaian is printed from them) */
const valuesOf = (n: number, y: number): [string, string] => [
  String(80 + n * 10 + (y % 10)),
  String(81 + n * 10 + (y % 10)),
];

interface Built {
  read: ReturnType<typeof readWorkbook>;
  /** zero-based first row of each indicator's block */
  firstRows: number[];
  /** zero-based row of each (indicator, year) */
  rowOf: Map<string, number>;
  capaianCol: number;
}

function build(s: Shape, title = "PERKEMBANGAN CAPAIAN KINERJA"): Built {
  const sb = new SheetBuilder("Capaian");
  sb.row([title]);
  sb.blank();
  const lead = [...(s.no ? ["No"] : []), ...(s.sasaran ? ["Sasaran Strategis"] : [])];
  const name = s.yearFirst ? [s.yearHeader, "Indikator Kinerja"] : ["Indikator Kinerja", s.yearHeader];
  const head = [...lead, ...name, ...(s.satuan ? ["Satuan"] : []), "Target", "Realisasi", "Capaian (%)"];
  sb.row(head);
  const indCol = lead.length + (s.yearFirst ? 1 : 0);
  const capaianCol = head.length - 1;
  const firstRows: number[] = [];
  const rowOf = new Map<string, number>();
  NAMES.forEach((nm, n) => {
    const rows = s.years.map((y: CellValue, k) => {
      const first = k === 0;
      const shown = first || s.written === "repeated" ? nm : "";
      const cells: CellValue[] = [
        ...(s.no ? [first || s.written === "repeated" ? n + 1 : ""] : []),
        ...(s.sasaran ? [first ? `Meningkatnya layanan ${n + 1}` : ""] : []),
        ...(s.yearFirst ? [y, shown] : [shown, y]),
        ...(s.satuan ? [first || s.written === "repeated" ? "%" : ""] : []),
      ];
      const [t, r] = valuesOf(n, Number(y));
      const c = ((Number(r) / Number(t)) * 100).toFixed(2).replace(".", ",");
      const row = sb.row([...cells, t, r, c]);
      rowOf.set(`${n}@${Number(y)}`, row);
      return row;
    });
    firstRows.push(rows[0]!);
    if (s.written === "merged") {
      sb.mergeDown(indCol, rows[0]!, rows.at(-1)!);
      if (s.no) sb.mergeDown(0, rows[0]!, rows.at(-1)!);
    }
  });
  return { read: readWorkbook(workbook(sb.build())), firstRows, rowOf, capaianCol };
}

function expectPerYear(b: Built, years: number[]): void {
  expect(b.read.takTerbaca.filter((x) => x.kode === "TAHUN_PER_BARIS")).toEqual([]);
  expect(b.read.indicators.map((i) => i.indikator)).toEqual(NAMES);
  b.read.indicators.forEach((ind: Indicator, n) => {
    expect(Object.keys(ind.tahun).map(Number).sort()).toEqual([...years].sort());
    for (const y of years) {
      const [t, r] = valuesOf(n, y);
      const yv = ind.tahun[String(y)]!;
      expect([yv.target?.raw, yv.realisasi?.raw].map(String)).toEqual([t, r]);
      // each value names the cell of its own year row
      expect(yv.target?.source?.cell).toBe(
        `${String.fromCharCode(65 + b.capaianCol - 2)}${b.rowOf.get(`${n}@${y}`)! + 1}`,
      );
      expect(yv.capaianTercetak?.source?.cell).toBe(
        `${String.fromCharCode(65 + b.capaianCol)}${b.rowOf.get(`${n}@${y}`)! + 1}`,
      );
    }
  });
  // a year row is never an indicator of its own: the table joins one row per indicator, its first
  const joined = b.read.joins.map((j) => j.row).sort((x, y) => x - y);
  expect(joined).toEqual(b.firstRows);
  expect(b.read.tables[0]!.kind).toBe("history");
}

describe("a table with the year in a column of its rows is read per year", () => {
  it.each([
    ["Tahun", [2022, 2023, 2024], "merged", {}],
    ["Thn", [2024, 2023, 2022], "merged", { no: true }],
    ["TAHUN", [2023, 2024], "first", { yearFirst: true }],
    ["Year", [2020, 2021, 2022, 2023, 2024], "repeated", { no: true }],
    ["Periode", [2024, 2023], "repeated", { satuan: true }],
    ["Tahun Anggaran", [2021, 2022, 2023, 2024], "first", { no: true, satuan: true }],
    ["TA", [2022, 2023, 2024], "merged", { sasaran: true }],
    ["Fiscal Year", ["2023", "2024"], "merged", {}],
  ] as [string, CellValue[], Written, Partial<Shape>][])(
    '"%s" over %j, indicator %s (%j)',
    (yearHeader, years, written, extra) => {
      const b = build({ yearHeader, years, written, ...extra });
      expectPerYear(b, years.map(Number));
    },
  );

  it("keeps satuan and sasaran from the block's first row, and chooses the latest year as the reporting year", () => {
    const b = build({
      yearHeader: "Tahun",
      years: [2024, 2023, 2022],
      written: "first",
      satuan: true,
      sasaran: true,
    });
    expect(b.read.indicators.map((i) => [i.satuan, i.sasaran])).toEqual([
      ["%", "Meningkatnya layanan 1"],
      ["%", "Meningkatnya layanan 2"],
    ]);
    const result = compute(b.read, Settings.parse({}));
    expect(result.tahun).toBe(2024);
  });

  it("reads a block that misses a year: the years it gives, nothing for the one it leaves out", () => {
    const sb = new SheetBuilder("Capaian");
    sb.row(["Indikator Kinerja", "Tahun", "Target", "Realisasi", "Capaian"]);
    const a = sb.row([NAMES[0]!, 2022, "90", "91", "101,11"]);
    sb.row(["", 2023, "92", "93", "101,09"]);
    sb.row(["", 2024, "94", "95", "101,06"]);
    const b = sb.row([NAMES[1]!, 2022, "50", "40", "80,00"]);
    sb.row(["", 2024, "60", "66", "110,00"]);
    sb.mergeDown(0, a, a + 2).mergeDown(0, b, b + 1);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.indicators.map((i) => Object.keys(i.tahun).sort())).toEqual([
      ["2022", "2023", "2024"],
      ["2022", "2024"],
    ]);
    expect(read.indicators[1]!.tahun["2024"]!.realisasi?.raw).toBe("66");
  });

  it("names the year row's cell when its printed capaian is wrong", () => {
    for (const years of [
      [2022, 2023, 2024],
      [2024, 2023, 2022],
    ]) {
      const sb = new SheetBuilder("Capaian");
      sb.row(["No", "Indikator Kinerja", "Tahun", "Target (%)", "Realisasi (%)", "Capaian (%)"]);
      const rows = years.map((y, k) =>
        sb.row([k === 0 ? 1 : "", k === 0 ? NAMES[0]! : "", y, "80", "84", y === 2024 ? "150" : "105"]),
      );
      sb.mergeDown(1, rows[0]!, rows[2]!);
      const read = readWorkbook(workbook(sb.build()));
      const wrong = compute(read, Settings.parse({})).temuan.filter((t) => t.kode === "CAPAIAN_TIDAK_SESUAI");
      expect(wrong.map((t) => t.sel[0]!.cell)).toEqual([`F${rows[years.indexOf(2024)]! + 1}`]);
    }
  });

  it("is a Renstra when the rows give targets alone over three or more years", () => {
    const sb = new SheetBuilder("Renstra");
    sb.row(["Indikator Kinerja", "Tahun", "Target"]);
    const a = sb.row([NAMES[0]!, 2025, "90"]);
    sb.row(["", 2026, "92"]);
    sb.row(["", 2027, "94"]);
    sb.mergeDown(0, a, a + 2);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.tables[0]!.kind).toBe("renstra");
    expect(Object.keys(read.indicators[0]!.renstra?.targets ?? {})).toEqual(["2025", "2026", "2027"]);
  });
});

describe("a year column that cannot be read per year is listed, with the row and why", () => {
  it.each([
    ["a year twice in one block", [2022, 2023, 2023]],
    ["years turning back in one block", [2022, 2024, 2023]],
  ])("%s", (_why, years) => {
    const sb = new SheetBuilder("Capaian");
    sb.row(["Indikator Kinerja", "Tahun", "Target", "Realisasi", "Capaian"]);
    const rows = years.map((y, k) => sb.row([k === 0 ? NAMES[0]! : "", y, "90", "91", "101,11"]));
    sb.mergeDown(0, rows[0]!, rows[2]!);
    const read = readWorkbook(workbook(sb.build()));
    const listed = read.takTerbaca.filter((b) => b.kode === "TAHUN_PER_BARIS");
    expect(listed).toHaveLength(1);
    expect(listed[0]!.pesan.id).toContain(`baris ${rows[2]! + 1}`);
    expect(listed[0]!.pesan.en).toContain(`row ${rows[2]! + 1}`);
    expect(read.indicators).toHaveLength(0);
  });
});

describe("tables whose years are not rows are read as before", () => {
  it("a year column of one year only is read as that year's table", () => {
    const rows: CellValue[][] = [
      ["Indikator Kinerja", "Tahun", "Target (%)", "Realisasi (%)", "Capaian (%)"],
    ];
    for (const name of NAMES) rows.push([name, 2024, "90", "91", "101,11"]);
    const r = readRows("Capaian", rows, "PENGUKURAN KINERJA TAHUN 2024");
    expect(r.takTerbaca.filter((b) => b.kode === "TAHUN_PER_BARIS")).toHaveLength(0);
    expect(r.indicators.map((i) => i.indikator)).toEqual(NAMES);
    expect(Object.keys(r.indicators[0]!.tahun)).toEqual(["2024"]);
  });

  it("value columns that carry their own years are read, whatever a Tahun column holds", () => {
    const rows: CellValue[][] = [
      ["Indikator Kinerja", "Tahun", "Target 2024", "Realisasi 2024", "Target 2023", "Realisasi 2023"],
      [NAMES[0]!, 2021, "95", "96", "90", "91"],
      [NAMES[1]!, 2022, "95", "94", "90", "92"],
    ];
    const r = readRows("Capaian", rows, "CAPAIAN KINERJA");
    expect(r.takTerbaca.filter((b) => b.kode === "TAHUN_PER_BARIS")).toHaveLength(0);
    expect(r.indicators).toHaveLength(2);
    expect(Object.keys(r.indicators[0]!.tahun).sort()).toEqual(["2023", "2024"]);
  });
});

describe("a year per indicator, not per row of a block", () => {
  it("is listed: the years do not repeat under each indicator", () => {
    const rows: CellValue[][] = [["Indikator Kinerja", "Tahun", "Target", "Realisasi", "Capaian"]];
    NAMES.forEach((name, k) => rows.push([name, 2022 + k, "90", "91", "101,11"]));
    rows.push(["Cakupan layanan pengaduan", 2024, "80", "82", "102,50"]);
    const r = readRows("Capaian", rows, "CAPAIAN KINERJA");
    const listed = r.takTerbaca.filter((b) => b.kode === "TAHUN_PER_BARIS");
    expect(listed).toHaveLength(1);
    expect(listed[0]!.pesan.en).toContain("3 of 3 indicators give one year only");
  });
});
