/**
 * The reader's mechanisms for layouts beyond the seeds, each on the smallest sheet that needs it:
 * tables side by side, quarter rows, English and short headers, a label column that names the
 * indicators, an IKU register without targets. The layout corpus (families) measures them at scale.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { STATE_SHEET, stateCells, StoredState } from "../../src/engine/state";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

function sheet(name: string, rows: CellValue[][]) {
  const s = new SheetBuilder(name);
  for (const r of rows) s.row(r);
  return s;
}
const roles = (read: ReturnType<typeof readWorkbook>, k = 0) =>
  read.tables[k]!.columns.map((c) => `${c.role}${c.tahun ? `/${c.tahun}` : ""}`);
const values = (read: ReturnType<typeof readWorkbook>, y: string) =>
  read.indicators.map((i) => [i.indikator, i.tahun[y]?.target?.raw, i.tahun[y]?.realisasi?.raw]);

const PMKS = "Persentase PMKS yang tertangani";
const PANTI = "Jumlah panti yang terakreditasi";

describe("tables side by side", () => {
  test("split at an empty column: two PKs, one indicator each with both years, no conflicts", () => {
    const s = sheet("PK", [
      ["PERJANJIAN KINERJA TAHUN 2023", "", "", "", "", "PERJANJIAN KINERJA TAHUN 2024"],
      ["No", "Sasaran", "Indikator Kinerja", "Target", "", "No", "Sasaran", "Indikator Kinerja", "Target"],
      [
        1,
        "Meningkatnya kesejahteraan PMKS",
        PMKS,
        "80 %",
        "",
        1,
        "Meningkatnya kesejahteraan PMKS",
        PMKS,
        "85 %",
      ],
      [
        2,
        "Meningkatnya kesejahteraan PMKS",
        PANTI,
        "3 unit",
        "",
        2,
        "Meningkatnya kesejahteraan PMKS",
        PANTI,
        "4 unit",
      ],
    ]);
    const read = readWorkbook(workbook(s.build()));
    expect(read.tables.map((t) => t.range)).toEqual(["A2:D4", "F2:I4"]);
    expect(read.tables.map((t) => t.title)).toEqual([
      "PERJANJIAN KINERJA TAHUN 2023",
      "PERJANJIAN KINERJA TAHUN 2024",
    ]);
    expect(read.indicators.map((i) => [i.tahun["2023"]?.target?.raw, i.tahun["2024"]?.target?.raw])).toEqual([
      ["80 %", "85 %"],
      ["3 unit", "4 unit"],
    ]);
    expect(read.temuan.filter((t) => t.kode === "NILAI_BERBEDA_ANTAR_TABEL")).toEqual([]);
  });

  test("split where the header starts over with No: indicators on the left, budget on the right", () => {
    const s = sheet("Realisasi 2023", [
      [
        "No",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian",
        "No",
        "Program",
        "Anggaran",
        "Realisasi",
        "%",
      ],
      [1, PMKS, 80, 84, 105, 1, "Program Rehabilitasi Sosial", 1000000, 950000, 95],
      [2, PANTI, 3, 3, 100, 2, "Program Perlindungan dan Jaminan Sosial", 2000000, 1800000, 90],
    ]);
    const read = readWorkbook(workbook(s.build()));
    expect(read.tables.map((t) => [t.range, t.kind])).toEqual([
      ["A1:E3", "realisasi"],
      ["F1:J3", "anggaran"],
    ]);
    expect(roles(read, 1)).toEqual(["no", "program", "pagu", "realisasiAnggaran", "serapan"]);
    expect(read.anggaran.map((a) => a.anggaran.realisasi?.raw)).toEqual([950000, 1800000]);
    expect(read.temuan).toEqual([]);
  });

  test("an empty spacer column inside one table does not split it", () => {
    const s = sheet("Realisasi 2023", [
      ["No", "Indikator Kinerja", "", "Target", "Realisasi"],
      [1, PMKS, "", 80, 84],
    ]);
    const read = readWorkbook(workbook(s.build()));
    expect(read.tables).toHaveLength(1);
    expect(values(read, "2023")).toEqual([[PMKS, 80, 84]]);
  });
});

describe("quarter rows under one indicator", () => {
  function quarters(merged: boolean) {
    const s = new SheetBuilder("Realisasi 2023");
    s.row(["No", "Indikator Kinerja", "Satuan", "Triwulan", "Target", "Realisasi", "Capaian (%)"]);
    const blocks: [string, string, number[], number[]][] = [
      ["Jumlah PMKS yang mendapat bantuan", "orang", [100, 100, 100, 100], [90, 110, 100, 95]],
      [PMKS, "%", [20, 40, 60, 80], [18, 42, 61, 84]],
    ];
    blocks.forEach(([ind, sat, t, r], n) => {
      const top = s.next;
      ["TW I", "TW II", "TW III", "TW IV"].forEach((q, k) =>
        s.row(
          k === 0 || merged
            ? [n + 1, ind, sat, q, t[k]!, r[k]!, (r[k]! / t[k]!) * 100]
            : ["", "", "", q, t[k]!, r[k]!, (r[k]! / t[k]!) * 100],
        ),
      );
      if (merged) for (const c of [0, 1, 2]) s.mergeDown(c, top, top + 3);
    });
    return readWorkbook(workbook(s.build()));
  }

  test.each([
    ["merged down", true],
    ["written once", false],
  ])("indicator %s over TW I–IV: one indicator with four quarters", (_name, merged) => {
    const read = quarters(merged);
    expect(read.indicators).toHaveLength(2);
    const [count, rate] = read.indicators;
    expect(count!.tahun["2023"]?.triwulan?.target?.map((v) => v?.raw)).toEqual([100, 100, 100, 100]);
    expect(count!.tahun["2023"]?.triwulan?.realisasi?.map((v) => v?.raw)).toEqual([90, 110, 100, 95]);
    expect(rate!.tahun["2023"]?.triwulan?.realisasi?.map((v) => v?.raw)).toEqual([18, 42, 61, 84]);
    // a quarter's printed capaian is no capaian of the year
    expect(count!.tahun["2023"]?.capaianTercetak).toBeUndefined();
    expect(read.tables[0]!.columns.find((c) => c.col === 3)?.role).toBe("keterangan");
  });
});

describe("quarter rows and the year row of one block", () => {
  // quarter values and year values of one column go to different slots, block after block
  it("files TW I–IV per quarter and the Tahunan row as the year's values", () => {
    const s = new SheetBuilder("Realisasi 2023");
    s.row(["No", "Indikator Kinerja", "Satuan", "Triwulan", "Target", "Realisasi", "Capaian (%)"]);
    for (const [n, ind] of [
      [1, "Jumlah PMKS yang mendapat bantuan"],
      [2, PMKS],
    ] as const) {
      const top = s.next;
      ["TW I", "TW II", "TW III", "TW IV"].forEach((q, k) =>
        s.row([n, ind, "orang", q, 10 * n, 9 * n + k, 90]),
      );
      s.row([n, ind, "orang", "Tahunan", 40 * n, 38 * n, 95]);
      for (const c of [0, 1, 2]) s.mergeDown(c, top, top + 4);
    }
    const read = readWorkbook(workbook(s.build()));
    expect(read.indicators).toHaveLength(2);
    read.indicators.forEach((ind, k) => {
      const n = k + 1;
      const y = ind.tahun["2023"]!;
      expect(y.triwulan?.target?.map((v) => v?.raw)).toEqual([10 * n, 10 * n, 10 * n, 10 * n]);
      expect(y.triwulan?.realisasi?.map((v) => v?.raw)).toEqual([9 * n, 9 * n + 1, 9 * n + 2, 9 * n + 3]);
      expect([y.target?.raw, y.realisasi?.raw, y.capaianTercetak?.raw]).toEqual([40 * n, 38 * n, 95]);
    });
  });
});

describe("header words", () => {
  const cases: { texts: string[]; role: string; tahun?: number; triwulan?: number }[] = [
    { texts: ["Objective"], role: "sasaran" },
    { texts: ["Performance Indicator"], role: "indikator" },
    { texts: ["Unit"], role: "satuan" },
    { texts: ["Unit Kerja"], role: "penanggungJawab" },
    { texts: ["Target 2023"], role: "target", tahun: 2023 },
    { texts: ["Actual 2023"], role: "realisasi", tahun: 2023 },
    { texts: ["Achievement %"], role: "capaian" },
    { texts: ["Rating"], role: "predikat" },
    { texts: ["Remarks"], role: "keterangan" },
    { texts: ["Budget"], role: "pagu" },
    { texts: ["T 2024"], role: "target", tahun: 2024 },
    { texts: ["R 2024"], role: "realisasi", tahun: 2024 },
    { texts: ["Tgt"], role: "target" },
    { texts: ["Real."], role: "realisasi" },
    { texts: ["2024", "T"], role: "target", tahun: 2024 },
    { texts: ["2024", "C"], role: "capaian", tahun: 2024 },
    { texts: ["Rencana Tingkat Capaian (Target)"], role: "target" },
    { texts: ["Ukuran Keberhasilan"], role: "indikator" },
    { texts: ["Realisasi s.d. Triwulan IV"], role: "realisasi" },
    { texts: ["Realisasi Kinerja Pada Triwulan", "III", "K"], role: "realisasi", triwulan: 3 },
    { texts: ["Realisasi Kinerja Pada Triwulan", "III", "Rp"], role: "realisasiAnggaran", triwulan: 3 },
    { texts: ["2023 Capaian (KK)"], role: "realisasi", tahun: 2023 },
    { texts: ["Capaian (%)"], role: "capaian" },
  ];
  test.each(cases)("$texts → $role", ({ texts, role, tahun, triwulan }) => {
    const h = classifyHeader(texts);
    expect(h.role).toBe(role);
    expect(h.tahun).toBe(tahun);
    expect(h.triwulan).toBe(triwulan);
  });

  test("an English table is read like an Indonesian one", () => {
    const s = sheet("Performance", [
      [
        "No",
        "Objective",
        "Indicator",
        "Unit",
        "Target 2023",
        "Actual 2023",
        "Achievement %",
        "Rating",
        "Remarks",
      ],
      [1, "Improved social welfare", "Percentage of PMKS handled", "%", 80, 84, 105, "Very good", ""],
    ]);
    const read = readWorkbook(workbook(s.build()));
    expect(read.tables[0]!.kind).toBe("realisasi");
    expect(values(read, "2023")).toEqual([["Percentage of PMKS handled", 80, 84]]);
    expect(read.indicators[0]!.sasaran).toBe("Improved social welfare");
  });

  test("'Target | Realisasi | %': the bare % is the capaian of that year", () => {
    const s = sheet("Data 2023", [
      ["No", "Ukuran Keberhasilan", "Tgt", "Real.", "%"],
      [1, PMKS, 85, 86, 101.18],
    ]);
    const read = readWorkbook(workbook(s.build()));
    expect(roles(read)).toEqual(["no", "indikator", "target/2023", "realisasi/2023", "capaian/2023"]);
  });
});

describe("a label column that names the indicators", () => {
  test.each(["Uraian", "PROGRAM/KEGIATAN/SUBKEGIATAN", "Nama Program/Kegiatan"])(
    "%s over rows with a target and a realisasi",
    (header) => {
      const s = sheet("Capaian 2023", [
        ["No", header, "Target", "Realisasi", "Capaian"],
        [1, PMKS, 85, 86, 101.18],
        [2, PANTI, 4, 3, 75],
      ]);
      const read = readWorkbook(workbook(s.build()));
      expect(read.tables[0]!.kind).toBe("realisasi");
      expect(read.tables[0]!.columns[1]).toMatchObject({ role: "indikator" });
      expect(read.tables[0]!.columns[1]!.confidence).toBeLessThan(0.8);
      expect(values(read, "2023")).toEqual([
        [PMKS, 85, 86],
        [PANTI, 4, 3],
      ]);
    },
  );

  test("but not over a budget: 'Uraian | Pagu | Realisasi' stays a budget table", () => {
    const s = sheet("Anggaran", [
      ["No", "Uraian", "Pagu (Rp)", "Realisasi (Rp)"],
      [1, "Program Rehabilitasi Sosial", 1000000, 950000],
    ]);
    const read = readWorkbook(workbook(s.build()));
    expect(read.tables[0]!.kind).toBe("anggaran");
    expect(read.indicators).toEqual([]);
  });
});

test("an IKU register without targets is read as IKU", () => {
  const s = sheet("IKU", [
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Penjelasan / Formulasi",
      "Sumber Data",
      "Penanggung Jawab",
    ],
    [
      1,
      "Meningkatnya kesejahteraan PMKS",
      PMKS,
      "PMKS tertangani / jumlah PMKS × 100",
      "Bidang Rehsos",
      "Kepala Bidang",
    ],
  ]);
  const read = readWorkbook(workbook(s.build()));
  expect(read.tables.map((t) => t.kind)).toEqual(["iku"]);
  expect(read.indicators[0]).toMatchObject({ indikator: PMKS, sumberData: "Bidang Rehsos" });
});

describe("sheets named like the add-in's own", () => {
  const own = () =>
    sheet("Tabel 3.1", [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, PMKS, 80, 84, 105],
    ]).build();

  test("a workbook the add-in never ran on keeps its 'Tabel 3.1' sheet as input", () => {
    const read = readWorkbook(workbook(own()));
    expect(read.tables.map((t) => t.sheet)).toEqual(["Tabel 3.1"]);
    expect(values(read, new Date().getFullYear().toString())).toEqual([[PMKS, 80, 84]]);
  });

  test("once the add-in ran, the sheets its state records are output, and only those", () => {
    const state = (owned: string[]) => {
      const s = new SheetBuilder(STATE_SHEET);
      for (const row of stateCells(StoredState.parse({ versi: 1, owned: { sheets: owned } })))
        s.row(row.map((v) => v ?? ""));
      return s.build("veryHidden");
    };
    expect(readWorkbook(workbook(own(), state(["Tabel 3.1"]))).tables).toEqual([]);
    const beside = readWorkbook(workbook(own(), state(["Tabel 3.1 (Capaian Kinerja)"])));
    expect(beside.tables.map((t) => t.sheet)).toEqual(["Tabel 3.1"]);
  });

  test("with a state sheet that cannot be read, 'Tabel 3.x' names are taken as the add-in's", () => {
    const damaged = sheet(STATE_SHEET, [["Capaian Kinerja"], ['{"versi": 1, "owned": ']]).build("veryHidden");
    expect(readWorkbook(workbook(own(), damaged)).tables).toEqual([]);
  });
});

describe("printed totals and budget lines across tables", () => {
  test("a Jumlah row's printed capaian is its own Σ realisasi ÷ Σ target", () => {
    const s = sheet("Realisasi 2023", [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Jumlah anak terlantar yang tertangani", 120, 126, 105],
      [2, "Jumlah lanjut usia terlantar yang tertangani", 200, 188, 94],
      ["", "Jumlah", 320, 314, 97.5],
    ]);
    const read = readWorkbook(workbook(s.build()));
    const wrong = read.temuan.filter((t) => t.kode === "CAPAIAN_TIDAK_SESUAI");
    expect(wrong.map((t) => t.sel[0]!.cell)).toEqual(["E4"]);
    expect(wrong[0]!.pesan.id).toContain("314 ÷ 320 × 100 = 98,13");
  });

  test("the same program with another pagu in a second table is a finding; the same amounts are not", () => {
    const s = sheet("Anggaran", [
      ["No", "Program", "Anggaran", "Realisasi"],
      [1, "Program Rehabilitasi Sosial", 2307015800, 1985793260],
      [2, "Program Penanganan Bencana", 1562691500, 1379365300],
      [],
      ["Tabel 3.11 Anggaran per Sasaran"],
      ["No", "Sasaran", "Program", "Pagu", "Realisasi"],
      [1, "Meningkatnya PPKS Mandiri", "Program Rehabilitasi Sosial", 2370015800, 1985793260],
      [2, "Meningkatnya PPKS Mandiri", "Program Penanganan Bencana", 1562691500, 1379365300],
    ]);
    const read = readWorkbook(workbook(s.build()));
    const beda = read.temuan.filter((t) => t.kode === "NILAI_BERBEDA_ANTAR_TABEL");
    expect(beda.map((t) => t.sel.map((x) => x.cell))).toEqual([["D7", "C2"]]);
  });
});
