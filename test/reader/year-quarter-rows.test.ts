/**
 * Quarter rows under each year of a Tahun column ("Indikator | Tahun | Triwulan | Target | Realisasi"): each
 * indicator is read once, its target and realisasi filed under the year and quarter of the row that gave
 * them, whatever the words of the year and quarter columns, how the quarters are written (TW I, 1, Kuartal 2,
 * Q3), how the year is written over its quarters (every row, merged down, its first quarter only) and how the
 * indicator is (merged down, repeated, first row only). A year line ("Tahunan") under each year gives that
 * year's own value. What stays ambiguous — year blocks with different quarters, a quarter twice in a year, a
 * quarter with no year above it, a year row with no quarter — is listed (TAHUN_PER_BARIS) with the row and why.
 */
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const NAMES = ["Cakupan kepemilikan KTP elektronik", "Cakupan kepemilikan akta kelahiran anak"];
const ROMAN = ["I", "II", "III", "IV"];

type YearFill = "every row" | "first quarter" | "merged";
type IndFill = "merged" | "repeated" | "first";

interface Shape {
  yearHeader: string;
  quarterHeader: string;
  label: (q: number) => CellValue;
  years: number[];
  yearFill: YearFill;
  indFill: IndFill;
  /** the year line's label, before the quarters of each year */
  yearLine?: string;
}

/** realisasi of indicator n in year y, quarter q: distinct per cell */
const realisasiOf = (n: number, y: number, q: number): number => 70 + n * 10 + (y % 10) + q;
const targetOf = (n: number, q: number): number => 70 + n * 10 + q;

function build(s: Shape) {
  const sb = new SheetBuilder("Triwulan");
  sb.row(["CAPAIAN KINERJA PER TRIWULAN"]);
  sb.blank();
  sb.row(["No", "Indikator Kinerja", s.yearHeader, s.quarterHeader, "Target", "Realisasi", "Capaian (%)"]);
  const cell = new Map<string, string>();
  NAMES.forEach((name, n) => {
    const top = sb.next;
    s.years.forEach((y, k) => {
      const labels: CellValue[] = [...(s.yearLine ? [s.yearLine] : []), ...[1, 2, 3, 4].map(s.label)];
      const first = sb.next;
      labels.forEach((lab, j) => {
        const q = s.yearLine ? j : j + 1;
        const shownInd = (k === 0 && j === 0) || s.indFill === "repeated" ? name : "";
        const shownYear = j === 0 || s.yearFill === "every row" ? y : "";
        const t = q === 0 ? 100 + n : targetOf(n, q);
        const r = q === 0 ? 101 + n + (y % 10) : realisasiOf(n, y, q);
        const row = sb.row([k === 0 && j === 0 ? n + 1 : "", shownInd, shownYear, lab, t, r, 100]);
        cell.set(`${n}@${y}#${q}`, `F${row + 1}`);
      });
      if (s.yearFill === "merged") sb.mergeDown(2, first, sb.next - 1);
    });
    if (s.indFill === "merged") sb.mergeDown(1, top, sb.next - 1);
  });
  return { read: readWorkbook(workbook(sb.build())), cell };
}

