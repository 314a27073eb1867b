/**
 * The state of reading one table: its columns by role, each value column parsed once as a column,
 * the running sasaran/program context, and the pools the printed totals are checked against.
 */
import type { ColumnMapping, ColumnRole, TableKind, TableMapping } from "../engine/mapping";
import type { Level, ParsedValue, SourcedValue } from "../engine/model";
import { parseColumn } from "../engine/parse";
import type { CellValue } from "../engine/snapshot";
import type { Grid } from "./grid";
import { VALUE_ROLES, type IndicatorRecord, type TableRead, type ValueSlot } from "./read-model";
import { quarterRows, type QuarterRows } from "./quarters";
import { findBeside, type Beside } from "./read-beside";
import type { FoundTable } from "./tables";
import { splitLabel } from "./text";
import { satuanOfHeaders } from "./unit-columns";
import { tidakTerbaca } from "./temuan";
import { PastedAlone } from "./pasted-alone";
import type { YearRows } from "./year-rows";
import { tableLevels, type TableLevels } from "./table-levels";

export interface Pool {
  values: Map<number, SourcedValue[]>;
  capaian: SourcedValue[];
  /** per money column, the depth of the level its values are of (read-indikator.ts poolRow) */
  depth?: Map<number, number>;
}

/** The running labels above a row: every field from the start (one object shape keeps rows fast). */
export interface RowContext {
  tujuan: string | undefined;
  sasaran: string | undefined;
  levelHint: Level | undefined;
  program: string | undefined;
  kegiatan: string | undefined;
  programId: string | undefined;
  kegiatanId: string | undefined;
  /** the "No" of the last kegiatan line: a line numbered the same way is its sibling, not its child */
  kegiatanNo: string | undefined;
  /** the "No" of the last program line: a line numbered the same way after a blank-numbered kegiatan is a program */
  programNo?: string | undefined;
}

export interface ReadContext {
  g: Grid;
  t: FoundTable;
  id: string;
  kind: TableKind;
  columns: ColumnMapping[];
  mapping: TableMapping;
  out: TableRead;
  first: number;
  nRows: number;
  /** each value column parsed as a column: one number convention per column */
  parsed: Map<number, ParsedValue[]>;
  valueCols: ColumnMapping[];
  /** by valueCols index: its parsed cells, and their kinds as codes (KIND_BLANK …) */
  valueParsed: ParsedValue[][];
  valueKinds: Uint8Array[];
  nameCols: ColumnMapping[];
  indikatorCols: ColumnMapping[];
  /** the indicator column is a label column of programs and kegiatan ("PROGRAM/KEGIATAN/SUBKEGIATAN") */
  programLabels: boolean;
  roleCols: Map<ColumnRole, ColumnMapping[]>;
  relCols: number[];
  headerSig: Set<string>;
  headerSigLengths: Set<number>;
  row: RowContext;
  group: Pool;
  /** the groups a printed total or average closed before `group`: a grand total after them covers them all */
  closedGroups: Pool[];
  pendapatan: Pool;
  lastWasAggregate: boolean;
  lastAggregateKind?: "jumlah" | "rata-rata";
  order: number;
  /** per row, the SourcedValue made for a value column (index in valueCols), shared by records and pools */
  made: (SourcedValue | undefined)[];
  /** by valueCols index × 5 + quarter row number (0 on other rows): the slot its values go to, made once */
  slots: (ValueSlot | undefined)[];
  labels: Map<string, ReturnType<typeof splitLabel>>;
  seenUnreadable: Set<string>;
  /** cells of the PDF-pasted shape the table gave no evidence for (pasted-alone.ts): the number they were not read as */
  pastedNotRead: Map<ParsedValue, number>;
  quarters: QuarterRows;
  /** quarter rows: the records the block's first row made, and its indikator cell (anchor key) */
  quarterOpen: { key: number; records: IndicatorRecord[] } | undefined;
  /** year rows ("Tahun" column): the year each row gives, and the open block (its merge, text, years given) */
  years: YearRows | undefined;
  yearOpen: { key: number; text: string; seen: Set<number>; records: IndicatorRecord[] } | undefined;
  /** a per-sasaran average and a program with its budget beside the indicators */
  beside: Beside;
  /** with no satuan column, the unit every target and realisasi header states ("Realisasi (%)") */
  satuanKepala: string | undefined;
  /** name columns left of the indicators: those give an indicator its level */
  levelCols: ColumnMapping[];
  /** what the header says of the rows' levels (indicator-level.ts) */
  levels: TableLevels;
}

