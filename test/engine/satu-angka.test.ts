/**
 * One number everywhere (issue 13, item 3): on the sample, the sasaran whose workbook prints a
 * "Rata-rata Capaian" of 94,05 (which the add-in flags) has the engine's 111,69 in Tabel 3.1 and
 * the same 111,69 in Tabel 3.5, with the efisiensi and its category worked from it. The printed
 * 94,05 appears only in findings. Tabel 3.2's reporting year is Tabel 3.1's row, quarters included.
 */
import { parseAddress } from "../../src/engine/address";
import { compute } from "../../src/engine/compute";
import type { Indicator, SourcedValue } from "../../src/engine/model";
import type { PlanValue, WritePlan } from "../../src/engine/plan";
import type { ComputeResult } from "../../src/engine/result";
import { defaultSettings } from "../../src/engine/settings";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { sampleBuffer } from "../xlsx/workbooks";

jest.setTimeout(120_000);

/** The rows of a generated sheet as arrays of values, from the plan's writes. */
function rowsOf(plan: WritePlan, sheet: string): PlanValue[][] {
  const grid = new Map<number, PlanValue[]>();
  for (const w of plan.ranges) {
    if (w.sheet !== sheet || !w.values) continue;
    const g = parseAddress(w.address);
    w.values.forEach((line, r) => {
      const row = grid.get(g.row + r) ?? [];
      line.forEach((v, c) => (row[g.col + c] = v));
      grid.set(g.row + r, row);
    });
  }
  return [...grid.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

const SASARAN = "Meningkatnya PPKS Mandiri";

describe("the sample's sasaran with a printed average of 94,05", () => {
  let plan: WritePlan;
  let result: ComputeResult;
  beforeAll(async () => {
    const out = await runCapaian(
      createXlsxGateway({ input: await sampleBuffer(), onOutput: () => undefined }),
      { tulis: false },
    );
    if (!out.ok) throw new Error("refused");
    plan = out.plan;
    result = out.result;
  });

  test("Tabel 3.5 takes the engine's capaian (111,69), and the efisiensi and category follow it", () => {
    const engine = result.sasaran.find((s) => s.sasaran === SASARAN)!.capaian!;
    expect(engine).toBeCloseTo(111.69, 2);
    const rows = rowsOf(plan, "Tabel 3.5").filter((r) => r[1] === SASARAN);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r[2]).toBe("Sasaran");
      expect(r[3]).toBe(engine);
      const serapan = r[6] as number;
      expect(serapan).toBeCloseTo(95.18, 2);
      expect(r[7]).toBeCloseTo(engine - serapan, 9);
      expect(r[8]).toBe("Efisien");
    }
    expect(result.efisiensi.filter((e) => e.label === SASARAN).map((e) => e.capaian)).toEqual(
      rows.map(() => engine),
    );
  });

  test("the printed 94,05 is named in findings only: the realisasi table's and the budget table's", () => {
    const printed = result.temuan.filter((t) => t.pesan.id.includes("94,05"));
    expect(printed.map((t) => `${t.kode} ${t.sel[0]!.sheet}!${t.sel[0]!.cell}`).sort()).toEqual([
      "RATA_RATA_TIDAK_SESUAI Anggaran!C17",
      "RATA_RATA_TIDAK_SESUAI Realisasi 2023!G8",
    ]);
    for (const sheet of ["Tabel 3.1", "Tabel 3.2", "Tabel 3.5"])
      expect(rowsOf(plan, sheet).flat()).not.toContain(94.05);
  });
});

function sv(raw: number): SourcedValue {
  return { raw, parsed: { kind: "number", value: raw } };
}

describe("Tabel 3.2's reporting year is Tabel 3.1's", () => {
  test("a year made from its quarters shows the same realisasi and capaian in both", () => {
    const ind: Indicator = {
      id: "x",
      level: "sasaran",
      sasaran: "Meningkatnya layanan",
      indikator: "Jumlah PPKS yang dilayani",
      satuan: "orang",
      polaritas: "naik",
      polaritasInferred: false,
      tahun: {
        "2022": { target: sv(100), realisasi: sv(90) },
        "2023": { target: sv(100), triwulan: { realisasi: [sv(20), sv(30), sv(25), sv(35)] } },
      },
    };
    const settings = defaultSettings();
    settings.tahun = 2023;
    const res = compute({ indicators: [ind], anggaran: [], aggregates: [], temuan: [] }, settings);
    const one = res.indikator[0]!;
    expect(one.realisasi).toBe(110);
    expect(one.capaian).toBeCloseTo(110, 9);
    const row = res.tahunan[0]!.rows.find((r) => r.tahun === 2023)!;
    expect([row.realisasi, row.capaian]).toEqual([one.realisasi, one.capaian]);
    expect(res.tahunan[0]!.perubahan).toBe(20);
  });
});
