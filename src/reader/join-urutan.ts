/**
 * A weak text match weighed again with the rest of its table. Tables of one report list the same
 * indicators in the same order (Tabel 3.1, the year table, the Renstra and national tables), so a row
 * whose weak match sits between the indicators its clearly matched neighbours joined, in their order, is
 * where the table's order puts it; values that agree with the indicator's (none differing) say the same.
 * Either makes the match clear: it is then noted, not warned about. A match neither confirms stays a
 * warning, and ambiguous or unmatched rows are left as they were decided (never merged on order alone).
 */
import type { JoinLink } from "../engine/mapping";
import type { Temuan } from "../engine/model";
import type { Entry } from "./join-index";
import { kesesuaianNilai, nilaiMenguatkan } from "./join-nilai";
import type { IndicatorRecord } from "./read-model";
import { pencocokanLemah } from "./temuan";

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
