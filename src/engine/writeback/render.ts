/**
 * The one renderer: a TableModel placed on a sheet becomes value/style writes, merges, column
 * widths and charts. Every table, and any preview of one, goes through here.
 */
import { rangeAddress } from "../address";
import type { CellStyle, ChartWrite, GrafikDilewati, MergeWrite, PlanValue, RangeWrite } from "../plan";
import { formatForValue, GENERAL_FORMAT } from "../tables/format";
import { cell, rowOf, type ModelCell, type ModelRow, type RowKind, type TableModel } from "../tables/model";
import { append, maxOf } from "./append";
import { blockWrites, type StyleOf } from "./block-writes";
import { placeBody } from "./body-writes";
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
  /** charts left out as too crowded to read on the printed page */
  grafikDilewati: GrafikDilewati[];
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

export { chartName } from "./render-charts";

/** The "(1) (2) (3) …" row under the header, as the reports number their columns. */
export function columnNumberRow(width: number): ModelRow {
  return rowOf("header", ...Array.from({ length: width }, (_, i) => cell(`(${i + 1})`, "header")));
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

/**
 * Places a table. `bodyPieces`, when given, makes the body a piece at a time (the model's own body
 * is then not read), the same rows at every call: each piece is placed and dropped before the next
 * is made, and a body of more than one piece is kept as a recipe that makes them again while the
 * plan is applied (body-writes.ts). The cells written are the same as for the whole body; pieces
 * must not cut a cell spanning rows.
 */
export function renderTable(
  model: TableModel,
  sheet: string,
  bodyPieces?: () => Iterable<ModelRow[]>,
): RenderedTable {
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
  append(rowHeights, modelRowHeights(header, widths, headerRow));
  const at = { sheet, width, widths, row0: firstBodyRow, styleOf };
  const placed = placeBody(out, rowHeights, at, bodyPieces ?? (() => [model.body]));
  const lastRow = firstBodyRow + placed - 1;

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
    grafikDilewati: printed.dilewati,
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
