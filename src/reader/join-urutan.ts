/**
 * A weak text match weighed again with the rest of its table. Tables of one report list the same
 * indicators in the same order (Tabel 3.1, the year table, the Renstra and national tables), so a row
 * whose weak match sits between the indicators its clearly matched neighbours joined, in their order, is
 * where the table's order puts it; values that agree with the indicator's (none differing) say the same.
 * Either makes the match clear: it is then noted, not warned about. A match neither confirms stays a
 * warning, and ambiguous rows are left as they were decided (never merged on order alone). A row whose
 * name matched nothing ("Persentase penanganan sampah" for "Persentase sampah yang tertangani") is joined
 * only where both say the same: the order leaves one free indicator in its place, and at
 * least two of its values are that indicator's, none differing; the join is noted with its reason.
 */
import type { JoinLink } from "../engine/mapping";
import type { Temuan } from "../engine/model";
import type { Entry } from "./join-index";
import { kesesuaianNilai, nilaiMenguatkan } from "./join-nilai";
import type { IndicatorRecord } from "./read-model";
import { pencocokanLemah, pencocokanUrutan } from "./temuan";
import { normIndicator, similarity } from "./text";

/** At or above this similarity a text match is clear by itself; below it, weak unless order or values confirm it. */
export const STRONG = 0.93;

/** Where a row goes and why: an indicator found so far, or a new one; the finding the choice raises. */
export interface Decision {
  to: Entry | "baru";
  method: JoinLink["method"];
  score: number;
  temuan?: Temuan;
}

function weak(d: Decision): boolean {
  return d.method === "mirip" && d.to !== "baru" && d.score < STRONG;
}

/** The found order of the indicator a decision joins, when it joins one clearly. */
function anchorSeq(d: Decision): number | undefined {
  return d.to !== "baru" && !weak(d) ? d.to.seq : undefined;
}

/** Between its clear neighbours' indicators, in their order (at least one neighbour). */
function inOrder(ds: Decision[], i: number, seq: number): boolean {
  let before: number | undefined;
  let after: number | undefined;
  for (let k = i - 1; k >= 0 && before === undefined; k--) before = anchorSeq(ds[k]!);
  for (let k = i + 1; k < ds.length && after === undefined; k++) after = anchorSeq(ds[k]!);
  if (before === undefined && after === undefined) return false;
  return (before === undefined || before < seq) && (after === undefined || seq < after);
}

/** Weak matches of one table's rows (same index as `recs`) made clear by order or values, in place. */
export function kuatkanDenganUrutan(
  recs: IndicatorRecord[],
  ds: Decision[],
  defaultYear: (rec: IndicatorRecord) => number,
): void {
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i]!;
    if (!weak(d) || d.to === "baru") continue;
    const e = d.to;
    const rec = recs[i]!;
    const nilai = kesesuaianNilai(rec, e.ind, defaultYear);
    // a differing value is no confirmation, whatever the order says
    const clear = nilai.beda === 0 && (nilaiMenguatkan(nilai) || inOrder(ds, i, e.seq));
    if (clear)
      ds[i] = { ...d, temuan: pencocokanLemah(rec.rowRef, e.ref, e.ind.indikator, d.score, e.ind.id, false) };
  }
}

/** A gap in the order wider than this gives a row no one place. */
const CELAH_MAKS = 6;
/** Values that must agree (a target and a realisasi, say) before the order alone places a row. */
const NILAI_MIN = 2;

/** Rows of one table that matched no name, placed by the table's order and their values, in place. */
export function pasangkanDenganUrutan(
  recs: IndicatorRecord[],
  ds: Decision[],
  entries: readonly Entry[],
  defaultYear: (rec: IndicatorRecord) => number,
): void {
  // a table's first reading (all its rows new) has no anchor: nothing to place, and no pass over its rows
  if (!ds.some((d) => d.to === "baru") || !ds.some((d) => anchorSeq(d) !== undefined)) return;
  const { before, after } = anchors(ds);
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i]!;
    const rec = recs[i]!;
    // an ambiguous row (it has its finding) and a row known by its code alone keep their decision
    if (d.to !== "baru" || d.temuan !== undefined || d.method !== "teks" || rec.identifiedByKode) continue;
    const found = tempatDiUrutan(rec, before[i], after[i], entries, defaultYear);
    if (found === undefined) continue;
    const e = found.e;
    e.claimed.push(rec.tableId);
    ds[i] = {
      to: e,
      method: "mirip",
      score: Math.round(similarity(normIndicator(rec.indikator), e.norm) * 1000) / 1000,
      temuan: pencocokanUrutan(rec.rowRef, e.ref, rec.indikator, e.ind.indikator, found.sama, e.ind.id),
    };
  }
}

/** Per row, the found order of the nearest clearly joined row before it and after it: one pass each way. */
function anchors(ds: Decision[]): { before: (number | undefined)[]; after: (number | undefined)[] } {
  const before: (number | undefined)[] = new Array<number | undefined>(ds.length);
  const after: (number | undefined)[] = new Array<number | undefined>(ds.length);
  let last: number | undefined;
  for (let i = 0; i < ds.length; i++) {
    before[i] = last;
    last = anchorSeq(ds[i]!) ?? last;
  }
  last = undefined;
  for (let i = ds.length - 1; i >= 0; i--) {
    after[i] = last;
    last = anchorSeq(ds[i]!) ?? last;
  }
  return { before, after };
}

/** The one free indicator between the row's clear neighbours' whose values agree with the row's. */
function tempatDiUrutan(
  rec: IndicatorRecord,
  before: number | undefined,
  after: number | undefined,
  entries: readonly Entry[],
  defaultYear: (rec: IndicatorRecord) => number,
): { e: Entry; sama: number } | undefined {
  if (before === undefined && after === undefined) return undefined;
  // an open end of the order reaches no further than a short gap would
  const lo = before !== undefined ? before + 1 : Math.max(0, after! - CELAH_MAKS);
  const hi = after !== undefined ? after : Math.min(entries.length, lo + CELAH_MAKS);
  if (hi <= lo || hi - lo > CELAH_MAKS) return undefined;
  let found: { e: Entry; sama: number } | undefined;
  for (let s = lo; s < hi; s++) {
    const e = entries[s]!;
    if (e.claimed.includes(rec.tableId)) continue;
    const nilai = kesesuaianNilai(rec, e.ind, defaultYear);
    if (nilai.beda > 0 || nilai.sama < NILAI_MIN) continue;
    if (found !== undefined) return undefined;
    found = { e, sama: nilai.sama };
  }
  return found;
}
