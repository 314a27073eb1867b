/**
 * The year-over-year table (Bab III, analysis 2) printed with the role words on top: "Target", "Realisasi",
 * "Capaian" each merged over a row of the years ("2022 | 2023 | 2024", "TA 2022", "Th. 2022", "Tahun 2022").
 * The row of years belongs to the header block even when a column beside them is merged down over both rows
 * with words no rule knows ("Tren Realisasi", "Perkembangan", "Kecenderungan"): that cell is the top row's.
 * Every column then gets the year of its cell, each indicator gets every year's values, the table is the
 * history it is (targets and realisasi of several stated years) and no header row is read as data.
 */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const YEARS = [2022, 2023, 2024];
const ROWS: [string, number[]][] = [
  ["Indeks Pembangunan Gender", [87.5, 88, 88.5, 87.92, 88.31, 88.74, 100.48, 100.35, 100.27]],
  ["Persentase pencari kerja yang ditempatkan", [55, 57.5, 60, 56.2, 58.4, 61.3, 102.18, 101.57, 102.17]],
  ["Indeks Keterbukaan Informasi Publik", [75, 80, 84, 78.4, 82.6, 86.73, 104.53, 103.25, 103.25]],
];

interface Variant {
  groups: [string, string, string];
  year: (y: number) => string;
  /** the column after the groups, merged down over both header rows ("" for none) */
  trailing: string;
  /** columns left empty before the table (a table starting in column B) */
  offset: number;
  satuan: boolean;
  title: string;
}

function build(v: Variant) {
  const sb = new SheetBuilder("Tahunan");
  if (v.title) sb.row([...Array<string>(v.offset).fill(""), v.title]);
  const lead = v.satuan ? ["No", "Indikator Kinerja", "Satuan"] : ["No", "Indikator"];
  const w = v.offset + lead.length;
  const pad = Array<string>(v.offset).fill("");
  const tail = v.trailing ? [v.trailing] : [];
  const groupRow = v.groups.flatMap((g) => [g, "", ""]);
  const h = sb.row([...pad, ...lead, ...groupRow, ...tail]);
  sb.row([
    ...pad,
    ...lead.map(() => ""),
    ...v.groups.flatMap(() => YEARS.map(v.year)),
    ...tail.map(() => ""),
  ]);
  for (let c = v.offset; c < w; c++) sb.mergeDown(c, h, h + 1);
  for (let k = 0; k < 3; k++) sb.mergeAcross(h, w + 3 * k, w + 3 * k + 2);
  if (v.trailing) sb.mergeDown(w + 9, h, h + 1);
  ROWS.forEach(([name, vals], i) =>
    sb.row([
      ...pad,
      i + 1,
      name,
      ...(v.satuan ? ["%"] : []),
      ...vals.map((x) => String(x).replace(".", ",")),
      ...(v.trailing ? ["Naik"] : []),
    ]),
  );
  return { wb: workbook(sb.build()), h, w };
}

const GROUPS: [string, string, string][] = [
  ["Target", "Realisasi", "Capaian (%)"],
  ["Target Kinerja", "Realisasi Kinerja", "% Capaian"],
  ["TARGET", "REALISASI", "CAPAIAN"],
];
const YEAR_CELLS: [string, (y: number) => string][] = [
  ["2022", (y) => String(y)],
  ["TA 2022", (y) => `TA ${y}`],
  ["Th. 2022", (y) => `Th. ${y}`],
  ["Tahun 2022", (y) => `Tahun ${y}`],
  ["T.A. 2022", (y) => `T.A. ${y}`],
];
const TRAILING = ["Tren Realisasi", "Perkembangan", "Kecenderungan", "Naik/Turun", ""];
const TITLES = [
  "Tabel 3.2 Perbandingan Capaian 2022 - 2024",
  "Tabel 3.2 Capaian Kinerja Tahun 2022, 2023 dan 2024",
  "",
];

const cases: [string, Variant][] = [];
YEAR_CELLS.forEach(([label, year], i) =>
  TRAILING.forEach((trailing, j) =>
    cases.push([
      `years as "${label}", trailing "${trailing}"`,
      {
        groups: GROUPS[(i + j) % GROUPS.length]!,
        year,
        trailing,
        offset: (i + j) % 2,
        satuan: j % 2 === 0,
        title: TITLES[(i + 2 * j) % TITLES.length]!,
      },
    ]),
  ),
);

