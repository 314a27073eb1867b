/**
 * Which years a workbook holds, and which year each of its tables is of: the reporting year chooses
 * the realisasi tables that get the Capaian/Predikat columns, and a year no table holds is refused.
 */
import { parseAddress } from "./address";
import type { ReadResult, TableMapping } from "./mapping";
import type { Indicator, SourcedValue, YearValues } from "./model";
import type { Refusal } from "./plan";

function ada(v: SourcedValue | null | undefined): boolean {
  return !!v && v.parsed.kind !== "blank";
}

function adaNilai(yv: YearValues): boolean {
  const tw = yv.triwulan;
  return ada(yv.target) || ada(yv.realisasi) || !!tw?.target?.some(ada) || !!tw?.realisasi?.some(ada);
}

/** Every year with a target or a realisasi (for the year or a quarter of it) in some table, ascending. */
export function tahunTersedia(indicators: ReadonlyArray<Indicator>): number[] {
  const years = new Set<number>();
  for (const ind of indicators)
    for (const [key, yv] of Object.entries(ind.tahun)) {
      const y = Number(key);
      if (Number.isInteger(y) && !years.has(y) && adaNilai(yv)) years.add(y);
    }
  return [...years].sort((a, b) => a - b);
}

/** The one sentence of a run asked for a year no table holds (nothing is written). */
export function tahunTidakAda(tahun: number, years: ReadonlyArray<number>): Refusal {
  const found = years.join(", ");
  return {
    kode: "TAHUN_TIDAK_ADA",
    sheet: "",
    pesan:
      years.length > 0
        ? {
            id: `Tidak ada tabel yang memuat target atau realisasi tahun ${tahun}; tahun yang ditemukan: ${found}. Pilih salah satunya (atau Otomatis), lalu jalankan lagi.`,
            en: `No table holds a target or realisasi for ${tahun}; the years found are ${found}. Choose one of them (or Automatic), then run again.`,
          }
        : {
            id: `Tidak ada tabel yang memuat target atau realisasi tahun ${tahun}, dan tidak ada tahun lain yang ditemukan. Pastikan judul kolom Target dan Realisasi menyebut tahunnya, lalu jalankan lagi.`,
            en: `No table holds a target or realisasi for ${tahun}, and no other year was found. Make sure the Target and Realisasi column headers name their year, then run again.`,
          },
  };
}

function rowOf(cell: string): number | null {
  try {
    return parseAddress(cell).row;
  } catch {
    return null;
  }
}

type Peran = "target" | "realisasi";

interface PerTabel {
  /** the tables of each sheet, as the values' sources name it */
  onSheet: Map<string, TableMapping[]>;
  /** the tables of each id */
  byId: Map<string, TableMapping[]>;
  /** the ids each table has a row of, by table id: made on first use (only alternatives ask) */
  ids: (tableId: string) => Set<string> | undefined;
  own: Map<TableMapping, Record<Peran, Set<number>>>;
}

function perTabel(read: ReadResult, index: Map<string, Map<number, string>>): PerTabel {
  const ids = new Map<string, Set<string>>();
  // a set of every id per table is 100,000 entries on a large workbook, for the few indicators with alternatives
  const idsOf = (tableId: string): Set<string> | undefined => {
    let set = ids.get(tableId);
    if (set === undefined) {
      const rows = index.get(tableId);
      if (rows === undefined) return undefined;
      set = new Set(rows.values());
      ids.set(tableId, set);
    }
    return set;
  };
  const per: PerTabel = { onSheet: new Map(), byId: new Map(), ids: idsOf, own: new Map() };
  const push = (m: Map<string, TableMapping[]>, k: string, t: TableMapping) => {
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  };
  for (const t of read.tables) {
    push(per.onSheet, t.sheet, t);
    push(per.byId, t.id, t);
    per.own.set(t, { target: new Set(), realisasi: new Set() });
  }
  return per;
}

/**
 * The years of an indicator's values, added by role (target or realisasi) to each table whose row
 * of that indicator gave the value (its source is that row of that table's sheet), and the years of
 * the alternatives a table of its rows gave. Each indicator is gone over once, not once per table
 * it has a row in: 100,000 rows in three tables, 400 → 100 ms.
 */
