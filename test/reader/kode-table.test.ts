/**
 * A table whose rows carry a code and values but no indicator names ("Kode IKU | Realisasi | Capaian (%)")
 * is read and joined by its code to the table that carries the code with the names, in any order, on any
 * sheet; a code that names nothing is listed as a finding; a code column that holds no codes is no such
 * table, and a table not read that holds numbers typed as text is listed, never skipped in silence.
 */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const NAMES = [
  "Angka kematian ibu per 100.000 kelahiran hidup",
  "Persentase balita gizi buruk yang mendapat perawatan",
  "Cakupan pelayanan kesehatan ibu hamil sesuai standar",
  "Persentase fasilitas kesehatan terakreditasi",
];
const TARGETS = ["110", "100", "95", "80"];
const REALISASI = ["126,4", "100", "93,1", "84"];

interface Variant {
  codes: string[];
  named: string[];
  kodeOnly: string[];
  /** the code-only table's rows, by index into NAMES */
  order: number[];
  /** the codes the code-only table writes, when not those of the named one */
  kodeOnlyCodes?: string[];
  kodeSheetFirst?: boolean;
  sameSheet?: boolean;
}

function build(v: Variant) {
  const named = new SheetBuilder("Target");
  named.row(["INDIKATOR KINERJA UTAMA TAHUN 2024"]);
  named.row(v.named);
  NAMES.forEach((n, k) => named.row([v.codes[k]!, n, TARGETS[k]!]));
  const other = v.sameSheet ? named : new SheetBuilder("Realisasi");
  if (v.sameSheet) other.blank(2);
  other.row(["REALISASI TAHUN 2024"]);
  const header = other.row(v.kodeOnly);
  const codes = v.kodeOnlyCodes ?? v.codes;
  const rows = v.order.map((k) => other.row([codes[k]!, REALISASI[k]!, "sumber data dinas"]));
  const sheets = v.sameSheet ? [named.build()] : [named.build(), other.build()];
  if (v.kodeSheetFirst) sheets.reverse();
  return { wb: workbook(...sheets), header, rows, sheet: other.name };
}

const CODES = [
  ["IKU.1", "IKU.2", "IKU.3", "IKU.4"],
  ["IKU-01", "IKU-02", "IKU-03", "IKU-04"],
  ["1.1", "1.2", "2.1", "2.2"],
  ["SS1.IK1", "SS1.IK2", "SS2.IK1", "SS2.IK2"],
];
const NAMED_HEADERS = [
  ["Kode", "Indikator Kinerja Utama", "Target 2024"],
  ["Kode Indikator", "Indikator Kinerja", "Target"],
];
const KODE_HEADERS = [
  ["Kode IKU", "Realisasi", "Sumber Data"],
  ["Kode", "Realisasi 2024", "Keterangan"],
  ["Kode Indikator", "Realisasi Kinerja", "Sumber"],
];

describe("a table whose rows are known by their code alone", () => {
  const cases: [string, Variant][] = [];
  CODES.forEach((codes, k) =>
    cases.push([
      `codes ${codes[0]}…, "${KODE_HEADERS[k % 3]![0]}"${k % 2 ? ", its sheet first" : ""}${k === 3 ? ", one sheet" : ""}`,
      {
        codes,
        named: NAMED_HEADERS[k % 2]!,
        kodeOnly: KODE_HEADERS[k % 3]!,
        order: [2, 0, 3, 1],
        kodeSheetFirst: k % 2 === 1,
        sameSheet: k === 3,
      },
    ]),
  );

  test.each(cases)("is read and joined by its code: %s", (_, v) => {
    const { wb, header, rows, sheet } = build(v);
    const read = readWorkbook(wb);
    const table = read.tables.find((t) => t.sheet === sheet && t.headerRows[0] === header);
    expect(table).toBeDefined();
    expect(table!.columns[0]!.role).toBe("kode");
    // a kind decided from codes alone is less sure than one from named indicators
    expect(table!.kindConfidence).toBeLessThan(0.9);
    expect(read.indicators).toHaveLength(4);
    for (const [k, row] of rows.entries()) {
      const link = read.joins.find((j) => j.tableId === table!.id && j.row === row)!;
      expect(link.method).toBe("kode");
      const ind = read.indicators.find((i) => i.id === link.indicatorId)!;
      const n = v.order[k]!;
      expect([
        ind.indikator,
        ind.kode,
        ind.tahun["2024"]?.target?.raw,
        ind.tahun["2024"]?.realisasi?.raw,
      ]).toEqual([NAMES[n], v.codes[n], TARGETS[n], REALISASI[n]]);
    }
    expect(read.temuan.filter((t) => t.kode === "KODE_TANPA_INDIKATOR")).toEqual([]);
    expect(read.takTerbaca).toEqual([]);
  });

  it("lists a code that no named table carries, and keeps its values under the code", () => {
    const { wb, rows, sheet } = build({
      codes: CODES[0]!,
      kodeOnlyCodes: ["IKU.1", "IKU.2", "IKU.3", "IKU.9"],
      named: NAMED_HEADERS[0]!,
      kodeOnly: KODE_HEADERS[0]!,
      order: [0, 3],
    });
    // the named table knows IKU.1–IKU.4: IKU.9 of the code table names nothing
    const read = readWorkbook(wb);
    const lone = read.temuan.filter((t) => t.kode === "KODE_TANPA_INDIKATOR");
    expect(lone.map((t) => `${t.sel[0]!.sheet}!${t.sel[0]!.cell}`)).toEqual([`${sheet}!A${rows[1]! + 1}`]);
    expect(lone[0]!.tingkat).toBe("peringatan");
    expect(lone[0]!.pesan.en).toContain('"IKU.9"');
    const ind = read.indicators.find((i) => i.id === lone[0]!.indicatorId)!;
    expect([ind.indikator, ind.tahun["2024"]?.realisasi?.raw]).toEqual(["IKU.9", REALISASI[3]]);
  });

  it("joins a code once: a second table of codes files its values as the same indicators", () => {
    const named = new SheetBuilder("PK");
    named.row(["Kode", "Indikator Kinerja", "Target 2024"]);
    NAMES.forEach((n, k) => named.row([CODES[0]![k]!, n, TARGETS[k]!]));
    const tw = new SheetBuilder("TW");
    tw.row(["Kode IKU", "Realisasi 2024"]);
    tw.row([CODES[0]![1]!, "50"]);
    tw.row([CODES[0]![0]!, "60"]);
    const read = readWorkbook(workbook(named.build(), tw.build()));
    expect(read.indicators.map((i) => [i.indikator, i.tahun["2024"]?.realisasi?.raw])).toEqual([
      [NAMES[0], "60"],
      [NAMES[1], "50"],
      [NAMES[2], undefined],
      [NAMES[3], undefined],
    ]);
  });
});

describe("a code column that does not identify its rows", () => {
  test.each([
    ["names in the code column", ["Belanja pegawai", "Belanja barang"]],
    ["one code repeated (a group's code)", ["1.02", "1.02"]],
  ])("%s: not read by code, and listed as not understood", (_, codes) => {
    const s = new SheetBuilder("Realisasi");
    s.row(["Kode", "Realisasi", "Capaian (%)"]);
    s.row([codes[0]!, "126,4", "85,09"]);
    s.row([codes[1]!, "8,7", "108,42"]);
    const read = readWorkbook(workbook(s.build()));
    expect(read.indicators).toEqual([]);
    expect(read.takTerbaca.map((b) => [b.kode, b.range])).toEqual([["BUKAN_TABEL_KINERJA", "A1:C3"]]);
  });
});
