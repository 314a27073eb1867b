/**
 * The one renderer: a TableModel placed on a sheet becomes value/style writes, merges, column
 * widths and charts. Every table, and any preview of one, goes through here.
 */
import { rangeAddress } from "../address";
import type { CellStyle, ChartWrite, MergeWrite, PlanValue, RangeWrite } from "../plan";
import { formatForValue, GENERAL_FORMAT, safeValue } from "../tables/format";
import { cell, type ModelCell, type ModelRow, type RowKind, type TableModel } from "../tables/model";
import { append, maxOf } from "./append";
import { placeCharts } from "./render-charts";
import { modelRowHeights, textRowHeight } from "./row-heights";

export const HEADER_FILL = "#D9E1F2";
export const SUBTOTAL_FILL = "#F2F2F2";
export const TOTAL_FILL = "#E2EFDA";
/** rows between the title and the header */
const TITLE_GAP = 1;

export interface RenderedTable {
  ranges: RangeWrite[];
  merges: MergeWrite[];
  charts: ChartWrite[];
  columnWidths: { col: number; width: number }[];
  freeze: { rows: number; cols: number };
  /** A1 block from the title to the last body row */
  rentang: string;
  /** zero-based row of the first header row */
  headerRow: number;
  firstBodyRow: number;
  lastRow: number;
  /** the header rows (with the column-number row), repeated on every printed page */
  titleRows: { first: number; last: number };
  /** the title, the table, its Sumber line and footnotes and its charts; not the charts' data */
  printArea: string;
  /** rows whose wrapped text Excel would not fit by itself (merged cells), in points */
  rowHeights: { row: number; height: number }[];
}

function styleFor(kind: RowKind, role: ModelCell["role"]): CellStyle {
  if (kind === "header") {
    return { bold: true, fill: HEADER_FILL, border: "thin", wrap: true, hAlign: "center", vAlign: "center" };
  }
  const style: CellStyle = { border: "thin", wrap: true, vAlign: "top" };
  if (role === "no") style.hAlign = "center";
  else if (role === "number" || role === "percent" || role === "rupiah") style.hAlign = "right";
  else style.hAlign = "left";
  if (kind === "subtotal") Object.assign(style, { bold: true, fill: SUBTOTAL_FILL });
  if (kind === "total") Object.assign(style, { bold: true, fill: TOTAL_FILL });
  if (kind === "kosong") Object.assign(style, { italic: true, hAlign: "center" });
  return style;
}

type StyleOf = (kind: RowKind, role: ModelCell["role"]) => CellStyle;

/**
 * One style object per distinct style within a table: a 10,000-row table has some 100,000 cells
 * but a handful of styles, so runs of same-styled cells are found by identity instead of comparing
 * serialised styles cell by cell, and the adapters see few style objects. Per table, not per module,
 * so nothing a consumer might do to one plan's styles can reach another plan.
 */
function styleBook(): StyleOf {
  // by kind, then role: no key string built per cell
  const byKind = new Map<RowKind, Map<ModelCell["role"], CellStyle>>();
  const byShape = new Map<string, CellStyle>();
  return (kind, role) => {
    let byRole = byKind.get(kind);
    if (byRole === undefined) {
      byRole = new Map();
      byKind.set(kind, byRole);
    }
    let style = byRole.get(role);
    if (style === undefined) {
      const fresh = styleFor(kind, role);
      const shape = JSON.stringify(fresh);
      style = byShape.get(shape);
      if (style === undefined) {
        style = fresh;
        byShape.set(shape, style);
      }
      byRole.set(role, style);
    }
    return style;
  };
}

/** One laid-out row as parallel columns (no object per cell). */
interface PlacedRow {
  values: PlanValue[];
  formats: string[];
  styles: CellStyle[];
}

function placedRow(width: number): PlacedRow {
  return {
    values: new Array<PlanValue>(width).fill(null),
    formats: new Array<string>(width).fill(GENERAL_FORMAT),
    styles: new Array<CellStyle>(width),
  };
}

/**
 * Lays the rows out one by one: anchors carry their value, covered cells carry the anchor's style
 * so borders run round the merge. A span only reaches right and down, so a row is complete once
 * its own cells are placed and is handed to `emit` then; only rows a span reaches into ahead are
 * kept, never the whole grid of a 10,000-row table.
 */
