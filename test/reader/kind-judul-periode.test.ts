/**
 * A title naming a plan's period beside the report's own year ("Pengukuran Kinerja Tahun 2025 … Renstra
 * 2021-2026", "LKjIP 2023 (RPJMD 2021-2026)") over one year's target and realisasi measures that year: the
 * plan's name says where the indicators come from, not that the table is the plan (src/reader/kind.ts). A
 * table that is the plan — several years' targets, a kondisi awal, an end target — stays a Renstra, and a
 * title naming only the period still makes a yearless table a Renstra. Likewise a sheet named "Perbandingan"
 * holding each year's table side by side, each titled with its one year, compares them across its tables:
 * each is its year's measurement; a comparison named in a table's own title stays a comparison.
 */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

function table(title: string[], header: string[], rows: (string | number)[][]) {
  const s = new SheetBuilder("Tabel 3.1");
  for (const t of title) s.row([t]);
  s.blank();
  s.row(header);
  for (const r of rows) s.row(r);
  return readWorkbook(workbook(s.build())).tables[0]!;
}

const TRC = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"];
const ROWS = [
  [1, "Persentase desa tangguh bencana", "35", "36,2", "103,43"],
  [2, "Persentase rumah rusak yang direhabilitasi", "50", "54,5", "109,00"],
];

describe("the report's year beside a plan's period in the title", () => {
  test.each([
    [
      [
        "Tabel 3.1 Pengukuran Kinerja BPBD Tahun 2025",
        "(mengacu pada Renstra BPBD 2021-2026 dan RPJMD 2021-2026)",
      ],
      2025,
    ],
    [["Capaian Kinerja Tahun 2023 berdasarkan Rencana Strategis 2019-2023"], 2023],
    [["LKjIP DINAS SOSIAL 2024 — Sasaran Renstra 2021 s.d. 2026"], 2024],
    [["Realisasi IKU Tahun Anggaran 2025 (RPJMD 2025–2029)"], 2025],
  ] as [string[], number][])("%j measures %i", (title, year) => {
    const t = table(title, TRC, ROWS);
    expect(t.kind).toBe("realisasi");
    expect(t.columns.slice(2).map((c) => [c.role, c.tahun])).toEqual([
      ["target", year],
      ["realisasi", year],
      ["capaian", year],
    ]);
  });
});

describe("a plan stays a plan", () => {
  test("several years' targets framed by kondisi awal and akhir under 'Renstra … Tahun 2025'", () => {
    const t = table(
      ["Matriks Renstra Dinas Kominfo Tahun 2025 (periode 2025-2029)"],
      ["No", "Indikator Kinerja", "Kondisi Awal", "Target 2025", "Target 2026", "Kondisi Akhir"],
      [[1, "Indeks SPBE", "2,4", "2,6", "2,8", "3,5"]],
    );
    expect(t.kind).toBe("renstra");
  });

  test("a title naming the period alone", () => {
    const t = table(["RENCANA STRATEGIS DINAS SOSIAL 2021-2026"], TRC, ROWS);
    expect(t.kind).toBe("renstra");
  });
});

/** Two one-year tables side by side on a sheet, each with its year only in the line above it. */
function sideBySide(sheet: string, titles: [string, string]) {
  const s = new SheetBuilder(sheet);
  s.row(["DINAS KESEHATAN KABUPATEN SIKKA"]);
  s.blank();
  const j = s.row([titles[0]]);
  s.put(j, 6, [titles[1]]);
  const head = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"];
  s.row([...head, "", ...head]);
  s.row([
    1,
    "Persentase ibu hamil mendapat layanan",
    "95",
    "93,1",
    "98,00",
    "",
    1,
    "Persentase ibu hamil mendapat layanan",
    "96",
    "97,2",
    "101,25",
  ]);
  s.row([
    2,
    "Persentase balita gizi buruk ditangani",
    "100",
    "100",
    "100,00",
    "",
    2,
    "Persentase balita gizi buruk ditangani",
    "100",
    "100",
    "100,00",
  ]);
  return readWorkbook(workbook(s.build())).tables;
}

describe("a comparison named by the sheet, not by the table", () => {
  test.each([
    ["Perbandingan", ["Capaian Kinerja Tahun 2024", "Capaian Kinerja Tahun 2025"]],
    ["Perbandingan Tahun Sebelumnya", ["Tahun 2024", "Tahun 2025"]],
    ["Perbandingan", ["Pengukuran Kinerja TA 2024", "Pengukuran Kinerja TA 2025"]],
  ] as [string, [string, string]][])("sheet %j, tables %j: each its year's measurement", (sheet, titles) => {
    const tables = sideBySide(sheet, titles);
    expect(tables.map((t) => t.kind)).toEqual(["realisasi", "realisasi"]);
    expect(tables.map((t) => t.columns.find((c) => c.role === "realisasi")?.tahun)).toEqual([2024, 2025]);
  });

  test("a comparison in the table's own title stays one", () => {
    const tables = sideBySide("Kinerja", [
      "Perbandingan Capaian Tahun 2024",
      "Perbandingan Capaian Tahun 2025",
    ]);
    expect(tables.map((t) => t.kind)).toEqual(["history", "history"]);
  });
});
