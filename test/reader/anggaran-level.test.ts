/**
 * The level of a budget line with no kode and no level word: a line numbered the way the last kegiatan was
 * ("2" after "1", "1.2" after "1.1", "b" after "a") is that kegiatan's sibling, a kegiatan; a line numbered
 * another way under it ("1.1.1" under "1.1", "a" under "1", a dash) is its sub kegiatan. Variants of
 * numbering, program marks and column headers.
 */
import { readWorkbook } from "../../src/reader";
import { levelOfName } from "../../src/reader/row-labels";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

type Line = [no: string, nama: string, level: "program" | "kegiatan" | "subkegiatan", pagu: number];

const SCHEMES: [string, Line[]][] = [
  [
    "I / 1, 2",
    [
      ["I", "PROGRAM PENYEDIAAN SARANA PERTANIAN", "program", 900],
      ["1", "Pengawasan Sarana Pendukung Pertanian", "kegiatan", 400],
      ["2", "Pengelolaan Prasarana Pertanian", "kegiatan", 500],
      ["II", "PROGRAM PENYULUHAN PERTANIAN", "program", 300],
      ["1", "Pelaksanaan Penyuluhan Pertanian", "kegiatan", 300],
    ],
  ],
  [
    "1 / 1.1, 1.2 / a",
    [
      ["1", "Program Penyediaan Sarana Pertanian", "program", 900],
      ["1.1", "Pengawasan Sarana Pendukung Pertanian", "kegiatan", 400],
      ["a", "Pengawasan peredaran pupuk bersubsidi", "subkegiatan", 400],
      ["1.2", "Pengelolaan Prasarana Pertanian", "kegiatan", 500],
    ],
  ],
  [
    "A / 1, 2 / -",
    [
      ["A.", "PROGRAM PENYULUHAN PERTANIAN", "program", 700],
      ["1.", "Pelaksanaan Penyuluhan Pertanian", "kegiatan", 300],
      ["-", "Penyediaan dan pemanfaatan sarana penyuluhan", "subkegiatan", 300],
      ["2.", "Pengembangan Kelembagaan Petani", "kegiatan", 400],
    ],
  ],
];

