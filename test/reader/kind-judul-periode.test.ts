/**
 * A title naming a plan's period beside the report's own year ("Pengukuran Kinerja Tahun 2025 … Renstra
 * 2021-2026", "LKjIP 2023 (RPJMD 2021-2026)") over one year's target and realisasi measures that year: the
 * plan's name says where the indicators come from, not that the table is the plan (src/reader/kind.ts). A
 * table that is the plan — several years' targets, a kondisi awal, an end target — stays a Renstra, and a
 * title naming only the period still makes a yearless table a Renstra.
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
