/**
 * A write plan: everything a run writes, as data. The engine and the table generators build
 * plans; src/excel (Office.js) and src/xlsx (exceljs) apply the same plan, so the pane, the
 * ribbon and the command line write identical workbooks.
 *
 * Rules every adapter keeps:
 * - A string is always literal text. Text that starts with = + - @ is stored as text, never as
 *   a formula (Office.js: numberFormat "@" on those cells in the same batch, before the value).
 * - Only what the plan names changes. Owned sheets with `clear: true` are emptied (values,
 *   formats, merges, rules, charts) before they are written, so a second run is identical.
 * - Conditional-format rules on a range in `conditionalFormats` replace the rules the add-in
 *   put there before (adapters clear rules on exactly that address first), never stack. A write
 *   with no rules takes away every rule lying inside its block (as Office.js clearAll does).
 * - Apply order: sheets, clears, removals, values and styles, merges, column widths (with row
 *   heights, page setup and links), conditional formats, notes, charts, names, then the names and
 *   sheets to delete.
 */
import type { Pesan } from "./model";

/** null writes an empty cell. */
export type PlanValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" */
  fill?: string;
  numberFormat?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "center" | "bottom";
  wrap?: boolean;
  /** thin borders on every edge of every cell of the block */
  border?: "thin";
  fontSize?: number;
}

export interface PlanSheet {
  name: string;
  /** true when the sheet does not exist yet and the run adds it */
  create: boolean;
  /** empty the whole sheet before writing (only ever on sheets the add-in owns) */
  clear: boolean;
  visibility?: "visible" | "hidden" | "veryHidden";
  /** zero-based column → width in characters */
  columnWidths?: { col: number; width: number }[];
  freeze?: { rows: number; cols: number };
  tabColor?: string;
  /** how the sheet prints (generated Tabel 3.x and Temuan sheets) */
  pageSetup?: PageSetup;
  /** zero-based row → height in points, for rows whose wrapped text Excel does not fit by itself (merged cells) */
  rowHeights?: { row: number; height: number }[];
  /**
   * Cells that jump to a place in the workbook when clicked (the Temuan sheet's cell references): a
   * list, or for many a recipe that makes them anew each time it is read (`linkRecipe`). Held as
   * objects, the 105,000 links at 100,000 rows were some 30 MB alive from the plan to the end of the
   * write. Read them with for…of; a host that needs them all up front uses `withPiecesMade`.
   */
  links?: Iterable<SheetLink>;
}

/**
 * An internal hyperlink on one cell of a plan sheet. The cell's value is written by a range write
 * (literal text, never a =HYPERLINK formula); the link only adds where a click goes.
 */
export interface SheetLink {
  /** the cell holding the link, e.g. "E5" */
  cell: string;
  /** where the click goes, a quoted sheet and a cell: "'Realisasi 2024'!G7" */
  location: string;
  /** the text the cell shows: the same text the range write puts there */
  text: string;
  /** shown when the pointer rests on the cell */
  tip?: string;
}

/**
 * Print settings of a sheet. Print titles and print area are sheet-scoped names in Excel
 * (_xlnm.Print_Titles / _xlnm.Print_Area); the adapters write them with the page setup.
 */
export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** A4 210 × 297 mm; F4 215 × 330 mm (Excel's "Folio 8.5 × 13", paperSize 14) */
  paper: "A4" | "F4";
  /** fit this many pages wide; the height is left free (as many pages as the rows need) */
  fitToWidth: number;
  /** zero-based first and last row repeated at the top of every page */
  titleRows?: { first: number; last: number };
  /** A1 block that prints */
  printArea?: string;
  /** centimetres */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerHorizontally?: boolean;
}

