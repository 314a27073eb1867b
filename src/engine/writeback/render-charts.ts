/**
 * The charts of a Tabel 3.x: each placed below the table, as wide as the table, so it prints with
 * it; its data block right of the table, outside the print area (the sheet is the add-in's and is
 * emptied on every run, so the data never piles up). Long category and series names are shortened
 * to a number and their first words: the full name is in the table, and long labels squash the plot.
 */
import { columnLetter, rangeAddress } from "../address";
import type { ChartWrite, PlanValue, RangeWrite } from "../plan";
import { formatForValue, GENERAL_FORMAT, safeValue, valueFormat } from "../tables/format";
import type { ChartModel } from "../tables/model";
import { maxOf } from "./append";

export const CHART_HEIGHT_ROWS = 18;
/** a label longer than this is shortened */
const LABEL_MAX = 36;

export function chartName(nomor: string, key: string): string {
  return `CapaianKinerja_Tabel_${nomor.replace(/\./g, "_")}_${key}`;
}

/** The first words of a long name, cut at a word and marked "…"; a short name stays as it is. */
export function shortName(text: string): string {
  if (text.length <= LABEL_MAX) return text;
  let out = "";
  for (const word of text.split(/\s+/)) {
    const next = out === "" ? word : `${out} ${word}`;
    if (next.length > LABEL_MAX - 1) break;
    out = next;
  }
  return `${out === "" ? text.slice(0, LABEL_MAX - 1) : out}…`;
}

/** "3. Persentase PMKS yang mendapatkan…" for the third of the labels; a short label stays as it is. */
export function shortLabel(v: PlanValue, n: number): PlanValue {
  return typeof v === "string" && v.length > LABEL_MAX ? `${n}. ${shortName(v)}` : v;
}

/** The chart's data with its category labels (first column) and series names (first row) shortened. */
export function shortData(data: PlanValue[][], cols: number): PlanValue[][] {
  return data.map((r, ri) =>
    Array.from({ length: cols }, (_, ci) => {
      const v = safeValue(r[ci] ?? null);
      if (ri === 0 && ci > 0) return shortLabel(v, ci);
      if (ci === 0 && ri > 0) return shortLabel(v, ri);
      return v;
    }),
  );
}

export interface PlacedCharts {
  ranges: RangeWrite[];
  charts: ChartWrite[];
  /** zero-based row after the last chart (equal to `top` without charts) */
  bottom: number;
}

/**
 * Charts from row `top` down, `width` table columns wide; data blocks from column `dataCol0`
 * rightwards, one column apart.
 */
export function placeCharts(
  models: ReadonlyArray<ChartModel>,
  nomor: string,
  sheet: string,
  at: { top: number; width: number; dataRow: number; dataCol0: number },
): PlacedCharts {
  const out: PlacedCharts = { ranges: [], charts: [], bottom: at.top };
  let dataCol = at.dataCol0;
  let row = at.top;
  for (const chart of models) {
    const cols = maxOf(
      1,
      chart.data.map((r) => r.length),
    );
    const rows = chart.data.length;
    if (rows < 2 || cols < 2) continue;
    const data = shortData(chart.data, cols);
    out.ranges.push({
      sheet,
      address: rangeAddress(at.dataRow - 1, dataCol, 1, 1),
      values: [[`Data grafik: ${chart.title}`]],
      numberFormats: [[GENERAL_FORMAT]],
      style: { bold: true },
    });
    out.ranges.push({
      sheet,
      address: rangeAddress(at.dataRow, dataCol, rows, cols),
      values: data,
      numberFormats: data.map((r, ri) =>
        r.map((v) =>
          formatForValue(
            v,
            ri === 0 || typeof v !== "number" ? undefined : (chart.numberFormat ?? valueFormat(v, 2)),
          ),
        ),
      ),
      style: { border: "thin" },
    });
    out.charts.push({
      name: chartName(nomor, chart.key),
      sheet,
      type: chart.type,
      title: chart.title,
      dataAddress: rangeAddress(at.dataRow, dataCol, rows, cols),
      anchor: `${columnLetter(0)}${row + 1}`,
      widthCols: Math.max(1, at.width),
      heightRows: CHART_HEIGHT_ROWS,
    });
    row += CHART_HEIGHT_ROWS + 1;
    dataCol += cols + 1;
  }
  out.bottom = row;
  return out;
}
