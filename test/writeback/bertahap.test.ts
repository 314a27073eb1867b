/**
 * Tabel 3.1 and 3.3 made and placed a piece at a time (TABLE_BERTAHAP) write exactly what the whole
 * model writes, wherever the pieces break: inside a run of same-styled cells, between the rows of
 * a sasaran (which span rows, so a piece must not cut them), and with no rows at all.
 */
import { parseAddress } from "../../src/engine/address";
import { eachRange, type RangeWrite } from "../../src/engine/plan";
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

/** Every cell the writes set, row by row: value, number format and style, whatever the blocks. */
function cellsOf(ranges: RangeWrite[]): Map<string, unknown[]> {
  const cells = new Map<string, unknown[]>();
  for (const w of eachRange(ranges)) {
    expect(w.pieces).toBeUndefined();
    const b = parseAddress(w.address);
    expect(w.values).toHaveLength(b.rowCount);
    expect(w.numberFormats).toHaveLength(b.rowCount);
    for (let i = 0; i < b.rowCount; i++) {
      expect(w.values![i]).toHaveLength(b.colCount);
      for (let j = 0; j < b.colCount; j++)
        cells.set(`${b.row + i},${b.col + j}`, [w.values![i]![j], w.numberFormats![i]![j], w.style]);
    }
  }
  return cells;
}

describe("tables placed a piece at a time", () => {
  test.each(["3.1", "3.3"] as const)(
    "Tabel %s: the same cells, merges and heights for every piece size; the writes themselves when one piece",
    (nomor) => {
      const r = result();
      const whole = placed(r, nomor, null);
      expect(whole.ranges.length).toBeGreaterThan(5);
      expect(whole.ranges.some((w) => w.pieces)).toBe(false);
      for (const potongan of [1, 2, 3, 5, 8, 1000]) {
        const { ranges, ...rest } = placed(r, nomor, potongan);
        const { ranges: wholeRanges, ...wholeRest } = whole;
        expect(rest).toEqual(wholeRest);
        expect(cellsOf(ranges)).toEqual(cellsOf(wholeRanges));
        // more than one piece: the body is one recipe, made anew (the same cells) at every reading
        const recipes = ranges.filter((w) => w.pieces);
        expect(recipes).toHaveLength(potongan === 1000 ? 0 : 1);
        if (potongan === 1000) expect(ranges).toEqual(wholeRanges);
        else expect(cellsOf(recipes)).toEqual(cellsOf(recipes));
      }
    },
  );

  test("a recipe's writes stay inside its block, a piece's writes are whole rows of it", () => {
    const { ranges } = placed(result(), "3.3", 4);
    const recipe = ranges.find((w) => w.pieces)!;
    const outer = parseAddress(recipe.address);
    let pieces = 0;
    for (const piece of recipe.pieces!()) {
      pieces++;
      const rows = new Set(
        piece.flatMap((w) => {
          const b = parseAddress(w.address);
          expect(b.col + b.colCount).toBeLessThanOrEqual(outer.col + outer.colCount);
          expect(b.row + b.rowCount).toBeLessThanOrEqual(outer.row + outer.rowCount);
          return Array.from({ length: b.rowCount }, (_, i) => b.row + i);
        }),
      );
      expect(rows.size).toBeLessThanOrEqual(4);
    }
    expect(pieces).toBe(Math.ceil(outer.rowCount / 4));
  });

  test("a number that is not finite in a recipe's cells is written empty, as in plain writes", () => {
    const r = result();
    const renstra = r.renstra.map((x, i) => (i === 2 ? { ...x, baseline: Number.NaN } : x));
    const { ranges } = placed({ ...r, renstra }, "3.3", 3);
    const made = [...eachRange(ranges)].flatMap((w) => w.values!.flat());
    expect(made.some((v) => typeof v === "number" && !Number.isFinite(v))).toBe(false);
  });

  test("Tabel 3.1 pieces hold whole sasaran: each piece starts at a sasaran's first row", () => {
    const ctx = tableContext(result(), settings, resolveScale(settings.skala));
    const pieces: ModelRow[][] = [...tabelPengukuranBertahap(ctx, 2).body()];
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
