/**
 * The one renderer: a TableModel placed on a sheet becomes value/style writes, merges, column
 * widths and charts. Every table, and any preview of one, goes through here.
 */
import { columnLetter, rangeAddress } from "../address";
import type { CellStyle, ChartWrite, MergeWrite, PlanValue, RangeWrite } from "../plan";
import { formatForValue, GENERAL_FORMAT, safeValue, valueFormat } from "../tables/format";
import type { ModelCell, ModelRow, RowKind, TableModel } from "../tables/model";
import { append, maxOf } from "./append";

export const HEADER_FILL = "#D9E1F2";
export const SUBTOTAL_FILL = "#F2F2F2";
export const TOTAL_FILL = "#E2EFDA";
/** rows between the title and the header */
const TITLE_GAP = 1;
const CHART_WIDTH_COLS = 8;
const CHART_HEIGHT_ROWS = 18;

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
}

function styleFor(kind: RowKind, c: ModelCell): CellStyle {
  if (kind === "header") {
    return { bold: true, fill: HEADER_FILL, border: "thin", wrap: true, hAlign: "center", vAlign: "center" };
  }
  const style: CellStyle = { border: "thin", wrap: true, vAlign: "top" };
  if (c.role === "no") style.hAlign = "center";
  else if (c.role === "number" || c.role === "percent" || c.role === "rupiah") style.hAlign = "right";
  else style.hAlign = "left";
  if (kind === "subtotal") Object.assign(style, { bold: true, fill: SUBTOTAL_FILL });
  if (kind === "total") Object.assign(style, { bold: true, fill: TOTAL_FILL });
  if (kind === "kosong") Object.assign(style, { italic: true, hAlign: "center" });
  return style;
}

interface Placed {
  value: PlanValue;
  format: string;
  style: CellStyle;
}

/** Lays the rows on a grid: anchors carry their value, covered cells carry the anchor's style so borders run round the merge. */
function layout(
  rows: ModelRow[],
  width: number,
): { grid: Placed[][]; spans: { r: number; c: number; rs: number; cs: number }[] } {
  const grid: (Placed | undefined)[][] = rows.map(() => new Array<Placed | undefined>(width));
  const spans: { r: number; c: number; rs: number; cs: number }[] = [];
  rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const m = row.cells[c];
      if (!m) continue;
      const style = styleFor(row.kind, m);
      const value = safeValue(m.value);
      grid[r]![c] = { value, format: formatForValue(value, m.numberFormat), style };
      const rs = Math.max(1, Math.min(m.rowSpan ?? 1, rows.length - r));
      const cs = Math.max(1, Math.min(m.colSpan ?? 1, width - c));
      if (rs > 1 || cs > 1) {
        spans.push({ r, c, rs, cs });
        for (let dr = 0; dr < rs; dr++) {
          for (let dc = 0; dc < cs; dc++) {
            if (dr === 0 && dc === 0) continue;
            grid[r + dr]![c + dc] = { value: null, format: GENERAL_FORMAT, style };
          }
        }
      }
    }
  });
  const filled = grid.map((line, r) =>
    Array.from({ length: width }, (_, c) => {
      const p = line[c];
      if (p) return p;
      const kind = rows[r]?.kind ?? "data";
      return { value: null, format: GENERAL_FORMAT, style: styleFor(kind, { value: null, role: "text" }) };
    }),
  );
  return { grid: filled, spans };
}

/** One write per run of same-styled cells in a row: values, formats and style together. */
function rowWrites(sheet: string, line: Placed[], row: number, col0: number): RangeWrite[] {
  const out: RangeWrite[] = [];
  let start = 0;
  for (let c = 1; c <= line.length; c++) {
    const same = c < line.length && JSON.stringify(line[c]!.style) === JSON.stringify(line[start]!.style);
    if (same) continue;
    const run = line.slice(start, c);
    out.push({
      sheet,
      address: rangeAddress(row, col0 + start, 1, run.length),
      values: [run.map((p) => p.value)],
      numberFormats: [run.map((p) => p.format)],
      style: run[0]!.style,
    });
    start = c;
  }
  return out;
}

