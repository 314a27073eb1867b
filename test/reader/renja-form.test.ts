/** The Permendagri 86/2017 Renja evaluation form: read by its structure, computed, and checked. */
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/reader";
import { workbook } from "../fixtures/layouts/build";
import { plantedLines, renjaSheet, RENJA_LINES } from "../fixtures/layouts/forms/renja86";

function run(lines = RENJA_LINES) {
  const { sheet, rows } = renjaSheet(lines);
  const read = readWorkbook(workbook(sheet));
  const result = compute(read, Settings.parse({ tahun: 2023 }));
  return { read, result, rows };
}

describe("Renja evaluation form (Permendagri 86/2017)", () => {
  const { read, result, rows } = run();
  const table = read.tables[0]!;
  const role = (col: number) => {
    const c = table.columns.find((x) => x.col === col);
    return c ? `${c.role}${c.tahun ? `/${c.tahun}` : ""}${c.triwulan ? `#${c.triwulan}` : ""}` : "none";
  };

  test("is one realisasi table whose header holds the column numbers and the K/Rp row", () => {
    expect(read.tables).toHaveLength(1);
    expect(table.kind).toBe("realisasi");
    expect(table.headerRows).toEqual([4, 5, 6, 7]);
    expect(table.firstDataRow).toBe(8);
    expect(table.lastDataRow).toBe(rows[rows.length - 1]);
  });

  test("each K/Rp pair gets the role its group header means", () => {
    expect([6, 7, 8, 9, 10, 11].map(role)).toEqual([
      "targetAkhir/2026",
      "paguRenstra/2026",
      "renstraKumulatif/2022",
      "realisasiAnggaranRenstra/2022",
      "target/2023",
      "pagu/2023",
    ]);
    expect([12, 14, 16, 18].map(role)).toEqual([
      "realisasi/2023#1",
      "realisasi/2023#2",
      "realisasi/2023#3",
      "realisasi/2023#4",
    ]);
    expect([20, 21, 22, 23, 24].map(role)).toEqual([
      "realisasi/2023",
      "realisasiAnggaran",
      "renstraKumulatif/2023",
      "realisasiAnggaranRenstra/2023",
      "capaianRenstra/2023",
    ]);
    expect(role(4)).toBe("indikator");
    expect(role(26)).toBe("penanggungJawab");
  });

  test("one indicator per program, kegiatan and sub kegiatan line, with its level, values and budget", () => {
    expect(read.indicators.map((i) => [i.kode, i.level])).toEqual([
      ["1.06.02", "program"],
      ["1.06.02.2.01", "kegiatan"],
      ["1.06.02.2.01.0006", "subkegiatan"],
    ]);
    const child = read.indicators[2]!;
    expect(child.tahun["2023"]?.target?.raw).toBe(10);
    expect(child.tahun["2023"]?.realisasi?.raw).toBe(10);
    expect(child.tahun["2023"]?.triwulan?.realisasi?.map((v) => v?.raw)).toEqual([2, 3, 3, 2]);
    expect(child.renstra?.akhir?.raw).toBe(50);
    expect(child.anggaran?.pagu?.raw).toBe(2e7);
    expect(child.anggaran?.realisasi?.raw).toBe(1.9e7);
  });

  test("capaian = (13) ÷ (8) × 100, and a consistent form raises no error or warning", () => {
    expect(result.indikator.map((i) => i.capaian?.toFixed(2))).toEqual(["101.18", "105.00", "100.00"]);
    const serious = result.temuan.filter((t) => t.tingkat !== "info");
    expect(serious.map((t) => `${t.kode} ${t.sel[0]?.cell}`)).toEqual([]);
    expect(read.takTerbaca).toEqual([]);
  });

  test("Renstra progress = (14) ÷ (6): last year's period so far plus this year, a rate its latest year", () => {
    const progres = result.renstra.map((r) => r.progres?.toFixed(2));
    // 86 of 90 (a rate); (180 + 105) of 500 and (20 + 10) of 50 (counts): the form's own column 15
    expect(progres).toEqual(["95.56", "57.00", "60.00"]);
  });

  test("the year's realisasi comes from the quarters when (13) is empty", () => {
    const lines = RENJA_LINES.map((l) => ({ ...l, k: [...l.k] }));
    lines[1]!.k[7] = Number.NaN;
    const { sheet } = renjaSheet(lines);
    for (const row of sheet.values) if (Number.isNaN(row[20])) row[20] = "";
    const res = compute(readWorkbook(workbook(sheet)), Settings.parse({ tahun: 2023 }));
    const count = res.indikator.find((i) => i.indikator.startsWith("Jumlah penyandang"))!;
    expect(count.realisasi).toBe(105);
    expect(count.capaian).toBeCloseTo(105, 6);
  });

  test("the reviewer's findings: quarters, rates summed across years, target and budget beyond the Renstra", () => {
    const planted = run(plantedLines());
    const codes = planted.result.temuan
      .filter((t) => t.tingkat !== "info")
      .map((t) => `${t.kode} ${t.sel[0]?.cell}`)
      .sort();
    const r = planted.rows.map((x) => x + 1);
    expect(codes).toEqual(
      [
        `ANGGARAN_MELAMPAUI_RENSTRA X${r[2]}`,
        `KUMULATIF_RENSTRA_TIDAK_SESUAI W${r[0]}`,
        `KUMULATIF_RENSTRA_TIDAK_SESUAI Y${r[0]}`,
        `REALISASI_TRIWULAN_TIDAK_SESUAI U${r[1]}`,
        `TARGET_MELAMPAUI_RENSTRA K${r[2]}`,
      ].sort(),
    );
    const summed = planted.result.temuan.find((t) => t.kode === "KUMULATIF_RENSTRA_TIDAK_SESUAI")!;
    expect(summed.pesan.en).toMatch(/not added across years/);
    expect(summed.pesan.id).toMatch(/seharusnya 86/);
  });
});
