/**
 * Printed totals of count tables that are no performance tables: seed 002 Tabel 3.5 (Jenis PSKS,
 * "64 Orang" cells, Total 127 printed where the rows sum to 85) must give JUMLAH_TIDAK_SESUAI on
 * the total cell, without becoming indicators, and the other layouts must gain no false totals.
 */
import { compute } from "../../src/engine/compute";
import { defaultSettings } from "../../src/engine/settings";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { allLayouts, SheetBuilder, workbook } from "../fixtures/layouts";
import { pengukuran2023 } from "../fixtures/layouts/seed002";
import { chartDataSheet, staffSheet } from "../fixtures/layouts/junk";

/** Seed 002, Tabel 3.5 "Jenis dan Jumlah PSKS Tersertifikasi", below the pengukuran table as in the report. */
function psksSheet() {
  const sb = new SheetBuilder("Realisasi 2023");
  pengukuran2023(sb);
  sb.blank(2);
  sb.row(["Tabel 3.5 Jenis dan Jumlah PSKS Tersertifikasi"]);
  const h1 = sb.row(["No", "Jenis PSKS", "Jumlah PSKS", "PSKS yang sudah tersertifikasi", ""]);
  const h2 = sb.row(["", "", "", "2022", "2023"]);
  sb.mergeDown(0, h1, h2).mergeDown(1, h1, h2).mergeDown(2, h1, h2).mergeAcross(h1, 3, 4);
  const rows: CellValue[][] = [
    [1, "Pendamping PKH", "74 Orang", "64 Orang", "64 Orang"],
    [2, "Pendamping KUBE", "40 Orang", 0, 0],
    [3, "TKSK", "11 Orang", "7 Orang", "8 Orang"],
    [4, "Tagana", "28 Orang", "13 Orang", "28 Orang"],
    [5, "Peksos", "1 Orang", "1 Orang", "1 Orang"],
  ];
  for (const r of rows) sb.row(r);
  const total = sb.row(["", "Total", "154 Orang", "127 Orang", "101 Orang"]);
  return { sheet: sb.build(), total };
}

describe("totals of count tables", () => {
  test("seed 002 Tabel 3.5: the 2022 total (127) is not the sum of its rows (85)", () => {
    const { sheet, total } = psksSheet();
    const read = readWorkbook(workbook(sheet));
    const row = total + 1;
    const psks = read.aggregates.filter((a) => a.printed.source!.cell.endsWith(String(row)));
    expect(psks.map((a) => a.printed.source!.cell)).toEqual([`C${row}`, `D${row}`, `E${row}`]);
    const d = psks.find((a) => a.printed.source!.cell === `D${row}`)!;
    expect(d.kind).toBe("jumlah");
    expect(d.label).toContain("Total");
    expect(d.label).toContain("2022");
    expect(d.members.map((m) => m.source!.cell)).toEqual([5, 4, 3, 2, 1].map((k) => `D${row - k}`));
    // the PSKS rows are no indicators and the count table no performance table
    expect(read.indicators.some((i) => /pendamping|tagana|peksos|tksk/i.test(i.indikator))).toBe(false);
    expect(read.tables.every((t) => t.kind === "realisasi")).toBe(true);

    const result = compute(read, defaultSettings());
    const jumlah = result.temuan.filter((t) => t.kode === "JUMLAH_TIDAK_SESUAI");
    expect(jumlah).toHaveLength(1);
    expect(jumlah[0]!.sel[0]).toEqual({ sheet: "Realisasi 2023", cell: `D${row}` });
    expect(jumlah[0]!.pesan.id).toContain("127");
    expect(jumlah[0]!.pesan.id).toContain("85");
  });

  test("percent, average and text columns are no sums; a lone row is no table", () => {
    const sb = new SheetBuilder("Rekap");
    sb.row(["No", "Kecamatan", "Jumlah KPM", "Persentase (%)", "Keterangan"]);
    sb.row([1, "Bengkalis", "120 KK", "40%", "baik"]);
    sb.row([2, "Bantan", "90 KK", "30%", "cukup"]);
    sb.row(["", "Jumlah", "300 KK", "100%", "-"]);
    sb.blank();
    sb.row(["No", "Bidang", "Nilai"]);
    sb.row([1, "Rehsos", 80]);
    sb.row([2, "Linjamsos", 70]);
    sb.row(["", "Total", 160]);
    sb.blank();
    sb.row(["", "Uraian", "Orang"]);
    sb.row(["", "PKH", 5]);
    sb.row(["", "Jumlah", 9]);
    const read = readWorkbook(workbook(sb.build()));
    // only "Jumlah KPM": 300 printed, rows 210; the percent, "Nilai" and the one-row block are left alone
    expect(read.aggregates.map((a) => a.printed.source!.cell)).toEqual(["C4"]);
    expect(read.indicators).toEqual([]);
  });

  test("the other layouts gain no totals but the staff table's correct one", () => {
    const extra: string[] = [];
    for (const f of allLayouts()) {
      const read = readWorkbook(f.snapshot);
      const inTables = (sheet: string, cell: string) =>
        read.tables.some((t) => {
          if (t.sheet !== sheet) return false;
          const row = Number(/\d+$/.exec(cell)![0]) - 1;
          return row >= Math.min(...t.headerRows, t.firstDataRow) && row <= t.lastDataRow;
        });
      for (const a of read.aggregates)
        if (!inTables(a.printed.source!.sheet, a.printed.source!.cell))
          extra.push(`${f.name}: ${a.printed.source!.sheet}!${a.printed.source!.cell}`);
      const result = compute(read, defaultSettings());
      expect(
        result.temuan.filter(
          (t) => t.kode === "JUMLAH_TIDAK_SESUAI" && !inTables(t.sel[0]!.sheet, t.sel[0]!.cell),
        ),
      ).toEqual([]);
    }
    expect(extra).toEqual([]);
    const junk = readWorkbook(workbook(staffSheet(), chartDataSheet()));
    expect(junk.tables).toEqual([]);
    expect(junk.aggregates.map((a) => [a.printed.source!.cell, a.members.map((m) => m.raw)])).toEqual([
      ["C12", [1, 7, 61]],
    ]);
    expect(compute(junk, defaultSettings()).temuan.filter((t) => t.kode === "JUMLAH_TIDAK_SESUAI")).toEqual(
      [],
    );
  });
});
