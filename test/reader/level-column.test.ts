/**
 * A cascading table names each row's level in a column of its own ("Level", "Tingkat", "Jenjang",
 * "Tingkatan"): a cell that is only a level of the hierarchy ("Sasaran Strategis", "Program",
 * "Sub Kegiatan", "SUB-KEGIATAN") decides the level of the indicator on its row, wherever
 * the column stands left of the indicator. Variants of header word, spelling, case and column order.
 */
import type { Level } from "../../src/engine/model";
import { readWorkbook } from "../../src/reader";
import { levelNamed } from "../../src/reader/row-labels";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const ROWS: [Level, string, string, string, number][] = [
  ["sasaran", "Meningkatnya profesionalisme ASN", "Indeks Profesionalitas ASN", "indeks", 72],
  ["program", "Program Pengembangan SDM", "Persentase ASN yang mengikuti pengembangan kompetensi", "%", 80],
  ["kegiatan", "Pengembangan Kompetensi Teknis", "Jumlah ASN yang mengikuti pelatihan teknis", "orang", 350],
  [
    "subkegiatan",
    "Penyelenggaraan Pelatihan Teknis",
    "Jumlah dokumen analisis kebutuhan pelatihan",
    "dokumen",
    1,
  ],
  [
    "program",
    "Program Kepegawaian Daerah",
    "Persentase jabatan yang diisi melalui seleksi terbuka",
    "%",
    100,
  ],
];

const WORDS: Record<string, Record<Level, string>> = {
  plain: {
    tujuan: "Tujuan",
    sasaran: "Sasaran Strategis",
    program: "Program",
    kegiatan: "Kegiatan",
    subkegiatan: "Sub Kegiatan",
  },
  caps: {
    tujuan: "TUJUAN",
    sasaran: "SASARAN",
    program: "PROGRAM",
    kegiatan: "KEGIATAN",
    subkegiatan: "SUB-KEGIATAN",
  },
  joined: {
    tujuan: "tujuan",
    sasaran: "Sasaran",
    program: "program",
    kegiatan: "kegiatan",
    subkegiatan: "Subkegiatan",
  },
};

interface Variant {
  header: string;
  words: Record<Level, string>;
  /** the level column after the uraian instead of first */
  after?: boolean;
  /** a No column first */
  no?: boolean;
}

function build(v: Variant) {
  const sb = new SheetBuilder("Cascading");
  sb.row(["CASCADING KINERJA TAHUN 2025"]);
  sb.blank();
  const lead = (level: string, uraian: string) => (v.after ? [uraian, level] : [level, uraian]);
  sb.row([
    ...(v.no ? ["No"] : []),
    ...lead(v.header, "Uraian"),
    "Indikator Kinerja",
    "Satuan",
    "Target 2025",
  ]);
  ROWS.forEach(([level, uraian, ind, sat, t], i) =>
    sb.row([...(v.no ? [i + 1] : []), ...lead(v.words[level], uraian), ind, sat, t]),
  );
  return workbook(sb.build());
}

const cases: [string, Variant][] = [];
["Level", "Tingkat", "Jenjang", "Tingkatan"].forEach((header, h) =>
  Object.entries(WORDS).forEach(([w, words], k) =>
    cases.push([
      `"${header}", ${w} words${(h + k) % 2 ? ", after the uraian" : ""}`,
      { header, words, after: (h + k) % 2 === 1, no: h === 1 },
    ]),
  ),
);

describe("a column naming each row's level", () => {
  test.each(cases)("decides the level: %s", (_, v) => {
    const read = readWorkbook(build(v));
    expect(read.indicators.map((i) => [i.indikator, i.level])).toEqual(ROWS.map((r) => [r[2], r[0]]));
  });

  it("reads only a cell that is a level's name, not a name that starts with one", () => {
    expect(levelNamed("Sasaran Program")).toBe("program");
    expect(levelNamed("Sasaran Kegiatan")).toBe("kegiatan");
    expect(levelNamed(" Tujuan Strategis ")).toBe("tujuan");
    expect(levelNamed("Program Pengembangan SDM")).toBeUndefined();
    expect(levelNamed("Kegiatan rutin")).toBeUndefined();
    expect(levelNamed("")).toBeUndefined();
  });
});