const BLANK: ParsedValue = { kind: "blank" };
const none: ColumnMapping[] = [];

export const KIND_BLANK = 0;
export const KIND_TEXT = 1;
export const KIND_NUMBER = 2;
export const KIND_UNREADABLE = 3;
const KIND_OTHER = 4;

/**
 * The kind of each parsed cell as a code. Parsed values come in several object shapes, so reading
 * `kind` off them is a megamorphic load; every row asks it of every value column four or five times
 * (blank? number? unreadable?). Read once per cell here: ≈0,1 s of the reader's 690 ms at 10,000 rows.
 */
function kindCodes(values: ParsedValue[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const kind = values[i]?.kind ?? "blank";
    out[i] =
      kind === "blank"
        ? KIND_BLANK
        : kind === "text"
          ? KIND_TEXT
          : kind === "number"
            ? KIND_NUMBER
            : kind === "unreadable"
              ? KIND_UNREADABLE
              : KIND_OTHER;
  }
  return out;
}

export const rel = (cx: ReadContext, absCol: number): number => absCol - cx.g.sheet.origin.col;
/** Value column k's parsed cell of data row i (valueOf by index). */
export const parsedAt = (cx: ReadContext, k: number, i: number): ParsedValue =>
  cx.valueParsed[k]![i] ?? BLANK;
export const byRole = (cx: ReadContext, role: ColumnRole): ColumnMapping[] => cx.roleCols.get(role) ?? none;
export const valueOf = (cx: ReadContext, c: ColumnMapping, i: number): ParsedValue =>
  cx.parsed.get(c.col)?.[i] ?? BLANK;

/** The first non-empty text of the row's columns with this role. */
export function textOf(cx: ReadContext, r: number, role: ColumnRole): string {
  const list = cx.roleCols.get(role);
  if (list === undefined) return "";
  for (const c of list) {
    const tx = cx.g.text(r, rel(cx, c.col));
    if (tx !== "") return tx;
  }
  return "";
}

/** A sasaran or program label repeats on many rows: each distinct text is split once. */
export function labelOf(cx: ReadContext, text: string): ReturnType<typeof splitLabel> {
  let lab = cx.labels.get(text);
  if (lab === undefined) {
    lab = splitLabel(text);
    cx.labels.set(text, lab);
  }
  return lab;
}

export function sourced(cx: ReadContext, r: number, c: ColumnMapping, p: ParsedValue): SourcedValue {
  const rc = rel(cx, c.col);
  return { raw: cx.g.value(r, rc), parsed: p, source: cx.g.ref(r, rc) };
}

/** The row's SourcedValue for value column k, made once per row. */
export function rowValue(cx: ReadContext, k: number, r: number, p: ParsedValue): SourcedValue {
  let v = cx.made[k];
  if (v === undefined) {
    v = sourced(cx, r, cx.valueCols[k]!, p);
    cx.made[k] = v;
  }
  return v;
}

/** Unreadable value cells are reported wherever they are, once each. */
export function noteUnreadable(cx: ReadContext, r: number, i: number, indicatorId?: string): void {
  for (let k = 0; k < cx.valueCols.length; k++) {
    if (cx.valueKinds[k]![i] !== KIND_UNREADABLE) continue;
    const c = cx.valueCols[k]!;
    const p = parsedAt(cx, k, i);
    if (p.kind !== "unreadable") continue;
    const ref = cx.g.ref(r, rel(cx, c.col));
    const key = `${ref.sheet}!${ref.cell}`;
    if (cx.seenUnreadable.has(key)) continue;
    cx.seenUnreadable.add(key);
    cx.out.temuan.push(tidakTerbaca(ref, p.text, indicatorId, cx.pastedNotRead.get(p)));
  }
}

/** The number cells of a row, per column, for the Jumlah/Rata-rata checks of the pool the row belongs to. */
export function poolNumbers(cx: ReadContext, pool: Pool, r: number, i: number): void {
  for (const c of cx.valueCols) {
    const p = valueOf(cx, c, i);
    if (p.kind !== "number") continue;
    const list = pool.values.get(c.col) ?? [];
    list.push(sourced(cx, r, c, p));
    pool.values.set(c.col, list);
  }
}

export function skip(cx: ReadContext, r: number, reason: string): void {
  cx.mapping.rowsSkipped.push({ row: cx.g.absRow(r), reason });
}

