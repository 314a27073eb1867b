/**
 * A three-row header: year groups named relative to the reporting year ("Tahun N-1 | Tahun N", "TAHUN (N-1)"),
 * or in words no rule knows ("Kondisi Sebelumnya"), over a row of the years themselves, over "Target |
 * Realisasi | Capaian". The group row belongs to the header when its words say a year (relative or not) or
 * when the header's own columns are merged down from it; either way the table starts there, each column
 * gets the year of its row of years, and no row of the block is dropped unread.
 */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const ROWS: [string, number[]][] = [
  ["Indeks Kepuasan Masyarakat Kecamatan", [80, 81.25, 101.56, 82, 84.1, 102.56]],
  ["Persentase layanan PATEN tepat waktu", [90, 88, 97.78, 92, 95, 103.26]],
  ["Persentase desa yang menyelesaikan musrenbang", [85, 86.67, 101.96, 90, 93.33, 103.7]],
];

interface Variant {
  groups: [string, string];
  /** No/Indikator merged down over the three header rows, each group name merged across its three columns */
  merged: boolean;
  trc: string[];
  /** a Sasaran column before the indicator */
  sasaran?: boolean;
}

function build(v: Variant) {
  const sb = new SheetBuilder("Perbandingan");
  sb.row(["PERBANDINGAN CAPAIAN KINERJA"]);
  sb.blank();
  const lead = v.sasaran ? ["No", "Sasaran", "Indikator Kinerja"] : ["No", "Indikator Kinerja"];
  const w = lead.length;
  const blanks = lead.map(() => "");
  const h = sb.row([...lead, v.groups[0], "", "", v.groups[1], "", ""]);
  sb.row([...blanks, "2023", "", "", "2024", "", ""]);
  sb.row([...blanks, ...v.trc, ...v.trc]);
  // the years always span their group (how a year over T | R | C is printed); the rest only when merged
  sb.mergeAcross(h + 1, w, w + 2).mergeAcross(h + 1, w + 3, w + 5);
  if (v.merged) {
    for (let c = 0; c < w; c++) sb.mergeDown(c, h, h + 2);
    sb.mergeAcross(h, w, w + 2).mergeAcross(h, w + 3, w + 5);
  }
  ROWS.forEach(([name, vals], i) =>
    sb.row([i + 1, ...(v.sasaran ? ["Meningkatnya kualitas pelayanan"] : []), name, ...vals.map(String)]),
  );
  return { wb: workbook(sb.build()), h, w };
}

const GROUPS: [string, string][] = [
  ["Tahun N-1", "Tahun N"],
  ["TAHUN (N-1)", "TAHUN (N)"],
  ["Tahun Lalu", "Tahun Ini"],
];
const TRC = [
  ["Target", "Realisasi", "Capaian"],
  ["T", "R", "C"],
  ["Target", "Realisasi", "% Capaian"],
];

const cases: [string, Variant][] = [];
GROUPS.forEach((groups) =>
  [true, false].forEach((merged, m) =>
    cases.push([
      `"${groups[0]} | ${groups[1]}"${merged ? ", merged" : ""}`,
      { groups, merged, trc: TRC[m]!, sasaran: m === 0 },
    ]),
  ),
);
// words no rule knows: the merges alone say the row is the header's
cases.push([
  '"Kondisi Sebelumnya | Kondisi Sekarang", merged',
  { groups: ["Kondisi Sebelumnya", "Kondisi Sekarang"], merged: true, trc: TRC[2]! },
]);
cases.push([
  '"Periode Lampau | Periode Kini", merged, with Sasaran',
  { groups: ["Periode Lampau", "Periode Kini"], merged: true, trc: TRC[1]!, sasaran: true },
]);

describe("a year-group row over a row of years", () => {
  test.each(cases)("is the top of the header: %s", (_, v) => {
    const { wb, h, w } = build(v);
    const read = readWorkbook(wb);
    expect(read.tables).toHaveLength(1);
    const t = read.tables[0]!;
    expect(t.headerRows[0]).toBe(h);
    const byCol = new Map(t.columns.map((c) => [c.col, c]));
    expect([w, w + 1, w + 2].map((c) => [byCol.get(c)?.role, byCol.get(c)?.tahun])).toEqual([
      ["target", 2023],
      ["realisasi", 2023],
      ["capaian", 2023],
    ]);
    expect(byCol.get(w + 4)).toMatchObject({ role: "realisasi", tahun: 2024 });
    expect(read.indicators.map((i) => i.indikator)).toEqual(ROWS.map((r) => r[0]));
    for (const i of read.indicators) {
      expect(i.tahun["2023"]?.realisasi).toBeDefined();
      expect(i.tahun["2024"]?.realisasi).toBeDefined();
    }
    expect(read.takTerbaca).toEqual([]);
  });
});
