/**
 * A chart with more categories than a printed page can show is not drawn (neither the chart nor its
 * data block), and the user is told: a code and a sentence in both languages, in the plan's outcome
 * and in the list the run's report tells (tidakDipasang).
 */
import { ribuanEn } from "../../src/engine/writeback/messages";
import { parseAddress } from "../../src/engine/address";
import type { PlanValue } from "../../src/engine/plan";
import { cell, type TableModel } from "../../src/engine/tables/model";
import { renderTable } from "../../src/engine/writeback";
import { MAX_KATEGORI_GRAFIK } from "../../src/engine/writeback/render-charts";
import { ROWS } from "../fixtures/writeback/seed000";
import { okPlan, setup } from "./build";

/** A two-column table whose chart has `n` categories (one per body row). */
function modelWith(n: number): TableModel {
  const data: PlanValue[][] = [["Indikator", "Capaian"]];
  for (let i = 0; i < n; i++) data.push([`Indikator ${i + 1}`, i]);
  return {
    nomor: "3.1",
    judul: "Uji grafik",
    widths: [40, 12],
    header: [{ kind: "header", cells: [cell("Indikator", "header"), cell("Capaian", "header")] }],
    body: data.slice(1).map((r) => ({ kind: "data", cells: [cell(r[0]!, "text"), cell(r[1]!, "percent")] })),
    footnotes: [],
    charts: [{ key: "grafik", type: "columnClustered", title: "Capaian per Indikator", data }],
  };
}

/** Columns of the writes on the sheet: the table's are A–B, a chart's data block starts at D. */
function lastColumn(r: ReturnType<typeof renderTable>): number {
  return Math.max(
    ...r.ranges.map((w) => {
      const g = parseAddress(w.address);
      return g.col + g.colCount - 1;
    }),
  );
}

describe("a chart too crowded to read", () => {
  test(`${MAX_KATEGORI_GRAFIK} categories (the limit) are drawn, with their data block`, () => {
    const r = renderTable(modelWith(MAX_KATEGORI_GRAFIK), "Tabel 3.1");
    expect(r.charts).toHaveLength(1);
    expect(parseAddress(r.charts[0]!.dataAddress).rowCount).toBe(MAX_KATEGORI_GRAFIK + 1);
    expect(r.grafikDilewati).toEqual([]);
    expect(lastColumn(r)).toBe(4);
  });

  test(`${MAX_KATEGORI_GRAFIK + 1} categories: no chart and no data block, and the reason is given`, () => {
    const r = renderTable(modelWith(MAX_KATEGORI_GRAFIK + 1), "Tabel 3.1");
    expect(r.charts).toEqual([]);
    expect(lastColumn(r)).toBe(1);
    expect(r.grafikDilewati).toHaveLength(1);
    const g = r.grafikDilewati[0]!;
    expect(g).toMatchObject({
      nomor: "3.1",
      kode: "GRAFIK_TERLALU_PADAT",
      kategori: MAX_KATEGORI_GRAFIK + 1,
      batas: MAX_KATEGORI_GRAFIK,
    });
    expect(g.pesan.id).toContain("Tabel 3.1");
    expect(g.pesan.en).toContain("Tabel 3.1");
    expect(g.pesan.id).not.toBe(g.pesan.en);
    // the table itself is whole: every body row is written
    expect(r.lastRow - r.firstBodyRow + 1).toBe(MAX_KATEGORI_GRAFIK + 1);
    // the print area ends with the table, not a chart's rows below it
    expect(parseAddress(r.printArea).rowCount).toBe(r.lastRow + 1);
  });

  test("a run with more indicators than the limit writes Tabel 3.1 without its chart and says so", () => {
    const rows = Array.from({ length: 4 * MAX_KATEGORI_GRAFIK }, (_, i) => {
      const base = ROWS[i % ROWS.length]!;
      return { ...base, id: `${base.id}-${i}`, indikator: `${base.indikator} (${i + 1})` };
    });
    const out = okPlan(setup({ rows }));
    expect(out.tables.map((t) => t.nomor)).toContain("3.1");
    expect(out.plan.charts.filter((c) => c.sheet === "Tabel 3.1")).toEqual([]);
    const [g] = out.grafikDilewati;
    expect(out.grafikDilewati.map((x) => [x.nomor, x.kode])).toEqual([["3.1", "GRAFIK_TERLALU_PADAT"]]);
    expect(g!.kategori).toBeGreaterThan(MAX_KATEGORI_GRAFIK);
    // told where the run's report tells what the plan leaves out (the pipeline adds it to the host's list)
    expect(out.tidakDipasang).toContainEqual(g!.pesan);
    // no state entry for a chart that was not drawn
    expect(out.state.owned.charts.filter((c) => c.sheet === "Tabel 3.1")).toEqual([]);
  });

  test("the seed workbook's charts are under the limit: drawn, nothing told", () => {
    const out = okPlan(setup());
    expect(out.plan.charts.map((c) => c.sheet)).toEqual(["Tabel 3.1", "Tabel 3.2"]);
    expect(out.grafikDilewati).toEqual([]);
  });
});

describe("ribuanEn", () => {
  test("writes a count as toLocaleString('en-US') does", () => {
    for (const n of [0, 7, 999, 1000, 10_000, 110_001, 1_234_567, Number.MAX_SAFE_INTEGER, -5, 1.5, 1e21])
      expect(ribuanEn(n)).toBe(n.toLocaleString("en-US"));
  });
});
