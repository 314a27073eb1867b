/**
 * What an indicator table may carry beside its indicators (an efficiency or budget-per-sasaran table):
 * a per-sasaran average of the capaian, merged over the sasaran's rows, checked like a "Rata-rata" row;
 * and the program that serves the sasaran with its budget, read as a budget line of its own.
 */
import type { ColumnMapping } from "../engine/mapping";
import type { AnggaranRow, SourcedValue } from "../engine/model";
import { parseColumn } from "../engine/parse";
import type { Grid } from "./grid";
import { labelOf, rel, rowValue, sourced, valueOf, type ReadContext } from "./read-context";
import { ANGGARAN_SLOT, MONEY_ROLES } from "./read-model";
import { KODE, levelOfName } from "./row-labels";
import type { FoundTable } from "./tables";

export interface Beside {
  /** "Rata-rata Capaian Sasaran": its column and its cells, parsed as a column */
  average?: { col: ColumnMapping; values: ReturnType<typeof parseColumn> };
  /** the program column right of the indicators, when the table also has money columns */
  program?: ColumnMapping;
  open?: { key: number; printed: SourcedValue; members: SourcedValue[]; label: string };
}

const AVERAGE = /\b(rata-rata|rata rata|rerata)\b/i;

export function findBeside(g: Grid, t: FoundTable, columns: ColumnMapping[]): Beside {
  const out: Beside = {};
  const firstIndicator = columns.find((c) => c.role === "indikator")?.col;
  if (firstIndicator === undefined) return out;
  // in an indicator table, a capaian headed "Rata-rata" is the sasaran's average over its rows
  const avg = columns.find((c) => c.role === "capaian" && AVERAGE.test(c.header));
  if (avg) {
    avg.role = "keterangan";
    const cells = [];
    const fmts = [];
    const rc = avg.col - g.sheet.origin.col;
    for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
      cells.push(g.value(r, rc));
      fmts.push(g.format(r, rc));
    }
    out.average = { col: avg, values: parseColumn(cells, fmts, g.shared.parse) };
  }
  const hasMoney = columns.some((c) => MONEY_ROLES.has(c.role));
  const program = columns.find((c) => c.col > firstIndicator && (c.role === "program" || c.role === "nama"));
  if (hasMoney && program) out.program = program;
  return out;
}

/** Closes the average being gathered: one printed "Rata-rata" with the capaian of its rows. */
export function closeAverage(cx: ReadContext): void {
  const open = cx.beside.open;
  if (!open) return;
  cx.out.aggregates.push({
    kind: "rata-rata",
    label: open.label,
    printed: open.printed,
    members: open.members,
  });
  cx.beside.open = undefined;
}

/** The row's capaian joins the average merged over it; a new merged cell starts the next one. */
export function trackAverage(cx: ReadContext, r: number, i: number): void {
  const avg = cx.beside.average;
  if (!avg) return;
  const rc = rel(cx, avg.col.col);
  const key = cx.g.anchorKey(r, rc);
  if (cx.beside.open?.key !== key) {
    closeAverage(cx);
    const p = avg.values[i];
    if (p?.kind === "number" && cx.g.isAnchor(r, rc))
      cx.beside.open = { key, printed: sourced(cx, r, avg.col, p), members: [], label: avg.col.header };
  }
  const open = cx.beside.open;
  if (!open) return;
  for (let k = 0; k < cx.valueCols.length; k++) {
    const c = cx.valueCols[k]!;
    const p = valueOf(cx, c, i);
    if (c.role === "capaian" && p.kind === "number") open.members.push(rowValue(cx, k, r, p));
  }
}

/** The program written beside the sasaran's indicators (merged over them), with its budget. */
export function readBudgetBeside(cx: ReadContext, r: number, i: number): void {
  const col = cx.beside.program;
  if (!col) return;
  const rc = rel(cx, col.col);
  let nama = cx.g.text(r, rc);
  if (nama === "" || !cx.g.isAnchor(r, rc)) return;
  const money = cx.valueCols.filter((c) => MONEY_ROLES.has(c.role));
  if (!money.some((c) => c.role !== "serapan" && valueOf(cx, c, i).kind === "number")) return;
  const km = KODE.exec(nama);
  if (km) nama = nama.slice(km[0].length).trim();
  const row: AnggaranRow = {
    id: km?.[1] ?? `${cx.g.name}!${cx.g.absRow(r) + 1}`,
    level: levelOfName(nama, "", km?.[1], {}),
    nama: labelOf(cx, nama).rest,
    anggaran: {},
    source: cx.g.ref(r, rc),
  };
  if (km) row.kode = km[1]!;
  if (cx.row.sasaran) row.sasaran = cx.row.sasaran;
  for (const c of money) {
    const p = valueOf(cx, c, i);
    if (p.kind === "blank") continue;
    const v = sourced(cx, r, c, p);
    const key = ANGGARAN_SLOT[c.role];
    if (key) row.anggaran[key] ??= v;
  }
  cx.out.anggaran.push(row);
}