function expectRead(s: Shape): void {
  const { read, cell } = build(s);
  expect(read.takTerbaca.filter((x) => x.kode === "TAHUN_PER_BARIS")).toEqual([]);
  expect(read.indicators.map((i) => i.indikator)).toEqual(NAMES);
  read.indicators.forEach((ind, n) => {
    expect(Object.keys(ind.tahun).map(Number).sort()).toEqual([...s.years].sort());
    for (const y of s.years) {
      const tw = ind.tahun[String(y)]!.triwulan!;
      expect(tw.target?.map((v) => v?.raw)).toEqual([1, 2, 3, 4].map((q) => targetOf(n, q)));
      expect(tw.realisasi?.map((v) => v?.raw)).toEqual([1, 2, 3, 4].map((q) => realisasiOf(n, y, q)));
      // each value names the cell of its own row
      expect(tw.realisasi?.map((v) => v?.source?.cell)).toEqual(
        [1, 2, 3, 4].map((q) => cell.get(`${n}@${y}#${q}`)),
      );
      const own = ind.tahun[String(y)]!;
      if (s.yearLine) {
        expect([own.target?.raw, own.realisasi?.raw]).toEqual([100 + n, 101 + n + (y % 10)]);
        expect(own.realisasi?.source?.cell).toBe(cell.get(`${n}@${y}#0`));
      } else expect(own.target).toBeUndefined();
    }
  });
  // no quarter of one year is filed under another: no conflicting copies
  expect(read.indicators.flatMap((i) => i.alternatif ?? [])).toEqual([]);
}

const LABELS: [string, string, (q: number) => CellValue][] = [
  ["Tahun", "Triwulan", (q) => ROMAN[q - 1]!],
  ["Thn", "Periode", (q) => `TW ${ROMAN[q - 1]}`],
  ["Year", "Quarter", (q) => `Q${q}`],
  ["Tahun Anggaran", "Kuartal", (q) => `Kuartal ${q}`],
  ["TA", "TW", (q) => q],
  ["Periode", "Trw", (q) => `Trw. ${q}`],
];

describe("quarter rows under each year of a Tahun column are read per year and quarter", () => {
  const cases = LABELS.flatMap(([yh, qh, label], k) =>
    (["every row", "first quarter", "merged"] as YearFill[]).map(
      (yearFill, j) =>
        [yh, qh, yearFill, (["merged", "repeated", "first"] as IndFill[])[(k + j) % 3]!, label] as const,
    ),
  );
  test.each(cases)(
    "'%s' | '%s', year on %s, indicator %s",
    (yearHeader, quarterHeader, yearFill, indFill, label) => {
      expectRead({ yearHeader, quarterHeader, label, years: [2023, 2024], yearFill, indFill });
    },
  );

  test.each([
    [[2022, 2023, 2024], "Tahunan"],
    [[2024, 2023], "Jumlah"],
    [[2021, 2022], "Akhir Tahun"],
  ])("years %j, each with a year line '%s' before its quarters", (years, yearLine) => {
    const label = (q: number) => `TW ${q}`;
    expectRead({
      yearHeader: "Tahun",
      quarterHeader: "Triwulan",
      label,
      years,
      yearFill: "first quarter",
      indFill: "merged",
      yearLine,
    });
  });

  it("computes the reporting year from its own quarters, never from another year's", () => {
    const label = (q: number) => ROMAN[q - 1]!;
    const { read } = build({
      yearHeader: "Tahun",
      quarterHeader: "Triwulan",
      label,
      years: [2023, 2024],
      yearFill: "merged",
      indFill: "merged",
    });
    const result = compute(read, Settings.parse({ tahun: 2023 }));
    expect(result.tahun).toBe(2023);
    expect(result.temuan.filter((t) => t.kode === "NILAI_BERBEDA_ANTAR_TABEL")).toEqual([]);
    expect(read.tables[0]!.kind).toBe("history");
  });
});

/** One indicator over two years; `rows` are [year, quarter label] per row. */
function listed(rows: [CellValue, CellValue][]) {
  const sb = new SheetBuilder("Triwulan");
  sb.row(["Indikator Kinerja", "Tahun", "Triwulan", "Target", "Realisasi"]);
  const top = sb.next;
  rows.forEach(([y, q], k) => sb.row([k === 0 ? NAMES[0]! : "", y, q, 80, 70 + k]));
  sb.mergeDown(0, top, sb.next - 1);
  const read = readWorkbook(workbook(sb.build()));
  return { read, top, list: read.takTerbaca.filter((x) => x.kode === "TAHUN_PER_BARIS") };
}

