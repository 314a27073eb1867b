/** One worksheet part: cells in <sheetData>, merges, columns, panes, tab colour, rule blocks. */
import { cellAddress } from "../../engine/address";
import type { PlanValue } from "../../engine/plan";
import { CellRecords } from "./cell-records";
import { OoxmlPackage } from "./package";
import { pieces } from "./part-pieces";
import { colsOf, updateDimension } from "./sheet-layout";
import { type Block, SheetMerges } from "./sheet-merges";
import { SheetRows } from "./sheet-rows";
import { NS, attrText, xmlSafeText } from "./xml";
import { WorksheetText, readElement, startAttrs } from "./worksheet-text";
import { attrsText, decodeXmlRefs, endOfTag, getAttr, parseAttrs, tagAttr } from "./xml-scan";

/** Thrown when a write would overwrite a formula that other cells share: the plan must not do that. */
export class SharedFormulaError extends Error {
  constructor(readonly cell: string) {
    super(`cell ${cell} holds a shared formula other cells depend on`);
  }
}

/** The children whose r:id points at a relationship of the sheet that the add-in manages. */
type RelChild = "drawing" | "legacyDrawing";

/**
 * A worksheet part as text (worksheet-text.ts): its rows stay the text they came in (sheet-rows.ts)
 * or, on a sheet whose <sheetData> was empty, are records (cell-records.ts); every other child is
 * text edited in place, and the part is made piece by piece when the package is saved.
 */
export class SheetEditor {
  private written?: Block;
  /** the sheet's merges: a caller that changes them touches the part */
  readonly merges: SheetMerges;
  private cleared = false;
  /** the cells of a sheet whose <sheetData> was empty when writing began (one the run creates or clears) */
  private records?: CellRecords;
  /** a user sheet's rows kept as text, parsed row by row when reached */
  private rowText?: SheetRows;
  formulasOverwritten = 0;
  /** the styled columns, read when first asked (columnStyles) */
  private colStyles?: { min: number; max: number; style: number }[];
  /** zero-based row → height in points, for a sheet whose cells are records (one the run creates or clears) */
  readonly rowHeights = new Map<number, number>();

  private constructor(
    readonly pkg: OoxmlPackage,
    readonly name: string,
    readonly path: string,
    readonly ws: WorksheetText,
  ) {
    this.merges = new SheetMerges(ws);
  }

  /** The editor of a worksheet part: the rows of its <sheetData> kept as text, the rest as text children. */
  static async open(pkg: OoxmlPackage, name: string, path: string): Promise<SheetEditor> {
    const text = (await pkg.currentText(path))?.replace(/^\uFEFF/, "");
    if (text === undefined) throw new Error(`sheet "${name}": part ${path} is missing`);
    const ed = new SheetEditor(pkg, name, path, WorksheetText.parse(text));
    ed.withStore(true);
    pkg.writeText(path, () => pieces(() => ed.ws.text()));
    return ed;
  }

  /**
   * Gives the sheet its cells: the rows of its <sheetData> kept as text (`keep`, when there are any),
   * else a record store, and makes <sheetData> from them when the part is saved.
   */
  private withStore(keep: boolean): void {
    const data = this.ws.ensure("sheetData");
    const name = data.name!;
    const end = endOfTag(data.text, 0);
    const open = `<${name}${attrsText(parseAttrs(data.text.slice(0, end)))}`;
    const full = keep && data.text.charCodeAt(end - 1) !== 47;
    const rows = full ? data.text.slice(end + 1, data.text.lastIndexOf("</")) : "";
    // Records write unprefixed rows; a prefixed sheet keeps its (empty) rows as text instead.
    const prefix = name.slice(0, name.indexOf(":") + 1);
    if (rows !== "" || prefix) this.rowText = new SheetRows(rows, prefix, this.path);
    else this.records = new CellRecords();
    // the rows are the store's now
    data.text = `${open}/>`;
    data.make = () => this.cellsText(`${open}>`, `</${name}>`);
  }

  /** The <sheetData> element with the sheet's cells: rows kept as text, or records. */
  private *cellsText(open: string, close: string): Generator<string> {
    if (this.records) {
      yield* this.records.sheetData(this.rowHeights, this.name);
      return;
    }
    yield open;
    yield* this.rowText!.serialize();
    yield close;
  }

  touch(): void {
    this.pkg.touch(this.path);
  }