function layout(
  rows: ModelRow[],
  width: number,
  styleOf: StyleOf,
  emit: (line: PlacedRow, r: number) => void,
): { r: number; c: number; rs: number; cs: number }[] {
  const ahead = new Map<number, PlacedRow>();
  const lineAt = (r: number): PlacedRow => {
    let line = ahead.get(r);
    if (line === undefined) {
      line = placedRow(width);
      ahead.set(r, line);
    }
    return line;
  };
  const spans: { r: number; c: number; rs: number; cs: number }[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let line = ahead.get(r);
    if (line === undefined) line = placedRow(width);
    else ahead.delete(r);
    for (let c = 0; c < width; c++) {
      const m = row.cells[c];
      if (!m) continue;
      const style = styleOf(row.kind, m.role);
      const value = safeValue(m.value);
      line.values[c] = value;
      line.formats[c] = formatForValue(value, m.numberFormat);
      line.styles[c] = style;
      const rs = Math.max(1, Math.min(m.rowSpan ?? 1, rows.length - r));
      const cs = Math.max(1, Math.min(m.colSpan ?? 1, width - c));
      if (rs > 1 || cs > 1) {
        spans.push({ r, c, rs, cs });
        for (let dr = 0; dr < rs; dr++) {
          const covered = dr === 0 ? line : lineAt(r + dr);
          for (let dc = 0; dc < cs; dc++) {
            if (dr === 0 && dc === 0) continue;
            covered.values[c + dc] = null;
            covered.formats[c + dc] = GENERAL_FORMAT;
            covered.styles[c + dc] = style;
          }
        }
      }
    }
    // cells nobody placed: empty, styled as a text cell of their row
    const styles = line.styles;
    for (let c = 0; c < width; c++)
      if (styles[c] === undefined) styles[c] = styleOf(row.kind ?? "data", "text");
    emit(line, r);
  }
  return spans;
}

/** A write still growing downwards: the rows below it continue it while they have the same run. */
interface OpenRun {
  write: RangeWrite;
  row: number;
  col: number;
  width: number;
  rows: number;
}

/**
 * One write per block of same-styled cells: a run of cells of one style in a row, grown down over
 * the rows below that have the same run (same columns, same style object). A 10,000-row table is
 * then a few hundred writes rather than a hundred thousand, for Office.js and for the file writer.
 */
class BlockWriter {
  private open = new Map<number, OpenRun>();

  constructor(
    private readonly out: RangeWrite[],
    private readonly sheet: string,
    private readonly col0: number,
  ) {}

  row(line: PlacedRow, row: number): void {
    const { styles } = line;
    const width = styles.length;
    const next = new Map<number, OpenRun>();
    let start = 0;
    for (let c = 1; c <= width; c++) {
      // styles are interned per table (styleBook), so identity is equality
      if (c < width && styles[c] === styles[start]) continue;
      const values = line.values.slice(start, c);
      const formats = line.formats.slice(start, c);
      const run = this.open.get(start);
      if (run && run.width === c - start && run.write.style === styles[start] && run.row + run.rows === row) {
        run.write.values!.push(values);
        run.write.numberFormats!.push(formats);
        run.rows++;
        this.open.delete(start);
        next.set(start, run);
      } else {
        const write: RangeWrite = {
          sheet: this.sheet,
          address: rangeAddress(row, this.col0 + start, 1, c - start),
          values: [values],
          numberFormats: [formats],
          style: styles[start]!,
        };
        this.out.push(write);
        next.set(start, { write, row, col: start, width: c - start, rows: 1 });
      }
      start = c;
    }
    for (const run of this.open.values()) this.close(run);
    this.open = next;
  }

  finish(): void {
    for (const run of this.open.values()) this.close(run);
    this.open.clear();
  }

  private close(run: OpenRun): void {
    if (run.rows > 1) run.write.address = rangeAddress(run.row, this.col0 + run.col, run.rows, run.width);
  }
}

