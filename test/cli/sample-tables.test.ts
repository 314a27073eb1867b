/**
 * The row sets of the generated tables on the sample workbook (seed 002): Tabel 3.1 lists the
 * indicators measured in 2023 (target or realisasi that year), not the ones only the Renstra
 * names; Tabel 3.6 lists the programs once and adds them up to the printed Jumlah; Tabel 3.5 has
 * no budget lines made of percentages.
 */
import { parseAddress } from "../../src/engine/address";
import type { PlanValue, WritePlan } from "../../src/engine/plan";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { sampleBuffer } from "../xlsx/workbooks";

jest.setTimeout(120_000);

/** Column `col` (zero-based) of a generated sheet, top to bottom, from the plan's writes. */
function column(plan: WritePlan, sheet: string, col: number): PlanValue[] {
  const cells = new Map<number, PlanValue>();
  for (const w of plan.ranges) {
    if (w.sheet !== sheet || !w.values) continue;
    const g = parseAddress(w.address);
    if (col < g.col || col >= g.col + g.colCount) continue;
    w.values.forEach((row, r) => cells.set(g.row + r, row[col - g.col] ?? null));
  }
  return [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

describe("generated tables on the sample", () => {
  let plan: WritePlan;
  beforeAll(async () => {
    const out = await runCapaian(
      createXlsxGateway({ input: await sampleBuffer(), onOutput: () => undefined }),
      {
        tulis: false,
      },
    );
    if (!out.ok) throw new Error("refused");
    plan = out.plan;
  });

  // The sample's "Tabel 3.3 Penjelasan Capaian Sasaran 1" (Uraian | 2022/2023 Target (KK) | Capaian (KK)) gives
  // the numerator and denominator of the PPKS Mandiri rate a target and realisasi of their own.
  test("Tabel 3.1: the nine indicators measured in 2023, none known only from the Renstra", () => {
    const names = column(plan, "Tabel 3.1", 2).filter(
      (v): v is string => typeof v === "string" && /^(Persentase|Predikat|Jumlah)/.test(v),
    );
    expect(names).toEqual([
      "Persentase PPKS Mandiri",
      "Predikat Akuntabilitas Kinerja Perangkat Daerah",
      "Persentase peningkatan PSKS yang tersertifikasi",
      "Persentase peningkatan PSKS kelembagaan terakreditasi",
      "Persentase PPKS yang memperoleh jaminan sosial",
      "Persentase PPKS yang mendapatkan pelayanan rehabilitasi sosial",
      "Persentase korban bencana yang terpenuhi kebutuhan dasarnya pada saat tanggap darurat bencana",
      "Jumlah PPKS Mandiri",
      "Jumlah Fakir Miskin",
    ]);
    // no row without a target and a realisasi
    const targets = column(plan, "Tabel 3.1", 4).slice(2);
    expect(targets).not.toContain("—");
  });

  test("Tabel 3.6: the five programs once, and Jumlah = the printed 57.367.577.759", () => {
    const names = column(plan, "Tabel 3.6", 2).filter((v): v is string => typeof v === "string");
    expect(names.filter((n) => /^Program /.test(n))).toHaveLength(5);
    expect(names.some((n) => /^Meningkatnya/.test(n))).toBe(false);
    const pagu = column(plan, "Tabel 3.6", 3);
    const labels = column(plan, "Tabel 3.6", 0);
    expect(pagu[labels.indexOf("Jumlah")]).toBe(57367577759);
  });

  test("Tabel 3.5: budgets per sasaran are sasaran rows, and no line has a realisasi of 95,18 rupiah", () => {
    const tingkat = column(plan, "Tabel 3.5", 2);
    const uraian = column(plan, "Tabel 3.5", 1);
    const realisasi = column(plan, "Tabel 3.5", 5);
    const i = uraian.indexOf("Meningkatnya PPKS Mandiri");
    expect(tingkat[i]).toBe("Sasaran");
    expect(uraian.filter((u) => u === "Meningkatnya PPKS Mandiri")).toHaveLength(1);
    expect(realisasi.filter((v) => typeof v === "number" && v < 1000)).toEqual([]);
  });
});
