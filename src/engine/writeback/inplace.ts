/**
 * Capaian and Predikat on the user's own realisasi (or PK) table: in the table's existing columns
 * where those cells are empty, or in two columns added right of the table. A capaian the sheet
 * already printed stays as printed; the engine's finding says where it disagrees.
 */
import { parseAddress, rangeAddress } from "../address";
import type { ReadResult, TableMapping } from "../mapping";
import type { Temuan } from "../model";
import type { ConditionalFormatWrite, MergeWrite, PlanValue, RangeWrite, Refusal } from "../plan";
import type { IndicatorResult } from "../result";
import type { PredikatScale, Settings } from "../settings";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { lentFormat, ownLastColumn } from "./lent-format";
import type { OwnedRange } from "../state";
import { EMPTY_MARK, formatForValue } from "../tables/format";
import { capaianCell } from "../tables/pengukuran";
import { append } from "./append";
import { interned } from "./interned";
import { columnFormats } from "./conditional";
import { fitsGrid } from "./limits";
import { batasExcel, sheetTerproteksi } from "./messages";
import { nomorBerikut, nomorKolom, type NomorKolom } from "./nomor-kolom";
import { findSheet, hasContent, inGrid, type OwnedCells } from "./ownership";
import { pickTables, rowsIn, rowsPerTable } from "./pick";
import { disputedRows } from "./sorotan";

export const LABEL = { capaian: "Capaian (%)", predikat: "Predikat" } as const;
type Role = keyof typeof LABEL;
const WIDTH: Record<Role, number> = { capaian: 12, predikat: 14 };

export interface InPlaceOutcome {
  /** the user's sheets written on, each with the widths of the columns added there */
  sheets: { name: string; columnWidths: { col: number; width: number }[] }[];
  ranges: RangeWrite[];
  merges: MergeWrite[];
  conditionalFormats: ConditionalFormatWrite[];
  owned: OwnedRange[];
  refusals: Refusal[];
}

interface TableOutcome extends Omit<InPlaceOutcome, "sheets"> {
  sheet: string | null;
  columnWidths: { col: number; width: number }[];
}

export interface InPlaceInput {
  snapshot: WorkbookSnapshot;
  read: ReadResult;
  indikator: Map<string, IndicatorResult>;
  tahun: number;
  settings: Settings;
  scale: PredikatScale;
  owned: OwnedCells;
  /** sheets the add-in generates or owns: never a user table */
  isAddinSheet: (name: string) => boolean;
  /** the run's findings: a printed value one disputes gets its highlight instead of a band colour */
  temuan?: ReadonlyArray<Temuan>;
}

function empty(sheet: string | null = null): TableOutcome {
  return { sheet, ranges: [], merges: [], conditionalFormats: [], columnWidths: [], owned: [], refusals: [] };
}

function existingColumn(t: TableMapping, role: Role, tahun: number): number | null {
  const cols = t.columns.filter((c) => c.role === role && c.triwulan === undefined);
  const exact = cols.find((c) => c.tahun === tahun);
  const plain = cols.find((c) => c.tahun === undefined);
  return (exact ?? plain)?.col ?? null;
}

function lastColumn(t: TableMapping): number {
  let last = -1;
  try {
    const g = parseAddress(t.range);
    last = g.col + g.colCount - 1;
  } catch {
    // an unreadable range: the mapped columns still say where the table ends
  }
  for (const c of t.columns) last = Math.max(last, c.col);
  return last;
}

function valueFor(
  role: Role,
  r: IndicatorResult | undefined,
  desimal: number,
): { value: PlanValue; format: string } {
  if (role === "predikat") {
    const value = r?.predikat ?? EMPTY_MARK;
    return { value, format: formatForValue(value) };
  }
  const c = capaianCell(r?.capaian ?? null, r?.status ?? null, desimal);
  return { value: c.value, format: formatForValue(c.value, c.numberFormat) };
}

/**
 * A cell under a merged block of the user's (not its top-left cell) cannot take a value of its own;
 * merges inside the add-in's own blocks (its two-row header) are its own.
 */
