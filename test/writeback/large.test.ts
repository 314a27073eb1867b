/**
 * 10,000 indicator rows (the seed-000 rows repeated with distinct names): the plan must be built
 * without blowing the call stack (no argument spreads or recursion over rows), and hold every row.
 */
import { parseAddress } from "../../src/engine/address";
import { eachRange } from "../../src/engine/plan";
import { ROWS, type SeedRow } from "../fixtures/writeback/seed000";
import { okPlan, setup } from "./build";

const N = 10_000;

function manyRows(): SeedRow[] {
  return Array.from({ length: N }, (_, i) => {
    const base = ROWS[i % ROWS.length]!;
    return { ...base, id: `${base.id}-${i}`, indikator: `${base.indikator} (${i + 1})` };
  });
}

describe("a plan for 10,000 indicator rows", () => {
  jest.setTimeout(120_000);

  test("is built, places every row in Tabel 3.1 and gives every row its Capaian/Predikat", () => {
    const out = okPlan(setup({ rows: manyRows() }));
    const t31 = out.tables.find((t) => t.nomor === "3.1")!;
    expect(parseAddress(t31.rentang).rowCount).toBeGreaterThan(N);
    // the body is more than one piece: a recipe, made here as the writers make it
    expect(out.plan.ranges.some((r) => r.sheet === t31.sheet && r.pieces)).toBe(true);
    const indikatorCells = [...eachRange(out.plan.ranges)]
      .filter((r) => r.sheet === t31.sheet && r.values)
      .flatMap((r) => r.values!.flat())
      .filter((v) => typeof v === "string" && / \(\d+\)$/.test(v));
    expect(new Set(indikatorCells).size).toBe(N);
    const predikat = out.plan.ranges
      .filter((r) => r.sheet !== t31.sheet && r.address.startsWith("H"))
      .flatMap((r) => r.values!.flat())
      .filter((v) => typeof v === "string" && v !== "Predikat");
    expect(predikat).toHaveLength(N);
  });
});

import { renderTable } from "../../src/engine/writeback";
import { cell, type ModelRow, type TableModel } from "../../src/engine/tables/model";

describe("renderTable on 10,000 body rows", () => {
  test("a wide table whose every cell needs its own write, its chart over all rows left out and told", () => {
    const roles = ["no", "text", "number", "percent", "text", "rupiah"] as const;
    const width = 18;
    const body: ModelRow[] = Array.from({ length: N }, (_, i) => ({
      kind: i % 50 === 49 ? "subtotal" : "data",
      cells: Array.from({ length: width }, (_, c) =>
        cell(c === 1 ? `Indikator ${i + 1}` : i + c, roles[c % roles.length]!),
      ),
    }));
    const model: TableModel = {
      nomor: "3.3",
      judul: "Uji 10.000 baris",
      widths: Array.from({ length: width }, () => 10),
      header: [
        { kind: "header", cells: Array.from({ length: width }, (_, c) => cell(`Kolom ${c + 1}`, "header")) },
      ],
      body,
      footnotes: ["Catatan uji."],
      charts: [
        {
          key: "grafik",
          type: "columnClustered",
          title: "Semua baris",
          data: [["Indikator", "Capaian"], ...body.map((_, i) => [`Indikator ${i + 1}`, i])],
        },
      ],
    };
    const r = renderTable(model, "Tabel 3.3");
    expect(r.lastRow - r.firstBodyRow + 1).toBe(N);
    const cells = r.ranges.reduce((n, w) => n + (w.values ? w.values.length * w.values[0]!.length : 0), 0);
    // title row + header + column numbers + body + footnote lines (each across the table); a chart
    // of 10,000 categories cannot be read on a page, so neither it nor its data block is written
    expect(cells).toBe(width + width + width + N * width + 2 * width);
    expect(r.charts).toHaveLength(0);
    expect(r.grafikDilewati.map((g) => [g.nomor, g.kode, g.kategori])).toEqual([
      ["3.3", "GRAFIK_TERLALU_PADAT", N],
    ]);
  });
});
