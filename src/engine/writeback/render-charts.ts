/**
 * The charts of a Tabel 3.x: each placed below the table, as wide as the table, so it prints with
 * it; its data block right of the table, outside the print area (the sheet is the add-in's and is
 * emptied on every run, so the data never piles up). Long category and series names are shortened
 * to a number and their first words: the full name is in the table, and long labels squash the plot.
 */
import { columnLetter, rangeAddress } from "../address";
import type { ChartWrite, GrafikDilewati, PlanValue, RangeWrite } from "../plan";
import { formatForValue, GENERAL_FORMAT, safeValue, valueFormat } from "../tables/format";
import type { ChartModel } from "../tables/model";
import { maxOf } from "./append";
import { grafikTerlaluPadat } from "./messages";

export const CHART_HEIGHT_ROWS = 18;
/**
 * The most categories a chart may have and still be read on the printed page. A chart prints below
 * its table, as wide as the table, and the sheet prints landscape one page wide: on A4 (the narrower
 * of A4 and F4) that is 297 mm less 2 × 20 mm margins = 257 mm, of which the plot takes about 90 %
 * (the value axis and padding the rest) = 231 mm. Each category needs about 4 mm: its label, turned
 * upright, is a line of 9-point text (3.2 mm), and under it two bars (target and realisasi) with
 * Excel's default gap of 150 % come to about 1.1 mm each. 231 / 4 = 57 categories; beyond that Excel
 * drops labels and the bars become hairlines, so the chart is left out and the user is told.
 */
export const MAX_KATEGORI_GRAFIK = 57;
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
  /** charts left out as too crowded to read (MAX_KATEGORI_GRAFIK), each told to the user */
  dilewati: GrafikDilewati[];
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
  const out: PlacedCharts = { ranges: [], charts: [], dilewati: [], bottom: at.top };
  let dataCol = at.dataCol0;
  let row = at.top;
  for (const chart of models) {
    const cols = maxOf(
      1,
      chart.data.map((r) => r.length),
    );
    const rows = chart.data.length;
    if (rows < 2 || cols < 2) continue;
    // categories are the data rows under the series names; neither the chart nor its data is written
    if (rows - 1 > MAX_KATEGORI_GRAFIK) {
      out.dilewati.push(grafikTerlaluPadat(nomor, chart.title, rows - 1, MAX_KATEGORI_GRAFIK));
      continue;
    }
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
