/** xl/workbook.xml: the sheet list, defined names and calculation settings. */
import { OoxmlPackage, REL_TYPE, CONTENT_TYPE } from "./package";
import {
  NS,
  XDocument,
  XElement,
  children,
  createLike,
  ensureChild,
  getNsAttr,
  root,
  setNsAttr,
  setText,
  xmlStrippedText,
} from "./xml";

const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

interface SheetEntry {
  name: string;
  /** package path of the worksheet part */
  path: string;
  relId: string;
  element: XElement;
}

export class Workbook {
  private constructor(
    readonly pkg: OoxmlPackage,
    readonly path: string,
    readonly doc: XDocument,
  ) {}

  static async open(pkg: OoxmlPackage): Promise<Workbook> {
    const rootRels = await pkg.rels("");
    const main = rootRels.find((r) => r.type === REL_TYPE.officeDocument);
    if (!main) throw new Error("the package has no workbook part");
    return new Workbook(pkg, main.target, await pkg.requireXml(main.target));
  }

  private get sheetsEl(): XElement {
    return ensureChild(root(this.doc), "sheets", WORKBOOK_ORDER);
  }

  async sheets(): Promise<SheetEntry[]> {
    const rels = await this.pkg.rels(this.path);
    return children(this.sheetsEl, "sheet").map((el) => {
      const relId = getNsAttr(el, NS.r, "id") ?? "";
      const rel = rels.find((r) => r.id === relId);
      return { name: el.getAttribute("name") ?? "", path: rel?.target ?? "", relId, element: el };
    });
  }

  async sheet(name: string): Promise<SheetEntry | undefined> {
    const lower = name.toLowerCase();
    return (await this.sheets()).find((s) => s.name.toLowerCase() === lower);
  }

  /** Adds an empty worksheet part at the end of the sheet list. */
  async addSheet(name: string): Promise<SheetEntry> {
    const safeName = xmlStrippedText(name);
    const n = this.pkg.nextNumber(/^xl\/worksheets\/sheet(\d+)\.xml$/);
    const path = `xl/worksheets/sheet${n}.xml`;
    // A worksheet is text from the start (sheet.ts): it never becomes a tree.
    this.pkg.createText(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">` +
        `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>` +
        `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
    await this.pkg.setOverride(path, CONTENT_TYPE.worksheet);
    const relId = await this.pkg.addRel(this.path, REL_TYPE.worksheet, path);
    const sheets = this.sheetsEl;
    const ids = children(sheets, "sheet").map((s) => Number(s.getAttribute("sheetId")) || 0);
    const el = createLike(sheets, "sheet");
    el.setAttribute("name", safeName);
    el.setAttribute("sheetId", String(Math.max(0, ...ids) + 1));
    setNsAttr(el, NS.r, "r", "id", relId);
    sheets.appendChild(el);
    this.touch();
    return { name: safeName, path, relId, element: el };
  }

  setVisibility(entry: SheetEntry, visibility: "visible" | "hidden" | "veryHidden"): void {
    const current = entry.element.getAttribute("state") || "visible";
    if (current === visibility) return;
    if (visibility === "visible") entry.element.removeAttribute("state");
    else entry.element.setAttribute("state", visibility);
    this.touch();
  }

  /**
   * Adds or updates a defined name: a workbook-level one, or with `localSheetId` one scoped to the
   * sheet at that position in the sheet list (names of the other scope are left alone).
   */
  setDefinedName(name: string, formula: string, localSheetId?: number): void {
    const names = ensureChild(root(this.doc), "definedNames", WORKBOOK_ORDER);
    const lower = name.toLowerCase();
    const scope = localSheetId === undefined ? null : String(localSheetId);
    const existing = children(names, "definedName").find(
      (d) =>
        d.getAttribute("name")?.toLowerCase() === lower &&
        (d.hasAttribute("localSheetId") ? d.getAttribute("localSheetId") : null) === scope,
    );
    if (existing?.textContent === formula) return;
    let el = existing;
    if (!el) {
      el = createLike(names, "definedName");
      el.setAttribute("name", name);
      if (scope !== null) el.setAttribute("localSheetId", scope);
      names.appendChild(el);
    }
    setText(el, formula);
    this.touch();
  }

  /** Excel recomputes every formula when it opens the file (the add-in writes values, not a calc chain). */
  setFullCalcOnLoad(): void {
    const calcPr = ensureChild(root(this.doc), "calcPr", WORKBOOK_ORDER);
    if (calcPr.getAttribute("fullCalcOnLoad") === "1") return;
    calcPr.setAttribute("fullCalcOnLoad", "1");
    this.touch();
  }

  /** Drops xl/calcChain.xml; Excel rebuilds it. Needed once a cell that held a formula is overwritten. */
  async dropCalcChain(): Promise<boolean> {
    const rels = await this.pkg.rels(this.path);
    const calc = rels.find((r) => r.type === REL_TYPE.calcChain);
    if (!calc) return false;
    await this.pkg.removeRel(this.path, calc.id);
    await this.pkg.removePart(calc.target);
    return true;
  }

  touch(): void {
    this.pkg.touch(this.path);
  }
}
