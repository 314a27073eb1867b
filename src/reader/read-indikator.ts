/** An indicator row of a PK, pengukuran, Renstra, IKU ... table → one record per indikator column. */
import type { ColumnMapping } from "../engine/mapping";
import type { Level } from "../engine/model";
import {
  byRole,
  labelOf,
  noteUnreadable,
  rel,
  rowValue,
  skip,
  textOf,
  valueOf,
  type ReadContext,
} from "./read-context";
import { MONEY_ROLES, type IndicatorRecord, type ValueCell } from "./read-model";
import { readBudgetBeside, trackAverage } from "./read-beside";
import { KODE, levelOfName } from "./row-labels";

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

/** The level of an indicator: from its label, the columns the table has, or its program's name. */
function levelOf(
  cx: ReadContext,
  r: number,
  ic: ColumnMapping,
  kode: string | undefined,
  names: { program?: string; tujText: string; sasText: string; indikator: string },
): { level: Level; fromLabel: boolean } {
  // the level of an indicator column comes from the text column just left of it ("Tujuan | Indikator Tujuan")
  if (cx.indikatorCols.length > 1 && cx.leftRoleOf.get(ic.col) === "tujuan")
    return { level: "tujuan", fromLabel: false };
  if (cx.row.levelHint) return { level: cx.row.levelHint, fromLabel: true };
  if (names.tujText && !names.sasText && byRole(cx, "sasaran").length)
    return { level: "tujuan", fromLabel: false };
  if (cx.levelCols.some((c) => c.role === "subkegiatan")) return { level: "subkegiatan", fromLabel: false };
  if (cx.levelCols.some((c) => c.role === "kegiatan")) return { level: "kegiatan", fromLabel: false };
  if (cx.levelCols.some((c) => c.role === "program")) return { level: "program", fromLabel: false };
  if (names.program)
    return { level: levelOfName(names.program, textOf(cx, r, "no"), kode, {}), fromLabel: false };
  // a code (1.03.10 / 1.03.10.2.01 / 1.03.10.2.01.0026), or a column of programs read as the indicators
  if (kode || cx.programLabels)
    return { level: levelOfName(names.indikator, textOf(cx, r, "no"), kode, {}), fromLabel: false };
  return { level: "sasaran", fromLabel: false };
}

/** The row's text columns that describe the indicator. */
function describe(cx: ReadContext, rec: IndicatorRecord, r: number): void {
  const sat = textOf(cx, r, "satuan");
  if (sat) rec.satuan = sat;
  const pol = textOf(cx, r, "polaritas");
  if (pol) rec.polaritasText = pol;
  if (cx.row.program) rec.program = cx.row.program;
  const f = textOf(cx, r, "formula");
  if (f) rec.formula = f;
  const sd = textOf(cx, r, "sumberData");
  if (sd) rec.sumberData = sd;
  const pj = textOf(cx, r, "penanggungJawab");
  if (pj) rec.penanggungJawab = pj;
}

/** The row's values; on a quarter row the target and realisasi are that quarter's, its printed capaian no year's. */
export function valuesOfRow(cx: ReadContext, r: number, i: number, quarter?: number | "tahun"): ValueCell[] {
  const out: ValueCell[] = [];
  for (let k = 0; k < cx.valueCols.length; k++) {
    const c = cx.valueCols[k]!;
    const p = valueOf(cx, c, i);
    if (p.kind === "blank") continue;
    const cell: ValueCell = { role: c.role, value: rowValue(cx, k, r, p) };
    if (c.tahun !== undefined) cell.tahun = c.tahun;
    if (c.triwulan !== undefined) cell.triwulan = c.triwulan;
    // a program's budget written beside the indicators is the program's budget line, not the indicator's
    if (cx.beside.program && MONEY_ROLES.has(c.role)) continue;
    if (typeof quarter === "number") {
      if (c.role !== "target" && c.role !== "realisasi") continue;
      cell.triwulan = quarter;
    }
    out.push(cell);
  }
  return out;
}

