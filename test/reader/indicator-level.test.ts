/**
 * The level of an indicator from what a workbook shows of the hierarchy: a staircase of level columns (each
 * level's name in its own column, its indicator in the next, or one indicator column after three name
 * columns), the level's word opening a name in one Uraian column, group rows above the indicators
 * ("B. PROGRAM …", "Kegiatan: …" merged across), and the one level a Kabid's or Kasi's header names.
 * Variants of header words, order, case, colon and numbering.
 */
import type { Level } from "../../src/engine/model";
import { readWorkbook } from "../../src/reader";
import { levelOfHeader } from "../../src/reader/table-levels";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const LEVELS: Level[] = ["tujuan", "sasaran", "program", "kegiatan", "subkegiatan"];
// [level, name, indikator, target, realisasi]
const ROWS: [Level, string, string, number, number][] = [
  ["tujuan", "Meningkatnya kesejahteraan petani", "Nilai Tukar Petani", 102, 103],
  ["sasaran", "Meningkatnya produksi tanaman pangan", "Produksi padi", 52000, 53100],
  ["program", "Program Penyediaan Prasarana Pertanian", "Persentase irigasi tersier yang baik", 70, 72],
  ["kegiatan", "Pengelolaan Prasarana Pertanian", "Jumlah jaringan irigasi tersier dibangun", 12, 12],
  ["subkegiatan", "Pembangunan Jaringan Irigasi Tersier", "Panjang saluran irigasi dibangun", 8, 7.5],
  ["kegiatan", "Pengelolaan Sarana Pertanian", "Jumlah alsintan yang disalurkan", 40, 44],
  ["program", "Program Penyuluhan Pertanian", "Persentase kelompok tani yang dibina", 60, 61],
  ["kegiatan", "Pelaksanaan Penyuluhan Pertanian", "Jumlah penyuluhan yang dilaksanakan", 96, 96],
];

const levelsRead = (wb: ReturnType<typeof workbook>) =>
  readWorkbook(wb).indicators.map((i) => [i.indikator, i.level]);
const want = (rows = ROWS) => rows.map((r) => [r[2], r[0]]);

describe("a staircase of level columns, each with its indicator column beside it", () => {
  const variants: [string, (l: Level) => string, (l: Level) => string][] = [
    ["'Indikator <level>'", (l) => WORD[l], (l) => `Indikator ${WORD[l]}`],
    [
      "'INDIKATOR KINERJA <LEVEL>'",
      (l) => WORD[l].toUpperCase(),
      (l) => `INDIKATOR KINERJA ${WORD[l].toUpperCase()}`,
    ],
    ["bare 'Indikator' headers, the level column left of each deciding", (l) => WORD[l], () => "Indikator"],
    [
      "'Uraian <level>' and 'Indikator Sasaran Strategis'",
      (l) => `Uraian ${WORD[l]}`,
      (l) => `Indikator ${STRATEGIS[l]}`,
    ],
  ];
  test.each(variants)("%s", (_, name, ind) => {
    const sb = new SheetBuilder("Cascading");
    sb.row(["POHON KINERJA TAHUN 2024"]);
    sb.blank();
    sb.row([...LEVELS.flatMap((l) => [name(l), ind(l)]), "Satuan", "Target 2024", "Realisasi 2024"]);
    for (const [level, nama, indikator, t, r] of ROWS) {
      const cells = new Array<string>(10).fill("");
      cells[2 * LEVELS.indexOf(level)] = nama;
      cells[2 * LEVELS.indexOf(level) + 1] = indikator;
      sb.row([...cells, "unit", t, r]);
    }
    expect(levelsRead(workbook(sb.build()))).toEqual(want());
  });

  it("reads three levels the same way (Sasaran | Program | Kegiatan, each with its indicator)", () => {
    const three = ROWS.filter((r) => ["sasaran", "program", "kegiatan"].includes(r[0]));
    const sb = new SheetBuilder("Cascading");
    sb.row(["CASCADING KINERJA 2024"]);
    sb.blank();
    sb.row(["Sasaran", "Indikator", "Program", "Indikator", "Kegiatan", "Indikator", "Target", "Realisasi"]);
    for (const [level, nama, indikator, t, r] of three) {
      const cells = new Array<string>(6).fill("");
      const k = ["sasaran", "program", "kegiatan"].indexOf(level);
      cells[2 * k] = nama;
      cells[2 * k + 1] = indikator;
      sb.row([...cells, t, r]);
    }
    expect(levelsRead(workbook(sb.build()))).toEqual(want(three));
  });
});

