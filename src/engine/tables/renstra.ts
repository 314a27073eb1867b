/** Tabel 3.3: realisasi up to the reporting year against the Renstra's yearly and end targets. */
import { diOpd, indicatorName, satuanOf, sumberLine, type TableContext } from "./context";
import { rumusCapaianFootnotes } from "./footnote";
import { EMPTY_MARK } from "./format";
import { capaianCell, measuredCell } from "./pengukuran";
import {
  cell,
  headerRows,
  POTONGAN_BARIS,
  rowOf,
  spanningRow,
  type ModelRow,
  type TableModel,
} from "./model";
import type { PerbandinganRenstra } from "../result";

/** A Renstra runs five years; ten leaves room for a transition period without making the sheet unreadable. */
const MAX_YEARS = 10;

export function renstraYears(ctx: TableContext): number[] {
  const years = new Set<number>();
  for (const r of ctx.result.renstra) {
    if (r.periode)
      for (let y = r.periode[0]; y <= r.periode[1] && y - r.periode[0] < MAX_YEARS; y++) years.add(y);
    for (const t of r.perTahun) years.add(t.tahun);
  }
  return [...years].sort((a, b) => a - b).slice(0, MAX_YEARS);
}

/**
 * The entry of year `y`, the last one when a year is given twice. A scan of the few years, not a
 * map per row: a map per row of a 100,000-row table was 70 MB of garbage.
 */
function ofYear<T extends { tahun: number }>(perTahun: readonly T[], y: number): T | undefined {
  for (let i = perTahun.length - 1; i >= 0; i--) if (perTahun[i]!.tahun === y) return perTahun[i];
  return undefined;
}

/** One indicator's row: its baseline, each year's target and realisasi, its end target and progress. */
function renstraRow(
  ctx: TableContext,
  years: readonly number[],
  r: PerbandinganRenstra,
  i: number,
): ModelRow {
  const d = ctx.settings.desimal;
  const row = rowOf(
    "data",
    cell(i + 1, "no"),
    cell(indicatorName(ctx, r.indicatorId), "text"),
    cell(satuanOf(ctx, r.indicatorId) ?? EMPTY_MARK, "text"),
    measuredCell(r.baseline, d),
  );
  // a loop, not flatMap: two cells per year on every one of thousands of rows
  for (const y of years) {
    const t = ofYear(r.perTahun, y);
    row.cells.push(measuredCell(t?.target ?? null, d), measuredCell(t?.realisasi ?? null, d));
  }
  row.cells.push(measuredCell(r.targetAkhir, d), capaianCell(r.progres, null, d));
  return row;
}

function kosongRow(width: number): ModelRow {
  return spanningRow("kosong", cell("Tidak ada target Renstra yang terbaca di buku kerja.", "text"), width);
}

/** Tabel 3.3 without its body rows (an empty list), and the years its columns are of. */
function renstraFrame(ctx: TableContext): { model: TableModel; years: number[]; width: number } {
  const { result, settings } = ctx;
  const years = renstraYears(ctx);
  const n = years.length;
  const width = 4 + 2 * n + 2;
  const header = headerRows(
    [
      [
        { label: "No", rowSpan: 2 },
        { label: "Indikator Kinerja", rowSpan: 2 },
        { label: "Satuan", rowSpan: 2 },
        { label: "Kondisi Awal", rowSpan: 2 },
        ...years.map((y) => ({ label: String(y), colSpan: 2 })),
        { label: "Target Akhir Renstra", rowSpan: 2 },
        { label: `Progres s.d. ${result.tahun} (%)`, rowSpan: 2 },
      ],
      years.flatMap(() => [{ label: "T" }, { label: "R" }]),
    ],
    width,
  );
  const model: TableModel = {
    nomor: "3.3",
    judul: `Perbandingan Realisasi Kinerja${diOpd(ctx)} s.d. Tahun ${result.tahun} dengan Target Jangka Menengah Renstra`,
    widths: [5, 40, 12, 12, ...new Array<number>(2 * n).fill(10), 14, 14],
    header,
    body: [],
    footnotes: [
      ...rumusCapaianFootnotes(settings),
      `T = target Renstra, R = realisasi. Progres = realisasi tahun ${result.tahun} ÷ target akhir Renstra × 100% (untuk polaritas turun memakai rumus capaian polaritas turun).`,
    ],
    sumber: sumberLine(ctx, "Renstra dan data realisasi kinerja"),
    charts: [],
  };
  return { model, years, width };
}

/** The body rows `potongan` at a time, or the one row saying there is nothing. */
function* renstraPieces(
  ctx: TableContext,
  years: number[],
  width: number,
  potongan: number,
): Generator<ModelRow[]> {
  const list = ctx.result.renstra;
  if (list.length === 0) yield [kosongRow(width)];
  for (let from = 0; from < list.length; from += potongan) {
    const rows: ModelRow[] = [];
    const to = Math.min(list.length, from + potongan);
    for (let i = from; i < to; i++) rows.push(renstraRow(ctx, years, list[i]!, i));
    yield rows;
  }
}

export function tabelRenstra(ctx: TableContext): TableModel {
  const { model, years, width } = renstraFrame(ctx);
  for (const piece of renstraPieces(ctx, years, width, Infinity))
    for (const row of piece) model.body.push(row);
  return model;
}

/**
 * Tabel 3.3 with its body made a piece at a time as it is placed (renderTable's `bodyPieces`): the
 * same rows as `tabelRenstra`, never all alive at once. At 100,000 rows the whole body was some
 * 1.6 million cells kept alive until placed, each copied by the young-generation collector.
 */
export function tabelRenstraBertahap(
  ctx: TableContext,
  potongan = POTONGAN_BARIS,
): { model: TableModel; body: () => Iterable<ModelRow[]> } {
  const { model, years, width } = renstraFrame(ctx);
  return { model, body: () => renstraPieces(ctx, years, width, potongan) };
}
