/**
 * Quality tables of services (a hospital's Indikator Mutu, a unit's Standar Pelayanan): "Indikator |
 * Standar | Capaian 2024". No column is headed Target or Realisasi, yet the rows are measured the same
 * way: the standard is what the unit holds itself to, and "Capaian <year>" is the value it reached
 * ("91,2 %", "48 menit"), not a percentage of a realisasi the table does not have.
 */
import type { ColumnMapping } from "../engine/mapping";
import { partsWords } from "./text";

/** "Standar", "Standar Mutu", "Nilai Ideal", "Nilai Normal": a standard that names no national source */
const OWN_STANDARD = /\bstandar\b|\bideal\b|\bnormal\b/;
const NATIONAL = /\b(nasional|national|spm|pusat|kementerian)\b/;
/** a capaian header that says it is a percentage: "Capaian (%)", "% Capaian", "Persentase Capaian" */
const PERCENT = /%|\bpersen|\bpersentase\b/;

/**
 * With no target column, a "Standar" column is the target of the year; with no realisasi column, a
 * "Capaian" column that is not headed as a percentage is what was reached. National standards stay
 * national (DOMAIN: realisasi vs standar nasional is a comparison of its own, beside the target).
 */
export function standarAsTarget(columns: ColumnMapping[], parts: Map<number, string[]>): void {
  const hasRole = (role: string) => columns.some((c) => c.role === role);
  if (hasRole("target") || !hasRole("indikator")) return;
  const words = (c: ColumnMapping) => partsWords(parts.get(c.col) ?? [c.header]);
  const standar = columns.filter(
    (c) => c.role === "targetNasional" && OWN_STANDARD.test(words(c)) && !NATIONAL.test(words(c)),
  );
  if (hasRole("realisasi")) {
    standarBesideRealisasi(columns, standar);
    return;
  }
  const capaian = columns.filter((c) => c.role === "capaian" && !PERCENT.test(words(c)));
  // one standard beside one reached value: more of either is a layout this reading does not cover
  if (standar.length !== 1 || capaian.length !== 1) return;
  const s = standar[0]!;
  const c = capaian[0]!;
  s.role = "target";
  s.confidence = Math.min(s.confidence, 0.75);
  c.role = "realisasi";
  c.confidence = Math.min(c.confidence, 0.75);
  // the standard holds for the year the reached value states
  if (s.tahun === undefined && c.tahun !== undefined) s.tahun = c.tahun;
}

/**
 * "Indikator | Nilai Ideal | Realisasi 2024" (a hospital's BOR, ALOS against their ideal ranges): with no target
 * column, the unit's own standard beside the realisasi of one year is that year's target. Realisasi of several
 * years beside one standard is a comparison this reading does not cover.
 */
function standarBesideRealisasi(columns: ColumnMapping[], standar: ColumnMapping[]): void {
  const years = new Set(columns.filter((c) => c.role === "realisasi").map((c) => c.tahun));
  if (standar.length !== 1 || years.size !== 1) return;
  const s = standar[0]!;
  s.role = "target";
  s.confidence = Math.min(s.confidence, 0.75);
  const year = [...years][0];
  if (s.tahun === undefined && year !== undefined) s.tahun = year;
}
