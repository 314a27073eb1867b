/**
 * The well-formedness checks of a layout corpus, shared by families.test.ts and holdout.test.ts: every fixture
 * expects tables, its rows point at the cells they name, and its capaian literals are the arithmetic of its own
 * values. A self-check of the corpus only, never of the reader.
 */
import { parseAddress } from "../../src/engine/address";
import { cellAt, type CellValue, type WorkbookSnapshot } from "../../src/engine/snapshot";
import type { ExpectedIndicatorRow, ExpectedTable, LayoutFixture, Want } from "../fixtures/layouts/types";

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();

function cell(snapshot: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return cellAt(s, row, col);
}

/** A number formatted as a percentage is printed ×100 (0.85 shows "85%"): the value a reader sees. */
function shown(snapshot: WorkbookSnapshot, sheet: string, row: number, col: number, v: number): number {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  const fmt = s?.numberFormats[row - s.origin.row]?.[col - s.origin.col] ?? "General";
  return fmt.includes("%") ? v * 100 : v;
}

/** What DOMAIN.md counts as no value: empty, "-", "—", "n/a". */
const BLANK_WORDS = new Set(["", "-", "—", "n/a"]);

const filled = (v: CellValue) => v !== "" && !(typeof v === "string" && v.trim() === "");

function rowFilled(f: LayoutFixture, sheet: string, row: number): boolean {
  const s = f.snapshot.sheets.find((x) => x.name === sheet);
  return !!s?.values[row - s.origin.row]?.some(filled);
}

/** The column a value key is printed in, when the table has exactly one for it. */
function columnOf(t: ExpectedTable, key: string): number | undefined {
  const m =
    /^(target|realisasi|capaianTercetak|predikatTercetak|tw\.target|tw\.realisasi)@(\d{4})(?:#(\d))?$/.exec(
      key,
    );
  if (!m) return undefined;
  const role =
    {
      capaianTercetak: "capaian",
      predikatTercetak: "predikat",
      "tw.target": "target",
      "tw.realisasi": "realisasi",
    }[m[1]!] ?? m[1]!;
  const tw = m[3] === undefined ? undefined : Number(m[3]);
  const cols = t.columns.filter((c) => c.role === role && c.tahun === Number(m[2]) && c.triwulan === tw);
  return cols.length === 1 ? cols[0]!.col : undefined;
}

const num = (w: Want | undefined): number | undefined => (typeof w === "number" ? w : undefined);

/**
 * DOMAIN.md's capaian of an expected row. T = 0: lower-is-better is 100 when R = 0 (tercapai) and 0 when
 * R > 0; higher-is-better has no capaian.
 */
export function expectedCapaian(e: ExpectedIndicatorRow, tahun: number): number | undefined {
  const t = num(e.values[`target@${tahun}`]) ?? num(e.values[`hasil.target@${tahun}`]);
  const r = num(e.values[`realisasi@${tahun}`]) ?? num(e.values[`hasil.realisasi@${tahun}`]);
  if (t === undefined || r === undefined) return undefined;
  if (t === 0) return e.polaritas === "turun" ? (r === 0 ? 100 : 0) : undefined;
  return e.polaritas === "turun" ? Math.max(0, ((2 * t - r) / t) * 100) : (r / t) * 100;
}

export interface CorpusRules {
  /** the least number of fixtures */
  minimum: number;
  /** the family every fixture must carry: an id, or a pattern its id matches */
  family: string | RegExp;
}