const HEADERS = [
  ["No", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"],
  ["NO", "URAIAN", "ANGGARAN", "REALISASI ANGGARAN"],
];

function build(lines: Line[], header: string[]) {
  const sb = new SheetBuilder("Realisasi Anggaran");
  sb.row(["REALISASI ANGGARAN TAHUN 2024"]);
  sb.blank();
  sb.row(header);
  for (const [no, nama, , pagu] of lines) sb.row([no, nama, pagu * 1e6, pagu * 9e5]);
  return workbook(sb.build());
}

const cases = SCHEMES.flatMap(([name, lines]) =>
  HEADERS.map((header, h) => [`${name}, header ${h + 1}`, lines, header] as const),
);

describe("a budget line's level from its numbering", () => {
  test.each(cases)("siblings share a level: %s", (_, lines, header) => {
    const read = readWorkbook(build(lines, header));
    expect(read.anggaran.map((a) => [a.nama, a.level])).toEqual(lines.map((l) => [l[1], l[2]]));
  });

  it("without a kegiatan's numbering to compare, a line under a kegiatan stays its sub kegiatan", () => {
    const ctx = { program: "P", kegiatan: "K" };
    expect(levelOfName("Penyediaan sarana", "2", undefined, ctx)).toBe("subkegiatan");
    expect(levelOfName("Penyediaan sarana", "", undefined, { ...ctx, kegiatanNo: "1" })).toBe("subkegiatan");
    expect(levelOfName("Penyediaan sarana", "2", undefined, { ...ctx, kegiatanNo: "1" })).toBe("kegiatan");
    expect(levelOfName("Penyediaan sarana", "1.1.1", undefined, { ...ctx, kegiatanNo: "1.1" })).toBe(
      "subkegiatan",
    );
  });
});

/**
 * No numbering under a program (the No blank on every kegiatan): a header that names the levels it holds
 * and stops at kegiatan makes the blank-numbered rows under a program its kegiatan, each a sibling of the
 * one before; a header naming sub kegiatan, or no level, keeps the nesting the rows' order suggests.
 */
describe("a budget line's level from the levels its header names", () => {
  const LINES: [string, string, number][] = [
    ["1", "Program Penyediaan dan Pengembangan Sarana Pertanian", 900],
    ["", "Pengawasan Penggunaan Sarana Pendukung Pertanian", 200],
    ["", "Pengelolaan Sumber Daya Genetik Hewan dan Tumbuhan", 700],
    ["2", "Program Penyuluhan Pertanian", 300],
    ["", "Pelaksanaan Penyuluhan Pertanian", 300],
  ];
  const levels = (header: string, lines = LINES) => {
    const sb = new SheetBuilder("Anggaran");
    sb.row(["Tabel 3.5 Realisasi Anggaran Tahun 2024"]);
    sb.row(["No", header, "Pagu (Rp)", "Realisasi (Rp)", "%"]);
    for (const [no, nama, pagu] of lines) sb.row([no, nama, pagu * 1e6, pagu * 9e5, "90"]);
    return readWorkbook(workbook(sb.build())).anggaran.map((a) => a.level);
  };
  // a header naming two levels with any joining word: the rows' numbering tells the levels (mixed-level.ts)
  it.each([
    "PROGRAM DAN KEGIATAN",
    "Program & Kegiatan",
    "Program dan/atau Kegiatan",
    "Programme / Activity",
    "Program and Activities",
    "Program / Kegiatan",
    "PROGRAM/KEGIATAN",
    "Program/Kegiatan",
    "Prog/Keg",
    "Nama Program / Kegiatan",
  ])("%s: every blank-numbered row under a program is a kegiatan", (header) => {
    expect(levels(header)).toEqual(["program", "kegiatan", "kegiatan", "program", "kegiatan"]);
  });
  it.each(["Program / Kegiatan / Sub Kegiatan", "Program, Kegiatan dan Subkegiatan", "Uraian"])(
    "%s: the header does not stop at kegiatan, the row order nests them",
    (header) => {
      expect(levels(header)).toEqual(["program", "kegiatan", "subkegiatan", "program", "kegiatan"]);
    },
  );
  it("a row that says it is a sub kegiatan, or is numbered apart, stays one", () => {
    const lines: [string, string, number][] = [
      ["1", "Program Penyediaan Sarana Pertanian", 900],
      ["", "Pengawasan Sarana Pendukung Pertanian", 900],
      ["", "Sub Kegiatan: Pengawasan peredaran pupuk", 400],
      ["-", "Pengawasan peredaran pestisida", 500],
    ];
    expect(levels("Program / Kegiatan", lines)).toEqual([
      "program",
      "kegiatan",
      "subkegiatan",
      "subkegiatan",
    ]);
  });

  it.each(["PROGRAM DAN KEGIATAN", "Program & Kegiatan", "Program and Activities"])(
    "%s: with no numbering, the word opening each name tells its level",
    (header) => {
      const lines: [string, string, number][] = [
        ["", "Program Penyediaan Sarana Pertanian", 900],
        ["", "Kegiatan Pengawasan Sarana Pendukung Pertanian", 400],
        ["", "Kegiatan Pengelolaan Prasarana Pertanian", 500],
        ["", "Program Penyuluhan Pertanian", 300],
        ["", "Kegiatan Pelaksanaan Penyuluhan Pertanian", 300],
      ];
      expect(levels(header, lines)).toEqual(["program", "kegiatan", "kegiatan", "program", "kegiatan"]);
    },
  );
  it.each(["PROGRAM DAN KEGIATAN", "Program & Kegiatan", "Programme / Activity"])(
    "%s: numbered 1 over 1.1, the rows nest",
    (header) => {
      const lines: [string, string, number][] = [
        ["1", "Penyediaan Sarana Pertanian", 900],
        ["1.1", "Pengawasan Sarana Pendukung Pertanian", 400],
        ["1.2", "Pengelolaan Prasarana Pertanian", 500],
        ["2", "Penyuluhan Pertanian", 300],
        ["2.1", "Pelaksanaan Penyuluhan Pertanian", 300],
      ];
      expect(levels(header, lines)).toEqual(["program", "kegiatan", "kegiatan", "program", "kegiatan"]);
    },
  );
  it.each(["PROGRAM DAN KEGIATAN", "Program & Kegiatan"])(
    "%s over programs only (one numbering, no level words) stays a column of programs",
    (header) => {
      const lines: [string, string, number][] = [
        ["1", "Penyediaan Sarana Pertanian", 900],
        ["2", "Penyuluhan Pertanian", 300],
        ["3", "Pengendalian Hama", 200],
      ];
      expect(levels(header, lines)).toEqual(["program", "program", "program"]);
    },
  );
});
