/**
 * A plan sheet's print settings in the worksheet part and the workbook: <pageSetup> (paper,
 * orientation, fit to one page wide), <sheetPr><pageSetUpPr fitToPage>, <printOptions>,
 * <pageMargins>, and the sheet-scoped names Excel keeps the print titles and print area in
 * (_xlnm.Print_Titles, _xlnm.Print_Area with the sheet's localSheetId).
 */
import { columnLetter, parseAddress, quoteSheet } from "../../engine/address";
import type { PageSetup } from "../../engine/plan";
import { WORKSHEET_ORDER } from "./sheet";
import type { Workbook } from "./workbook";
import {
  children,
  createLike,
  ensureChild,
  insertInOrder,
  removeChildren,
  root,
  setText,
  type XElement,
} from "./xml";

const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"] as const;
const DEFINED_NAMES_AFTER = ["sheets", "functionGroups", "externalReferences"];

/** Excel's paperSize codes: 9 A4, 14 Folio 8.5 × 13 in (F4, 215 × 330 mm). */
export const PAPER_CODE: Record<PageSetup["paper"], number> = { A4: 9, F4: 14 };

function inches(cm: number): string {
  return String(Math.round((cm / 2.54) * 10000) / 10000);
}

function replaceChild(ws: XElement, name: string): XElement {
  removeChildren(ws, name);
  return insertInOrder(ws, createLike(ws, name), WORKSHEET_ORDER);
}

/** Writes the worksheet part's side of the page setup (the names are `setPrintNames`'). */
export function applyPageSetup(ws: XElement, setup: PageSetup): void {
  const pr = ensureChild(ws, "sheetPr", WORKSHEET_ORDER);
  removeChildren(pr, "pageSetUpPr");
  insertInOrder(pr, createLike(pr, "pageSetUpPr"), SHEET_PR_ORDER).setAttribute("fitToPage", "1");

  const options = replaceChild(ws, "printOptions");
  if (setup.centerHorizontally) options.setAttribute("horizontalCentered", "1");

  const m = replaceChild(ws, "pageMargins");
  for (const side of ["left", "right", "top", "bottom", "header", "footer"] as const)
    m.setAttribute(side, inches(setup.margins[side]));

  const page = replaceChild(ws, "pageSetup");
  page.setAttribute("paperSize", String(PAPER_CODE[setup.paper]));
  page.setAttribute("orientation", setup.orientation);
  page.setAttribute("fitToWidth", String(setup.fitToWidth));
  // 0: as many pages down as the rows need
  page.setAttribute("fitToHeight", "0");
}

/** Adds or replaces a name scoped to one sheet (by its position in the sheet list). */
function setLocalName(wb: Workbook, name: string, localSheetId: number, formula: string): void {
  const wbEl = root(wb.doc);
  let names = children(wbEl, "definedNames")[0];
  if (!names) {
    names = createLike(wbEl, "definedNames");
    const after = children(wbEl)
      .filter((e) => DEFINED_NAMES_AFTER.includes(e.localName ?? ""))
      .pop();
    wbEl.insertBefore(names, after ? after.nextSibling : wbEl.firstChild);
  }
  const id = String(localSheetId);
  const existing = children(names, "definedName").find(
    (d) => d.getAttribute("name") === name && d.getAttribute("localSheetId") === id,
  );
  if (existing?.textContent === formula) return;
  let el = existing;
  if (!el) {
    el = createLike(names, "definedName");
    names.appendChild(el);
  }
  el.setAttribute("name", name);
  el.setAttribute("localSheetId", id);
  setText(el, formula);
  wb.touch();
}

/** _xlnm.Print_Titles ('Tabel 3.1'!$3:$5) and _xlnm.Print_Area of a sheet. */
export async function setPrintNames(wb: Workbook, sheet: string, setup: PageSetup): Promise<void> {
  const sheets = await wb.sheets();
  const index = sheets.findIndex((s) => s.name.toLowerCase() === sheet.toLowerCase());
  if (index < 0) return;
  const q = quoteSheet(sheets[index]!.name);
  if (setup.titleRows) {
    const { first, last } = setup.titleRows;
    setLocalName(wb, "_xlnm.Print_Titles", index, `${q}!$${first + 1}:$${last + 1}`);
  }
  if (setup.printArea) {
    const b = parseAddress(setup.printArea);
    const ref = `$${columnLetter(b.col)}$${b.row + 1}:$${columnLetter(b.col + b.colCount - 1)}$${b.row + b.rowCount}`;
    setLocalName(wb, "_xlnm.Print_Area", index, `${q}!${ref}`);
  }
}
