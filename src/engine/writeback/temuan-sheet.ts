/**
 * The Temuan sheet: every finding of the run as a row an Inspektorat reviewer works through —
 * level, code, sheet, cell (an internal link to it), the message in the user's language and the
 * value the cell should hold where the finding knows one — errors first, then warnings, then
 * notes, each in the workbook's sheet order and down the sheet. The add-in owns the sheet like its
 * Tabel 3.x sheets: it is cleared and written again on every run, and "Hapus hasil" deletes it.
 */
import { cellAddress, rangeAddress } from "../address";
import type { Temuan, Tingkat } from "../model";
import type { CellStyle, MergeWrite, PlanSheet, PlanValue, RangeWrite, SheetLink } from "../plan";
import type { Settings } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { formatForValue, GENERAL_FORMAT, valueFormat } from "../tables/format";
import { findSheet, sameName, toGrid } from "./ownership";
import { printSetup } from "./page-setup";
import { HEADER_FILL } from "./render";
import { linesOf, pointsFor, textRowHeight } from "./row-heights";
import { generatedSheetName } from "./sheet-names";

export const TEMUAN_SHEET = "Temuan";
export const TEMUAN_TAB_COLOR = "#C55A11";
/** Excel's colour of a followed-to-be link, so the cell reads as one */
const LINK_COLOR = "#0563C1";

const COLUMNS = [
  { id: "No", en: "No", width: 5 },
  { id: "Tingkat", en: "Level", width: 12 },
  { id: "Kode", en: "Code", width: 30 },
  { id: "Sheet", en: "Sheet", width: 20 },
  { id: "Sel", en: "Cell", width: 9 },
  { id: "Pesan", en: "Message", width: 80 },
  { id: "Nilai seharusnya", en: "Expected value", width: 16 },
] as const;
const WIDTH = COLUMNS.length;
/** the title, a gap, then the header */
const HEADER_ROW = 2;
const FIRST_ROW = HEADER_ROW + 1;

const TINGKAT: Record<Tingkat, { rank: number; id: string; en: string; fill?: string }> = {
  galat: { rank: 0, id: "Galat", en: "Error", fill: "#F8CBAD" },
  peringatan: { rank: 1, id: "Peringatan", en: "Warning", fill: "#FFE699" },
  info: { rank: 2, id: "Info", en: "Info" },
};

const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: HEADER_FILL,
  border: "thin",
  wrap: true,
  hAlign: "center",
  vAlign: "center",
};
const BODY: CellStyle = { border: "thin", wrap: true, vAlign: "top", hAlign: "left" };
const COLUMN_STYLES: CellStyle[] = [
  { ...BODY, hAlign: "center" },
  BODY,
  BODY,
  BODY,
  { ...BODY, fontColor: LINK_COLOR },
  BODY,
  { ...BODY, hAlign: "right" },
];

/**
 * The Temuan sheet's name this run, or null when there is none: the setting is off and no earlier
 * run left one. With the setting off, an earlier run's sheet is still named, to be emptied.
 */
export function temuanSheetName(
  settings: Settings,
  snapshot: WorkbookSnapshot,
  owned: readonly string[],
): string | null {
  const name = generatedSheetName(TEMUAN_SHEET, snapshot, owned);
  if (settings.lembarTemuan) return name;
  return owned.some((o) => sameName(o, name)) && findSheet(snapshot, name) ? name : null;
}

interface Baris {
  t: Temuan;
  /** the snapshot's spelling of the first cell's sheet; null when the finding names no sheet there */
  sheet: string | null;
  sheetIndex: number;
  row: number;
  col: number;
}

/** Errors, then warnings, then notes; each in the workbook's sheet order, then down and across. */
export function sortTemuan(temuan: readonly Temuan[], snapshot: WorkbookSnapshot): Baris[] {
  const rows = temuan.map((t): Baris => {
    const ref = t.sel[0];
    const index = ref ? snapshot.sheets.findIndex((s) => sameName(s.name, ref.sheet)) : -1;
    const g = ref ? toGrid(ref.cell) : null;
    return {
      t,
      sheet: index >= 0 ? snapshot.sheets[index]!.name : null,
      sheetIndex: index >= 0 ? index : Number.MAX_SAFE_INTEGER,
      row: g?.row ?? Number.MAX_SAFE_INTEGER,
      col: g?.col ?? Number.MAX_SAFE_INTEGER,
    };
  });
  return rows.sort(
    (a, b) =>
      TINGKAT[a.t.tingkat].rank - TINGKAT[b.t.tingkat].rank ||
      a.sheetIndex - b.sheetIndex ||
      a.row - b.row ||
      a.col - b.col ||
      a.t.kode.localeCompare(b.t.kode),
  );
}