describe("years merged under Target | Realisasi | Capaian", () => {
  test.each(cases)("each column gets its year: %s", (_, v) => {
    const { wb, h, w } = build(v);
    const read = readWorkbook(wb);
    expect(read.tables).toHaveLength(1);
    const t = read.tables[0]!;
    expect(t.headerRows).toEqual([h, h + 1]);
    expect(t.kind).toBe("history");
    const byCol = new Map(t.columns.map((c) => [c.col, c]));
    const roles = ["target", "realisasi", "capaian"];
    for (let k = 0; k < 9; k++)
      expect([byCol.get(w + k)?.role, byCol.get(w + k)?.tahun]).toEqual([
        roles[Math.floor(k / 3)],
        YEARS[k % 3],
      ]);
    expect(read.indicators.map((i) => i.indikator)).toEqual(ROWS.map((r) => r[0]));
    read.indicators.forEach((ind, i) =>
      YEARS.forEach((y, k) => {
        expect(ind.tahun[String(y)]?.target?.parsed).toMatchObject({ kind: "number", value: ROWS[i]![1][k] });
        expect(ind.tahun[String(y)]?.realisasi?.parsed).toMatchObject({
          kind: "number",
          value: ROWS[i]![1][3 + k],
        });
      }),
    );
    expect(read.takTerbaca).toEqual([]);
  });
});

/**
 * Stacked on one sheet under "BAB III … TAHUN 2024", the year-over-year table's title names a span of years
 * ("Tahun 2022, 2023 dan 2024"): it states no one year for the tables under it, so a national-standards
 * table further down ("Target Kota | Realisasi Kota", no year of its own) reports the sheet's year.
 */
const SPANS = ["Tahun 2022, 2023 dan 2024", "Tahun 2022 - 2024", "TAHUN 2022 s.d. 2024", "Tahun 2022–2024"];
const SHEET_TITLES = ["BAB III AKUNTABILITAS KINERJA TAHUN 2024", "LAPORAN KINERJA TAHUN 2024"];

describe("a title naming several years", () => {
  test.each(
    SPANS.flatMap((span, i) =>
      SHEET_TITLES.map((sheet, j): [string, string, number] => [span, sheet, (i + j) % 2]),
    ),
  )('states no year for the table under it: "%s" under "%s"', (span, sheetTitle, offset) => {
    const sb = new SheetBuilder("Bab III");
    const pad = Array<string>(offset).fill("");
    sb.row([...pad, sheetTitle]);
    sb.row([...pad, `Tabel 3.2 Capaian Kinerja ${span}`]);
    const h = sb.row([...pad, "No", "Indikator", "Target", "", "", "Realisasi", "", ""]);
    sb.row([...pad, "", "", "2022", "2023", "2024", "2022", "2023", "2024"]);
    sb.mergeDown(offset, h, h + 1).mergeDown(offset + 1, h, h + 1);
    sb.mergeAcross(h, offset + 2, offset + 4).mergeAcross(h, offset + 5, offset + 7);
    sb.row([...pad, 1, "Indeks SPBE", "2,8", "3,1", "3,5", "3,02", "3,35", "3,61"]);
    sb.blank();
    sb.row([...pad, "Tabel 3.4 Perbandingan dengan Standar Nasional"]);
    const n = sb.row([...pad, "No", "Indikator", "Target Nasional", "Target Kota", "Realisasi Kota"]);
    sb.row([...pad, 1, "Indeks SPBE", "2,6", "3,5", "3,61"]);
    const read = readWorkbook(workbook(sb.build()));
    const nasional = read.tables.find((t) => t.headerRows[0] === n)!;
    expect(nasional.kind).toBe("nasional");
    const byCol = new Map(nasional.columns.map((c) => [c.col, c]));
    expect(byCol.get(offset + 3)).toMatchObject({ role: "target", tahun: 2024 });
    expect(byCol.get(offset + 4)).toMatchObject({ role: "realisasi", tahun: 2024 });
    const spbe = read.indicators.find((i) => i.indikator === "Indeks SPBE")!;
    expect(spbe.tahun["2024"]?.target?.parsed).toMatchObject({ value: 3.5 });
    expect(spbe.tahun["2022"]?.target?.parsed).toMatchObject({ value: 2.8 });
    expect(read.temuan.filter((f) => f.kode === "NILAI_BERBEDA_ANTAR_TABEL")).toEqual([]);
  });
});
