/**
 * A Tabel 3.x model as a real Word table: borders, a shaded header that repeats on every page,
 * rows that do not split across pages, merged cells as the workbook merges them, numbers at the right.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Bahasa } from "../engine/format";
import type { ModelCell, ModelRow, TableModel } from "../engine/tables";
import { rataKanan, teksSel } from "./cell-text";

export const HEADER_FILL = "D9E2F3";
const TOTAL_FILL = "F2F2F2";
/** half-points: 9 pt in the tables, 8 pt where a table is very wide */
const FONT_SIZE = 18;
const FONT_SIZE_WIDE = 16;
const WIDE_COLUMNS = 12;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
export const TABLE_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** narrowest column in twips: "No" and a two-digit number at 8 pt with the cell margins */
const MIN_COLUMN = 480;

/**
 * Column widths in twips: the model's widths (characters) shared out over the text width, none
 * narrower than MIN_COLUMN (a wide table's "No" would otherwise break into "N o").
 */
export function columnWidths(widths: readonly number[], textWidth: number): number[] {
  const weights = widths.map((w) => Math.max(1, w));
  const fixedMin = new Set<number>();
  let out: number[] = [];
  // columns below the minimum are pinned to it and the rest share what is left; twice settles it
  for (let pass = 0; pass < 3; pass++) {
    const free = textWidth - fixedMin.size * MIN_COLUMN;
    const total = weights.reduce((a, w, i) => a + (fixedMin.has(i) ? 0 : w), 0) || 1;
    out = weights.map((w, i) => (fixedMin.has(i) ? MIN_COLUMN : Math.floor((w / total) * free)));
    const below = out.flatMap((w, i) => (w < MIN_COLUMN && !fixedMin.has(i) ? [i] : []));
    if (below.length === 0) break;
    for (const i of below) fixedMin.add(i);
  }
  // rounding leftovers go to the widest column so the table is exactly the text width
  const rest = textWidth - out.reduce((a, b) => a + b, 0);
  const widest = out.indexOf(Math.max(...out));
  if (widest >= 0) out[widest] = out[widest]! + rest;
  return out;
}

function alignment(c: ModelCell, header: boolean): (typeof AlignmentType)[keyof typeof AlignmentType] {
  if (header || c.role === "no") return AlignmentType.CENTER;
  return rataKanan(c) ? AlignmentType.RIGHT : AlignmentType.LEFT;
}

function fillOf(kind: ModelRow["kind"]): string | null {
  if (kind === "header") return HEADER_FILL;
  if (kind === "subtotal" || kind === "total") return TOTAL_FILL;
  return null;
}

interface CellStyle {
  bahasa: Bahasa;
  size: number;
  widths: number[];
}

function wordCell(c: ModelCell, col: number, kind: ModelRow["kind"], s: CellStyle): TableCell {
  const header = kind === "header";
  const span = c.colSpan ?? 1;
  let width = 0;
  for (let i = col; i < col + span; i++) width += s.widths[i] ?? 0;
  const fill = fillOf(kind);
  const bold = header || kind === "subtotal" || kind === "total" || c.role === "label";
  return new TableCell({
    children: [
      new Paragraph({
        alignment: alignment(c, header),
        children: [new TextRun({ text: teksSel(c, s.bahasa), bold, size: s.size })],
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(span > 1 ? { columnSpan: span } : {}),
    ...((c.rowSpan ?? 1) > 1 ? { rowSpan: c.rowSpan } : {}),
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill } } : {}),
  });
}

function wordRow(row: ModelRow, s: CellStyle): TableRow {
  const cells: TableCell[] = [];
  // covered cells (null) are left out: Word continues a merge by the spans docx writes
  row.cells.forEach((c, col) => {
    if (c) cells.push(wordCell(c, col, row.kind, s));
  });
  return new TableRow({
    children: cells,
    cantSplit: true,
    ...(row.kind === "header" ? { tableHeader: true } : {}),
  });
}

export function wordTable(model: TableModel, bahasa: Bahasa, textWidth: number): Table {
  const widths = columnWidths(model.widths, textWidth);
  const size = model.widths.length > WIDE_COLUMNS ? FONT_SIZE_WIDE : FONT_SIZE;
  const s: CellStyle = { bahasa, size, widths };
  return new Table({
    rows: [...model.header, ...model.body].map((r) => wordRow(r, s)),
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
  });
}