function parseValueColumns(g: Grid, kind: TableKind, columns: ColumnMapping[], first: number, nRows: number) {
  const parsed = new Map<number, ParsedValue[]>();
  // one pair of buffers for every column (parseColumn keeps neither): a pair per column was 14 MB of
  // arrays at 100,000 indicator rows (sampled), each living through young collections into old space
  const cells: CellValue[] = [];
  const fmts: string[] = [];
  const pasted = new PastedAlone();
  for (const c of columns) {
    if (!VALUE_ROLES.has(c.role)) continue;
    const rc = c.col - g.sheet.origin.col;
    for (let i = 0; i < nRows; i++) {
      cells[i] = g.value(first + i, rc);
      fmts[i] = g.format(first + i, rc);
    }
    const values = parseColumn(cells, fmts, g.shared.parse);
    parsed.set(c.col, values);
    pasted.column(cells, values, nRows);
    // "Realisasi Anggaran | 95,18 %": a money header over percentages is the serapan, not rupiah
    if (kind === "anggaran" && (c.role === "realisasiAnggaran" || c.role === "pagu")) {
      const numbers = values.filter((p) => p.kind === "number");
      if (numbers.length > 0 && numbers.every((p) => p.kind === "number" && p.percent)) c.role = "serapan";
    }
  }
  pasted.settle();
  return { parsed, pastedNotRead: pasted.notRead };
}

function groupByRole(columns: ColumnMapping[]): Map<ColumnRole, ColumnMapping[]> {
  const roleCols = new Map<ColumnRole, ColumnMapping[]>();
  for (const c of columns) {
    const list = roleCols.get(c.role);
    if (list) list.push(c);
    else roleCols.set(c.role, [c]);
  }
  return roleCols;
}

/** The row state a table's read starts from: no tujuan, sasaran, program or kegiatan seen yet. */
function freshRowState(): ReadContext["row"] {
  return {
    tujuan: undefined,
    sasaran: undefined,
    levelHint: undefined,
    program: undefined,
    kegiatan: undefined,
    programId: undefined,
    kegiatanId: undefined,
    kegiatanNo: undefined,
  };
}

export function makeContext(
  g: Grid,
  t: FoundTable,
  mapping: TableMapping,
  out: TableRead,
  orderBase: number,
  years?: YearRows,
): ReadContext {
  const { columns, kind } = mapping;
  const first = t.firstDataRow;
  const nRows = t.lastDataRow - first + 1;
  // first: a column found to name quarters stops being a value column
  const quarters = quarterRows(g, t, columns);
  const beside = findBeside(g, t, columns);
  const { parsed, pastedNotRead } = parseValueColumns(g, kind, columns, first, nRows);
  const roleCols = groupByRole(columns);
  const indikatorCols = roleCols.get("indikator") ?? [];
  const rc = (c: ColumnMapping) => c.col - g.sheet.origin.col;
  const headerSig = new Set(t.headerRows.map((h) => columns.map((c) => g.text(h, rc(c))).join("|")));
  const valueCols = columns.filter((c) => VALUE_ROLES.has(c.role));
  const valueParsed = valueCols.map((c) => parsed.get(c.col) ?? []);
  return {
    g,
    t,
    id: mapping.id,
    kind,
    columns,
    mapping,
    out,
    first,
    nRows,
    parsed,
    valueCols,
    valueParsed,
    valueKinds: valueParsed.map((values) => kindCodes(values, nRows)),
    nameCols: columns.filter((c) => ["nama", "program", "kegiatan", "subkegiatan"].includes(c.role)),
    indikatorCols,
    programLabels: indikatorCols.some(
      (c) => /\b(program|kegiatan)\b/i.test(c.header) && !/\bindikator|indicator\b/i.test(c.header),
    ),
    roleCols,
    relCols: columns.map(rc),
    headerSig,
    // a row is joined and compared with the header only when its joined length could match one
    headerSigLengths: new Set([...headerSig].map((x) => x.length)),
    row: freshRowState(),
    group: { values: new Map(), capaian: [] },
    closedGroups: [],
    pendapatan: { values: new Map(), capaian: [] },
    lastWasAggregate: false,
    order: orderBase,
    made: valueCols.map(() => undefined),
    slots: [],
    labels: new Map(),
    seenUnreadable: new Set(),
    pastedNotRead,
    quarters,
    quarterOpen: undefined,
    years,
    yearOpen: undefined,
    beside,
    satuanKepala: satuanOfHeaders(columns),
    levelCols: columns.filter(
      (c) =>
        ["program", "kegiatan", "subkegiatan"].includes(c.role) &&
        (indikatorCols.length === 0 || c.col < indikatorCols[0]!.col),
    ),
    levels: tableLevels(columns, indikatorCols),
  };
}
