/** Tabel 3.2: realisasi and capaian of the reporting year against up to four earlier years. */
import type { PlanValue } from "../plan";
import type { PerbandinganTahunan, TahunanRow } from "../result";
import { diOpd, indicatorName, satuanOf, sumberLine, type TableContext } from "./context";
import { rumusCapaianFootnotes } from "./footnote";
import { decimalFormat, EMPTY_MARK, isAngka } from "./format";
import { capaianCell, measuredCell } from "./pengukuran";
import {
  cell,
  headerRows,
  rowOf,
  spanningRow,
  type ChartModel,
  type ModelCell,
  type ModelRow,
  type TableModel,
} from "./model";
import { satuanSeragam } from "./satuan-grafik";

const MAX_YEARS = 5;

export function tahunanYears(ctx: TableContext): number[] {
  const years = new Set<number>();
  for (const t of ctx.result.tahunan) {
    for (const r of t.rows) if (r.tahun <= ctx.result.tahun) years.add(r.tahun);
  }
  return [...years].sort((a, b) => a - b).slice(-MAX_YEARS);
}

export function tabelTahunan(ctx: TableContext): TableModel {
  const { result, settings } = ctx;
  const years = tahunanYears(ctx);
  const rows = result.tahunan.filter((t) => t.rows.some((r) => years.includes(r.tahun)));
  const n = Math.max(years.length, 1);
  const width = 3 + 2 * n + 2;
  const series = rows.filter((t) => t.rows.some((r) => isAngka(r.realisasi)));
  const judul = tahunanJudul(ctx, years);
  return {
    nomor: "3.2",
    judul,
    widths: [5, 40, 12, ...new Array<number>(2 * n).fill(12), 14, 14],
    header: tahunanHeader(years, result.tahun, n, width),
    body: tahunanBody(ctx, rows, years, width),
    footnotes: [
      ...rumusCapaianFootnotes(settings),
      "Perubahan = realisasi tahun ini − realisasi tahun lalu. Naik/Turun/Tetap menilai arah kinerja menurut polaritas: untuk polaritas turun, realisasi yang menurun berarti kinerja naik.",
    ],
    sumber: sumberLine(ctx, "Laporan kinerja tahun-tahun sebelumnya dan data realisasi kinerja"),
    charts: grafikTahunan(ctx, series, years, judul.replace(/^.*Tahun /, "Tahun ")),
  };
}

/**
 * Realisasi per year when every charted indicator has one unit. With mixed units (a count beside
 * percentages) one axis flattens the smaller: the capaian (%) per year instead, which this table
 * holds for every year it holds a realisasi with a target; no indicator with a capaian, no chart,
 * as no series of it is comparable on one axis.
 */
function grafikTahunan(
  ctx: TableContext,
  series: PerbandinganTahunan[],
  years: number[],
  periode: string,
): ChartModel[] {
  if (series.length === 0 || years.length === 0) return [];
  if (satuanSeragam(series.map((t) => satuanOf(ctx, t.indicatorId))))
    return [
      {
        key: "grafik",
        type: "line",
        title: `Realisasi Kinerja ${periode}`,
        data: grafikData(ctx, series, years, (r) => (isAngka(r?.realisasi) ? r.realisasi : null)),
      },
    ];
  const capaian = series.filter((t) =>
    t.rows.some((r) => years.includes(r.tahun) && r.capaian !== null && Number.isFinite(r.capaian)),
  );
  if (capaian.length === 0) return [];
  const data = grafikData(ctx, capaian, years, (r) =>
    r && r.capaian !== null && Number.isFinite(r.capaian) ? r.capaian : null,
  );
  // capaian is already ×100 (105,03 %): a "%" format would print 10503 %
  const numberFormat = decimalFormat(ctx.settings.desimal);
  return [{ key: "grafik", type: "line", title: `Capaian Kinerja ${periode} (%)`, data, numberFormat }];
}

function tahunanJudul(ctx: TableContext, years: number[]): string {
  return years.length > 1
    ? `Perbandingan Realisasi dan Capaian Kinerja${diOpd(ctx)} Tahun ${years[0]} s.d. ${years[years.length - 1]}`
    : `Perbandingan Realisasi dan Capaian Kinerja${diOpd(ctx)} Tahun ${ctx.result.tahun}`;
}

/** Realisasi and capaian each span one column per year; with no year yet, the reporting year's. */
function tahunanHeader(years: number[], tahun: number, n: number, width: number): ModelRow[] {
  const yearLabels = years.length > 0 ? years.map(String) : [String(tahun)];
  return headerRows(
    [
      [
        { label: "No", rowSpan: 2 },
        { label: "Indikator Kinerja", rowSpan: 2 },
        { label: "Satuan", rowSpan: 2 },
        { label: "Realisasi", colSpan: n },
        { label: "Capaian (%)", colSpan: n },
        { label: "Perubahan Realisasi", rowSpan: 2 },
        { label: "Naik/Turun/Tetap", rowSpan: 2 },
      ],
      [...yearLabels, ...yearLabels].map((label) => ({ label })),
    ],
    width,
  );
}

function tahunanBody(
  ctx: TableContext,
  rows: PerbandinganTahunan[],
  years: number[],
  width: number,
): ModelRow[] {
  const d = ctx.settings.desimal;
  const body: ModelRow[] = rows.map((t, i) => {
    const byYear = new Map(t.rows.map((r) => [r.tahun, r]));
    const realisasi: ModelCell[] = years.map((y) => measuredCell(byYear.get(y)?.realisasi ?? null, d));
    const capaian: ModelCell[] = years.map((y) => capaianCell(byYear.get(y)?.capaian ?? null, null, d));
    return rowOf(
      "data",
      cell(i + 1, "no"),
      cell(indicatorName(ctx, t.indicatorId), "text"),
      cell(satuanOf(ctx, t.indicatorId) ?? EMPTY_MARK, "text"),
      ...realisasi,
      ...capaian,
      measuredCell(t.perubahan, d),
      cell(t.arah ?? EMPTY_MARK, "text"),
    );
  });
  if (body.length === 0) {
    body.push(
      spanningRow(
        "kosong",
        cell("Tidak ada data realisasi tahun-tahun sebelumnya untuk dibandingkan.", "text"),
        width,
      ),
    );
  }
  return body;
}

/** The line chart's data: one row per year, one column per indicator, its value of that year. */
function grafikData(
  ctx: TableContext,
  series: PerbandinganTahunan[],
  years: number[],
  nilai: (r: TahunanRow | undefined) => number | null,
): PlanValue[][] {
  const data: PlanValue[][] = [["Tahun", ...series.map((t) => indicatorName(ctx, t.indicatorId))]];
  for (const y of years)
    data.push([String(y), ...series.map((t) => nilai(t.rows.find((r) => r.tahun === y)))]);
  return data;
}