describe("quarter rows under years that stay ambiguous are listed with the row and why, not read", () => {
  const Q = ["TW I", "TW II", "TW III", "TW IV"];
  test.each([
    [
      "the years give different quarters",
      [...Q.map((q) => [2023, q]), ...Q.slice(0, 3).map((q) => [2024, q])],
      4,
      "gives the quarters",
    ],
    [
      "a quarter twice in one year",
      [
        [2023, "TW I"],
        [2023, "TW II"],
        [2023, "TW II"],
        [2024, "TW I"],
      ],
      2,
      "given twice in the year 2023",
    ],
    [
      "a quarter with no year above it",
      [
        ["", "TW I"],
        ["", "TW II"],
        [2023, "TW I"],
        [2023, "TW II"],
        [2024, "TW I"],
        [2024, "TW II"],
      ],
      0,
      "has no year above it",
    ],
    [
      "a year twice for one indicator",
      [
        [2023, "TW I"],
        [2024, "TW I"],
        [2023, "TW II"],
        [2024, "TW II"],
      ],
      2,
      "the year 2023 is given twice",
    ],
  ] as [string, [CellValue, CellValue][], number, string][])("%s", (_what, rows, at, why) => {
    const { read, top, list } = listed(rows);
    expect(list).toHaveLength(1);
    expect(list[0]!.pesan.en).toContain(`row ${top + at + 1}`);
    expect(list[0]!.pesan.en).toContain(why);
    expect(read.indicators).toEqual([]);
  });

  it("a year row with no quarter among the quarter rows", () => {
    const rows: [CellValue, CellValue][] = [
      [2023, ""],
      [2023, "TW I"],
      [2023, "TW II"],
      [2023, "TW III"],
      [2023, "TW IV"],
      [2024, "TW I"],
      [2024, "TW II"],
      [2024, "TW III"],
      [2024, "TW IV"],
    ];
    const { list, top } = listed(rows);
    expect(list).toHaveLength(1);
    expect(list[0]!.pesan.id).toContain(`baris ${top + 1}`);
    expect(list[0]!.pesan.id).toContain("tanpa triwulan");
  });
});

describe("a column of the period word alone over arabic numerals names the quarters", () => {
  function quarterTable(header: string, labels: CellValue[]) {
    const sb = new SheetBuilder("Triwulan 2024");
    sb.row(["Indikator Kinerja", header, "Target", "Realisasi"]);
    const top = sb.next;
    labels.forEach((lab, k) => sb.row([k === 0 ? NAMES[0]! : "", lab, 10 + k, 20 + k]));
    sb.mergeDown(0, top, sb.next - 1);
    return readWorkbook(workbook(sb.build()));
  }

  test.each([
    ["Triwulan", [1, 2, 3, 4], [1, 2, 3, 4]],
    ["TW", ["1", "2", "3", "4"], [1, 2, 3, 4]],
    ["Kuartal ke-", [1, 2, 3, 4], [1, 2, 3, 4]],
    ["Semester", [1, 2], [2, 4]],
  ] as [string, CellValue[], number[]][])("'%s' over %j", (header, labels, quarters) => {
    const read = quarterTable(header, labels);
    expect(read.indicators).toHaveLength(1);
    const tw = read.indicators[0]!.tahun["2024"]!.triwulan!;
    expect(quarters.map((q) => tw.realisasi?.[q - 1]?.raw)).toEqual(labels.map((_, k) => 20 + k));
  });

  test.each([
    ["Target Triwulan", [1, 2, 3, 4]],
    ["Bulan", [1, 2, 3, 4]],
  ] as [string, CellValue[]][])("not under '%s': its numbers are values or months", (header, labels) => {
    const read = quarterTable(header, labels);
    expect(read.indicators.flatMap((i) => Object.values(i.tahun).map((y) => y.triwulan))).not.toContainEqual(
      expect.objectContaining({ realisasi: expect.anything() }),
    );
  });
});