function makeRecord(
  cx: ReadContext,
  r: number,
  ic: ColumnMapping,
  texts: { tujText: string; sasText: string },
) {
  let ind = cx.g.text(r, rel(cx, ic.col));
  let kode = textOf(cx, r, "kode") || undefined;
  const km = KODE.exec(ind);
  if (km) {
    kode = kode ?? km[1];
    ind = ind.slice(km[0].length).trim();
  }
  ind = ind.replace(LIST_NUMBER, "").trim();
  const names = namesOf(cx, r);
  const { level, fromLabel } = levelOf(cx, r, ic, kode, { ...names, ...texts, indikator: ind });
  const rec: IndicatorRecord = {
    tableId: cx.id,
    kind: cx.kind,
    sheet: cx.g.name,
    row: cx.g.absRow(r),
    rowRef: cx.g.ref(r, rel(cx, ic.col)),
    order: cx.order++,
    level,
    levelFromLabel: fromLabel,
    indikator: ind,
    values: [],
  };
  if (kode) rec.kode = kode;
  const tujuan =
    level === "tujuan" && cx.indikatorCols.length > 1 ? texts.tujText || cx.row.tujuan : cx.row.tujuan;
  if (tujuan) rec.tujuan = labelOf(cx, tujuan).rest;
  const sasaran = level === "tujuan" ? (rec.tujuan ?? cx.row.sasaran) : cx.row.sasaran;
  if (sasaran) rec.sasaran = sasaran;
  else if (names.sub) rec.sasaran = names.sub;
  else if (cx.row.program) rec.sasaran = cx.row.program;
  describe(cx, rec, r);
  return rec;
}

/** Numbers of the row into the pool a printed Jumlah/Rata-rata below is checked against. */
function poolRow(cx: ReadContext, r: number, i: number): void {
  for (let k = 0; k < cx.valueCols.length; k++) {
    const c = cx.valueCols[k]!;
    const p = valueOf(cx, c, i);
    if (p.kind !== "number") continue;
    const v = rowValue(cx, k, r, p);
    const list = cx.group.values.get(c.col) ?? [];
    list.push(v);
    cx.group.values.set(c.col, list);
    if (c.role === "capaian") cx.group.capaian.push(v);
  }
}

/** A quarter row under an indicator already read: its values join that indicator's record. */
function continueQuarter(cx: ReadContext, r: number, i: number, withIndicator: ColumnMapping[]): boolean {
  const quarter = cx.quarters.of(r);
  if (quarter === undefined) return false;
  const open = cx.quarterOpen;
  if (!open) return false;
  // a quarter row with its own indicator text starts a block; one under a merged or blank cell continues it
  if (withIndicator.length > 0) {
    const col = rel(cx, withIndicator[0]!.col);
    if (cx.g.isAnchor(r, col) || cx.g.anchorKey(r, col) !== open.key) return false;
  }
  for (const rec of open.records) rec.values.push(...valuesOfRow(cx, r, i, quarter));
  noteUnreadable(cx, r, i);
  cx.mapping.rowsRead++;
  return true;
}

export function readIndicatorRow(cx: ReadContext, r: number, i: number, hasValue: boolean): void {
  const sasText = textOf(cx, r, "sasaran");
  const tujText = textOf(cx, r, "tujuan");
  noteSasaran(cx, sasText, tujText);
  const withIndicator = cx.indikatorCols.filter((c) => cx.g.text(r, rel(cx, c.col)) !== "");
  if (cx.quarters.col !== undefined && continueQuarter(cx, r, i, withIndicator)) return;
  if (withIndicator.length === 0) return rowWithoutIndicator(cx, r, hasValue, !!(sasText || tujText));
  const names = namesOf(cx, r);
  if (names.program) cx.row.program = labelOf(cx, names.program).rest;
  const quarter = cx.quarters.col !== undefined ? cx.quarters.of(r) : undefined;
  const made: IndicatorRecord[] = [];
  for (const ic of withIndicator) {
    const rec = makeRecord(cx, r, ic, { tujText, sasText });
    rec.values = valuesOfRow(cx, r, i, quarter);
    cx.out.records.push(rec);
    made.push(rec);
  }
  cx.quarterOpen =
    quarter !== undefined
      ? { key: cx.g.anchorKey(r, rel(cx, withIndicator[0]!.col)), records: made }
      : undefined;
  poolRow(cx, r, i);
  trackAverage(cx, r, i);
  readBudgetBeside(cx, r, i);
  noteUnreadable(cx, r, i);
  cx.mapping.rowsRead++;
}
