/**
 * A budget table's name column headed with two levels ("Program dan Kegiatan", "Programme / Activity")
 * over rows that tell no level apart (no codes, one numbering, no level word opening a name) is read as
 * programs: said (TINGKAT_TIDAK_TERBEDAKAN, the header cell, the table's range, what to write), never
 * silently. Rows that show two kinds, or say their level, raise nothing.
 */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

type Line = [no: string, nama: string, pagu: number];

const HEADERS = [
  "Program dan Kegiatan",
  "PROGRAM & KEGIATAN",
  "Program and Activities",
  "Programme and Activity",
  "PROGRAM DAN KEGIATAN",
  // headers read as a name column from their words alone (a slash, a "Nama"/"Uraian", three levels)
  "Program / Kegiatan",
  "Program/Kegiatan",
  "Nama Program dan Kegiatan",
  "Uraian Program/Kegiatan",
  "Nama Program / Kegiatan",
  "Uraian Program dan Kegiatan",
  "Program, Kegiatan dan Sub Kegiatan",
  "Programme / Activity",
];

const NAMES = ["Penyediaan Sarana Pertanian", "Pengawasan Sarana Pendukung", "Penyuluhan Pertanian"];

/** rows that show nothing: one numbering kind, or none */
const SILENT: [string, string[]][] = [
  ["numbered 1, 2, 3", ["1", "2", "3"]],
  ["numbered 1., 2., 3.", ["1.", "2.", "3."]],
  ["No left blank", ["", "", ""]],
  ["roman I, II, III", ["I", "II", "III"]],
];

/** rows that show two kinds, or say their level */
const SHOWN: [string, Line[]][] = [
  [
    "1 / 1.1",
    [
      ["1", NAMES[0]!, 900],
      ["1.1", NAMES[1]!, 900],
      ["2", NAMES[2]!, 300],
    ],
  ],
  [
    "numbered over blank",
    [
      ["1", NAMES[0]!, 900],
      ["", NAMES[1]!, 900],
      ["2", NAMES[2]!, 300],
    ],
  ],
  [
    "level words opening names",
    [
      ["", `Program ${NAMES[0]!}`, 900],
      ["", `Kegiatan ${NAMES[1]!}`, 900],
      ["", `Program ${NAMES[2]!}`, 300],
    ],
  ],
  [
    "every name a program by its word",
    [
      ["1", `PROGRAM ${NAMES[0]!}`, 900],
      ["2", `PROGRAM ${NAMES[2]!}`, 300],
    ],
  ],
  [
    "programs in capitals over kegiatan in ordinary case",
    [
      ["1", NAMES[0]!.toUpperCase(), 900],
      ["2", NAMES[1]!, 900],
      ["3", NAMES[2]!.toUpperCase(), 300],
    ],
  ],
  [
    "codes written into the names",
    [
      ["1", `3.27.02 ${NAMES[0]!}`, 900],
      ["2", `3.27.03 ${NAMES[2]!}`, 300],
    ],
  ],
];

function build(header: string, lines: Line[], at = 0, noCol = true, total?: string) {
  const sb = new SheetBuilder("Anggaran");
  sb.row(["Realisasi Anggaran Tahun 2024"]);
  for (let i = 0; i < at; i++) sb.blank();
  sb.row([...(noCol ? ["No"] : []), header, "Pagu (Rp)", "Realisasi (Rp)"]);
  for (const [no, nama, pagu] of lines) sb.row([...(noCol ? [no] : []), nama, pagu * 1e6, pagu * 9e5]);
  // a printed total under the lines, its No left blank: no level of its own
  const sum = lines.reduce((n, l) => n + l[2], 0);
  if (total) sb.row([...(noCol ? [""] : []), total, sum * 1e6, sum * 9e5]);
  return readWorkbook(workbook(sb.build()));
}

const said = (r: ReturnType<typeof readWorkbook>) =>
  r.temuan.filter((t) => t.kode === "TINGKAT_TIDAK_TERBEDAKAN");

describe("a two-level name column whose rows show no level", () => {
  const cases = HEADERS.flatMap((h) => SILENT.map(([s, nos]) => [h, s, nos] as const));
  test.each(cases)("%s, %s: read as programs, and said", (header, _s, nos) => {
    const r = build(
      header,
      nos.map((no, i) => [no, NAMES[i]!, 100 * (i + 1)]),
      1,
    );
    expect(r.anggaran.map((a) => a.level)).toEqual(["program", "program", "program"]);
    const ts = said(r);
    expect(ts).toHaveLength(1);
    // the header is on row 3 (title, a blank line), the name column B, the table A3:D6
    expect(ts[0]!.sel.map((s) => `${s.sheet}!${s.cell}`)).toEqual(["Anggaran!B3"]);
    expect(ts[0]!.tingkat).toBe("peringatan");
    for (const text of [ts[0]!.pesan.id, ts[0]!.pesan.en]) {
      expect(text).toContain("Anggaran!B3");
      expect(text).toContain("Anggaran!A3:D6");
      expect(text).toContain("program = Σ kegiatan");
      expect(text).toContain("1 / 1.1");
    }
  });

  it.each(HEADERS)("%s with no No column: said at the header cell", (header) => {
    const r = build(
      header,
      NAMES.map((n, i) => ["", n, 100 * (i + 1)]),
      0,
      false,
    );
    expect(said(r).map((t) => t.sel[0]!.cell)).toEqual(["A2"]);
  });
});

describe("a two-level name column, rows that show no level, a total under them", () => {
  const cases = HEADERS.flatMap((h) => ["JUMLAH", "Jumlah Total", "TOTAL BELANJA"].map((t) => [h, t]));
  test.each(cases)("%s, total %s: read as programs, and said", (header, total) => {
    const lines: Line[] = NAMES.map((n, i) => [String(i + 1), n, 100 * (i + 1)]);
    const r = build(header, lines, 0, true, total);
    expect(r.anggaran.map((a) => a.level)).toEqual(["program", "program", "program"]);
    expect(said(r).map((t) => t.sel[0]!.cell)).toEqual(["B2"]);
  });
});

/** the levels the rows of SHOWN say, read in that order */
const SHOWN_LEVELS: Record<string, string[]> = {
  "1 / 1.1": ["program", "kegiatan", "program"],
  "numbered over blank": ["program", "kegiatan", "program"],
  "level words opening names": ["program", "kegiatan", "program"],
  "programs in capitals over kegiatan in ordinary case": ["program", "kegiatan", "program"],
};

describe("a two-level name column whose rows show their levels", () => {
  const read = HEADERS.flatMap((h) => Object.keys(SHOWN_LEVELS).map((s) => [h, s] as const));
  test.each(read)("%s, %s: each row read at its level", (header, s) => {
    const r = build(header, SHOWN.find(([k]) => k === s)![1]);
    expect(r.anggaran.map((a) => a.level)).toEqual(SHOWN_LEVELS[s]);
  });

  const cases = HEADERS.flatMap((h) => SHOWN.map(([s, lines]) => [h, s, lines] as const));
  test.each(cases)("%s, %s: nothing said", (header, _s, lines) => {
    expect(said(build(header, lines))).toEqual([]);
  });

  it.each(["Uraian", "Nama Program", "Kegiatan"])("%s (one level or none): nothing said", (header) => {
    expect(
      said(
        build(
          header,
          NAMES.map((n, i) => [String(i + 1), n, 100]),
        ),
      ),
    ).toEqual([]);
  });
});