function insideForeignMerge(sheet: SheetSnapshot, owned: OwnedCells, row: number, col: number): boolean {
  return sheet.merges.some((m) => {
    if (!inGrid(m, row, col) || (m.row === row && m.col === col)) return false;
    const ours = owned
      .on(sheet.name)
      .some(
        (o) =>
          m.row >= o.row &&
          m.col >= o.col &&
          m.row + m.rowCount <= o.row + o.rowCount &&
          m.col + m.colCount <= o.col + o.colCount,
      );
    return !ours;
  });
}

/** Consecutive rows grouped into runs (one write per run). */
function runs(rows: number[]): number[][] {
  const out: number[][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === r - 1) last.push(r);
    else out.push([r]);
  }
  return out;
}

export function planInPlace(input: InPlaceInput): InPlaceOutcome {
  const out: InPlaceOutcome = {
    sheets: [],
    ranges: [],
    merges: [],
    conditionalFormats: [],
    owned: [],
    refusals: [],
  };
  // every table's rows, worked out once (each answer would scan every join); only read below
  const index = rowsPerTable(input.read);
  const rowsFor = (t: TableMapping): Map<number, string> => rowsIn(index, t);
  const tables = pickTables(input.read, input.isAddinSheet, input.tahun, index);
  // the table with most indicators keeps the old rule (a user cell in the way refuses the run);
  // another table whose added columns would run into user cells, or into this run's other
  // writes (tables side by side), is left without Capaian/Predikat instead
  let primary = tables[0];
  for (const t of tables) if (rowsFor(t).size > rowsFor(primary!).size) primary = t;
  for (const table of primary ? [primary, ...tables.filter((t) => t !== primary)] : []) {
    const one = planTable(input, table, rowsFor(table));
    if (table !== primary && (clashes(input, one) || overlaps(out.ranges, one.ranges))) continue;
    append(out.ranges, one.ranges);
    append(out.merges, one.merges);
    append(out.conditionalFormats, one.conditionalFormats);
    append(out.owned, one.owned);
    append(out.refusals, one.refusals);
    if (one.sheet === null || one.columnWidths.length === 0) continue;
    const entry = out.sheets.find((s) => s.name === one.sheet);
    const widths = entry?.columnWidths ?? [];
    for (const w of one.columnWidths) if (!widths.some((x) => x.col === w.col)) widths.push(w);
    if (!entry) out.sheets.push({ name: one.sheet, columnWidths: widths });
  }
  return out;
}

/** A write of the table's plan on a user cell with content that the add-in does not own. */
function clashes(input: InPlaceInput, one: TableOutcome): boolean {
  if (one.refusals.length > 0) return true;
  for (const w of one.ranges) {
    const sheet = findSheet(input.snapshot, w.sheet);
    if (!sheet) continue;
    const g = parseAddress(w.address);
    for (let r = g.row; r < g.row + g.rowCount; r++)
      for (let c = g.col; c < g.col + g.colCount; c++)
        if (hasContent(sheet, r, c) && !input.owned.has(sheet.name, r, c)) return true;
  }
  return false;
}

function overlaps(planned: RangeWrite[], next: RangeWrite[]): boolean {
  return next.some((n) => {
    const a = parseAddress(n.address);
    return planned.some((p) => {
      if (p.sheet !== n.sheet) return false;
      const b = parseAddress(p.address);
      return (
        a.row < b.row + b.rowCount &&
        b.row < a.row + a.rowCount &&
        a.col < b.col + b.colCount &&
        b.col < a.col + a.colCount
      );
    });
  });
}

/** Where the table's header and data rows are, and its column-number row if it has one. */
interface Frame {
  sheet: SheetSnapshot;
  top: number;
  /** every header row, top to bottom ([] when the table has none) */
  header: number[];
  dataTop: number;
  bottom: number;
  nomor: NomorKolom | null;
  /** the table's rightmost column of its own: its header cells lend their format to the added columns */
  lastCol: number;
}

