/**
 * "Kinerja: Target | Realisasi | Capaian" beside "Anggaran: Pagu | Realisasi | Serapan" (an SPM report, the
 * PP 39/2006 form's "Keluaran" beside "Anggaran (Rp)", "Fisik" beside "Keuangan"): a group header decides
 * what the Target | Realisasi under it measure as surely as "Anggaran" or "Rp" does. A table that has money
 * columns and target or realisasi columns headed with a performance word measures its rows' indicators and
 * their budget; it is no budget table, and its label column names the indicators.
 */
import type { ColumnMapping, ColumnRole } from "../engine/mapping";
import type { Grid } from "./grid";
import { labelAsIndikator } from "./kind";
import type { FoundTable } from "./tables";
import { normHeader } from "./text";

/** words naming what the work achieved, not what it cost: "Kinerja", "Keluaran", "Output", "Fisik", "K" */
const KINERJA_WORD = /\b(kinerja|keluaran|output|outcome|fisik|volume)\b|^k$/;
const MEASURE_ROLES = new Set<ColumnRole>(["target", "realisasi"]);
const MONEY_ROLES = new Set<ColumnRole>(["pagu", "realisasiAnggaran"]);

/** true when the table's label column was made its indicator column for a kinerja group beside the money. */
export function kinerjaBesideAnggaran(
  g: Grid,
  t: FoundTable,
  columns: ColumnMapping[],
  parts: Map<number, string[]>,
): boolean {
  if (columns.some((c) => c.role === "indikator")) return false;
  if (!columns.some((c) => MONEY_ROLES.has(c.role))) return false;
  const measured = columns.some(
    (c) =>
      MEASURE_ROLES.has(c.role) && (parts.get(c.col) ?? []).some((p) => KINERJA_WORD.test(normHeader(p))),
  );
  return measured && labelAsIndikator(g, t, columns);
}
