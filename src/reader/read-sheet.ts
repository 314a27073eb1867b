/**
 * One sheet → the tables read on it, the totals of its count tables, and the blocks it could not
 * read (never silent). Tables the user declared on this sheet are read from their ranges first;
 * a table the reader found inside one of them gives way.
 */
import { parseAddress } from "../engine/address";
import type { BlokTakTerbaca, LegendaSkala, MappingOverrides } from "../engine/mapping";
import type { PrintedAggregate } from "../engine/model";
import { countTableBlock, countTableTotals, type CountTable } from "./count-tables";
import type { Grid } from "./grid";
import { readTable, type TableRead } from "./read-table";
import type { Band } from "./bands";
import { catatanKaki } from "./catatan-kaki";
import { legendaSkala, pisahkanLegenda } from "./legenda-skala";
import { polaritasDariCatatan } from "./polaritas-catatan";
import { findTables, type FoundTable } from "./tables";
import { headersWithoutTable } from "./kepala-lepas";
import { blokTerpisah, denganTerpisah, kalimatTerpisah } from "./blok-terpisah";
import {
  gridsWithoutHeader,
  holdsNumbers,
  notPerformanceTable,
  overlaps,
  tableWithoutRows,
  yearPerRow,
  type Rect,
} from "./unread";

export interface SheetRead {
  reads: TableRead[];
  aggregates: PrintedAggregate[];
  takTerbaca: BlokTakTerbaca[];
  /** the scale legends printed beside or under its tables */
  legenda: LegendaSkala[];
}

/** The user's "this range is a table" entries for this sheet, as found tables. */
function declaredTables(g: Grid, overrides: MappingOverrides | undefined): FoundTable[] {
  const out: FoundTable[] = [];
  for (const [key, entry] of Object.entries(overrides?.tables ?? {})) {
    if (!entry.dariPengguna) continue;
    const bang = key.lastIndexOf("!");
    if (bang < 0 || key.slice(0, bang).replace(/^'|'$/g, "") !== g.name) continue;
    const a = parseAddress(key.slice(bang + 1));
    const top = a.row - g.absRow(0);
    const left = a.col - g.absCol(0);
    const headers = Math.min(entry.barisJudul ?? 1, a.rowCount - 1);
    if (top < 0 || left < 0 || headers < 1) continue;
    const headerRows: number[] = [];
    for (let h = 0; h < headers; h++) headerRows.push(top + h);
    out.push({
      headerRows,
      numberRows: [],
      colStart: left,
      colEnd: Math.min(g.cols - 1, left + a.colCount - 1),
      firstDataRow: top + headers,
      lastDataRow: Math.min(g.rows - 1, top + a.rowCount - 1),
      titleRows: [],
    });
  }
  return out;
}

function rectOf(t: FoundTable): Rect {
  return { top: t.headerRows[0] ?? t.firstDataRow, bottom: t.lastDataRow, left: t.colStart, right: t.colEnd };
}

/**
 * The rows of a count table below every table that reaches into it: a table ending on the count table's
 * title or header line must not hide the rows under it. Undefined when no header and two rows are left.
 */
function uncoveredPart(t: CountTable, covered: Rect[]): CountTable | undefined {
  let top = t.top;
  for (const x of covered) if (x.top <= t.top && overlaps(x, t)) top = Math.max(top, x.bottom + 1);
  const part = top === t.top ? t : { ...t, top };
  // a table inside the count table's rows already says what they are
  if (t.bottom - top < 2 || covered.some((x) => overlaps(x, part))) return undefined;
  return part;
}

/**
 * Cells whose printed total a count table already checks: accounted for, not "not understood". Only
 * those cells: a number beside them that no total checks ("Persentase" beside "Jumlah") is still unread.
 */
function countedCells(g: Grid, aggregates: PrintedAggregate[]): Set<number> {
  const cells = new Set<number>();
  for (const a of aggregates)
    for (const v of [a.printed, ...a.members])
      if (v.source?.sheet === g.name) {
        const at = parseAddress(v.source.cell);
        cells.add((at.row - g.absRow(0)) * g.cols + (at.col - g.absCol(0)));
      }
  return cells;
}

export function readSheet(g: Grid, overrides: MappingOverrides | undefined, orderBase: number): SheetRead {
  const out: SheetRead = { reads: [], aggregates: [], takTerbaca: [], legenda: [] };
  const declared = declaredTables(g, overrides);
  const legendBands: Band[] = [];
  const found = [
    ...declared,
    ...findTables(g, legendBands).filter((t) => !declared.some((d) => overlaps(rectOf(d), rectOf(t)))),
  ];
  const perTabel: LegendaSkala[] = [];
  const covered: Rect[] = [];
  const readRows: Rect[] = [];
  let order = orderBase;
  for (const t of found) {
    // the legend's rows stay covered (they are accounted for); a range the user declared is read whole
    covered.push(rectOf(t));
    const legenda = pisahkanLegenda(g, t, found, !declared.includes(t));
    if (legenda) perTabel.push(legenda);
    const read = readTable(g, t, overrides, order);
    if (!read) {
      if (!holdsNumbers(g, t)) continue;
      // a block cut off under a table says where and why, so the user can check the split
      const kalimat = kalimatTerpisah(g, t);
      out.takTerbaca.push(kalimat ? blokTerpisah(g, t, kalimat) : notPerformanceTable(g, t));
      continue;
    }
    const sideways = yearPerRow(g, t, read);
    if (sideways) {
      out.takTerbaca.push(sideways);
      continue;
    }
    // "*) semakin kecil semakin baik" under the table: the direction of the rows it names
    polaritasDariCatatan(catatanKaki(g, t, found), read.records);
    order += read.records.length + 1;
    out.reads.push(read);
    readRows.push(rectOf(t));
    const empty = tableWithoutRows(read);
    if (empty) out.takTerbaca.push(denganTerpisah(g, t, empty));
  }
  const counts: CountTable[] = [];
  out.aggregates = countTableTotals(g, (r) => readRows.some((b) => r >= b.top && r <= b.bottom), counts);
  // a count table is not silent because its total was checked: its rows are still no indicators. Listed
  // once, as one block: the grid scan below does not list its other numbers again
  for (const t of counts) {
    const part = uncoveredPart(t, covered);
    if (!part) continue;
    out.takTerbaca.push(countTableBlock(g, part));
    covered.push(part);
  }
  const counted = countedCells(g, out.aggregates);
  out.takTerbaca.push(...gridsWithoutHeader(g, covered, (r, c) => counted.has(r * g.cols + c)));
  out.takTerbaca.push(...headersWithoutTable(g, covered, out.takTerbaca));
  const ignored = (b: BlokTakTerbaca) => overrides?.tables[`${b.sheet}!${b.range}`]?.abaikan === true;
  out.takTerbaca = out.takTerbaca.filter((b) => !ignored(b));
  out.legenda = legendaSkala(g, legendBands, perTabel);
  return out;
}
