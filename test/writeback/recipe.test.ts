/**
 * Bodies held as recipes (RangeWrite `pieces`, made while the plan is applied): the file writer and
 * the Office.js writer write the same cells from a recipe as from the whole body's writes, and the
 * Temuan sheet's recipe holds the cells its plain writes would.
 */
import { parseAddress } from "../../src/engine/address";
import type { Temuan } from "../../src/engine/model";
import {
  eachRange,
  emptyPlan,
  withPiecesMade,
  type PlanSheet,
  type RangeWrite,
  type WritePlan,
} from "../../src/engine/plan";
import { resolveScale } from "../../src/engine/predikat";
import { Settings } from "../../src/engine/settings";
import { tableContext } from "../../src/engine/tables/context";
import { tabelPengukuran, tabelPengukuranBertahap } from "../../src/engine/tables/pengukuran";
import { renderTable } from "../../src/engine/writeback";
import { renderTemuanSheet } from "../../src/engine/writeback/temuan-sheet";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { seed000Workbook } from "../fixtures/excel/seed000";
import { computeResult, ROWS, SHEET, workbook, type SeedRow } from "../fixtures/writeback/seed000";
import { entries, fixture } from "../xlsx-ooxml/helpers";

const settings = Settings.parse({});

function cellsOf(ranges: RangeWrite[]): Map<string, unknown[]> {
  const cells = new Map<string, unknown[]>();
  for (const w of eachRange(ranges)) {
    const b = parseAddress(w.address);
    for (let i = 0; i < b.rowCount; i++)
      for (let j = 0; j < b.colCount; j++)
        cells.set(`${b.row + i},${b.col + j}`, [w.values![i]![j], w.numberFormats![i]![j], w.style]);
  }
  return cells;
}

/** Tabel 3.1 of 40 indicators on its own sheet: its body whole, or a recipe of pieces of whole sasaran, at least 7 rows. */
function tablePlan(recipe: boolean): WritePlan {
  const rows: SeedRow[] = Array.from({ length: 40 }, (_, i) => {
    const base = ROWS[i % ROWS.length]!;
    return { ...base, id: `${base.id}-${i}`, indikator: `${base.indikator} ${i}` };
  });
  const ctx = tableContext(computeResult(rows), settings, resolveScale(settings.skala));
  const t = recipe ? tabelPengukuranBertahap(ctx, 7) : null;
  const r = t ? renderTable(t.model, "Tabel 3.1", t.body) : renderTable(tabelPengukuran(ctx), "Tabel 3.1");
  const plan = emptyPlan();
  plan.sheets.push({ name: "Tabel 3.1", create: true, clear: true });
  plan.ranges = r.ranges;
  plan.merges = r.merges;
  return plan;
}

describe("a table body held as a recipe", () => {
  test("the plan holds it as one write; made, it is the whole body's cells", () => {
    const recipe = tablePlan(true);
    const whole = tablePlan(false);
    expect(recipe.ranges.filter((w) => w.pieces)).toHaveLength(1);
    expect(recipe.ranges.length).toBeLessThan(whole.ranges.length);
    expect(cellsOf(recipe.ranges)).toEqual(cellsOf(whole.ranges));
    expect(withPiecesMade(recipe).ranges.some((w) => w.pieces)).toBe(false);
    expect(withPiecesMade(whole)).toBe(whole);
  });

  test("the file writer writes the same sheet from it as from the whole body's writes", async () => {
    const input = fixture("realisasi-2024.xlsx");
    const a = await applyPlanToPackage(input, tablePlan(true));
    const b = await applyPlanToPackage(input, tablePlan(false));
    expect(a.report).toEqual(b.report);
    const [ea, eb] = [await entries(a.buffer), await entries(b.buffer)];
    expect([...ea.keys()]).toEqual([...eb.keys()]);
    for (const [path, bytes] of ea)
      expect([path, Buffer.from(bytes)]).toEqual([path, Buffer.from(eb.get(path)!)]);
  });

  test("the Office.js writer writes the same cells, each request under the host's limit", async () => {
    const limit = 20_000;
    const written = async (plan: WritePlan) => {
      const fake = fakeWorkbookFromSnapshot(seed000Workbook(), { maxRequestBytes: limit });
      const gateway = createExcelGateway(fake.run, {
        isSetSupported: fake.isSetSupported,
        maxRequestBytes: limit,
      });
      await gateway.apply(plan);
      expect(Math.max(...fake.stats.requestBytes)).toBeLessThanOrEqual(limit);
      const b = parseAddress(plan.ranges.at(-1)!.address);
      const cells: unknown[] = [];
      for (let r = 0; r <= b.row; r++)
        for (let c = 0; c < b.colCount; c++)
          cells.push(fake.cell("Tabel 3.1", `${String.fromCharCode(65 + c)}${r + 1}`));
      return cells;
    };
    expect(await written(tablePlan(true))).toEqual(await written(tablePlan(false)));
  });
});

describe("the Temuan sheet's body as a recipe", () => {
  test("the same cells, heights and links as its plain writes", () => {
    const temuan: Temuan[] = Array.from({ length: 23 }, (_, i) => ({
      kode: i % 3 === 0 ? "CAPAIAN_TIDAK_SESUAI" : "TARGET_KOSONG",
      tingkat: (["galat", "peringatan", "info"] as const)[i % 3]!,
      sel: [{ sheet: SHEET, cell: `B${7 + (i % 9)}` }],
      pesan: { id: `Pesan ${i} yang cukup panjang untuk dibungkus di kolomnya`, en: `Message ${i}` },
      ...(i % 4 === 0 ? { seharusnya: i * 1.5 } : {}),
    })) as Temuan[];
    const input = {
      temuan,
      snapshot: workbook(),
      settings: Settings.parse({ lembarTemuan: true }),
      tahun: 2024,
      opd: null,
    };
    const sheetA: PlanSheet = { name: "Temuan", create: true, clear: true };
    const sheetB: PlanSheet = { name: "Temuan", create: true, clear: true };
    const plain = renderTemuanSheet(sheetA, input);
    const recipe = renderTemuanSheet(sheetB, input, 4);
    expect(plain.ranges.some((w) => w.pieces)).toBe(false);
    expect(recipe.ranges.filter((w) => w.pieces)).toHaveLength(1);
    expect(cellsOf(recipe.ranges)).toEqual(cellsOf(plain.ranges));
    expect(recipe.merges).toEqual(plain.merges);
    // the links a recipe too, made anew on each reading; a host that needs them up front gets a list
    expect(Array.isArray(sheetB.links)).toBe(false);
    expect([...sheetB.links!]).toEqual([...sheetB.links!]);
    expect({ ...sheetB, links: [...sheetB.links!] }).toEqual(sheetA);
    const made = withPiecesMade({ ...emptyPlan(), sheets: [sheetB] }).sheets[0]!;
    expect(made).toEqual(sheetA);
    expect(sheetA.links).toHaveLength(23);
  });
});
