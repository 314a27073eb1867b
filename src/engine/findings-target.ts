/**
 * Where a blank target sits. The reader keeps no blank cells, so an indicator with no target has no
 * cell to point at; its table's target column (of the reporting year) on each of its rows does.
 */
import type { JoinLink, TableMapping } from "./mapping";
import type { Indicator, SourceRef } from "./model";
import { cellAddress, parseAddress } from "./address";

export type CariSelTarget = (ind: Indicator) => SourceRef[];

const TANPA_TABEL: CariSelTarget = () => [];

/** The target column of a table for the year: the year's own, else one without a year; none for quarters only. */
function kolomTarget(t: TableMapping, tahun: number): number | undefined {
  const cols = t.columns.filter((c) => c.role === "target" && c.triwulan === undefined);
  return (cols.find((c) => c.tahun === tahun) ?? cols.find((c) => c.tahun === undefined))?.col;
}

export function pencariSelTarget(
  tables: ReadonlyArray<TableMapping> | undefined,
  joins: ReadonlyArray<JoinLink> | undefined,
  tahun: number,
): CariSelTarget {
  if (!tables?.length) return TANPA_TABEL;
  // Built on the first blank target only: most workbooks have none.
  let byId: Map<string, TableMapping> | null = null;
  let rowsOf: Map<string, JoinLink[]> | null = null;
  return (ind) => {
    if (!byId || !rowsOf) {
      byId = new Map(tables.map((t) => [t.id, t]));
      rowsOf = new Map();
      for (const j of joins ?? []) {
        const list = rowsOf.get(j.indicatorId);
        if (list) list.push(j);
        else rowsOf.set(j.indicatorId, [j]);
      }
    }
    const rows: { table: TableMapping; row: number }[] = [];
    if (ind.source) {
      let row = -1;
      try {
        row = parseAddress(ind.source.cell).row;
      } catch {
        // a source that is not an A1 cell names no row
      }
      const sheet = ind.source.sheet;
      for (const t of tables)
        if (t.sheet === sheet && !t.abaikan && row >= t.firstDataRow && row <= t.lastDataRow)
          rows.push({ table: t, row });
    }
    for (const j of rowsOf.get(ind.id) ?? []) {
      const t = byId.get(j.tableId);
      if (t && !t.abaikan) rows.push({ table: t, row: j.row });
    }
    const out: SourceRef[] = [];
    const seen = new Set<string>();
    for (const { table, row } of rows) {
      const col = kolomTarget(table, tahun);
      if (col === undefined) continue;
      const cell = cellAddress(row, col);
      const k = `${table.sheet}!${cell}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ sheet: table.sheet, cell });
    }
    return out;
  };
}
