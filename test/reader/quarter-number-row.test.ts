/**
 * A row of quarter numbers under merged period groups ("Target Triwulan | Realisasi Triwulan", each over
 * four columns, over "1 2 3 4 | 1 2 3 4"): part of the header, each column's quarter (src/reader/
 * quarter-number-row.ts). A column-number row "(1) … (n)", one run over the whole table, stays what it is.
 */
import { readWorkbook } from "../../src/reader";
import { quarterNumeral } from "../../src/reader/quarter-number-row";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const NUMERALS: Record<string, string[]> = {
  arab: ["1", "2", "3", "4"],
  romawi: ["I", "II", "III", "IV"],
  tw: ["TW I", "TW II", "TW III", "TW IV"],
  q: ["Q1", "Q2", "Q3", "Q4"],
};
const ROWS: (string | number)[][] = [
  [1, "Jumlah kegiatan sosialisasi", "kegiatan", 3, 3, 3, 3, 2, 3, 4, 3],
  [2, "Persentase aduan yang ditindaklanjuti", "%", 80, 85, 90, 95, 78, 86, 91, 97],
  [3, "Jumlah desa tangguh bencana", "desa", 2, 4, 6, 8, 1, 4, 7, 8],
];

interface Shape {
  numerals: string[];
  word: string;
  mergedLead: boolean;
  rows: number;
  colNumbers?: boolean;
}

function read(s: Shape) {
  const sb = new SheetBuilder("Capaian");
  sb.row(["Tabel 3.1 Capaian Kinerja Tahun 2024"]);
  sb.blank();
  const blank4 = ["", "", ""];
  const h = sb.row([
    "No",
    "Indikator Kinerja",
    "Satuan",
    `Target ${s.word}`,
    ...blank4,
    `Realisasi ${s.word}`,
    ...blank4,
  ]);
  sb.row(["", "", "", ...s.numerals, ...s.numerals]);
  if (s.colNumbers) sb.row(Array.from({ length: 11 }, (_, i) => `(${i + 1})`));
  if (s.mergedLead) for (let c = 0; c < 3; c++) sb.mergeDown(c, h, h + 1);
  sb.mergeAcross(h, 3, 6).mergeAcross(h, 7, 10);
  for (const r of ROWS.slice(0, s.rows)) sb.row(r);
  return readWorkbook(workbook(sb.build()));
}

describe("a row of quarter numbers under merged period groups", () => {
  const cases: [string, string, boolean, number, boolean][] = [];
  for (const n of Object.keys(NUMERALS))
    for (const word of ["Triwulan", "TW", "Kuartal"])
      for (const mergedLead of [true, false])
        cases.push([n, word, mergedLead, mergedLead ? 1 : 3, !mergedLead]);
  test.each(cases)(
    "%s under '%s' (lead merged: %s), %d rows, column numbers: %s",
    (n, word, mergedLead, rows, colNumbers) => {
      const rd = read({ numerals: NUMERALS[n]!, word, mergedLead, rows, colNumbers });
      expect(rd.tables).toHaveLength(1);
      const cols = rd.tables[0]!.columns;
      expect(cols.map((c) => [c.role, c.triwulan])).toEqual([
        ["no", undefined],
        ["indikator", undefined],
        ["satuan", undefined],
        ...[1, 2, 3, 4].map((q) => ["target", q]),
        ...[1, 2, 3, 4].map((q) => ["realisasi", q]),
      ]);
      expect(rd.indicators).toHaveLength(rows);
      expect(rd.takTerbaca.filter((t) => t.kode === "TANPA_BARIS")).toEqual([]);
      ROWS.slice(0, rows).forEach((r, i) => {
        const tw = rd.indicators[i]!.tahun["2024"]!.triwulan!;
        expect(tw.target?.map((v) => v?.raw)).toEqual(r.slice(3, 7));
        expect(tw.realisasi?.map((v) => v?.raw)).toEqual(r.slice(7, 11));
      });
    },
  );

  test("a group over the realisasi only, beside a year target merged down", () => {
    const sb = new SheetBuilder("Capaian");
    sb.row(["Pengukuran Kinerja Tahun 2024"]);
    const h = sb.row([
      "No",
      "Sasaran",
      "Indikator",
      "Satuan",
      "Target 2024",
      "Realisasi per Triwulan",
      "",
      "",
      "",
    ]);
    sb.row(["", "", "", "", "", "1", "2", "3", "4"]);
    for (let c = 0; c < 5; c++) sb.mergeDown(c, h, h + 1);
    sb.mergeAcross(h, 5, 8);
    sb.row([1, "Meningkatnya layanan", "Indeks kepuasan masyarakat", "indeks", 82, 80, 81, 83, 84]);
    const rd = readWorkbook(workbook(sb.build()));
    const cols = rd.tables[0]!.columns;
    expect(cols.slice(4).map((c) => [c.role, c.triwulan])).toEqual([
      ["target", undefined],
      ...[1, 2, 3, 4].map((q) => ["realisasi", q]),
    ]);
    const y = rd.indicators[0]!.tahun["2024"]!;
    expect(y.target?.raw).toBe(82);
    expect(y.triwulan?.realisasi?.map((v) => v?.raw)).toEqual([80, 81, 83, 84]);
  });
});

describe("a column-number row stays one", () => {
  test.each([
    ["plain", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]],
    ["in brackets", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"]],
  ])("%s, one run under merged period groups: no quarter is read from it", (_, nums) => {
    const sb = new SheetBuilder("Capaian");
    sb.row(["Capaian Kinerja Tahun 2024"]);
    const h = sb.row([
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Target Triwulan",
      "",
      "",
      "",
      "Realisasi Triwulan",
      "",
      "",
      "",
    ]);
    sb.row(["", "", "", "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV"]);
    const n = sb.row(nums);
    for (let c = 0; c < 3; c++) sb.mergeDown(c, h, h + 1);
    sb.mergeAcross(h, 3, 6).mergeAcross(h, 7, 10);
    sb.row(ROWS[0]!);
    const rd = readWorkbook(workbook(sb.build()));
    const t = rd.tables[0]!;
    expect(t.columns.map((c) => c.triwulan)).toEqual([
      undefined,
      undefined,
      undefined,
      1,
      2,
      3,
      4,
      1,
      2,
      3,
      4,
    ]);
    expect(rd.indicators).toHaveLength(1);
    expect(n).toBeGreaterThan(h);
  });

  test("a bracketed column number or a numeral past 4 names no quarter", () => {
    expect(quarterNumeral("(1)")).toBeUndefined();
    expect(quarterNumeral("5")).toBeUndefined();
    expect(quarterNumeral("Trw. III")).toBe(3);
  });
});
