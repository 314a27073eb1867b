/**
 * One number everywhere (issue 13, the property of "Proof"): over generated workbooks (every seed
 * layout and layout family, their target, realisasi and printed capaian cells refilled with what
 * agencies type), run as the pane runs it (the Office.js gateway on the strict fake, writing every
 * Tabel 3.x), for every indicator the capaian is the same number in Tabel 3.1, 3.2 and 3.5, in the
 * charts' series, in the engine result the pane shows, and in the JSON report.
 */
import { shortName } from "../../src/engine/writeback/render-charts";
import fc from "fast-check";
import { parseAddress } from "../../src/engine/address";
import { efisiensi as efisiensiOf, kategoriEfisiensi, defaultKategori } from "../../src/engine/efficiency";
import { buildReport } from "../../src/engine/report";
import type { ComputeResult, IndicatorResult } from "../../src/engine/result";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/snapshot";
import { fakeWorkbookFromSnapshot, type FakeExcel } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { diukurTahunIni } from "../../src/engine/tables/context";
import { allLayouts, type LayoutFixture } from "../fixtures/layouts";
import { allFamilies } from "../fixtures/layouts/families";
import { messyValue } from "../reliability/generate";

jest.setTimeout(300_000);

const LAYOUTS: LayoutFixture[] = [...allLayouts(), ...allFamilies()];

interface Generated {
  label: string;
  snapshot: WorkbookSnapshot;
  tahun?: number;
}

/** A printed capaian as agencies print it: often wrong, sometimes text. */
const printedCapaian: fc.Arbitrary<CellValue> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.double({ min: 0, max: 250, noNaN: true }).map((n) => Math.round(n * 100) / 100),
  },
  { weight: 1, arbitrary: fc.constantFrom("", "-", "BB", "94,05%", "112%") },
);

const generated: fc.Arbitrary<Generated> = fc
  .record({
    layout: fc.nat(LAYOUTS.length - 1),
    values: fc.array(messyValue, { minLength: 60, maxLength: 60 }),
    printed: fc.array(printedCapaian, { minLength: 30, maxLength: 30 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ layout: li, values, printed, share }) => {
    const layout = LAYOUTS[li]!;
    const snapshot = JSON.parse(JSON.stringify(layout.snapshot)) as WorkbookSnapshot;
    let k = 0;
    let p = 0;
    for (const t of layout.tables) {
      const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
      if (!sheet) continue;
      // indicator rows, and budget lines (a budget per sasaran prints the sasaran's "Rata-rata Capaian")
      for (const at0 of [...(t.indicators ?? []), ...(t.anggaran ?? [])].map((x) => x.row)) {
        for (const c of t.columns) {
          const row = sheet.values[at0 - sheet.origin.row];
          const at = c.col - sheet.origin.col;
          if (!row || at < 0 || at >= row.length) continue;
          if (
            (c.role === "target" || c.role === "realisasi") &&
            (k++ % values.length) / values.length < share
          )
            row[at] = values[k % values.length]!;
          if (c.role === "capaian") row[at] = printed[p++ % printed.length]!;
        }
      }
    }
    return { label: layout.name, snapshot, ...(layout.tahun !== undefined ? { tahun: layout.tahun } : {}) };
  });

/** A sheet the run wrote, as Excel holds it after the write: value at (row, col), "" when empty. */
type Grid = (row: number, col: number) => CellValue;

function gridOf(snapshot: WorkbookSnapshot, name: string): Grid {
  const s = snapshot.sheets.find((x) => x.name === name);
  return (row, col) => s?.values[row - (s?.origin.row ?? 0)]?.[col - (s?.origin.col ?? 0)] ?? "";
}

const num = (v: CellValue | number | string | null | undefined): number | null =>
  typeof v === "number" ? v : null;

/** The body rows of a written Tabel 3.x (title, a gap, a two-row header, then the body up to a blank row). */
function bodyRows(grid: Grid, width: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 4; ; r++) {
    const row = Array.from({ length: width }, (_, c) => grid(r, c));
    if (row.every((v) => v === "")) return rows;
    rows.push(row);
  }
}