function tahunNilai(ind: Indicator, index: Map<string, Map<number, string>>, per: PerTabel): void {
  const add = (peran: Peran, y: number, v: SourcedValue | null | undefined) => {
    if (!v?.source) return;
    const tables = per.onSheet.get(v.source.sheet);
    if (tables === undefined) return;
    // A table has a handful of years, known after its first rows: a year every table of the sheet
    // already has needs no address parsed (100,000 rows: 250 → 60 ms, and no block object per value).
    let row: number | null | undefined;
    for (const t of tables) {
      const years = per.own.get(t)![peran];
      if (years.has(y)) continue;
      if (row === undefined) row = rowOf(v.source.cell);
      if (row === null) return;
      if (index.get(t.id)?.get(row) === ind.id) years.add(y);
    }
  };
  // for…in, not Object.entries: the entry arrays were 190 MB of garbage at 100,000 rows
  for (const key in ind.tahun) {
    if (!Object.prototype.hasOwnProperty.call(ind.tahun, key)) continue;
    const y = Number(key);
    if (!Number.isInteger(y)) continue;
    const yv = ind.tahun[key]!;
    add("realisasi", y, yv.realisasi);
    for (const v of yv.triwulan?.realisasi ?? []) add("realisasi", y, v);
    add("target", y, yv.target);
    for (const v of yv.triwulan?.target ?? []) add("target", y, v);
  }
  for (const alt of ind.alternatif ?? []) {
    const tableId = alt.tableId;
    if (alt.tahun === undefined || tableId === undefined || !per.ids(tableId)?.has(ind.id)) continue;
    const parts = alt.field.split(".");
    const peran = parts.includes("realisasi") ? "realisasi" : parts.includes("target") ? "target" : null;
    if (peran) for (const t of per.byId.get(tableId) ?? []) per.own.get(t)![peran].add(Number(alt.tahun));
  }
}

/**
 * Indicator rows per table id: absolute row → its indicator, from the rows the reader joined to an
 * indicator (each names its table); a read without joins (built by hand) gives each indicator's own
 * row, its source. The first one wins per row.
 */
export function rowsPerTable(read: ReadResult): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  const put = (t: TableMapping, row: number, id: string) => {
    if (row < t.firstDataRow || row > t.lastDataRow) return;
    let rows = out.get(t.id);
    if (!rows) {
      rows = new Map();
      out.set(t.id, rows);
    }
    if (!rows.has(row)) rows.set(row, id);
  };
  if (read.joins.length > 0) {
    const byId = new Map(read.tables.map((t) => [t.id, t]));
    for (const j of read.joins) {
      const t = byId.get(j.tableId);
      if (t) put(t, j.row, j.indicatorId);
    }
    return out;
  }
  const bySheet = new Map<string, TableMapping[]>();
  for (const t of read.tables) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
  for (const ind of read.indicators) {
    const row = ind.source ? rowOf(ind.source.cell) : null;
    if (row === null || !ind.source) continue;
    for (const t of bySheet.get(ind.source.sheet) ?? []) put(t, row, ind.id);
  }
  return out;
}

function latest(list: number[]): number[] {
  // a loop, not Math.max(...list): a table of 10,000 rows gives as many years
  let max: number | null = null;
  for (const y of list) if (max === null || y > max) max = y;
  return max === null ? [] : [max];
}

/**
 * The years each table reports, by table id: every year it holds both the realisasi and the target
 * (or its own Capaian column) of, as its columns name them or as its values were filed; else the
 * latest year of its realisasi (a table whose targets are in the PK), else of its targets. A column
 * "Realisasi 2022" beside a 2023 table is last year's, for comparison: that table reports 2023 only.
 */
export function tahunTabel(
  read: ReadResult,
  index: Map<string, Map<number, string>> = rowsPerTable(read),
): Map<string, number[]> {
  // filled by a loop: no [id, indicator] pair per row
  const byId = new Map<string, Indicator>();
  for (const i of read.indicators) byId.set(i.id, i);
  const per = perTabel(read, index);
  // an id given twice is the last indicator of that id, as the tables' rows find it
  for (const ind of read.indicators) if (byId.get(ind.id) === ind) tahunNilai(ind, index, per);
  const out = new Map<string, number[]>();
  for (const t of read.tables) {
    const own = per.own.get(t)!;
    const capaian = new Set<number>();
    for (const c of t.columns) {
      if (c.tahun === undefined) continue;
      if (c.role === "realisasi" || c.role === "target") own[c.role].add(c.tahun);
      if (c.role === "capaian") capaian.add(c.tahun);
    }
    const both = [...own.realisasi].filter((y) => own.target.has(y) || capaian.has(y)).sort((a, b) => a - b);
    out.set(
      t.id,
      both.length > 0 ? both : latest([...(own.realisasi.size > 0 ? own.realisasi : own.target)]),
    );
  }
  return out;
}

const YEAR_IN_TEXT = /\b(19|20)\d{2}\b/g;

/**
 * The years the budget tables say they are of: their columns' years, else the years in their titles
 * ("Realisasi Anggaran Per Program Tahun 2023"). Empty when no budget table names one.
 */
export function tahunAnggaran(read: ReadResult): number[] {
  const years = new Set<number>();
  for (const t of read.tables) {
    if (t.kind !== "anggaran") continue;
    const own = t.columns
      .filter((c) => c.tahun !== undefined && (c.role === "pagu" || c.role === "realisasiAnggaran"))
      .map((c) => c.tahun as number);
    const named = own.length > 0 ? own : [...(t.title ?? "").matchAll(YEAR_IN_TEXT)].map((m) => Number(m[0]));
    for (const y of named) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}
