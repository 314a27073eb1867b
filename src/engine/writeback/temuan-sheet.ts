/**
 * The Temuan sheet: every finding of the run as a row an Inspektorat reviewer works through —
 * level, code, sheet, cell (an internal link to it), the message in the user's language and the
 * value the cell should hold where the finding knows one — errors first, then warnings, then
 * notes, each in the workbook's sheet order and down the sheet. The add-in owns the sheet like its
 * Tabel 3.x sheets: it is cleared and written again on every run, and "Hapus hasil" deletes it.
 */
import { cellAddress, rangeAddress } from "../address";
import type { Temuan, Tingkat } from "../model";
import {
  linkRecipe,
  type CellStyle,
  type MergeWrite,
  type PlanSheet,
  type PlanValue,
  type RangeWrite,
  type SheetLink,
} from "../plan";
import type { Settings } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { formatForValue, GENERAL_FORMAT, valueFormat } from "../tables/format";
import { POTONGAN_BARIS } from "../tables/model";
import { blankNonFinite } from "./body-writes";
import { findSheet, sameName } from "./ownership";
import { printSetup } from "./page-setup";
import { interned } from "./interned";
import { HEADER_FILL } from "./render";
import { linesOf, pointsFor, textRowHeight } from "./row-heights";
import { generatedSheetName } from "./sheet-names";
import { type Baris, sortTemuan, TINGKAT } from "./temuan-urutan";

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

/**
 * The body, one block per column (one style each); the Tingkat column one block per level. Rows of
 * the same content share one array: a handful of formats for some 700,000 cells of 100,000
 * findings, and a few hundred rows for the Tingkat, Kode and Sheet columns (some 17 MB less).
 */
function bodyWrites(
  sheet: string,
  grid: PlanValue[][],
  levels: readonly Tingkat[],
  desimal: number,
  out: { ranges: RangeWrite[] },
  row0 = FIRST_ROW,
): void {
  const formatRow = interned<string>();
  const formatOf = (v: PlanValue, c: number) =>
    formatRow(typeof v === "number" && c !== 0 ? valueFormat(v, desimal) : formatForValue(v));
  // Tingkat, Kode and Sheet repeat a few values down 100,000 rows, and an empty cell is empty
  const valueRow = interned<PlanValue>();
  const valueOf = (v: PlanValue, c: number): PlanValue[] =>
    v === null || (c >= 1 && c <= 3) ? valueRow(v) : [v];
  for (let c = 0; c < WIDTH; c++) {
    let start = 0;
    while (start < grid.length) {
      let end = start + 1;
      // the Tingkat column breaks where the level (and so its fill) changes
      if (c === 1) while (end < grid.length && levels[end] === levels[start]) end++;
      else end = grid.length;
      const values: PlanValue[][] = new Array<PlanValue[]>(end - start);
      const numberFormats: string[][] = new Array<string[]>(end - start);
      for (let r = start; r < end; r++) {
        const v = grid[r]![c] ?? null;
        values[r - start] = valueOf(v, c);
        numberFormats[r - start] = formatOf(v, c);
      }
      const fill = c === 1 ? TINGKAT[levels[start]!].fill : undefined;
      out.ranges.push({
        sheet,
        address: rangeAddress(row0 + start, c, end - start, 1),
        values,
        numberFormats,
        style: fill ? { ...COLUMN_STYLES[c]!, fill } : COLUMN_STYLES[c]!,
      });
      start = end;
    }
  }
}

/** The most lines a text of `row` takes in its column. */
function linesIn(row: ReadonlyArray<PlanValue>, bold: boolean): number {
  let most = 1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "string") continue;
    const n = linesOf(v, COLUMNS[c]!.width, bold);
    if (n > most) most = n;
  }
  return most;
}

/** Heights of the rows from the header down, where a text takes more than one line. */
function heightsOf(grid: PlanValue[][], header: string[]): { row: number; height: number }[] {
  const out: { row: number; height: number }[] = [];
  const h = linesIn(header, true);
  if (h > 1) out.push({ row: HEADER_ROW, height: pointsFor(h) });
  for (let i = 0; i < grid.length; i++) {
    const n = linesIn(grid[i]!, false);
    if (n > 1) out.push({ row: FIRST_ROW + i, height: pointsFor(n) });
  }
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
export function renderTemuanSheet(
  sheet: PlanSheet,
  input: TemuanSheetInput,
  potongan = POTONGAN_BARIS,
): TemuanWrites {
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
  if (grid.length > potongan) out.ranges.push(bodyRecipe(sheet.name, rows, settings, potongan));
  else if (grid.length > 0) {
    const levels = rows.map((b) => b.t.tingkat);
    bodyWrites(sheet.name, grid, levels, settings.desimal, out);
  } else {
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
  sheet.links = linksOf(rows, bahasa, potongan);
  return out;
}

/**
 * The body of more findings than a piece as a recipe (RangeWrite `pieces`): the same cells, made
 * `potongan` rows at a time while the plan is applied. The plan then holds the sorted findings
 * (which the run keeps anyway) instead of their cells: 32 MB less at 100,000 findings. Made apart
 * from `renderTemuanSheet`, whose scope (the whole grid) a closure there would keep alive.
 */
function bodyRecipe(sheet: string, rows: Baris[], settings: Settings, potongan: number): RangeWrite {
  // the settings, never the input: that holds the workbook's snapshot, which the write must not keep
  const { bahasa, desimal } = settings;
  return {
    sheet,
    address: rangeAddress(FIRST_ROW, 0, rows.length, WIDTH),
    pieces: function* () {
      for (let from = 0; from < rows.length; from += potongan) {
        const piece = rows.slice(from, from + potongan);
        const grid = piece.map((b, i) => rowValues(b, from + i + 1, bahasa));
        const out = { ranges: [] as RangeWrite[] };
        bodyWrites(
          sheet,
          grid,
          piece.map((b) => b.t.tingkat),
          desimal,
          out,
          FIRST_ROW + from,
        );
        // the plan's last line of defence (blankNonFinite) never sees these cells
        blankNonFinite(out.ranges);
        yield out.ranges;
      }
    },
  };
}

/**
 * A link on each Sel cell whose finding points at a sheet of the workbook (the text is the cell the
 * body writes there). More findings than a piece get a recipe, made when the links are written: the
 * plan then holds no link (30 MB less at 100,000 findings), only the sorted findings it keeps anyway.
 */
function linksOf(rows: Baris[], bahasa: Settings["bahasa"], potongan: number): Iterable<SheetLink> {
  const made = function* (): Generator<SheetLink> {
    for (let i = 0; i < rows.length; i++) {
      const b = rows[i]!;
      if (!b.sheet || b.row === Number.MAX_SAFE_INTEGER) continue;
      const text = cellAddress(b.row, b.col);
      yield {
        cell: cellAddress(FIRST_ROW + i, 4),
        location: linkLocation(b.sheet, text),
        text,
        tip: bahasa === "en" ? `Go to ${text} on ${b.sheet}` : `Buka sel ${text} di sheet ${b.sheet}`,
      };
    }
  };
  return rows.length > potongan ? linkRecipe(made) : [...made()];
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