function sorted(pairs: [string, number | null][]): string[] {
  return pairs.map(([n, v]) => `${n} = ${v === null ? "—" : v}`).sort();
}

/** Tabel 3.1: each indicator row and each sasaran average is the engine's number. */
function check31(grid: Grid, result: ComputeResult): void {
  const shown: [string, number | null][] = [];
  const averages: [string, number | null][] = [];
  let sasaran = "";
  for (const row of bodyRows(grid, 8)) {
    if (typeof row[1] === "string" && row[1] !== "") sasaran = row[1];
    if (row[2] === "Rata-rata capaian sasaran") averages.push([sasaran, num(row[6])]);
    else if (typeof row[0] === "number" || row[0] === "") shown.push([String(row[2]), num(row[6])]);
  }
  const measured = result.indikator.filter((r) => r.target !== null || r.realisasi !== null);
  expect(sorted(shown)).toEqual(sorted(measured.map((r) => [r.indikator, r.capaian])));
  for (const [name, value] of averages) {
    const s = result.sasaran.find((x) => x.sasaran === name);
    if (s) expect([name, value]).toEqual([name, s.capaian]);
  }
}

/** Tabel 3.2: the reporting year's capaian column holds each indicator's engine capaian. */
function check32(grid: Grid, result: ComputeResult, byId: Map<string, IndicatorResult>): void {
  const years: number[] = [];
  for (let c = 3; typeof grid(3, c) === "string" && /^\d{4}$/.test(String(grid(3, c))); c++)
    years.push(Number(grid(3, c)));
  const n = years.length / 2;
  const at = years.indexOf(result.tahun);
  if (n === 0 || at < 0) return;
  const shown = bodyRows(grid, 3 + 2 * n + 2)
    .filter((r) => typeof r[0] === "number")
    .map((r): [string, number | null] => [String(r[1]), num(r[3 + n + at])]);
  const expected = result.tahunan
    .filter((t) => t.rows.some((r) => r.tahun === result.tahun))
    .map((t): [string, number | null] => {
      const ind = byId.get(t.indicatorId)!;
      return [ind.indikator, ind.capaian];
    });
  expect(sorted(shown)).toEqual(sorted(expected));
}