function frameOf(input: InPlaceInput, table: TableMapping, sheet: SheetSnapshot): Frame {
  const headerRows = [...new Set(table.headerRows)].sort((a, b) => a - b);
  const top = headerRows.length > 0 ? headerRows[0]! : table.firstDataRow;
  const lastHeader = headerRows.length > 0 ? headerRows[headerRows.length - 1]! : table.firstDataRow - 1;
  const header = headerRows.length > 0 ? Array.from({ length: lastHeader - top + 1 }, (_, i) => top + i) : [];
  const cols = {
    first: Math.min(...table.columns.map((c) => c.col), lastColumn(table)),
    last: lastColumn(table),
  };
  const nomor = nomorKolom(sheet, header, cols, (r, c) => input.owned.has(sheet.name, r, c));
  return {
    sheet,
    top,
    header,
    dataTop: lastHeader + 1,
    bottom: table.lastDataRow,
    nomor,
    lastCol: ownLastColumn(cols, (c) => input.owned.has(sheet.name, top, c)),
  };
}

type Placement = Record<Role, { col: number; mode: "added" | "fill" }>;

/** Each role's column: the one an earlier run added, the table's own for the year, or a new one. */
function placeColumns(input: InPlaceInput, table: TableMapping, f: Frame): Placement {
  // a column the add-in added on an earlier run: owned from the header down, with its own label on top
  const added: Partial<Record<Role, number>> = {};
  for (const role of ["capaian", "predikat"] as const) {
    if (f.header.length === 0) break;
    const g = input.owned
      .on(f.sheet.name)
      .find((o) => o.colCount === 1 && o.row === f.top && cellAt(f.sheet, f.top, o.col) === LABEL[role]);
    if (g) added[role] = g.col;
  }
  const placement = {} as Placement;
  let next = Math.max(lastColumn(table), ...Object.values(added)) + 1;
  for (const role of ["capaian", "predikat"] as const) {
    const prev = added[role];
    const existing = existingColumn(table, role, input.tahun);
    if (prev !== undefined) placement[role] = { col: prev, mode: "added" };
    else if (existing !== null && !Object.values(added).includes(existing))
      placement[role] = { col: existing, mode: "fill" };
    else placement[role] = { col: next++, mode: "added" };
  }
  return placement;
}

const HEADER_STYLE = { bold: true, wrap: true, hAlign: "center", vAlign: "center", border: "thin" } as const;
const NOMOR_STYLE = { hAlign: "center", vAlign: "center", border: "thin" } as const;

/** An added column's header: the label on top, merged down to the column-number row, which continues. */
function addedHeader(f: Frame, role: Role, col: number, free: (r: number) => boolean, out: TableOutcome) {
  const name = f.sheet.name;
  const nomorRow = f.nomor?.row;
  const labelRows = f.header.filter((r) => r !== nomorRow);
  for (const run of runs(labelRows.filter(free))) {
    const values: PlanValue[][] = run.map((r) => [r === f.top ? LABEL[role] : null]);
    out.ranges.push({
      sheet: name,
      address: rangeAddress(run[0]!, col, run.length, 1),
      values,
      numberFormats: values.map(() => ["General"]),
      style: HEADER_STYLE,
      ...lentFormat(f.sheet, f.lastCol, run[0]!, run.length),
    });
  }
  if (f.nomor && free(f.nomor.row)) {
    const n = nomorBerikut(f.nomor, col);
    const address = rangeAddress(f.nomor.row, col);
    out.ranges.push({
      sheet: name,
      address,
      values: [[n.value]],
      numberFormats: [[n.format]],
      style: NOMOR_STYLE,
      ...lentFormat(f.sheet, f.lastCol, f.nomor.row, 1),
    });
  }
  // one merge over the label rows when they run unbroken from the top
  const merged = labelRows.every((r, i) => r === f.top + i);
  if (labelRows.length > 1 && merged && labelRows.every(free))
    out.merges.push({ sheet: name, address: rangeAddress(f.top, col, labelRows.length, 1) });
}

