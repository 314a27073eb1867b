/**
 * A plan sheet's print settings in the worksheet part and the workbook: <pageSetup> (paper,
 * orientation, fit to one page wide), <sheetPr><pageSetUpPr fitToPage>, <printOptions>,
 * <pageMargins>, and the sheet-scoped names Excel keeps the print titles and print area in
 * (_xlnm.Print_Titles, _xlnm.Print_Area with the sheet's localSheetId).
 */
import { columnLetter, parseAddress, quoteSheet } from "../../engine/address";
import type { PageSetup } from "../../engine/plan";
import { setSheetPrChild } from "./sheet-layout";
import type { Workbook } from "./workbook";
import type { WorksheetText } from "./worksheet-text";

/** Excel's paperSize codes: 9 A4, 14 Folio 8.5 × 13 in (F4, 215 × 330 mm). */
const PAPER_CODE: Record<PageSetup["paper"], number> = { A4: 9, F4: 14 };

function inches(cm: number): string {
  return String(Math.round((cm / 2.54) * 10000) / 10000);
}

/** Writes the worksheet part's side of the page setup (the names are `setPrintNames`'). */
export function applyPageSetup(ws: WorksheetText, setup: PageSetup): void {
  setSheetPrChild(ws, "pageSetUpPr", { fitToPage: "1" });
  ws.replace(
    "printOptions",
    ws.empty("printOptions", setup.centerHorizontally ? { horizontalCentered: "1" } : {}),
  );
  const m = setup.margins;
  const margins = {
    left: m.left,
    right: m.right,
    top: m.top,
    bottom: m.bottom,
    header: m.header,
    footer: m.footer,
  };
  ws.replace("pageMargins", ws.empty("pageMargins", mapValues(margins, inches)));
  const page = { paperSize: String(PAPER_CODE[setup.paper]), orientation: setup.orientation };
  // fitToHeight 0: as many pages down as the rows need
  ws.replace(
    "pageSetup",
    ws.empty("pageSetup", { ...page, fitToWidth: String(setup.fitToWidth), fitToHeight: "0" }),
  );
}

function mapValues<T>(o: Record<string, T>, f: (v: T) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

/** _xlnm.Print_Titles ('Tabel 3.1'!$3:$5) and _xlnm.Print_Area of a sheet. */
export async function setPrintNames(wb: Workbook, sheet: string, setup: PageSetup): Promise<void> {
  const sheets = await wb.sheets();
  const index = sheets.findIndex((s) => s.name.toLowerCase() === sheet.toLowerCase());
  if (index < 0) return;
  const q = quoteSheet(sheets[index]!.name);
  if (setup.titleRows) {
    const { first, last } = setup.titleRows;
    wb.setDefinedName("_xlnm.Print_Titles", `${q}!$${first + 1}:$${last + 1}`, index);
  }
  if (setup.printArea) {
    const b = parseAddress(setup.printArea);
    const ref = `$${columnLetter(b.col)}$${b.row + 1}:$${columnLetter(b.col + b.colCount - 1)}$${b.row + b.rowCount}`;
    wb.setDefinedName("_xlnm.Print_Area", `${q}!${ref}`, index);
  }
}
