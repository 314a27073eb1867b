/**
 * The medium-term plan's target beside the year's agreement: "Target Renstra 2024 | Target PK 2024" in a
 * Kementerian's IKU table, "Target RPJMD | Target PK", "Target Jangka Menengah | Target Tahunan". The PK is
 * the target the year is measured against; the column that names the plan is the Renstra target of its year,
 * not a second target that "differs". A capaian against the plan beside the capaian against the PK is
 * information, kept as keterangan. A lone column naming the plan (a Renstra table's "Target pada Renstra")
 * is left as it is: the table's kind decides it (kind.ts).
 */
import type { ColumnMapping, ColumnRole } from "../engine/mapping";
import { normHeader, partsWords } from "./text";

/** words naming a medium-term plan: Renstra, Rencana Strategis, RPJMD, RPJMN, RPJM, Jangka Menengah */
const PLAN = /\b(renstra|rencana strategis|rpjm[dn]?|jangka menengah)\b/;
/** what a plan column becomes beside a column of the same role and year that names no plan */
const AS_PLAN: Partial<Record<ColumnRole, ColumnRole>> = { target: "renstraTarget", capaian: "keterangan" };

function namesPlan(parts: string[] | undefined): boolean {
  return PLAN.test(partsWords(parts));
}

/** "Target Renstra Tahun ke- / 2019 … 2023": the targets of two or more years named as the plan's */
export function planTargetYears(columns: ColumnMapping[]): boolean {
  const years = new Set<number>();
  for (const c of columns)
    if (c.role === "target" && c.tahun !== undefined && PLAN.test(normHeader(c.header))) years.add(c.tahun);
  return years.size >= 2;
}

/** Of two target (or capaian) columns, the one naming the plan steps aside, whatever year each states. */
export function targetRenstra(columns: ColumnMapping[], parts: Map<number, string[]>): void {
  const plan = columns.filter((c) => AS_PLAN[c.role] !== undefined && namesPlan(parts.get(c.col)));
  const moved: [ColumnMapping, ColumnRole][] = [];
  for (const p of plan) {
    const agreed = columns.some((c) => c !== p && c.role === p.role && !namesPlan(parts.get(c.col)));
    if (agreed) moved.push([p, AS_PLAN[p.role]!]);
  }
  for (const [c, role] of moved) {
    c.role = role;
    c.confidence = Math.min(c.confidence, 0.85);
  }
  endOfPlan(columns);
}

/** roles of a table that follows the plan's progress: the realisasi so far, its share of the end target */
const PROGRESS = new Set<ColumnRole>(["renstraKumulatif", "capaianRenstra"]);

/**
 * "Target Renstra Tahun 2026 | Target 2023 | Realisasi 2023 | Target 2024" (the Renja form T-C.29): the one
 * plan target of a table that measures earlier years is the plan's end target when it lies two years or more
 * past every year the table gives, or the table follows the plan's progress; next year's plan target
 * ("Target Renstra 2025" beside "Target PK 2024") is that year's, and two or more plan years are yearly.
 */
function endOfPlan(columns: ColumnMapping[]): void {
  const plan = columns.filter((c) => c.role === "renstraTarget" && c.triwulan === undefined);
  const only = plan.length === 1 ? plan[0]! : undefined;
  if (only?.tahun === undefined) return;
  const measured = columns.filter(
    (c) => (c.role === "target" || c.role === "realisasi") && c.tahun !== undefined,
  );
  if (!measured.some((c) => c.role === "realisasi")) return;
  const last = Math.max(...measured.map((c) => c.tahun!));
  const far = only.tahun >= last + 2 || (only.tahun > last && columns.some((c) => PROGRESS.has(c.role)));
  if (!far) return;
  only.role = "targetAkhir";
  only.confidence = Math.min(only.confidence, 0.8);
}