/** A run of one column's cells as a write's values and formats, one shared [format] per distinct format. */
function columnCells(cells: readonly { value: PlanValue; format: string }[]) {
  const formatRow = interned<string>();
  return { values: cells.map((c) => [c.value]), numberFormats: cells.map((c) => formatRow(c.format)) };
}

/** A column added right of the table: its header, its values, owned from the header down. */
function addedColumn(
  input: InPlaceInput,
  f: Frame,
  rows: Map<number, string>,
  role: Role,
  col: number,
  out: TableOutcome,
) {
  const free = (r: number) => !insideForeignMerge(f.sheet, input.owned, r, col);
  const dataStyle = { border: "thin", vAlign: "top", hAlign: role === "capaian" ? "right" : "left" } as const;
  if (f.header.length > 0) addedHeader(f, role, col, free, out);
  const dataRows = Array.from({ length: Math.max(0, f.bottom - f.dataTop + 1) }, (_, i) => f.dataTop + i);
  for (const run of runs(dataRows.filter(free))) {
    const cells = run.map((r) => {
      const id = rows.get(r);
      return id === undefined
        ? { value: null, format: "General" }
        : valueFor(role, input.indikator.get(id), input.settings.desimal);
    });
    out.ranges.push({
      sheet: f.sheet.name,
      address: rangeAddress(run[0]!, col, run.length, 1),
      ...columnCells(cells),
      style: dataStyle,
    });
  }
  out.owned.push({
    sheet: f.sheet.name,
    address: rangeAddress(f.top, col, f.bottom - f.top + 1, 1),
    kolom: true,
  });
  out.columnWidths.push({ col, width: WIDTH[role] });
}

/** Only the empty cells (or the ones an earlier run filled) of the user's own column; the rows written. */
function filledColumn(
  input: InPlaceInput,
  f: Frame,
  rows: Map<number, string>,
  role: Role,
  col: number,
  out: TableOutcome,
): number[] {
  const { owned } = input;
  const name = f.sheet.name;
  const writable = [...rows.keys()].filter(
    (r) =>
      (!hasContent(f.sheet, r, col) || owned.has(name, r, col)) &&
      !insideForeignMerge(f.sheet, owned, r, col),
  );
  for (const run of runs(writable)) {
    const cells = run.map((r) => valueFor(role, input.indikator.get(rows.get(r)!), input.settings.desimal));
    const address = rangeAddress(run[0]!, col, run.length, 1);
    out.ranges.push({
      sheet: name,
      address,
      ...columnCells(cells),
    });
    out.owned.push({ sheet: name, address });
  }
  return writable;
}

function planTable(input: InPlaceInput, table: TableMapping, rows: Map<number, string>): TableOutcome {
  const { snapshot, settings, scale, owned } = input;
  const sheet: SheetSnapshot | undefined = findSheet(snapshot, table.sheet);
  if (!sheet) return empty();
  if (rows.size === 0) return empty(sheet.name);
  const out = empty(sheet.name);
  if (sheet.protected) {
    out.refusals.push(sheetTerproteksi(sheet.name));
    return out;
  }
  const f = frameOf(input, table, sheet);
  const placement = placeColumns(input, table, f);
  for (const role of ["capaian", "predikat"] as const) {
    const { col, mode } = placement[role];
    if (!fitsGrid(f.bottom, col)) {
      out.refusals.push(batasExcel(sheet.name, rangeAddress(f.top, col)));
      continue;
    }
    let own: number[] | null = null;
    if (mode === "added") addedColumn(input, f, rows, role, col, out);
    else own = filledColumn(input, f, rows, role, col, out);
    // band colours on the add-in's own cells only; a printed value a finding disputes gets its highlight
    const disputed = own === null ? [] : disputedRows(input.temuan ?? [], sheet, col, owned);
    const cf = {
      sheet: sheet.name,
      col,
      top: f.dataTop,
      bottom: f.bottom,
      role,
      own,
      disputed,
      scale,
      ikon: settings.ikon,
    };
    append(out.conditionalFormats, columnFormats(cf));
  }
  return out;
}