  styleOf(row: number, col: number): number {
    const own = this.rowText ? this.rowText.styleOf(row + 1, col) : this.records?.styleOf(row, col);
    if (own !== undefined) return own;
    // A new cell takes the column's format the way Excel would show it (a row's is in styleOf above).
    for (const c of this.columnStyles()) if (col >= c.min && col <= c.max) return c.style;
    return 0;
  }

  /**
   * The <col> elements with a style, zero-based, read once: reading them for every written cell
   * was a sixth of the values step at 10,000 rows (`npm run bench file`). Widths never change them.
   */
  private columnStyles(): { min: number; max: number; style: number }[] {
    if (this.colStyles) return this.colStyles;
    const cols = this.ws.find("cols");
    this.colStyles = [];
    for (const c of cols ? colsOf(readElement(cols.text)) : []) {
      const style = tagAttr(c.piece.text, "style");
      if (style !== undefined)
        this.colStyles.push({ min: c.min - 1, max: c.max - 1, style: Number(style) || 0 });
    }
    return this.colStyles;
  }

  /** Writes one value as literal data (strings never become formulas); `style` is a cellXfs index. */
  setCell(row: number, col: number, value: PlanValue, style: number | undefined): void {
    if (this.rowText) {
      const formula = this.rowText.formulaAt(row + 1, col);
      if (formula === "shared") throw new SharedFormulaError(cellAddress(row, col));
      if (formula === "formula") this.formulasOverwritten++;
      // "" leaves the cell blank, as Office.js does when a range gets "".
      const text = typeof value === "string" ? xmlSafeText(value) : "";
      this.rowText.setCell(row + 1, col, value, style, text);
    } else this.records!.setCell(row, col, value, style);
  }

  /** Sets only the cellXfs index of a cell (0 takes the s attribute away). */
  setStyle(row: number, col: number, xf: number): void {
    if (this.rowText) this.rowText.setStyle(row + 1, col, xf);
    else this.records!.setStyle(row, col, xf);
  }

  /** The value a cell shows (inline, shared or plain), for chart caches. */
  valueAt(row: number, col: number, sharedStrings: string[]): string | number | undefined {
    if (this.rowText) return this.rowText.valueAt(row + 1, col, sharedStrings);
    return this.records!.valueAt(row, col);
  }

  /** Widens the block this run wrote (the sheet's <dimension> grows to hold it). */
  noteWritten(block: Block): void {
    const w = this.written;
    if (!w) {
      this.written = { ...block };
      return;
    }
    const r2 = Math.max(w.row + w.rowCount, block.row + block.rowCount);
    const c2 = Math.max(w.col + w.colCount, block.col + block.colCount);
    w.row = Math.min(w.row, block.row);
    w.col = Math.min(w.col, block.col);
    w.rowCount = r2 - w.row;
    w.colCount = c2 - w.col;
  }

  /** Empties a sheet the add-in owns: cells, merges and rules (drawings are the caller's job). */
  clear(): void {
    this.rowText = undefined;
    this.records = undefined;
    this.withStore(false);
    for (const name of ["mergeCells", "conditionalFormatting", "dataValidations", "hyperlinks"])
      this.ws.removeAll(name);
    this.cleared = true;
    this.touch();
  }

  // ---- the children that point at the sheet's drawing and notes ----

  /** The r:id of the first <drawing> or <legacyDrawing>, or null. */
  relIdOf(local: RelChild): string | null {
    const kid = this.ws.find(local);
    if (!kid) return null;
    const own = startAttrs(kid.text);
    const declared = [...own, ...this.ws.rootAttrs()];
    for (const a of own) {
      const colon = a.name.indexOf(":");
      if (colon < 0 || a.name.slice(colon + 1) !== "id") continue;
      const ns = getAttr(declared, `xmlns:${a.name.slice(0, colon)}`);
      if (ns !== undefined && decodeXmlRefs(ns) === NS.r) return decodeXmlRefs(a.raw);
    }
    return null;
  }

  /** The sheet's one <drawing> or <legacyDrawing>, pointing at relationship `relId`. */
  setRelChild(local: RelChild, relId: string): void {
    const r = this.ws.prefixFor(NS.r, "r");
    this.ws.replace(local, this.ws.empty(local, { [`${r}:id`]: attrText(relId) }));
    this.touch();
  }

  /** Takes away the sheet's <drawing> or <legacyDrawing> elements. */
  removeRelChild(local: RelChild): void {
    this.ws.removeAll(local);
    this.touch();
  }

  /** Sets <dimension> to the old used range joined with what this run wrote. */
  updateDimension(): void {
    if (this.written) updateDimension(this.ws, this.written, this.cleared);
  }
}