const WORD: Record<Level, string> = {
  tujuan: "Tujuan",
  sasaran: "Sasaran",
  program: "Program",
  kegiatan: "Kegiatan",
  subkegiatan: "Sub Kegiatan",
};
const STRATEGIS: Record<Level, string> = { ...WORD, sasaran: "Sasaran Strategis" };

describe("name columns of one level each, one indicator column after them", () => {
  const budget = ROWS.filter((r) => r[0] !== "tujuan" && r[0] !== "sasaran");
  test.each([
    ["Program | Kegiatan | Sub Kegiatan", ["Program", "Kegiatan", "Sub Kegiatan"]],
    [
      "Nama Program | Nama Kegiatan | Nama Sub Kegiatan",
      ["Nama Program", "Nama Kegiatan", "Nama Sub Kegiatan"],
    ],
    ["PROGRAM | KEGIATAN | SUB-KEGIATAN", ["PROGRAM", "KEGIATAN", "SUB-KEGIATAN"]],
  ])("the deepest one a row fills is its level: %s", (_, heads) => {
    const sb = new SheetBuilder("Renja");
    sb.row(["EVALUASI RENJA TAHUN 2024"]);
    sb.blank();
    sb.row(["No", ...heads, "Indikator Kinerja", "Target 2024", "Realisasi 2024"]);
    budget.forEach(([level, nama, indikator, t, r], i) => {
      const names = ["", "", ""];
      names[["program", "kegiatan", "subkegiatan"].indexOf(level)] = nama;
      sb.row([i + 1, ...names, indikator, t, r]);
    });
    expect(levelsRead(workbook(sb.build()))).toEqual(want(budget));
  });
});

describe("the level's word opening a name in one Uraian column", () => {
  const forms: [string, (l: Level) => string][] = [
    ["'Tujuan: …'", (l) => `${WORD[l]}: `],
    ["'TUJUAN : …'", (l) => `${WORD[l].toUpperCase()} : `],
    ["'Tujuan 1 - …' numbered", (l) => `${WORD[l]} 1 - `],
    [
      "'Sasaran Strategis 2: …', 'Sub-Kegiatan: …'",
      (l) => `${l === "subkegiatan" ? "Sub-Kegiatan" : STRATEGIS[l]} 2: `,
    ],
  ];
  test.each(forms)("%s", (_, prefix) => {
    const sb = new SheetBuilder("Capaian");
    sb.row(["CAPAIAN KINERJA TAHUN 2024"]);
    sb.blank();
    sb.row(["No", "Uraian", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]);
    ROWS.forEach(([level, nama, indikator, t, r], i) =>
      sb.row([i + 1, `${prefix(level)}${nama}`, indikator, t, r, Math.round((r / t) * 10000) / 100]),
    );
    expect(levelsRead(workbook(sb.build()))).toEqual(want());
  });

  it("reads 'Tujuan :' and 'Sasaran :' rows without kode above rows told by their kode rekening", () => {
    const sb = new SheetBuilder("Renstra");
    sb.row(["RENCANA PROGRAM DAN KEGIATAN 2022-2026"]);
    sb.blank();
    sb.row(["Kode", "Tujuan/Sasaran/Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2026"]);
    const kode: Record<Level, string> = {
      tujuan: "",
      sasaran: "",
      program: "3.27.03",
      kegiatan: "3.27.03.2.01",
      subkegiatan: "3.27.03.2.01.0004",
    };
    for (const [level, nama, indikator, t] of ROWS)
      sb.row([
        kode[level],
        level === "tujuan" || level === "sasaran" ? `${WORD[level]} : ${nama}` : nama,
        indikator,
        "unit",
        t,
      ]);
    expect(levelsRead(workbook(sb.build()))).toEqual(want());
  });
});

