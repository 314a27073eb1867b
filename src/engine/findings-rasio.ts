/**
 * A target written as a ratio ("1 : 2.500", "1/1.000"): its notice. Kept beside the indicator findings, which
 * call it when a target is text.
 */
import type { Indicator, SourceRef, SourcedValue, Temuan } from "./model";
import { buatTemuan, cetak, nama } from "./temuan";

/** "1 : 2.500", "1:30", "1/1.000": a ratio of two numbers, as agencies write doctor or bed ratios. */
export const RASIO = /^\s*\d[\d.,]*\s*(?::|\/)\s*\d[\d.,]*\s*$/;

/**
 * A ratio target: DOMAIN.md computes a capaian from numbers, ranges and grades, and a ratio's direction (is
 * 1 : 2.400 better than 1 : 2.500?) is not in the cell, so no capaian follows. The cell is read right, so the
 * user is told at notice level that it is a ratio, not warned that the target is unreadable.
 */
export function rasioTakDihitung(
  diTarget: SourceRef | undefined,
  ind: Indicator,
  target: SourcedValue,
  realisasi: SourcedValue | undefined,
  sama: boolean,
): Temuan {
  const samaId = sama ? " Realisasinya rasio yang sama: tercapai menurut tulisannya." : "";
  const samaEn = sama ? " Its realisasi is the same ratio: met as written." : "";
  return buatTemuan(
    "TARGET_TIDAK_TERBACA",
    [diTarget, realisasi?.source],
    `Target ${nama(ind.indikator)} "${cetak(target, "id")}" ditulis sebagai rasio: capaian dalam persen tidak dihitung dari rasio; capaian tercetak dibiarkan apa adanya.${samaId}`,
    `The target of ${nama(ind.indikator)} "${cetak(target, "en")}" is written as a ratio: no capaian in percent is computed from a ratio; a printed capaian is left as it is.${samaEn}`,
    ind.id,
    "info",
  );
}
