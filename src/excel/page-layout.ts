/**
 * A plan sheet's print settings through Office.js: Worksheet.pageLayout (ExcelApi 1.9) — paper,
 * landscape, one page wide, print titles, print area, margins — and the row heights that fit
 * wrapped text in merged cells (Range.format.rowHeight, 1.1). An Excel without 1.9 gets the rows'
 * heights and the rest is reported as skipped: the tables are written either way.
 */
import { rangeAddress } from "../engine/address";
import type { PlanSheet } from "../engine/plan";
import { COMMAND_OVERHEAD } from "./payload";
import type { Step } from "./steps";

export const PAGE_LAYOUT_API = "1.9";
/** Office.js margins are points */
const POINTS_PER_CM = 72 / 2.54;
const PAPER = { A4: "A4", F4: "Folio" } as const;

function rows(first: number, last: number): string {
  return `$${first + 1}:$${last + 1}`;
}

/** Consecutive rows of equal height as one run (a plan lists one height per row). */
export function heightRuns(
  heights: ReadonlyArray<{ row: number; height: number }>,
): { first: number; last: number; height: number }[] {
  // a row listed twice takes its last height, as setting it twice would
  const byRow = new Map(heights.map((h) => [h.row, h.height]));
  const out: { first: number; last: number; height: number }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const height = byRow.get(row)!;
    const last = out[out.length - 1];
    if (last && last.height === height && last.last === row - 1) last.last = row;
    else out.push({ first: row, last: row, height });
  }
  return out;
}

/** The steps of one sheet: its row heights, and its page layout when the host has ExcelApi 1.9. */
export function pageLayoutSteps(s: PlanSheet, withPageLayout: boolean): Step[] {
  const steps: Step[] = [];
  const runs = heightRuns(s.rowHeights ?? []);
  if (runs.length > 0)
    steps.push({
      bytes: (1 + 2 * runs.length) * COMMAND_OVERHEAD,
      queue(env) {
        const ws = env.sheet(s.name);
        // rowHeight sets every row of its range: one column-A range per run of rows of one height
        for (const h of runs)
          ws.getRange(rangeAddress(h.first, 0, h.last - h.first + 1, 1)).format.rowHeight = h.height;
      },
    });
  const setup = s.pageSetup;
  if (!setup || !withPageLayout) return steps;
  steps.push({
    bytes: 14 * COMMAND_OVERHEAD,
    queue(env) {
      const layout = env.sheet(s.name).pageLayout;
      layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = PAPER[setup.paper] as Excel.PaperType;
      // 0 pages down: as many as the rows need
      layout.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: 0 };
      layout.centerHorizontally = setup.centerHorizontally ?? false;
      const m = setup.margins;
      layout.leftMargin = m.left * POINTS_PER_CM;
      layout.rightMargin = m.right * POINTS_PER_CM;
      layout.topMargin = m.top * POINTS_PER_CM;
      layout.bottomMargin = m.bottom * POINTS_PER_CM;
      layout.headerMargin = m.header * POINTS_PER_CM;
      layout.footerMargin = m.footer * POINTS_PER_CM;
      if (setup.titleRows) layout.setPrintTitleRows(rows(setup.titleRows.first, setup.titleRows.last));
      if (setup.printArea) layout.setPrintArea(setup.printArea);
    },
  });
  return steps;
}

/** What an Excel without ExcelApi 1.9 leaves out, in both languages; null when nothing is left out. */
export function pageLayoutSkipped(
  sheets: ReadonlyArray<PlanSheet>,
  withPageLayout: boolean,
): { id: string; en: string } | null {
  const n = sheets.filter((s) => s.pageSetup).length;
  if (withPageLayout || n === 0) return null;
  return {
    id: `Pengaturan cetak ${n} sheet tidak ditulis: Excel ini belum mendukung ExcelApi ${PAGE_LAYOUT_API}.`,
    en: `The print settings of ${n} sheets were not written: this Excel does not support ExcelApi ${PAGE_LAYOUT_API}.`,
  };
}