/** Writes and merges of a block of rows, pushed straight onto the table's lists (no copy of 100,000 writes). */
function blockWrites(
  out: { ranges: RangeWrite[]; merges: MergeWrite[] },
  sheet: string,
  rows: ModelRow[],
  width: number,
  row0: number,
  col0: number,
  styleOf: StyleOf,
): void {
  const writer = new BlockWriter(out.ranges, sheet, col0);
  const spans = layout(rows, width, styleOf, (line, r) => writer.row(line, row0 + r));
  writer.finish();
  for (const s of spans)
    out.merges.push({ sheet, address: rangeAddress(row0 + s.r, col0 + s.c, s.rs, s.cs) });
}

export { chartName } from "./render-charts";

/** The "(1) (2) (3) …" row under the header, as the reports number their columns. */
export function columnNumberRow(width: number): ModelRow {
  return { kind: "header", cells: Array.from({ length: width }, (_, i) => cell(`(${i + 1})`, "header")) };
}

/** A line of text under the table, merged across it and wrapped so it prints inside the table's width. */
function lineUnder(
  out: { ranges: RangeWrite[]; merges: MergeWrite[] },
  sheet: string,
  row: number,
  width: number,
  text: string,
  style: CellStyle,
): void {
  out.ranges.push({
    sheet,
    address: rangeAddress(row, 0, 1, width),
    values: [[text, ...new Array<PlanValue>(width - 1).fill(null)]],
    numberFormats: [[formatForValue(text), ...new Array<string>(width - 1).fill(GENERAL_FORMAT)]],
    style,
  });
  if (width > 1) out.merges.push({ sheet, address: rangeAddress(row, 0, 1, width) });
}

const NOTE_STYLE: CellStyle = { italic: true, wrap: true, vAlign: "top", hAlign: "left", fontSize: 10 };

export function renderTable(model: TableModel, sheet: string): RenderedTable {
  const width = maxOf(
    Math.max(1, model.widths.length),
    model.header.map((r) => r.cells.length),
  );
  const widths = Array.from({ length: width }, (_, i) => model.widths[i] ?? 10);
  const total = widths.reduce((a, b) => a + b, 0);
  const out = { ranges: [] as RangeWrite[], merges: [] as MergeWrite[] };
  const title = `Tabel ${model.nomor} ${model.judul}`;
  lineUnder(out, sheet, 0, width, title, {
    bold: true,
    fontSize: 12,
    hAlign: "center",
    vAlign: "center",
    wrap: true,
  });
  const rowHeights = textRowHeight(0, title, total * 0.9, true);

  const headerRow = 1 + TITLE_GAP;
  const styleOf = styleBook();
  const header = [...model.header, columnNumberRow(width)];
  const firstBodyRow = headerRow + header.length;
  blockWrites(out, sheet, header, width, headerRow, 0, styleOf);
  blockWrites(out, sheet, model.body, width, firstBodyRow, 0, styleOf);
  append(rowHeights, modelRowHeights(header, widths, headerRow));
  append(rowHeights, modelRowHeights(model.body, widths, firstBodyRow));
  const lastRow = firstBodyRow + model.body.length - 1;

  // the Sumber line right under the table, as the reports print it; the footnotes below it
  let row = lastRow + 1;
  if (model.sumber) {
    lineUnder(out, sheet, row, width, model.sumber, NOTE_STYLE);
    append(rowHeights, textRowHeight(row, model.sumber, total));
    row++;
  }
  if (model.footnotes.length > 0) {
    row++;
    for (const line of ["Catatan:", ...model.footnotes]) {
      lineUnder(out, sheet, row, width, line, NOTE_STYLE);
      append(rowHeights, textRowHeight(row, line, total));
      row++;
    }
  }
  const printed = placeCharts(model.charts, model.nomor, sheet, {
    top: row + 1,
    width,
    dataRow: headerRow,
    dataCol0: width + 1,
  });
  append(out.ranges, printed.ranges);
  const printEnd = printed.charts.length > 0 ? printed.bottom : row;

  return {
    ranges: out.ranges,
    merges: out.merges,
    charts: printed.charts,
    columnWidths: widths.map((w, col) => ({ col, width: w })),
    freeze: { rows: firstBodyRow, cols: 0 },
    rentang: rangeAddress(0, 0, lastRow + 1, width),
    headerRow,
    firstBodyRow,
    lastRow,
    titleRows: { first: headerRow, last: firstBodyRow - 1 },
    printArea: rangeAddress(0, 0, printEnd, width),
    rowHeights,
  };
}
