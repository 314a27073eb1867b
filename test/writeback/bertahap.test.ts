/**
 * Tabel 3.1 and 3.3 made and placed a piece at a time (TABLE_BERTAHAP) write exactly what the whole
 * model writes, wherever the pieces break: inside a run of same-styled cells, between the rows of
 * a sasaran (which span rows, so a piece must not cut them), and with no rows at all.
 */
import { resolveScale } from "../../src/engine/predikat";
import type { ComputeResult, PerbandinganRenstra } from "../../src/engine/result";
import { Settings } from "../../src/engine/settings";
import { TABLE_BERTAHAP, TABLE_BUILDERS } from "../../src/engine/tables";
import { tableContext } from "../../src/engine/tables/context";
import type { ModelRow } from "../../src/engine/tables/model";
import { tabelPengukuranBertahap } from "../../src/engine/tables/pengukuran";
import { tabelRenstraBertahap } from "../../src/engine/tables/renstra";
import { renderTable } from "../../src/engine/writeback";
import { computeResult, ROWS, type SeedRow } from "../fixtures/writeback/seed000";
import { okPlan, setup } from "./build";

/** 17 indicators in 4 sasaran of 1 to 7 rows, with a Renstra row each (some years empty or text). */
function result(): ComputeResult {
  const sizes = [7, 1, 5, 4];
  const rows: SeedRow[] = [];
  sizes.forEach((n, g) => {
    for (let i = 0; i < n; i++) {
      const base = ROWS[(g + i) % ROWS.length]!;
      rows.push({
        ...base,
        id: `${base.id}-${g}-${i}`,
        sasaran: `Sasaran ${g + 1}`,
        indikator: `${base.indikator} ${i}`,
      });
    }
  });
  const r = computeResult(rows);
  const model = r.renstra[0]!;
  const renstra: PerbandinganRenstra[] = r.indikator.map((ind, i) => ({
    ...model,
    indicatorId: ind.indicatorId,
    baseline: i % 3 === 0 ? null : i * 1.5,
    perTahun: model.perTahun.map((t, k) => ({
      ...t,
      target: (i + k) % 4 === 0 ? null : (i + k) % 5 === 0 ? "BB" : t.target,
      realisasi: (i * k) % 3 === 0 ? null : i + k + 0.25,
    })),
    progres: i % 2 === 0 ? null : 90 + i,
  }));
  return { ...r, renstra };
}

const settings = Settings.parse({});

function placed(r: ComputeResult, nomor: "3.1" | "3.3", potongan: number | null) {
  const ctx = tableContext(r, settings, resolveScale(settings.skala));
  if (potongan === null) return renderTable(TABLE_BUILDERS[nomor](ctx), `Tabel ${nomor}`);
  const bertahap =
    nomor === "3.1" ? tabelPengukuranBertahap(ctx, potongan) : tabelRenstraBertahap(ctx, potongan);
  return renderTable(bertahap.model, `Tabel ${nomor}`, bertahap.body);
}

describe("tables placed a piece at a time", () => {
  test.each(["3.1", "3.3"] as const)(
    "Tabel %s: the same writes, merges and heights for every piece size",
    (nomor) => {
      const r = result();
      const whole = placed(r, nomor, null);
      expect(whole.ranges.length).toBeGreaterThan(5);
      for (const potongan of [1, 2, 3, 5, 8, 1000]) expect(placed(r, nomor, potongan)).toEqual(whole);
    },
  );

  test("Tabel 3.1 pieces hold whole sasaran: each piece starts at a sasaran's first row", () => {
    const ctx = tableContext(result(), settings, resolveScale(settings.skala));
    const pieces: ModelRow[][] = [...tabelPengukuranBertahap(ctx, 2).body];
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece[0]!.cells[0]?.rowSpan ?? piece[0]!.kind).not.toBe("data");
  });

  test("with no rows: the one row saying so, as the whole model has it", () => {
    const r = { ...result(), indikator: [], sasaran: [], renstra: [] };
    for (const nomor of ["3.1", "3.3"] as const) {
      const whole = placed(r, nomor, null);
      expect(placed(r, nomor, 4)).toEqual(whole);
      expect(whole.lastRow).toBe(whole.firstBodyRow);
    }
  });

  test("the write plan places them so: its Tabel 3.1 and 3.3 writes are the whole models' writes", () => {
    const run = { ...setup(), result: result() };
    const out = okPlan(run);
    for (const nomor of Object.keys(TABLE_BERTAHAP) as ("3.1" | "3.3")[]) {
      const sheet = out.tables.find((t) => t.nomor === nomor)!.sheet;
      expect(out.plan.ranges.filter((w) => w.sheet === sheet)).toEqual(
        placed(run.result, nomor, null).ranges,
      );
    }
  });
});