export interface RangeWrite {
  sheet: string;
  /** A1 block, e.g. "B4:H20"; values (when present) have exactly its shape */
  address: string;
  values?: PlanValue[][];
  /** one style for the whole block */
  style?: CellStyle;
  /** per-cell number formats (same shape as the block) where they differ inside it */
  numberFormats?: string[][];
  /**
   * A block of the same shape on the same sheet whose format (font, fill, borders, alignment, number
   * format) this block takes, cell for cell, before its values and number formats are written: a
   * column the add-in adds beside a user's table looks like the user's own header. `style` is then
   * ignored, except by a host that cannot copy formats (Office.js before ExcelApi 1.9), which uses it.
   */
  formatFrom?: string;
  /**
   * A large table body as a recipe: the writes of the block are made while the plan is applied, a
   * piece at a time, each piece garbage once written (`values`, `numberFormats` and `style` are then
   * absent). Held whole, Tabel 3.1 and 3.3 at 100,000 indicators were some 170 MB of row arrays alive
   * from the plan to the end of the write. Read the writes through `eachRange`, never this directly.
   */
  pieces?: () => Iterable<RangeWrite[]>;
}

/** Every write of `ranges` in order, a recipe's (`pieces`) made as they are reached. */
export function* eachRange(ranges: Iterable<RangeWrite>): Generator<RangeWrite> {
  for (const w of ranges) {
    if (!w.pieces) {
      yield w;
      continue;
    }
    for (const piece of w.pieces()) for (let i = 0; i < piece.length; i++) yield piece[i]!;
  }
}

/** Links made by `make` each time they are read: a plan's links as a recipe. */
export function linkRecipe(make: () => Iterator<SheetLink>): Iterable<SheetLink> {
  return { [Symbol.iterator]: make };
}

/** A plan sheet whose links are a list (none made by a recipe). */
export type MadeSheet = Omit<PlanSheet, "links"> & { links?: readonly SheetLink[] };

/** A plan with every write and link made: what `withPiecesMade` gives. */
export type MadePlan = Omit<WritePlan, "sheets"> & { sheets: MadeSheet[] };

function isListed(s: PlanSheet): s is MadeSheet {
  return s.links === undefined || Array.isArray(s.links);
}

function isMade(plan: WritePlan): plan is MadePlan {
  return !plan.ranges.some((w) => w.pieces) && plan.sheets.every(isListed);
}

/** The plan with every recipe made into its writes and links: for a host that needs all up front. */
export function withPiecesMade(plan: WritePlan): MadePlan {
  if (isMade(plan)) return plan;
  return {
    ...plan,
    sheets: plan.sheets.map((s) => (isListed(s) ? s : { ...s, links: [...(s.links ?? [])] })),
    ranges: plan.ranges.some((w) => w.pieces) ? [...eachRange(plan.ranges)] : plan.ranges,
  };
}

export interface MergeWrite {
  sheet: string;
  address: string;
}

/**
 * A block the add-in wrote on a user's sheet in an earlier run and writes no more (a Capaian/Predikat
 * column it added beside a table of a year it no longer computes): its values, number formats and
 * styles are cleared, the merges listed (each lying inside the block) are undone, and with
 * `lebarStandar` its columns go back to the sheet's standard width. The rules the add-in put there
 * are taken away by a conditional format write with no rules.
 */
export interface RemoveWrite {
  sheet: string;
  address: string;
  merges: string[];
  lebarStandar: boolean;
}

export type ConditionalRule =
  | {
      type: "cellValue";
      operator: "between" | "greaterThan" | "greaterThanOrEqual" | "lessThan" | "lessThanOrEqual" | "equal";
      formula1: string;
      formula2?: string;
      fill: string;
      fontColor: string;
    }
  | { type: "textEquals"; text: string; fill: string; fontColor: string }
  | {
      /**
       * A formula rule: the cell is painted where the formula is true. The formula is A1 style
       * without a leading "=", its relative references written for the range's top-left cell
       * (e.g. "AND(ISNUMBER(G7),G7<55)" on G7:G20), as Excel shifts them for the other cells.
       */
      type: "expression";
      formula: string;
      fill: string;
      fontColor: string;
    }
  | {
      type: "iconSet";
      /** Excel icon set name, e.g. "ThreeSymbols", "FourTrafficLights" */
      style: string;
      /** ascending thresholds (numbers) of the second and later icons */
      thresholds: number[];
    };

export interface ConditionalFormatWrite {
  sheet: string;
  address: string;
  /** in priority order; all rules previously on this address are removed first */
  rules: ConditionalRule[];
}

