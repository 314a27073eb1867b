/**
 * One data row of a table: what it is (blank, repeated header, column numbers, section line, printed
 * total or average, a data line) and, for a data line, the reader of the table's kind.
 */
import { hitungCapaian } from "../engine/capaian";
import { isColumnNumber } from "./header-cells";
import { readAnggaranRow } from "./read-anggaran";
import {
  byRole,
  KIND_BLANK,
  KIND_TEXT,
  labelOf,
  noteUnreadable,
  poolNumbers,
  rel,
  skip,
  sourced,
  textOf,
  valueOf,
  type Pool,
  type ReadContext,
} from "./read-context";
import { closeAverage } from "./read-beside";
import { noteGroupLevel } from "./indicator-level";
import { readIndicatorRow } from "./read-indikator";
import { MONEY_SUM_ROLES } from "./read-model";
import { AGG_START, AGGREGATE } from "./row-labels";
import { NOTE } from "./row-info";
import { capaianJumlah } from "./temuan";
import { normHeader } from "./text";

const LIST_MARK = /^([a-z]|\d{1,2}|[ivx]{1,4}) (?=\S)/;
const RATA = /^(rata|rerata)/;
const PENDAPATAN_WORD = /\b(pad|pendapatan)\b/;

/** One buffer for all rows of a read: a row's texts are only looked at while it is read. */
interface RowTexts {
  texts: string[];
  /** how many of them are not empty */
  filled: number;
}

function collectTexts(cx: ReadContext, r: number, buf: RowTexts): number {
  // a count, not a list of the filled texts: a list emptied per row gives its room back, and took it
  // again on every row (≈5 MB at 10,000 rows)
  let filled = 0;
  let joinedLength = cx.relCols.length - 1;
  for (let k = 0; k < cx.relCols.length; k++) {
    const tx = cx.g.text(r, cx.relCols[k]!);
    buf.texts[k] = tx;
    joinedLength += tx.length;
    if (tx !== "") filled++;
  }
  buf.filled = filled;
  return joinedLength;
}

/** true when the filled cells of the row are one merged cell or one lone text */
function oneAnchor(cx: ReadContext, r: number, texts: string[]): boolean {
  let anchor = -1;
  for (let k = 0; k < texts.length; k++) {
    if (texts[k] === "") continue;
    const a = cx.g.anchorKey(r, cx.relCols[k]!);
    if (anchor === -1) anchor = a;
    else if (a !== anchor) return false;
  }
  return true;
}

/** "SEKRETARIAT :", "Sasaran 1 : …": a section line, which may set the sasaran of the rows under it. */
function sectionLine(cx: ReadContext, r: number, text: string): void {
  // a note between two groups (tables.ts keeps the rows under it) sets no sasaran
  if (NOTE.test(text)) return skip(cx, r, "baris catatan");
  const lab = labelOf(cx, text);
  if (lab.prefix === "tujuan") {
    cx.row.tujuan = lab.rest;
    cx.row.sasaran = lab.rest;
    cx.row.levelHint = "tujuan";
  } else if (lab.prefix === "sasaran") {
    cx.row.sasaran = lab.rest;
    cx.row.levelHint = "sasaran";
  } else if (cx.kind !== "anggaran") noteGroupLevel(cx, text);
  skip(cx, r, "baris judul bagian");
}

/** "Rata-rata capaian kinerja Dinas", "Jumlah seluruh OPD": a total's word first, any words after it */
const AGG_LEAD = /^(jumlah|total|grand total|sub ?total|rata rata|rerata)\b/;

/**
 * A row of a target/realisasi table with a number but none in its target or realisasi columns (blank, or
 * its label merged across them) prints only a result: a total's or average's, not an indicator's
 * ("Jumlah desa mandiri" with its target and realisasi is an indicator).
 */
function resultOnly(cx: ReadContext, i: number): boolean {
  let measured = 0;
  for (const role of ["target", "realisasi"] as const)
    for (const c of byRole(cx, role)) {
      measured++;
      if (valueOf(cx, c, i).kind === "number") return false;
    }
  return measured > 0;
}

/** The label of a printed total or average ("Jumlah", "Rata-rata Capaian"), or "". */
function aggregateLabel(cx: ReadContext, r: number, i: number, texts: string[]): string {
  // AGG_START finds a word start in the joined texts exactly when it finds one in some text
  if (!texts.some((x) => AGG_START.test(x))) return "";
  const candidates = [
    textOf(cx, r, "no"),
    textOf(cx, r, "sasaran"),
    textOf(cx, r, "indikator"),
    ...cx.nameCols.map((c) => cx.g.text(r, rel(cx, c.col))),
  ];
  const labels = candidates.map((x) => normHeader(x).replace(LIST_MARK, "")).filter((x) => x !== "");
  const strict = labels.find((x) => AGGREGATE.test(x));
  if (strict !== undefined) return strict;
  // other words after the total's word: a total when the row holds a result and no target or realisasi
  const loose = labels.find((x) => AGG_LEAD.test(x));
  return loose !== undefined && resultOnly(cx, i) ? loose : "";
}

/**
 * The rows a total covers: its group's, or, right under another total of its kind that closed the last of
 * several groups ("Rata-rata sasaran 2", then "Rata-rata capaian kinerja Dinas"), every group's rows.
 */
