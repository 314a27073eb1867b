/** An indicator row of a PK, pengukuran, Renstra, IKU ... table → one record per indikator column. */
import type { ColumnMapping } from "../engine/mapping";
import type { Level, SourcedValue } from "../engine/model";
import {
  byRole,
  KIND_BLANK,
  KIND_NUMBER,
  labelOf,
  noteUnreadable,
  parsedAt,
  rel,
  rowValue,
  skip,
  textOf,
  type Pool,
  type ReadContext,
} from "./read-context";
import { MONEY_ROLES, MONEY_SUM_ROLES, type IndicatorRecord, type ValueSlot } from "./read-model";
import { readBudgetBeside, trackAverage } from "./read-beside";
import { levelOf, noteGroupLevel } from "./indicator-level";
import { KODE } from "./row-labels";

const LIST_NUMBER = /^\s*\d{1,2}[.)]\s+(?=\S)/;
const PROGRAM_START = /^program\b/i;

/** Tujuan and sasaran cells (or "Sasaran 1: …" labels) set the context of the rows under them. */
function noteSasaran(cx: ReadContext, sasText: string, tujText: string): void {
  if (tujText) cx.row.tujuan = labelOf(cx, tujText).rest;
  if (!sasText) return;
  const lab = labelOf(cx, sasText);
  if (lab.prefix === "tujuan") {
    cx.row.tujuan = lab.rest;
    cx.row.sasaran = lab.rest;
    cx.row.levelHint = "tujuan";
  } else {
    cx.row.sasaran = lab.rest;
    cx.row.levelHint = lab.prefix === "sasaran" ? "sasaran" : undefined;
  }
}

/** A row with no indicator text: it may still name the program of the rows under it. */
function rowWithoutIndicator(cx: ReadContext, r: number, hasValue: boolean, labelled: boolean): void {
  const nm = cx.nameCols.map((c) => cx.g.text(r, rel(cx, c.col))).find((x) => x !== "");
  if (nm) {
    const lab = labelOf(cx, nm);
    if (lab.prefix === "program" || PROGRAM_START.test(nm)) cx.row.program = lab.rest || nm;
  }
  skip(cx, r, hasValue ? "nilai tanpa indikator" : labelled ? "baris sasaran/tujuan" : "tanpa indikator");
}

/** The program and sub-level names a row carries in its name columns. */
function namesOf(cx: ReadContext, r: number): { program?: string; sub?: string } {
  const out: { program?: string; sub?: string } = {};
  for (const c of cx.nameCols) {
    if (c === cx.beside.program) continue;
    const isProgram = c.role === "program" || c.role === "nama";
    if (isProgram ? out.program !== undefined : out.sub !== undefined) continue;
    if (!isProgram && c.role !== "subkegiatan" && c.role !== "kegiatan") continue;
    const tx = cx.g.text(r, rel(cx, c.col));
    if (tx === "") continue;
    if (isProgram) out.program = tx;
    else out.sub = tx;
  }
  return out;
}

/** A text of the row's column with this role, or undefined when the row leaves it empty. */
function optionalText(
  cx: ReadContext,
  r: number,
  role: "satuan" | "polaritas" | "formula" | "sumberData" | "penanggungJawab",
): string | undefined {
  return textOf(cx, r, role) || undefined;
}

/** The slot of value column k's values: on a quarter row, that quarter's; on a year row, that year's. */
function slotOf(cx: ReadContext, k: number, quarter: number | undefined, year: number): ValueSlot {
  const years = cx.years?.years;
  // year slots after the quarter slots: one per value column, year the table gives, and quarter under it
  const at =
    year !== 0 && years
      ? (cx.valueCols.length + k * years.length + years.indexOf(year)) * 5 + (quarter ?? 0)
      : k * 5 + (quarter ?? 0);
  let slot = cx.slots[at];
  if (slot === undefined) {
    const c = cx.valueCols[k]!;
    slot = { role: c.role, tahun: year !== 0 ? year : c.tahun, triwulan: quarter ?? c.triwulan };
    cx.slots[at] = slot;
  }
  return slot;
}