const kunci = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Tabel 3.5: every row's capaian is the engine's (an indicator's, a sasaran's mean for a line named as
 * the sasaran, a program indicator's or none), and the efisiensi and category follow from it.
 */
function check35(grid: Grid, result: ComputeResult, byId: Map<string, IndicatorResult>): void {
  const rows = bodyRows(grid, 9).filter((r) => typeof r[0] === "number");
  expect(rows).toHaveLength(result.efisiensi.length);
  const sasaran = new Map(result.sasaran.map((s) => [kunci(s.sasaran), s]));
  const engine = new Set<number | null>([null, ...result.indikator.map((r) => r.capaian)]);
  result.efisiensi.forEach((e, i) => {
    const row = rows[i]!;
    expect([e.label, num(row[3])]).toEqual([e.label, e.capaian]);
    const s = sasaran.get(kunci(e.label));
    if (e.key.startsWith("indikator:")) expect(e.capaian).toBe(byId.get(e.key.slice(10))?.capaian ?? null);
    else if (s) expect([e.label, e.capaian]).toEqual([e.label, s.capaian]);
    else expect([e.label, engine.has(e.capaian)]).toEqual([e.label, true]);
    const eff = efisiensiOf(e.capaian, e.serapan, "selisih");
    expect([e.label, num(row[7])]).toEqual([e.label, eff === null || !Number.isFinite(eff) ? null : eff]);
    expect(e.kategori).toBe(kategoriEfisiensi(eff, defaultKategori("selisih")));
  });
}

/** The charts' series: Tabel 3.1's target and realisasi, Tabel 3.2's realisasi of the reporting year. */
function checkCharts(
  fake: FakeExcel,
  after: WorkbookSnapshot,
  result: ComputeResult,
  byId: Map<string, IndicatorResult>,
) {
  for (const [sheet, kind] of [
    ["Tabel 3.1", "pengukuran"],
    ["Tabel 3.2", "tahunan"],
  ] as const) {
    if (!after.sheets.some((s) => s.name === sheet)) continue;
    const grid = gridOf(after, sheet);
    for (const chart of fake.charts(sheet)) {
      const g = parseAddress(chart.source.replace(/^.*!/, ""));
      const cell = (r: number, c: number) => grid(g.row + r, g.col + c);
      // with mixed units the charts show the capaian (%), titled so above their data block
      const capaian = String(cell(-1, 0)).endsWith("(%)");
      if (kind === "pengukuran") {
        const shown: string[] = [];
        // a long category is shortened to its number and first words (the full name is in the table)
        for (let r = 1; r < g.rowCount; r++)
          shown.push(
            `${String(cell(r, 0)).replace(/^\d+\. /, "")} ${cell(r, 1)}${capaian ? "" : ` ${cell(r, 2)}`}`,
          );
        const expected = capaian
          ? result.indikator
              .filter((x) => diukurTahunIni(x) && x.capaian !== null)
              .map((x) => `${shortName(x.indikator)} ${x.capaian}`)
          : result.indikator
              .filter((x) => typeof x.target === "number" && typeof x.realisasi === "number")
              .map((x) => `${shortName(x.indikator)} ${x.target} ${x.realisasi}`);
        expect(shown.sort()).toEqual(expected.sort());
        continue;
      }
      const row = Array.from({ length: g.rowCount }, (_, r) => r).find(
        (r) => cell(r, 0) === String(result.tahun),
      );
      if (row === undefined) continue;
      const short = (id: string) => shortName(byId.get(id)?.indikator ?? "");
      const count = new Map<string, number>();
      for (const t of result.tahunan)
        count.set(short(t.indicatorId), (count.get(short(t.indicatorId)) ?? 0) + 1);
      // by the shortened series name, where it names one indicator only
      const names = new Map(
        result.tahunan
          .filter((t) => count.get(short(t.indicatorId)) === 1)
          .map((t) => [short(t.indicatorId), t.indicatorId]),
      );
      for (let c = 1; c < g.colCount; c++) {
        const id = names.get(String(cell(0, c)).replace(/^\d+\. /, ""));
        const tahunIni = result.tahunan
          .find((t) => t.indicatorId === id)
          ?.rows.find((r) => r.tahun === result.tahun);
        const engine = id === undefined ? undefined : capaian ? tahunIni?.capaian : byId.get(id)?.realisasi;
        if (typeof engine === "number") expect([cell(0, c), cell(row, c)]).toEqual([cell(0, c), engine]);
      }
    }
  }
}

describe("the same capaian in every table, chart, the pane's result and the JSON report", () => {
  it("holds on generated workbooks", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        const fake = fakeWorkbookFromSnapshot(g.snapshot);
        const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
        const out = await runCapaian(gateway, g.tahun !== undefined ? { settings: { tahun: g.tahun } } : {});
        if (!out.ok) return;
        checked++;
        const { result } = out;
        const byId = new Map(result.indikator.map((r) => [r.indicatorId, r]));
        // what Excel holds now (the gateway's own read skips the add-in's sheets: it never reads them back)
        const after = fake.toSnapshot();
        const written = new Set(out.tables.map((t) => t.sheet));
        if (written.has("Tabel 3.1")) check31(gridOf(after, "Tabel 3.1"), result);
        if (written.has("Tabel 3.2")) check32(gridOf(after, "Tabel 3.2"), result, byId);
        if (written.has("Tabel 3.5")) check35(gridOf(after, "Tabel 3.5"), result, byId);
        checkCharts(fake, after, result, byId);
        const report = buildReport({
          berkas: "x.xlsx",
          read: out.read,
          result,
          tables: out.tables,
          bahasa: "id",
        });
        expect(report.indikator.map((r) => r.capaian)).toEqual(result.indikator.map((r) => r.capaian));
        expect(report.sasaran.map((s) => s.capaian)).toEqual(result.sasaran.map((s) => s.capaian));
      }),
      { numRuns: 100, seed: 1313 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});