/** A location Excel follows inside the workbook: the sheet always quoted, so no name reads as a cell. */
export function linkLocation(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** One finding's cells as written: No, Tingkat, Kode, Sheet, Sel, Pesan, Nilai seharusnya. */
function rowValues(b: Baris, no: number, bahasa: Settings["bahasa"]): PlanValue[] {
  const ref = b.t.sel[0];
  const cell = b.row < Number.MAX_SAFE_INTEGER ? cellAddress(b.row, b.col) : (ref?.cell ?? null);
  return [
    no,
    TINGKAT[b.t.tingkat][bahasa],
    b.t.kode,
    b.sheet ?? ref?.sheet ?? null,
    cell,
    b.t.pesan[bahasa],
    b.t.seharusnya ?? null,
  ];
}

function titleOf(tahun: number, opd: string | null, bahasa: Settings["bahasa"]): string {
  const di = opd ? ` ${opd}` : "";
  return bahasa === "en"
    ? `Findings of the performance report${di}, ${tahun}`
    : `Daftar Temuan Laporan Kinerja${di} Tahun ${tahun}`;
}

/** A line across the sheet's columns, merged and wrapped. */
function lineAcross(sheet: string, row: number, text: string, style: CellStyle, out: TemuanWrites): void {
  out.ranges.push({
    sheet,
    address: rangeAddress(row, 0, 1, WIDTH),
    values: [[text, ...new Array<PlanValue>(WIDTH - 1).fill(null)]],
    numberFormats: [[formatForValue(text), ...new Array<string>(WIDTH - 1).fill(GENERAL_FORMAT)]],
    style,
  });
  out.merges.push({ sheet, address: rangeAddress(row, 0, 1, WIDTH) });
}

export interface TemuanWrites {
  ranges: RangeWrite[];
  merges: MergeWrite[];
}

/** The body, one block per column (one style each); the Tingkat column one block per level. */
function bodyWrites(
  sheet: string,
  grid: PlanValue[][],
  levels: readonly Tingkat[],
  desimal: number,
  out: TemuanWrites,
): void {
  const formatOf = (v: PlanValue, c: number) =>
    typeof v === "number" && c !== 0 ? valueFormat(v, desimal) : formatForValue(v);
  for (let c = 0; c < WIDTH; c++) {
    let start = 0;
    while (start < grid.length) {
      let end = start + 1;
      // the Tingkat column breaks where the level (and so its fill) changes
      if (c === 1) while (end < grid.length && levels[end] === levels[start]) end++;
      else end = grid.length;
      const column = grid.slice(start, end).map((r) => r[c] ?? null);
      const fill = c === 1 ? TINGKAT[levels[start]!].fill : undefined;
      out.ranges.push({
        sheet,
        address: rangeAddress(FIRST_ROW + start, c, end - start, 1),
        values: column.map((v) => [v]),
        numberFormats: column.map((v) => [formatOf(v, c)]),
        style: fill ? { ...COLUMN_STYLES[c]!, fill } : COLUMN_STYLES[c]!,
      });
      start = end;
    }
  }
}

/** Heights of the rows from the header down, where a text takes more than one line. */
function heightsOf(grid: PlanValue[][], header: string[]): { row: number; height: number }[] {
  const out: { row: number; height: number }[] = [];
  const lines = (row: ReadonlyArray<PlanValue>, bold: boolean) =>
    Math.max(...row.map((v, c) => (typeof v === "string" ? linesOf(v, COLUMNS[c]!.width, bold) : 1)));
  const h = lines(header, true);
  if (h > 1) out.push({ row: HEADER_ROW, height: pointsFor(h) });
  grid.forEach((r, i) => {
    const n = lines(r, false);
    if (n > 1) out.push({ row: FIRST_ROW + i, height: pointsFor(n) });
  });
  return out;
}

export interface TemuanSheetInput {
  temuan: readonly Temuan[];
  snapshot: WorkbookSnapshot;
  settings: Settings;
  tahun: number;
  opd: string | null;
}

/**
 * Writes the findings on `sheet` (a plan sheet the add-in owns, cleared by the plan) and sets its
 * column widths, frozen header, row heights, print setup and links. With the setting off, the sheet
 * an earlier run left is emptied and says why.
 */
export function renderTemuanSheet(sheet: PlanSheet, input: TemuanSheetInput): TemuanWrites {
  const { settings } = input;
  const bahasa = settings.bahasa;
  const out: TemuanWrites = { ranges: [], merges: [] };
  sheet.tabColor = TEMUAN_TAB_COLOR;
  if (!settings.lembarTemuan) {
    const text =
      bahasa === "en"
        ? `The Temuan sheet was not written for ${input.tahun}: the findings sheet setting is off.`
        : `Lembar Temuan tidak ditulis untuk tahun ${input.tahun}: pengaturan lembar temuan tidak aktif.`;
    out.ranges.push({
      sheet: sheet.name,
      address: "A1",
      values: [[text]],
      numberFormats: [[GENERAL_FORMAT]],
      style: { italic: true },
    });
    return out;
  }
  const title = titleOf(input.tahun, input.opd, bahasa);
  const total = COLUMNS.reduce((n, c) => n + c.width, 0);
  lineAcross(sheet.name, 0, title, { bold: true, fontSize: 12, hAlign: "center", wrap: true }, out);
  const header = COLUMNS.map((c) => c[bahasa]);
  out.ranges.push({
    sheet: sheet.name,
    address: rangeAddress(HEADER_ROW, 0, 1, WIDTH),
    values: [header],
    numberFormats: [header.map(() => GENERAL_FORMAT)],
    style: HEADER_STYLE,
  });
  const rows = sortTemuan(input.temuan, input.snapshot);
  const grid = rows.map((b, i) => rowValues(b, i + 1, bahasa));
  let last = FIRST_ROW + grid.length - 1;
  const levels = rows.map((b) => b.t.tingkat);
  if (grid.length > 0) bodyWrites(sheet.name, grid, levels, settings.desimal, out);
  else {
    const none = bahasa === "en" ? "No findings." : "Tidak ada temuan.";
    lineAcross(sheet.name, FIRST_ROW, none, { ...BODY, italic: true, hAlign: "center" }, out);
    last = FIRST_ROW;
  }
  sheet.columnWidths = COLUMNS.map((c, col) => ({ col, width: c.width }));
  sheet.freeze = { rows: FIRST_ROW, cols: 0 };
  sheet.rowHeights = [...textRowHeight(0, title, total * 0.9, true), ...heightsOf(grid, header)];
  sheet.pageSetup = printSetup(settings.kertas, rangeAddress(0, 0, last + 1, WIDTH), {
    first: HEADER_ROW,
    last: HEADER_ROW,
  });
  sheet.links = linksOf(rows, grid, bahasa);
  return out;
}

/** A link on each Sel cell whose finding points at a sheet of the workbook. */
function linksOf(rows: Baris[], grid: PlanValue[][], bahasa: Settings["bahasa"]): SheetLink[] {
  const links: SheetLink[] = [];
  rows.forEach((b, i) => {
    const text = grid[i]![4];
    if (!b.sheet || typeof text !== "string" || b.row === Number.MAX_SAFE_INTEGER) return;
    links.push({
      cell: cellAddress(FIRST_ROW + i, 4),
      location: linkLocation(b.sheet, text),
      text,
      tip: bahasa === "en" ? `Go to ${text} on ${b.sheet}` : `Buka sel ${text} di sheet ${b.sheet}`,
    });
  });
  return links;
}

/** Renders the Temuan sheet onto its plan sheet, when the run has one, adding its writes to the plan's. */
export function placeTemuanSheet(
  name: string | null,
  planSheets: readonly PlanSheet[],
  input: TemuanSheetInput,
  ranges: RangeWrite[],
  merges: MergeWrite[],
): void {
  const sheet = name === null ? undefined : planSheets.find((s) => sameName(s.name, name));
  if (!sheet) return;
  const w = renderTemuanSheet(sheet, input);
  for (const r of w.ranges) ranges.push(r);
  for (const m of w.merges) merges.push(m);
}

export { FIRST_ROW as TEMUAN_FIRST_ROW };