/**
 * The row's values into `into`, each beside its slot; on a quarter row the target and realisasi are that
 * quarter's, its printed capaian no year's; on a year row (a "Tahun" column) every value is that year's.
 */
export function valuesOfRow(
  cx: ReadContext,
  r: number,
  i: number,
  quarter: number | "tahun" | undefined,
  into: { values: SourcedValue[]; slots: ValueSlot[] },
): void {
  const q = typeof quarter === "number" ? quarter : undefined;
  const year = cx.years ? cx.years.yearOf[i]! : 0;
  // counted first, so that a new record's arrays are made at their size: grown by push from empty they
  // took twice the memory, for every record of every table until the join (≈10 MB at 10,000 rows)
  let n = 0;
  for (let k = 0; k < cx.valueCols.length; k++) if (keepsValue(cx, k, i, q)) n++;
  if (n === 0) return;
  let at = into.values.length;
  if (at === 0) {
    into.values = new Array<SourcedValue>(n);
    into.slots = new Array<ValueSlot>(n);
  }
  for (let k = 0; k < cx.valueCols.length; k++) {
    if (!keepsValue(cx, k, i, q)) continue;
    into.values[at] = rowValue(cx, k, r, parsedAt(cx, k, i));
    into.slots[at] = slotOf(cx, k, q, year);
    at++;
  }
}

/** Whether value column k's cell of row i is one of the row's values (valuesOfRow). */
function keepsValue(cx: ReadContext, k: number, i: number, q: number | undefined): boolean {
  if (cx.valueKinds[k]![i] === KIND_BLANK) return false;
  const role = cx.valueCols[k]!.role;
  // a program's budget written beside the indicators is the program's budget line, not the indicator's
  if (cx.beside.program && MONEY_ROLES.has(role)) return false;
  return q === undefined || role === "target" || role === "realisasi";
}

function makeRecord(
  cx: ReadContext,
  r: number,
  ic: ColumnMapping,
  texts: { tujText: string; sasText: string },
  names: { program?: string; sub?: string },
): IndicatorRecord {
  let ind = cx.g.text(r, rel(cx, ic.col));
  let kode = textOf(cx, r, "kode") || undefined;
  const km = KODE.exec(ind);
  if (km) {
    kode = kode ?? km[1];
    ind = ind.slice(km[0].length).trim();
  }
  ind = ind.replace(LIST_NUMBER, "").trim();
  const { level, fromLabel } = levelOf(cx, r, ic, kode, names.program, texts, ind);
  const tujuanText =
    level === "tujuan" && cx.indikatorCols.length > 1 ? texts.tujText || cx.row.tujuan : cx.row.tujuan;
  const tujuan = tujuanText ? labelOf(cx, tujuanText).rest : undefined;
  const sasaranText = level === "tujuan" ? (tujuan ?? cx.row.sasaran) : cx.row.sasaran;
  // every field in the one literal (empty ones undefined): one object shape for 100,000 records, and no
  // property store grown field by field
  return {
    tableId: cx.id,
    kind: cx.kind,
    sheet: cx.g.name,
    row: cx.g.absRow(r),
    rowRef: cx.g.ref(r, rel(cx, ic.col)),
    order: cx.order++,
    level,
    levelFromLabel: fromLabel,
    kode: kode || undefined,
    identifiedByKode: ic.role === "kode" || undefined,
    tujuan: tujuan || undefined,
    sasaran: sasaranText || names.sub || cx.row.program || undefined,
    indikator: ind,
    satuan: optionalText(cx, r, "satuan") ?? cx.satuanKepala,
    polaritasText: optionalText(cx, r, "polaritas"),
    program: cx.row.program || undefined,
    formula: optionalText(cx, r, "formula"),
    sumberData: optionalText(cx, r, "sumberData"),
    penanggungJawab: optionalText(cx, r, "penanggungJawab"),
    values: [],
    slots: [],
  };
}

const DEPTH: Record<Level, number> = { tujuan: 0, sasaran: 1, program: 2, kegiatan: 3, subkegiatan: 4 };