function totalPool(cx: ReadContext, kindAgg: "jumlah" | "rata-rata"): Pool {
  if (!cx.lastWasAggregate || cx.lastAggregateKind !== kindAgg || cx.closedGroups.length === 0)
    return cx.group;
  const all: Pool = { values: new Map(), capaian: [] };
  for (const g of [...cx.closedGroups, cx.group]) {
    for (const [col, list] of g.values) all.values.set(col, [...(all.values.get(col) ?? []), ...list]);
    all.capaian.push(...g.capaian);
  }
  return all;
}

function readAggregate(cx: ReadContext, r: number, i: number, label: string, texts: string[]): void {
  const kindAgg = RATA.test(label) ? "rata-rata" : "jumlah";
  const labelText = texts.find((x) => x !== "" && normHeader(x).endsWith(label)) ?? label;
  // "Jumlah PAD" / "Jumlah Pendapatan" adds up the revenue lines, not the programs
  const pool = PENDAPATAN_WORD.test(label) ? cx.pendapatan : totalPool(cx, kindAgg);
  for (const c of cx.valueCols) {
    const p = valueOf(cx, c, i);
    if (p.kind !== "number") continue;
    if (kindAgg === "jumlah" && !MONEY_SUM_ROLES.has(c.role)) continue;
    const members = pool.values.get(c.col) ?? (c.role === "capaian" ? pool.capaian : []);
    cx.out.aggregates.push({
      kind: kindAgg,
      label: labelText,
      printed: sourced(cx, r, c, p),
      members: [...members],
    });
  }
  if (kindAgg === "jumlah") checkTotalCapaian(cx, r, i, labelText);
  skip(cx, r, kindAgg === "jumlah" ? "baris jumlah" : "baris rata-rata");
  cx.lastWasAggregate = true;
  cx.lastAggregateKind = kindAgg;
}

/** A total row that prints a capaian: it must be its own Σ realisasi ÷ Σ target, as any row's. */
function checkTotalCapaian(cx: ReadContext, r: number, i: number, label: string): void {
  const one = (role: "target" | "realisasi" | "capaian") => {
    const cols = cx.valueCols.filter((c) => c.role === role);
    if (cols.length !== 1) return undefined;
    const p = valueOf(cx, cols[0]!, i);
    return p.kind === "number" ? { value: p.value, col: cols[0]! } : undefined;
  };
  const t = one("target");
  const re = one("realisasi");
  const c = one("capaian");
  if (!t || !re || !c || t.value <= 0) return;
  // the engine's own formula: a total of counts is read higher-is-better
  const expected = hitungCapaian(
    { kind: "number", value: t.value },
    { kind: "number", value: re.value },
    "naik",
  ).capaian;
  if (expected === null || Math.abs(expected - c.value) <= 0.5) return;
  const at = cx.g.ref(r, rel(cx, c.col.col));
  cx.out.temuan.push(capaianJumlah(at, c.value, { target: t.value, realisasi: re.value, expected }, label));
}

/** The AKIP components are no indicators; their scores only feed the "Jumlah Nilai" check. */
function readAkipRow(cx: ReadContext, r: number, i: number): void {
  if (!cx.valueCols.some((c) => valueOf(cx, c, i).kind === "number"))
    return skip(cx, r, "baris predikat/teks AKIP");
  poolNumbers(cx, cx.group, r, i);
  noteUnreadable(cx, r, i);
  cx.mapping.rowsRead++;
}

function rowHasValue(cx: ReadContext, i: number): boolean {
  for (let k = 0; k < cx.valueKinds.length; k++) {
    const kind = cx.valueKinds[k]![i];
    if (kind !== KIND_BLANK && kind !== KIND_TEXT) return true;
  }
  return false;
}

/** Reads every data row of the table in order. */
export function readRows(cx: ReadContext): void {
  const buf: RowTexts = { texts: cx.columns.map(() => ""), filled: 0 };
  for (let i = 0; i < cx.nRows; i++) readRow(cx, i, buf);
  closeAverage(cx);
}

function readRow(cx: ReadContext, i: number, buf: RowTexts): void {
  const r = cx.first + i;
  const joinedLength = collectTexts(cx, r, buf);
  const { filled, texts } = buf;
  if (filled === 0) return skip(cx, r, "baris kosong");
  if (cx.headerSigLengths.has(joinedLength) && cx.headerSig.has(texts.join("|")))
    return skip(cx, r, "judul kolom berulang");
  if (filled >= 3 && texts.every((x) => x === "" || isColumnNumber(x)))
    return skip(cx, r, "baris nomor kolom");
  cx.made.fill(undefined);
  const hasValue = rowHasValue(cx, i);
  if (!hasValue && oneAnchor(cx, r, texts))
    return sectionLine(
      cx,
      r,
      texts.find((x) => x !== "")!,
    );
  const label = aggregateLabel(cx, r, i, texts);
  if (label !== "" && hasValue) return readAggregate(cx, r, i, label, texts);
  // consecutive total lines ("Jumlah PAD", "Jumlah Belanja") refer to the same rows above them
  if (cx.lastWasAggregate) {
    cx.closedGroups.push(cx.group);
    cx.group = { values: new Map(), capaian: [] };
  }
  cx.lastWasAggregate = false;
  if (cx.kind === "akip") return readAkipRow(cx, r, i);
  if (cx.kind === "anggaran") return readAnggaranRow(cx, r, i, hasValue);
  readIndicatorRow(cx, r, i, hasValue);
}