describe("group rows above the indicators set their level", () => {
  const groups: [string, (l: Level, nama: string, k: number) => string][] = [
    [
      "'SASARAN STRATEGIS: …', 'PROGRAM …' in capitals, 'Kegiatan: …'",
      (l, n) =>
        l === "program" ? n.toUpperCase() : `${l === "sasaran" ? "SASARAN STRATEGIS" : WORD[l]}: ${n}`,
    ],
    ["'Program : …', 'Sub Kegiatan : …'", (l, n) => `${WORD[l]} : ${n}`],
    ["'Kegiatan 1.1: …' numbered", (l, n, k) => `${WORD[l]} ${k}: ${n}`],
  ];
  test.each(
    groups.flatMap(([name, text]) => [
      [`${name}, lettered A, B, …`, text, true] as const,
      [`${name}, merged across the table`, text, false] as const,
    ]),
  )("%s", (_, text, lettered) => {
    const sb = new SheetBuilder("Pengukuran");
    sb.row(["PENGUKURAN KINERJA TAHUN 2024"]);
    sb.blank();
    sb.row(["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024"]);
    let g = 0;
    ROWS.filter((r) => r[0] !== "tujuan").forEach(([level, nama, indikator, t, r], k) => {
      const row = sb.row([lettered ? String.fromCharCode(65 + g++) : "", text(level, nama, k + 1)]);
      sb.mergeAcross(row, 1, 4);
      sb.row([1, indikator, "unit", t, r]);
    });
    expect(levelsRead(workbook(sb.build()))).toEqual(want(ROWS.filter((r) => r[0] !== "tujuan")));
  });
});

describe("the one level a PK's header names", () => {
  test.each([
    ["Sasaran Program", "Indikator Kinerja Program", "program"],
    ["Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "kegiatan"],
    ["Sasaran", "Indikator Program", "program"],
    ["Sasaran Sub Kegiatan", "Indikator Kinerja", "subkegiatan"],
    ["SASARAN KEGIATAN", "INDIKATOR KINERJA KEGIATAN (IKK)", "kegiatan"],
    ["Sasaran Strategis", "Indikator Kinerja Utama", "sasaran"],
    ["Sasaran", "Indikator Kinerja Program (outcome) dan Kegiatan (output)", "sasaran"],
  ] as const)("%s | %s → %s", (sasaran, indikator, level) => {
    const sb = new SheetBuilder("PK");
    sb.row(["PERJANJIAN KINERJA TAHUN 2025"]);
    sb.blank();
    sb.row(["No", sasaran, indikator, "Satuan", "Target"]);
    sb.row([1, "Meningkatnya layanan", "Persentase layanan tepat waktu", "%", 90]);
    sb.row([2, "Meningkatnya layanan", "Jumlah dokumen yang disusun", "dokumen", 4]);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.indicators.map((i) => i.level)).toEqual([level, level]);
  });

  it("names one level only when the header names exactly one", () => {
    expect(levelOfHeader("Indikator Sasaran Program")).toBe("program");
    expect(levelOfHeader("Indikator Kinerja Sub-Kegiatan")).toBe("subkegiatan");
    expect(levelOfHeader("Indikator Tujuan/Sasaran")).toBeUndefined();
    expect(levelOfHeader("Indikator Program dan Kegiatan")).toBeUndefined();
    expect(levelOfHeader("Indikator Kinerja")).toBeUndefined();
  });
});