/**
 * Numbers of the row into the pool a printed Jumlah/Rata-rata below is checked against. Money adds up
 * level by level (a program's pagu is Σ its kegiatan's): a total of a table of several levels is the sum of
 * its shallowest level's money, so a deeper row's money joins the pool only where no shallower row's has.
 */
function poolRow(cx: ReadContext, r: number, i: number, level: Level): void {
  const depth = DEPTH[level];
  for (let k = 0; k < cx.valueCols.length; k++) {
    if (cx.valueKinds[k]![i] !== KIND_NUMBER) continue;
    const c = cx.valueCols[k]!;
    if (MONEY_SUM_ROLES.has(c.role) && !moneyAtDepth(cx.group, c.col, depth)) continue;
    const v = rowValue(cx, k, r, parsedAt(cx, k, i));
    const list = cx.group.values.get(c.col) ?? [];
    list.push(v);
    cx.group.values.set(c.col, list);
    if (c.role === "capaian") cx.group.capaian.push(v);
  }
}

/** Whether money of this depth joins column col's pool; a shallower level's money starts the pool anew. */
function moneyAtDepth(pool: Pool, col: number, depth: number): boolean {
  pool.depth ??= new Map();
  const was = pool.depth.get(col);
  if (was !== undefined && depth > was) return false;
  if (was !== undefined && depth < was) pool.values.delete(col);
  pool.depth.set(col, depth);
  return true;
}

/** A quarter row under an indicator already read: its values join that indicator's record. */
function continueQuarter(cx: ReadContext, r: number, i: number, withIndicator: ColumnMapping[]): boolean {
  const quarter = cx.quarters.of(r);
  if (quarter === undefined) return false;
  const open = cx.quarterOpen;
  if (!open) return false;
  // under each year of a Tahun column: the blocks year-quarters.ts checked say which rows continue
  const checked = cx.years?.continues;
  if (checked) {
    if (checked[i] !== 1) return false;
  }
  // a quarter row with its own indicator text starts a block; one under a merged or blank cell continues it
  else if (withIndicator.length > 0) {
    const col = rel(cx, withIndicator[0]!.col);
    if (cx.g.isAnchor(r, col) || cx.g.anchorKey(r, col) !== open.key) return false;
  }
  for (const rec of open.records) valuesOfRow(cx, r, i, quarter, rec);
  noteUnreadable(cx, r, i);
  cx.mapping.rowsRead++;
  return true;
}

/**
 * A year row under an indicator already read ("2023" under "2022", the indicator merged down, repeated or
 * left blank): its values join that indicator's record, filed under the row's year. The same rule as the
 * blocks year-rows.ts checked: a blank indicator cell, the block's merge, or its text with a new year.
 */
function continueYear(cx: ReadContext, r: number, i: number, withIndicator: ColumnMapping[]): boolean {
  const open = cx.yearOpen;
  const year = cx.years!.yearOf[i]!;
  // quarter rows under each year continue by the checked blocks alone (continueQuarter)
  if (!open || year === 0 || cx.years!.continues) return false;
  if (withIndicator.length > 0) {
    const col = rel(cx, withIndicator[0]!.col);
    const merged = !cx.g.isAnchor(r, col) && cx.g.anchorKey(r, col) === open.key;
    if (!merged && (cx.g.text(r, col) !== open.text || open.seen.has(year))) return false;
  }
  open.seen.add(year);
  for (const rec of open.records) valuesOfRow(cx, r, i, undefined, rec);
  noteUnreadable(cx, r, i);
  cx.mapping.rowsRead++;
  return true;
}

const NO_COLUMNS: ColumnMapping[] = [];

/** The indikator columns the row fills; most tables have one, answered without a new array per row. */
function indicatorColsFilled(cx: ReadContext, r: number): ColumnMapping[] {
  const cols = cx.indikatorCols;
  if (cols.length === 1) return cx.g.text(r, rel(cx, cols[0]!.col)) !== "" ? cols : NO_COLUMNS;
  return cols.filter((c) => cx.g.text(r, rel(cx, c.col)) !== "");
}

