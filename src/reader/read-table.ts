/**
 * One table → its column mapping and its rows: indicator records (joined later), budget lines,
 * printed totals/averages, and the reasons rows were skipped. Steps: columns from the header,
 * the table's kind, roles that depend on the kind, years, the user's fixes; then every row.
 */
import { rangeAddress } from "../engine/address";
import type { ColumnMapping, MappingOverrides, TableMapping } from "../engine/mapping";
import type { Grid } from "./grid";
import {
  applyColumnOverrides,
  buildColumns,
  fillYears,
  overrideFor,
  sheetTitleYear,
  tableId,
} from "./columns";
import { adjustRoles, classifyKind, promoteLabelColumn, type KindGuess } from "./kind";
import { kinerjaBesideAnggaran } from "./kinerja-anggaran";
import { asIdentified, KODE_KIND_FACTOR, kodeColumn } from "./kode-table";
import { headerCell, mixedLevelName } from "./mixed-level";
import { titlePeriod } from "./periode-judul";
import { periodeRencana, planColumns } from "./periode-rencana";
import { rollUpTemuan } from "./roll-up";
import { makeContext } from "./read-context";
import type { TableRead } from "./read-model";
import { readRows } from "./read-row";
import type { FoundTable } from "./tables";
import { settleShortYears, shortYears, tahunPendekTemuan } from "./tahun-pendek";
import { acuanOf, relativeYears } from "./tahun-relatif";
import { tahunRelatifTemuan } from "./tahun-relatif-temuan";
import { withoutRegulations } from "./tahun-peraturan";
import { firstYear } from "./text";
import { yearRows, yearRowsKind } from "./year-rows";

export type { IndicatorRecord, TableRead, ValueSlot } from "./read-model";

function mappingOf(
  g: Grid,
  t: FoundTable,
  id: string,
  guess: KindGuess,
  columns: ColumnMapping[],
): TableMapping {
  const top = t.headerRows[0] ?? t.firstDataRow;
  return {
    id,
    sheet: g.name,
    range: rangeAddress(
      g.absRow(top),
      g.absCol(t.colStart),
      t.lastDataRow - top + 1,
      t.colEnd - t.colStart + 1,
    ),
    headerRows: t.headerRows.map((r) => g.absRow(r)),
    firstDataRow: g.absRow(t.firstDataRow),
    lastDataRow: g.absRow(t.lastDataRow),
    kind: guess.kind,
    kindConfidence: guess.confidence,
    columns,
    rowsRead: 0,
    rowsSkipped: [],
  };
}

export function readTable(
  g: Grid,
  t: FoundTable,
  overrides: MappingOverrides | undefined,
  orderBase: number,
): TableRead | null {
  const id = tableId(g, t);
  const titleYear =
    firstYear(withoutRegulations(t.title ?? "")) ?? firstYear(g.name) ?? t.yearAbove ?? sheetTitleYear(g);
  const { columns, parts } = buildColumns(g, t);
  // "Target '24": the years the table states in full say which year a short one is
  const unreadYears = shortYears(columns, parts, titleYear);
  // "Tahun n-1", "Tahun Lalu", "Tahun ke-2": counted from the year or period the table's surroundings state
  const unreadRelative = relativeYears(columns, parts, () =>
    acuanOf(t.title ?? "", g.name, () => t.yearAbove ?? sheetTitleYear(g)),
  );
  const ov = overrideFor(overrides, id);
  let guess = classifyKind(t.title ?? "", g.name, columns);
  // "Uraian | Target | Realisasi": the label column names the indicators when nothing else does
  if (!guess && promoteLabelColumn(g, t, columns)) guess = classifyKind(t.title ?? "", g.name, columns);
  // "Kinerja: Target | Realisasi" beside "Anggaran: Pagu | Realisasi": indicators with their budget
  if (guess?.kind === "anggaran" && kinerjaBesideAnggaran(g, t, columns, parts))
    guess = classifyKind(t.title ?? "", g.name, columns);
  // "Kode IKU | Realisasi": rows known by their code alone, named by the table that carries the code
  const kode = guess ? undefined : kodeColumn(g, t, columns);
  if (kode) {
    const byKode = classifyKind(t.title ?? "", g.name, asIdentified(columns, kode));
    if (byKode) guess = { kind: byKode.kind, confidence: byKode.confidence * KODE_KIND_FACTOR };
  }
  // "Indikator | Tahun | Target | Realisasi": the years are rows; the table is of as many years as they
  const byRow = guess && !kode ? yearRows(g, t, columns) : undefined;
  const years = byRow && "read" in byRow ? byRow.read : undefined;
  if (years) guess = yearRowsKind(t.title ?? "", g.name, columns, years.years);
  if (ov?.kind) guess = { kind: ov.kind, confidence: 1 };
  if (!guess) return null;
  const kind = guess.kind;
  adjustRoles(kind, columns, parts);
  // "Program dan Kegiatan" over rows that tell no level apart: read as programs, and said
  const levelsUnsaid = mixedLevelName(g, t, columns);
  // "Target '24" with no year that settles it: set aside or read as the table's year, and said
  const settled = settleShortYears(columns, unreadYears);
  if (!years) fillYears(columns, kind, titleYear);
  // "… S.D. TRIWULAN III TAHUN 2025" over "Target 2025 | Realisasi": the realisasi is the year so far
  if (!years) titlePeriod(columns, kind, t.title ?? "", g.name);
  // "Target Nasional (RPJMN 2020-2024)": the plan's period, of the year the table reports
  const planned = planColumns(columns, (c) => headerCell(g, t, c));
  const planYear = planned.length > 0 ? (titleYear ?? statedYear(columns)) : undefined;
  if (ov?.columns) applyColumnOverrides(g, t, columns, ov.columns);
  const mapping = mappingOf(g, t, id, guess, columns);
  if (t.title) mapping.title = t.title;
  const out: TableRead = { mapping, records: [], anggaran: [], ringkasan: [], aggregates: [], temuan: [] };
  if (planYear !== undefined) out.temuan.push(...periodeRencana(planned, planYear));
  else if (planned.length > 0) out.periodeRencana = planned;
  if (settled) out.temuan.push(...tahunPendekTemuan(g, t.headerRows, settled));
  if (unreadRelative.length > 0) out.temuan.push(...tahunRelatifTemuan(g, t.headerRows, unreadRelative));
  if (levelsUnsaid && !ov?.abaikan) out.temuan.push(levelsUnsaid);
  if (titleYear !== undefined) out.year = titleYear;
  if (years) out.year = years.years.at(-1);
  if (byRow) out.tahunBaris = "read" in byRow ? "dibaca" : byRow.unread;
  if (ov?.abaikan) {
    mapping.abaikan = true;
    return out;
  }
  const cx = makeContext(g, t, mapping, out, orderBase, years);
  if (kode && guess.kind !== "anggaran" && guess.kind !== "akip") cx.indikatorCols = [kode];
  readRows(cx);
  rollUpTemuan(cx);
  return out;
}

/** The one year a table's target and realisasi columns state, if they state exactly one. */
function statedYear(columns: ColumnMapping[]): number | undefined {
  const ys = new Set<number>();
  for (const c of columns)
    if ((c.role === "target" || c.role === "realisasi") && c.triwulan === undefined && c.tahun !== undefined)
      ys.add(c.tahun);
  return ys.size === 1 ? [...ys][0] : undefined;
}