/** Registers the well-formedness tests of a set of fixtures (call inside a describe block). */
export function wellFormed(fixtures: LayoutFixture[], rules: CorpusRules): void {
  it("holds its fixtures, each of this family, with a reporting year and a konsisten flag", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(rules.minimum);
    for (const f of fixtures) {
      if (typeof rules.family === "string") expect(f.family).toBe(rules.family);
      else expect(f.family).toMatch(rules.family);
      expect(f.tahun).toBeGreaterThan(2000);
      expect(typeof f.konsisten).toBe("boolean");
      // a planted error is listed as a finding; a consistent workbook lists none
      expect((f.temuan?.length ?? 0) > 0).toBe(!f.konsisten);
    }
  });

  it("expects at least one table per fixture, rows sorted, columns distinct", () => {
    for (const f of fixtures) {
      expect(f.tables.length).toBeGreaterThan(0);
      for (const t of f.tables) {
        expect(f.snapshot.sheets.map((s) => s.name)).toContain(t.sheet);
        const cols = t.columns.map((c) => c.col);
        expect(new Set(cols).size).toBe(cols.length);
        for (const list of [t.indicators ?? [], t.anggaran ?? [], t.aggregates ?? []]) {
          const rows = list.map((e) => e.row);
          expect(rows).toEqual([...rows].sort((a, b) => a - b));
          for (const r of rows) expect(r).toBeGreaterThan(t.headerRow);
        }
        expect(
          (t.indicators?.length ?? 0) + (t.anggaran?.length ?? 0) + (t.aggregates?.length ?? 0),
        ).toBeGreaterThan(0);
      }
    }
  });

  it("points every expected row at the non-empty cell that holds it", () => {
    for (const f of fixtures)
      for (const t of f.tables) {
        expect(filled(cell(f.snapshot, t.sheet, t.headerRow, t.columns[0]?.col ?? 0))).toBe(true);
        const ic = t.columns.find((c) => c.role === "indikator")?.col;
        for (const e of t.indicators ?? []) {
          if (ic === undefined) expect(rowFilled(f, t.sheet, e.row)).toBe(true);
          else expect(norm(String(cell(f.snapshot, t.sheet, e.row, ic)))).toBe(norm(e.indikator));
          for (const [key, want] of Object.entries(e.values)) {
            const col = columnOf(t, key);
            if (col === undefined) continue;
            const v = cell(f.snapshot, t.sheet, e.row, col);
            if (want === null) expect(BLANK_WORDS.has(String(v).trim().toLowerCase())).toBe(true);
            else expect(filled(v)).toBe(true);
            if (typeof v === "number" && typeof want === "number")
              expect(shown(f.snapshot, t.sheet, e.row, col, v)).toBeCloseTo(want, 6);
          }
        }
        const nc = t.columns.find((c) => c.role === "program" || c.role === "nama")?.col;
        for (const a of t.anggaran ?? []) {
          if (nc === undefined) expect(rowFilled(f, t.sheet, a.row)).toBe(true);
          else expect(norm(String(cell(f.snapshot, t.sheet, a.row, nc)))).toBe(norm(a.nama));
        }
        for (const g of t.aggregates ?? []) expect(rowFilled(f, t.sheet, g.row)).toBe(true);
      }
  });
  answersChecked(fixtures);
}

/** The hand-written answers agree with DOMAIN.md's arithmetic and name cells that exist. */
function answersChecked(fixtures: LayoutFixture[]): void {
  it("writes each capaian as the arithmetic of its own target and realisasi (naik R/T, turun (2T−R)/T)", () => {
    for (const f of fixtures)
      for (const t of f.tables)
        for (const e of t.indicators ?? []) {
          if (e.capaian === undefined || e.polaritas === "huruf") continue;
          const c = expectedCapaian(e, f.tahun!);
          expect({ row: e.row, c }).toEqual({ row: e.row, c: expect.any(Number) });
          expect(Math.abs(e.capaian - c!)).toBeLessThanOrEqual(0.0051);
          // a consistent workbook prints the same capaian (within the ±0,5 tolerance)
          const printed = e.values[`capaianTercetak@${f.tahun}`];
          if (f.konsisten && typeof printed === "number")
            expect(Math.abs(printed - e.capaian)).toBeLessThanOrEqual(0.5);
        }
  });

  it("names cells that exist for the expected findings and the blocks that are not tables", () => {
    for (const f of fixtures) {
      for (const e of f.temuan ?? []) {
        const at = parseAddress(e.cell!);
        expect(filled(cell(f.snapshot, e.sheet, at.row, at.col))).toBe(true);
      }
      for (const b of f.takTerbaca ?? []) {
        const at = parseAddress(b.range);
        expect(filled(cell(f.snapshot, b.sheet, at.row, at.col))).toBe(true);
        // not inside an expected table
        for (const t of f.tables.filter((x) => x.sheet === b.sheet)) {
          const last = Math.max(
            t.headerRow,
            ...(t.indicators ?? []).map((i) => i.row),
            ...(t.anggaran ?? []).map((i) => i.row),
          );
          expect(at.row > last || at.row + at.rowCount - 1 < t.headerRow).toBe(true);
        }
      }
    }
  });
}