/** "I", "II", "A.": the number of a group, not of an indicator (those run 1, 2, 3 under it) */
const GROUP_NUMBER = /^([IVX]{1,4}|[A-H])\.?$/;

/**
 * "I | Meningkatnya kesetaraan gender | | |" in a "Sasaran / Indikator" column: a row numbered as a group,
 * with no value in any column, in a table with no sasaran column of its own, is the sasaran of the rows
 * under it, not an indicator without data.
 */
function groupLine(cx: ReadContext, r: number, withIndicator: ColumnMapping[]): boolean {
  if (withIndicator.length !== 1 || byRole(cx, "sasaran").length > 0) return false;
  if (!GROUP_NUMBER.test(textOf(cx, r, "no"))) return false;
  const text = cx.g.text(r, rel(cx, withIndicator[0]!.col));
  // "B. PROGRAM …", "C. Kegiatan: …": the level of the indicators under it
  if (noteGroupLevel(cx, text)) skip(cx, r, "baris program/kegiatan");
  else {
    noteSasaran(cx, text, "");
    skip(cx, r, "baris sasaran/tujuan");
  }
  return true;
}

export function readIndicatorRow(cx: ReadContext, r: number, i: number, hasValue: boolean): void {
  const sasText = textOf(cx, r, "sasaran");
  const tujText = textOf(cx, r, "tujuan");
  noteSasaran(cx, sasText, tujText);
  const withIndicator = indicatorColsFilled(cx, r);
  if (!hasValue && cx.quarters.col === undefined && groupLine(cx, r, withIndicator)) return;
  if (cx.quarters.col !== undefined && continueQuarter(cx, r, i, withIndicator)) return;
  if (cx.years !== undefined && continueYear(cx, r, i, withIndicator)) return;
  if (withIndicator.length === 0) return rowWithoutIndicator(cx, r, hasValue, !!(sasText || tujText));
  const names = namesOf(cx, r);
  if (names.program) cx.row.program = labelOf(cx, names.program).rest;
  const quarter = cx.quarters.col !== undefined ? cx.quarters.of(r) : undefined;
  const texts = { tujText, sasText };
  // the records made are kept for a quarter block's later rows: those under a quarter row of its own, or
  // under the indicator's year line ("Target Tahunan", then "TW I … IV" rows with the indicator cell blank)
  const made: IndicatorRecord[] | undefined =
    cx.quarters.col !== undefined || cx.years !== undefined ? [] : undefined;
  let level: Level | undefined;
  for (const ic of withIndicator) {
    const rec = makeRecord(cx, r, ic, texts, names);
    level ??= rec.level;
    valuesOfRow(cx, r, i, quarter, rec);
    cx.out.records.push(rec);
    made?.push(rec);
  }
  cx.quarterOpen =
    made && cx.quarters.col !== undefined
      ? { key: cx.g.anchorKey(r, rel(cx, withIndicator[0]!.col)), records: made }
      : undefined;
  if (cx.years !== undefined) return openYears(cx, r, i, withIndicator, made!);
  // withIndicator is not empty here: the row made a record, and level is its first's
  poolRow(cx, r, i, level!);
  trackAverage(cx, r, i);
  readBudgetBeside(cx, r, i);
  noteUnreadable(cx, r, i);
  cx.mapping.rowsRead++;
}

/**
 * The first row of a year block: the records it made take the block's later rows. Its numbers join no
 * pool: a printed total under year rows is of no one year the reader could tell.
 */
function openYears(
  cx: ReadContext,
  r: number,
  i: number,
  withIndicator: ColumnMapping[],
  made: IndicatorRecord[],
) {
  const col = rel(cx, withIndicator[0]!.col);
  const year = cx.years!.yearOf[i]!;
  cx.yearOpen =
    year !== 0
      ? { key: cx.g.anchorKey(r, col), text: cx.g.text(r, col), seen: new Set([year]), records: made }
      : undefined;
  noteUnreadable(cx, r, i);
  cx.mapping.rowsRead++;
}
