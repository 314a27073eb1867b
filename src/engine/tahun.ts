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

/** The years of the values a table row gave its indicator, by role (target or realisasi). */
function tahunNilaiBaris(
  ind: Indicator,
  t: TableMapping,
  row: number,
  add: (peran: Peran, tahun: number) => void,
): void {
  const here = (v: SourcedValue | null | undefined) =>
    !!v?.source && v.source.sheet === t.sheet && rowOf(v.source.cell) === row;
  for (const [key, yv] of Object.entries(ind.tahun)) {
    const y = Number(key);
    if (!Number.isInteger(y)) continue;
    if (here(yv.realisasi) || yv.triwulan?.realisasi?.some(here)) add("realisasi", y);
    if (here(yv.target) || yv.triwulan?.target?.some(here)) add("target", y);
  }
  for (const alt of ind.alternatif ?? []) {
    if (alt.tableId !== t.id || alt.tahun === undefined) continue;
    const peran = alt.field.split(".").includes("realisasi")
      ? "realisasi"
      : alt.field.split(".").includes("target")
        ? "target"
        : null;
    if (peran) add(peran, Number(alt.tahun));
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
      if (ind) tahunNilaiBaris(ind, t, row, (peran, y) => own[peran].add(y));
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