function blockWrites(sheet: string, rows: ModelRow[], width: number, row0: number, col0: number) {
  const { grid, spans } = layout(rows, width);
  const ranges: RangeWrite[] = [];
  grid.forEach((line, r) => append(ranges, rowWrites(sheet, line, row0 + r, col0)));
  const merges = spans.map((s) => ({ sheet, address: rangeAddress(row0 + s.r, col0 + s.c, s.rs, s.cs) }));
  return { ranges, merges };
}

export function chartName(nomor: string, key: string): string {
  return `CapaianKinerja_Tabel_${nomor.replace(/\./g, "_")}_${key}`;
}

export function renderTable(model: TableModel, sheet: string): RenderedTable {
  const width = maxOf(
    Math.max(1, model.widths.length),
    model.header.map((r) => r.cells.length),
  );
  const ranges: RangeWrite[] = [];
  const merges: MergeWrite[] = [];
  const charts: ChartWrite[] = [];

  ranges.push({
    sheet,
    address: rangeAddress(0, 0, 1, width),
    values: [[`Tabel ${model.nomor} ${model.judul}`, ...new Array<PlanValue>(width - 1).fill(null)]],
    numberFormats: [new Array<string>(width).fill(GENERAL_FORMAT)],
    style: { bold: true, fontSize: 12, hAlign: "left", vAlign: "center" },
  });
  if (width > 1) merges.push({ sheet, address: rangeAddress(0, 0, 1, width) });

  const headerRow = 1 + TITLE_GAP;
  const head = blockWrites(sheet, model.header, width, headerRow, 0);
  const firstBodyRow = headerRow + model.header.length;
  const body = blockWrites(sheet, model.body, width, firstBodyRow, 0);
  append(append(ranges, head.ranges), body.ranges);
  append(append(merges, head.merges), body.merges);
  const lastRow = firstBodyRow + model.body.length - 1;

  if (model.footnotes.length > 0) {
    const noteRow = lastRow + 2;
    const lines = ["Catatan:", ...model.footnotes];
    ranges.push({
      sheet,
      address: rangeAddress(noteRow, 0, lines.length, 1),
      values: lines.map((l) => [l]),
      numberFormats: lines.map((l) => [formatForValue(l)]),
      style: { italic: true, wrap: false, vAlign: "top" },
    });
  }

  // chart data sits right of the table, one column apart, on the same owned sheet
  let dataCol = width + 1;
  for (const chart of model.charts) {
    const cols = maxOf(
      1,
      chart.data.map((r) => r.length),
    );
    const rows = chart.data.length;
    if (rows < 2 || cols < 2) continue;
    const data = chart.data.map((r) => Array.from({ length: cols }, (_, i) => safeValue(r[i] ?? null)));
    ranges.push({
      sheet,
      address: rangeAddress(headerRow - 1, dataCol, 1, 1),
      values: [[`Data grafik: ${chart.title}`]],
      numberFormats: [[GENERAL_FORMAT]],
      style: { bold: true },
    });
    ranges.push({
      sheet,
      address: rangeAddress(headerRow, dataCol, rows, cols),
      values: data,
      numberFormats: data.map((r, ri) =>
        r.map((v) =>
          formatForValue(
            v,
            ri === 0 || typeof v !== "number" ? undefined : (chart.numberFormat ?? valueFormat(v, 2)),
          ),
        ),
      ),
      style: { border: "thin" },
    });
    charts.push({
      name: chartName(model.nomor, chart.key),
      sheet,
      type: chart.type,
      title: chart.title,
      dataAddress: rangeAddress(headerRow, dataCol, rows, cols),
      anchor: `${columnLetter(dataCol + cols + 1)}${headerRow + 1}`,
      widthCols: CHART_WIDTH_COLS,
      heightRows: CHART_HEIGHT_ROWS,
    });
    dataCol += cols + 1 + CHART_WIDTH_COLS + 1;
  }

  return {
    ranges,
    merges,
    charts,
    columnWidths: model.widths.map((w, col) => ({ col, width: w })),
    freeze: { rows: firstBodyRow, cols: 0 },
    rentang: rangeAddress(0, 0, lastRow + 1, width),
    headerRow,
    firstBodyRow,
    lastRow,
  };
}
