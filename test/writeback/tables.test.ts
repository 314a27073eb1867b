import type { WritePlan } from "../../src/engine/plan";
import { resolveScale } from "../../src/engine/predikat";
import { Settings } from "../../src/engine/settings";
import { buildTableModels } from "../../src/engine/tables";
import { renderTable } from "../../src/engine/writeback";
import { planCells } from "../helpers/planCells";
import { computeResult } from "../fixtures/writeback/seed000";
import { okPlan, setup } from "./build";

function rowValues(plan: WritePlan, sheet: string, row: number, cols: string): unknown[] {
  const cells = planCells(plan, sheet);
  return [...cols].map((c) => cells.get(`${c}${row}`)?.value);
}

function mergesOf(plan: WritePlan, sheet: string): string[] {
  return plan.merges.filter((m) => m.sheet === sheet).map((m) => m.address);
}

describe("Tabel 3.x sheets", () => {
  const out = okPlan(setup());
  const { plan } = out;

  it("places every table asked for on its own sheet, titled as the reports title them", () => {
    expect(out.tables.map((t) => [t.nomor, t.sheet, t.judul])).toEqual([
      ["3.1", "Tabel 3.1", "Pengukuran Kinerja Tahun 2024"],
      ["3.2", "Tabel 3.2", "Perbandingan Realisasi dan Capaian Kinerja Tahun 2020 s.d. 2024"],
      [
        "3.3",
        "Tabel 3.3",
        "Perbandingan Realisasi Kinerja s.d. Tahun 2024 dengan Target Jangka Menengah Renstra",
      ],
      ["3.5", "Tabel 3.5", "Analisis Efisiensi Kinerja Tahun 2024"],
      ["3.6", "Tabel 3.6", "Realisasi Anggaran per Program Tahun 2024"],
    ]);
    for (const t of out.tables) {
      expect(planCells(plan, t.sheet).get("A1")?.value).toBe(`Tabel ${t.nomor} ${t.judul}`);
      const sheet = plan.sheets.find((s) => s.name === t.sheet)!;
      expect(sheet).toMatchObject({ create: true, clear: true, freeze: { rows: 5, cols: 0 } });
      expect(sheet.columnWidths!.length).toBeGreaterThan(3);
    }
  });

  it("3.1: merged two-row header, sasaran merged over its rows, the sasaran average and the OPD line", () => {
    const s = "Tabel 3.1";
    expect(mergesOf(plan, s)).toEqual(
      expect.arrayContaining([
        "A1:H1",
        "A3:A4",
        "B3:B4",
        "C3:C4",
        "D3:D4",
        "E3:H3",
        "A6:A7",
        "B6:B7",
        "C7:F7",
        "A12:F12",
      ]),
    );
    expect(rowValues(plan, s, 3, "ABCDE")).toEqual([
      "No",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Tahun 2024",
    ]);
    expect(rowValues(plan, s, 4, "EFGH")).toEqual(["Target", "Realisasi", "Capaian (%)", "Predikat"]);
    // the column numbers under the header, as the reports print them
    expect(rowValues(plan, s, 5, "ABCDEFGH")).toEqual([
      "(1)",
      "(2)",
      "(3)",
      "(4)",
      "(5)",
      "(6)",
      "(7)",
      "(8)",
    ]);
    const first = rowValues(plan, s, 6, "ABCDEFGH");
    expect(first.slice(0, 6)).toEqual([
      1,
      "Meningkatnya kapasitas PSKS dan lembaga kesejahteraan sosial",
      "Presentase PSKS yang diberdayakan dalam penyelenggaraan kesejahteraan sosial",
      "%",
      57,
      59.87,
    ]);
    expect(first[6]).toBeCloseTo(105.035, 3);
    expect(first[7]).toBe("Sangat Baik");
    expect(rowValues(plan, s, 7, "CGH")).toEqual(["Rata-rata capaian sasaran", first[6], "Sangat Baik"]);
    expect(planCells(plan, s).get("G6")?.format).toBe("#,##0.00");
    // the letter grades stay as printed
    expect(rowValues(plan, s, 10, "EF")).toEqual(["BB", "B"]);
    expect(planCells(plan, s).get("A12")?.value).toMatch(/Capaian kinerja perangkat daerah/);
    const header = plan.ranges.find((r) => r.sheet === s && r.address.startsWith("A3"))!;
    expect(header.style).toMatchObject({ bold: true, border: "thin", wrap: true });
    expect(header.style!.fill).toMatch(/^#[0-9A-F]{6}$/);
  });

  it("3.1 and 3.2 carry charts drawn from data blocks on the same owned sheet", () => {
    const [c31, c32] = plan.charts;
    expect(c31).toMatchObject({ sheet: "Tabel 3.1", type: "columnClustered", dataAddress: "J3:L5" });
    expect(rowValues(plan, "Tabel 3.1", 3, "JKL")).toEqual(["Indikator", "Target", "Realisasi"]);
    expect(rowValues(plan, "Tabel 3.1", 4, "KL")).toEqual([57, 59.87]);
    expect(c32).toMatchObject({ sheet: "Tabel 3.2", type: "line", dataAddress: "Q3:R8" });
    expect(rowValues(plan, "Tabel 3.2", 4, "QR")).toEqual(["2020", 42.6]);
    expect(planCells(plan, "Tabel 3.2").get("Q4")?.format).toBe("@");
  });

  it("3.2: realisasi and capaian per year (seed 000 Tabel 3.3.1) with Naik/Turun/Tetap", () => {
    const s = "Tabel 3.2";
    expect(mergesOf(plan, s)).toEqual(expect.arrayContaining(["D3:H3", "I3:M3", "N3:N4", "O3:O4"]));
    expect(rowValues(plan, s, 4, "DEFGH")).toEqual(["2020", "2021", "2022", "2023", "2024"]);
    expect(rowValues(plan, s, 6, "DEFGH")).toEqual([42.6, 56, 52.7, 56, 59.97]);
    expect(rowValues(plan, s, 6, "IO")).toEqual(["—", "Naik"]);
    expect(rowValues(plan, s, 6, "N")[0]).toBeCloseTo(3.97, 6);
  });

  it("3.3: T and R per Renstra year (seed 000 Table 3.3.3), end target and progress", () => {
    const s = "Tabel 3.3";
    expect(mergesOf(plan, s)).toEqual(expect.arrayContaining(["E3:F3", "O3:P3", "Q3:Q4", "R3:R4"]));
    expect(rowValues(plan, s, 3, "EGIKMOQ")).toEqual([
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
      "2026",
      "Target Akhir Renstra",
    ]);
    expect(rowValues(plan, s, 4, "EF")).toEqual(["T", "R"]);
    expect(rowValues(plan, s, 6, "EFGHIJKLMNOPQ")).toEqual([
      55,
      56,
      52.25,
      52.7,
      53,
      56,
      57,
      59.95,
      58,
      "—",
      59,
      "—",
      59,
    ]);
    expect(rowValues(plan, s, 6, "R")[0]).toBeCloseTo((59.87 / 59) * 100, 9);
  });

  it("3.4: says 'tidak ada standar nasional' where there is none, beside an indicator that has one", () => {
    const run = setup();
    run.result = {
      ...run.result,
      nasional: [
        ...run.result.nasional,
        { indicatorId: "pmks", targetNasional: 80, realisasi: 81.6, capaian: 102, sebanding: true },
      ],
    };
    const plan = okPlan(run).plan;
    const s = "Tabel 3.4";
    expect(mergesOf(plan, s)).toEqual(expect.arrayContaining(["D3:F3", "G3:G4"]));
    expect(rowValues(plan, s, 4, "DEF")).toEqual(["Target Nasional", "Target Daerah", "Realisasi Daerah"]);
    expect(rowValues(plan, s, 6, "DEF")).toEqual(["tidak ada standar nasional", 57, 59.87]);
  });

  it("3.5: capaian against serapan (seed 002 Tabel 3.12), efisiensi and kategori", () => {
    const s = "Tabel 3.5";
    expect(mergesOf(plan, s)).toEqual(expect.arrayContaining(["E3:G3"]));
    const row = rowValues(plan, s, 6, "BDEFGHI");
    expect(row.slice(0, 4)).toEqual(["Meningkatnya PPKS Mandiri", 94.05, 44416379200, 42277199383]);
    expect(row[4]).toBeCloseTo(95.18, 2);
    expect(row[5]).toBeCloseTo(94.05 - 95.18, 2);
    expect(row[6]).toBe("Efisien");
    expect(planCells(plan, s).get("E6")?.format).toBe("#,##0");
  });

  it("3.6: Pagu, Realisasi, %, Sisa per program with the Jumlah row", () => {
    const s = "Tabel 3.6";
    expect(mergesOf(plan, s)).toEqual(expect.arrayContaining(["E3:F3", "A10:C10"]));
    const first = rowValues(plan, s, 6, "BCDEFG");
    expect(first.slice(0, 4)).toEqual(["1.06.04", "Rehabilitasi Sosial", 1831530800, 1230440700]);
    // the seed printed 97,98 % here; the table shows what the numbers give
    expect(first[4]).toBeCloseTo(67.18, 2);
    expect(first[5]).toBe(601090100);
    expect(rowValues(plan, s, 10, "ADEG")).toEqual(["Jumlah", 23035963503, 21607583055, 1428380448]);
    expect(planCells(plan, s).get("B6")?.format).toBe("@");
  });

  it("each footnote names only what its table uses: the scale under Tabel 3.1, the capaian formula under the tables with a capaian", () => {
    const SCALE = "Sangat Baik: C > 100; Baik: 75 ≤ C ≤ 100; Cukup: 55 ≤ C < 75; Kurang: C < 55";
    for (const t of out.tables) {
      const text = [...planCells(plan, t.sheet).values()]
        .map((c) => c.value)
        .filter((v): v is string => typeof v === "string")
        .join("\n");
      const capaian = ["3.1", "3.2", "3.3", "3.4"].includes(t.nomor);
      expect(text.includes("Capaian (C) = Realisasi ÷ Target × 100%")).toBe(capaian);
      expect(text.includes("(2 × Target − Realisasi) ÷ Target × 100%, paling rendah 0% (rumus cermin)")).toBe(
        capaian,
      );
      expect(text.includes(SCALE)).toBe(t.nomor === "3.1");
      expect(text.includes("setengah terbuka")).toBe(t.nomor === "3.1");
      expect(text).toMatch(/^Sumber: .+ tahun 2024, diolah dengan Capaian Kinerja\.$/m);
    }
    const rasio = okPlan(setup({}, { turun: "rasio", skala: "permendagri86", tabel: ["3.1"] }));
    const text = [...planCells(rasio.plan, "Tabel 3.1").values()].map((c) => String(c.value)).join("\n");
    expect(text).toContain("C = Target ÷ Realisasi × 100% (rumus rasio)");
    expect(text).toContain("Sangat Tinggi: C ≥ 91; Tinggi: 76 ≤ C < 91");
  });

  it("writes only the tables in settings.tabel", () => {
    const only = okPlan(setup({}, { tabel: ["3.1", "3.6"] }));
    expect(only.tables.map((t) => t.sheet)).toEqual(["Tabel 3.1", "Tabel 3.6"]);
    expect(only.plan.sheets.map((s) => s.name)).toEqual([
      "Realisasi 2024",
      "Tabel 3.1",
      "Tabel 3.6",
      "_CapaianKinerja",
    ]);
  });

  it("a table without data for the year is not written, and the run names each with its reason", () => {
    const run = setup();
    run.result = {
      ...run.result,
      tahunan: [],
      renstra: [],
      nasional: [],
      efisiensi: [],
      anggaran: { rows: [], total: { pagu: 0, realisasi: 0, persen: null, sisa: 0 } },
    };
    const p = okPlan(run);
    expect(p.tables.map((t) => t.nomor)).toEqual(["3.1"]);
    expect(p.dilewati.map((d) => [d.nomor, d.kode])).toEqual([
      ["3.2", "TANPA_TAHUN_PEMBANDING"],
      ["3.3", "TANPA_RENSTRA"],
      ["3.4", "TANPA_STANDAR_NASIONAL"],
      ["3.5", "TANPA_EFISIENSI"],
      ["3.6", "TANPA_ANGGARAN"],
    ]);
    expect(p.dilewati[1]!.alasan).toEqual({
      id: "tidak ada target Renstra yang terbaca di buku kerja",
      en: "no Renstra target was read in the workbook",
    });
    // no sheet, name or chart for a table not written
    expect(p.plan.sheets.map((s) => s.name).filter((n) => n.startsWith("Tabel"))).toEqual(["Tabel 3.1"]);
    expect(p.plan.names.map((n) => n.name)).toEqual(["CapaianKinerja_Tabel_3_1"]);
    expect(p.plan.charts.map((c) => c.sheet)).toEqual(["Tabel 3.1"]);
  });

  it("models render the same for a preview as in the plan", () => {
    const settings = Settings.parse({});
    const models = buildTableModels(computeResult(), settings, resolveScale(settings.skala));
    const r = renderTable(models[0]!, "Tabel 3.1");
    expect(r.ranges).toEqual(plan.ranges.filter((w) => w.sheet === "Tabel 3.1"));
    expect(models[0]!.body[0]!.cells[1]).toMatchObject({ role: "group", rowSpan: 2 });
  });
});
