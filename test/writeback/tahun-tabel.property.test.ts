/**
 * tahunTabel goes over each indicator once (not once per table row): on any read it gives the years
 * the per-row reading gave, kept here as the reference (the reading before the change, as it was).
 */
import fc from "fast-check";
import { parseAddress } from "../../src/engine/address";
import type { ReadResult, TableMapping } from "../../src/engine/mapping";
import type { Indicator, SourcedValue } from "../../src/engine/model";
import { rowsPerTable, tahunTabel } from "../../src/engine/tahun";

type Peran = "target" | "realisasi";

function rowOf(cell: string): number | null {
  try {
    return parseAddress(cell).row;
  } catch {
    return null;
  }
}

/** The per-row reading: for each table row, the indicator's values filed at that row. */
function reference(read: ReadResult): Map<string, number[]> {
  const index = rowsPerTable(read);
  const byId = new Map(read.indicators.map((i) => [i.id, i]));
  const out = new Map<string, number[]>();
  for (const t of read.tables) {
    const own: Record<Peran, Set<number>> = { target: new Set(), realisasi: new Set() };
    const capaian = new Set<number>();
    for (const c of t.columns) {
      if (c.tahun === undefined) continue;
      if (c.role === "realisasi" || c.role === "target") own[c.role].add(c.tahun);
      if (c.role === "capaian") capaian.add(c.tahun);
    }
    for (const [row, id] of index.get(t.id) ?? []) {
      const ind = byId.get(id);
      if (!ind) continue;
      const here = (v: SourcedValue | null | undefined) =>
        !!v?.source && v.source.sheet === t.sheet && rowOf(v.source.cell) === row;
      for (const [key, yv] of Object.entries(ind.tahun)) {
        const y = Number(key);
        if (!Number.isInteger(y)) continue;
        if (here(yv.realisasi) || yv.triwulan?.realisasi?.some(here)) own.realisasi.add(y);
        if (here(yv.target) || yv.triwulan?.target?.some(here)) own.target.add(y);
      }
      for (const alt of ind.alternatif ?? []) {
        if (alt.tableId !== t.id || alt.tahun === undefined) continue;
        const f = alt.field.split(".");
        const peran = f.includes("realisasi") ? "realisasi" : f.includes("target") ? "target" : null;
        if (peran) own[peran].add(Number(alt.tahun));
      }
    }
    const both = [...own.realisasi].filter((y) => own.target.has(y) || capaian.has(y)).sort((a, b) => a - b);
    const rest = [...(own.realisasi.size > 0 ? own.realisasi : own.target)];
    out.set(t.id, both.length > 0 ? both : rest.length > 0 ? [Math.max(...rest)] : []);
  }
  return out;
}

const SHEETS = ["PK", "Realisasi"];
const YEARS = [2022, 2023, 2024];

type Generated = typeof readArb extends fc.Arbitrary<infer T> ? T : never;

function table(sheet: string, n: number, years: (number | undefined)[]): TableMapping {
  return {
    id: `${sheet}!A1:F${n + 2}`,
    sheet,
    range: `A1:F${n + 2}`,
    headerRows: [0],
    firstDataRow: 1,
    lastDataRow: n,
    kind: sheet === "PK" ? "pk" : "realisasi",
    kindConfidence: 1,
    columns: years.map((tahun, i) => ({
      col: i + 2,
      role: i % 3 === 0 ? "target" : i % 3 === 1 ? "realisasi" : "capaian",
      header: "",
      ...(tahun === undefined ? {} : { tahun }),
    })) as TableMapping["columns"],
    rowsRead: n,
    rowsSkipped: [],
  };
}

const value = fc.option(
  fc.record({ sheet: fc.constantFrom(...SHEETS), row: fc.integer({ min: 0, max: 7 }) }),
  { nil: undefined },
);

function sourced(v: { sheet: string; row: number } | undefined): SourcedValue | undefined {
  return (
    v && { raw: 1, parsed: { kind: "number", value: 1 }, source: { sheet: v.sheet, cell: `E${v.row + 1}` } }
  );
}

const indicator = fc.record({
  years: fc.dictionary(fc.constantFrom(...YEARS.map(String), "x"), fc.tuple(value, value, value)),
  alt: fc.array(
    fc.record({
      sheet: fc.constantFrom(...SHEETS),
      field: fc.constantFrom("target", "realisasi", "triwulan.realisasi.1", "satuan"),
      tahun: fc.option(fc.constantFrom(...YEARS.map(String)), { nil: undefined }),
    }),
    { maxLength: 2 },
  ),
});

const readArb = fc.record({
  inds: fc.array(indicator, { minLength: 1, maxLength: 6 }),
  joins: fc.array(
    fc.record({ ind: fc.nat(5), sheet: fc.constantFrom(...SHEETS), row: fc.integer({ min: 0, max: 7 }) }),
    { maxLength: 12 },
  ),
  cols: fc.array(fc.option(fc.constantFrom(...YEARS), { nil: undefined }), { maxLength: 4 }),
  dupId: fc.boolean(),
});

function build(g: Generated): ReadResult {
  const tables = SHEETS.map((s) => table(s, 6, g.cols));
  const idOf = (i: number) => (g.dupId && i === 1 ? "i0" : `i${i}`);
  const indicators = g.inds.map((d, i): Indicator => {
    const tahun: Indicator["tahun"] = {};
    for (const [y, [t, r, q]] of Object.entries(d.years))
      tahun[y] = {
        ...(t ? { target: sourced(t) } : {}),
        ...(r ? { realisasi: sourced(r) } : {}),
        ...(q ? { triwulan: { realisasi: [null, sourced(q) ?? null, null, null] } } : {}),
      };
    const alternatif = d.alt.map((a) => ({
      field: a.field,
      value: sourced({ sheet: a.sheet, row: 1 })!,
      tableId: tables[SHEETS.indexOf(a.sheet)]!.id,
      berbeda: false,
      ...(a.tahun === undefined ? {} : { tahun: a.tahun }),
    }));
    return {
      id: idOf(i),
      level: "sasaran",
      sasaran: "S",
      indikator: `I${i}`,
      polaritas: "naik",
      tahun,
      alternatif,
    } as Indicator;
  });
  const joins = g.joins
    .filter((j) => j.ind < g.inds.length)
    .map((j) => ({
      indicatorId: idOf(j.ind),
      tableId: tables[SHEETS.indexOf(j.sheet)]!.id,
      row: j.row,
      method: "kode" as const,
      score: 1,
    }));
  return { tables, indicators, anggaran: [], aggregates: [], joins, temuan: [], years: [], takTerbaca: [] };
}

describe("tahunTabel", () => {
  test("gives every table the years the per-row reading gives", () => {
    fc.assert(
      fc.property(readArb, (g) => {
        const read = build(g);
        expect(tahunTabel(read)).toEqual(reference(read));
        // a read without joins: each indicator's own row
        const own = {
          ...read,
          joins: [],
          indicators: read.indicators.map((i, n) => ({
            ...i,
            source: { sheet: SHEETS[n % 2]!, cell: `C${n + 2}` },
          })),
        };
        expect(tahunTabel(own)).toEqual(reference(own));
      }),
      { numRuns: 400 },
    );
  });
});