export interface NoteWrite {
  sheet: string;
  cell: string;
  text: string;
  /**
   * true: take away the note on this cell (one the add-in wrote on an earlier run whose finding is
   * gone); `text` is then ignored. A cell without a note is left as it is.
   */
  remove?: boolean;
}

export interface ChartWrite {
  /** unique name; an existing chart with this name on the sheet is replaced */
  name: string;
  sheet: string;
  type: "columnClustered" | "line";
  title: string;
  /** data block with the category labels in its first column and series names in its first row */
  dataAddress: string;
  /** top-left cell of the chart and its size in cells */
  anchor: string;
  widthCols: number;
  heightRows: number;
}

export interface NameWrite {
  name: string;
  sheet: string;
  address: string;
}

export interface WritePlan {
  version: 1;
  sheets: PlanSheet[];
  /** applied before the ranges; absent: none */
  removals?: RemoveWrite[];
  ranges: RangeWrite[];
  merges: MergeWrite[];
  conditionalFormats: ConditionalFormatWrite[];
  notes: NoteWrite[];
  charts: ChartWrite[];
  names: NameWrite[];
  /**
   * "Hapus hasil": sheets the add-in created (its Tabel 3.x sheets and its state sheet) deleted
   * whole, with their charts, after everything else. Only ever sheets the state lists as owned.
   */
  deleteSheets?: string[];
  /** workbook-level names the add-in defined, deleted (before their sheets, so none is left as #REF!) */
  deleteNames?: string[];
}

export function emptyPlan(): WritePlan {
  return {
    version: 1,
    sheets: [],
    removals: [],
    ranges: [],
    merges: [],
    conditionalFormats: [],
    notes: [],
    charts: [],
    names: [],
  };
}

/** What an adapter reports after applying a plan. */
export interface ApplyReport {
  cellsWritten: number;
  sheetsCreated: string[];
  /** what the host could not do and skipped, in the user's words (e.g. notes on an Excel older than ExcelApi 1.18) */
  skipped: Pesan[];
}

/** Why a run stopped before writing anything: one entry per cell or sheet in the way. */
export interface Refusal {
  kode:
    | "SEL_BERISI_DATA_PENGGUNA"
    | "SHEET_TERPROTEKSI"
    | "NAMA_SHEET_DIPAKAI"
    | "BATAS_EXCEL"
    | "TIDAK_ADA_TABEL"
    | "TAHUN_TIDAK_ADA"
    | "WORKBOOK_TERPROTEKSI"
    | "SHEET_TIDAK_ADA"
    | "TANPA_SHEET_TERLIHAT"
    | "STATE_RUSAK";
  sheet: string;
  cell?: string;
  pesan: { id: string; en: string };
}

/** Why a Tabel 3.x was not written in a run: it would have held no data for the reporting year. */
export type KodeTabelDilewati =
  | "TAHUN_TANPA_CAPAIAN"
  | "TANPA_TAHUN_PEMBANDING"
  | "TANPA_RENSTRA"
  | "RENSTRA_TANPA_REALISASI"
  | "TANPA_STANDAR_NASIONAL"
  | "TANPA_ANGGARAN"
  | "ANGGARAN_TAHUN_LAIN"
  | "TANPA_EFISIENSI";

/** A Tabel 3.x asked for and not written, with its reason in both languages. */
export interface TabelDilewati {
  nomor: string;
  kode: KodeTabelDilewati;
  alasan: { id: string; en: string };
}

/**
 * A chart of a written Tabel 3.x left out: with more categories than a printed page can show
 * (render-charts.ts MAX_KATEGORI_GRAFIK), neither the chart nor its data block is written.
 */
export interface GrafikDilewati {
  nomor: string;
  kode: "GRAFIK_TERLALU_PADAT";
  /** the chart's categories, and the most a readable chart has */
  kategori: number;
  batas: number;
  pesan: { id: string; en: string };
}

/** Where a generated Tabel 3.x went. */
export interface PlacedTable {
  nomor: string;
  judul: string;
  sheet: string;
  rentang: string;
}
