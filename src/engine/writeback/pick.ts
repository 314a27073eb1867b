/**
 * Which of the user's tables get the Capaian/Predikat columns: the realisasi tables of the reporting
 * year (a table of another year is never annotated with this year's numbers), else the PK table of
 * that year with most indicators. Never a table on the add-in's own sheets.
 */
import type { ReadResult, TableMapping } from "../mapping";
import { rowsPerTable, tahunTabel } from "../tahun";

export { rowsPerTable };

/** The rows of one table, from the index above (empty when it has none). */
export function rowsIn(index: Map<string, Map<number, string>>, t: TableMapping): Map<number, string> {
  return index.get(t.id) ?? new Map<number, string>();
}

/**
 * Every realisasi (pengukuran) table of the reporting year that holds indicators, in sheet order; the
 * PK table of that year with most of them only when no realisasi table is of that year.
 */
export function pickTables(
  read: ReadResult,
  isAddinSheet: (name: string) => boolean,
  tahun: number,
  index: Map<string, Map<number, string>> = rowsPerTable(read),
): TableMapping[] {
  const years = tahunTabel(read, index);
  const candidates = (kind: TableMapping["kind"]) =>
    read.tables.filter(
      (t) =>
        t.kind === kind &&
        !isAddinSheet(t.sheet) &&
        (years.get(t.id) ?? []).includes(tahun) &&
        rowsIn(index, t).size > 0,
    );
  const realisasi = candidates("realisasi");
  if (realisasi.length > 0) return realisasi;
  let best: TableMapping | null = null;
  let bestCount = 0;
  for (const t of candidates("pk")) {
    const count = rowsIn(index, t).size;
    if (count > bestCount) {
      best = t;
      bestCount = count;
    }
  }
  return best ? [best] : [];
}

/** The realisasi table holding most indicators, else the PK table; never one on the add-in's own sheets. */
export function pickTable(read: ReadResult, isAddinSheet: (name: string) => boolean): TableMapping | null {
  const index = rowsPerTable(read);
  for (const kind of ["realisasi", "pk"] as const) {
    let best: TableMapping | null = null;
    let bestCount = 0;
    for (const t of read.tables) {
      if (t.kind !== kind || isAddinSheet(t.sheet)) continue;
      const count = rowsIn(index, t).size;
      if (count > bestCount) {
        best = t;
        bestCount = count;
      }
    }
    if (best) return best;
  }
  return null;
}
