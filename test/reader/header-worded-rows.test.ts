/**
 * A small OPD's table of one or two indicators whose names are made only of header words ("Jumlah
 * kegiatan sosialisasi", "Persentase tindak lanjut LHP OPD") and whose values are small counts that
 * look like column numbers ("1 | … | 12 | 10 | 83"): the rows are data, not a second header, because
 * they hold numbers under the columns the header names target/realisasi/capaian and a running number
 * under "No". A year-group row and a column-number row over such a table stay header rows.
 */
import { isHeaderish } from "../../src/reader/header-cells";
import { readWorkbook } from "../../src/reader";
import type { CellValue } from "../../src/engine/snapshot";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

/** indicator names of real LKjIP tables whose every word is a header word, with their satuan */
const NAMES: [string, string][] = [
  ["Jumlah kegiatan sosialisasi", "kegiatan"],
  ["Kategori inovasi OPD", "predikat"],
  ["Jumlah program dan kegiatan yang dievaluasi", "program"],
  ["Persentase tindak lanjut LHP OPD", "%"],
  ["Predikat Akuntabilitas Kinerja Perangkat Daerah", "predikat"],
  ["Jumlah unit kerja yang dievaluasi", "unit"],
  ["Persentase capaian target kinerja", "persen"],
];
/** target, realisasi, capaian: small whole numbers, each of which reads like a column number "12" */
const VALUES: CellValue[][] = [
  ["12", "10", "83"],
  [4, 4, 99],
  ["80", "75", "94"],
];

interface Header {
  name: string;
  lead: string[];
  trc: string[];
}
const HEADERS: Header[] = [
  {
    name: "Indonesian",
    lead: ["No", "Indikator Kinerja", "Satuan"],
    trc: ["Target", "Realisasi", "Capaian (%)"],
  },
  { name: "short forms", lead: ["No.", "Indikator", "Sat"], trc: ["T", "R", "%"] },
  {
    name: "English",
    lead: ["No", "Performance Indicator", "Unit"],
    trc: ["Target", "Actual", "Achievement (%)"],
  },
  { name: "no No column", lead: ["Indikator Kinerja", "Satuan"], trc: ["Target", "Realisasi", "Capaian"] },
];
type Layout = "one row" | "year group over T | R | C" | "column numbers under";
const LAYOUTS: Layout[] = ["one row", "year group over T | R | C", "column numbers under"];

function build(h: Header, layout: Layout, rows: number, k: number) {
  const sb = new SheetBuilder("Kinerja");
  sb.row(["PENGUKURAN KINERJA KECAMATAN TAHUN 2024"]);
  sb.blank();
  const w = h.lead.length;
  const headerRows: number[] = [];
  if (layout === "year group over T | R | C") {
    const top = sb.row([...h.lead, "2024", "", ""]);
    headerRows.push(top, sb.row([...h.lead.map(() => ""), ...h.trc]));
    for (let c = 0; c < w; c++) sb.mergeDown(c, top, top + 1);
    sb.mergeAcross(top, w, w + 2);
  } else headerRows.push(sb.row([...h.lead, ...h.trc]));
  if (layout === "column numbers under")
    headerRows.push(sb.row([...h.lead, ...h.trc].map((_, i) => `(${i + 1})`)));
  const names: string[] = [];
  for (let i = 0; i < rows; i++) {
    const [name, satuan] = NAMES[(k + i) % NAMES.length]!;
    const no = h.lead[0]!.startsWith("No") ? [String(i + 1)] : [];
    sb.row([...no, name, satuan, ...VALUES[(k + i) % VALUES.length]!]);
    names.push(name);
  }
  return { wb: workbook(sb.build()), headerRows, names };
}

const cases: [string, Header, Layout, number, number][] = [];
let k = 0;
for (const h of HEADERS)
  for (const layout of LAYOUTS)
    for (const rows of [1, 2]) cases.push([`${h.name}, ${layout}, ${rows} row(s)`, h, layout, rows, k++]);

describe("a row of header words over numbers under a value column", () => {
  test("the names of this family are header words throughout", () => {
    for (const [name] of NAMES) expect([name, isHeaderish(name)]).toEqual([name, true]);
  });

  test.each(cases)("is the table's data row: %s", (_, h, layout, rows, k) => {
    const { wb, headerRows, names } = build(h, layout, rows, k);
    const read = readWorkbook(wb);
    expect(read.takTerbaca).toEqual([]);
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]!.headerRows).toEqual(headerRows);
    expect(read.tables[0]!.rowsRead).toBe(rows);
    expect(read.indicators.map((i) => i.indikator)).toEqual(names);
    read.indicators.forEach((ind, i) => {
      const v = VALUES[(k + i) % VALUES.length]!;
      const y = ind.tahun["2024"];
      expect([y?.target?.parsed, y?.realisasi?.parsed]).toEqual([
        { kind: "number", value: Number(v[0]) },
        { kind: "number", value: Number(v[1]) },
      ]);
    });
  });
});
