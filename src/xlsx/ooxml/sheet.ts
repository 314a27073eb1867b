/** One worksheet part: cells in <sheetData>, merges, columns, panes, tab colour, rule blocks. */
import { cellAddress } from "../../engine/address";
import type { PlanValue } from "../../engine/plan";
import { CellRecords } from "./cell-records";
import { OoxmlPackage } from "./package";
import { type PartText, pieces } from "./part-pieces";
import * as layout from "./sheet-layout";
import { type Block, SheetMerges } from "./sheet-merges";
import { SheetRows, splitSheet } from "./sheet-rows";
import {
  XDocument,
  XElement,
  child,
  children,
  ensureChild,
  parseXml,
  ownerOf,
  removeChildren,
  root,
  xmlSafeText,
} from "./xml";
import { WORKSHEET_ORDER } from "./worksheet-order";

export { WORKSHEET_ORDER };

/** Thrown when a write would overwrite a formula that other cells share: the plan must not do that. */
export class SharedFormulaError extends Error {
  constructor(readonly cell: string) {
    super(`cell ${cell} holds a shared formula other cells depend on`);
  }
}

/** The saved sheet text with its kept rows in <sheetData> (`m` matched the empty element), as it is read. */
function* withRows(text: string, m: RegExpExecArray, rows: SheetRows): Generator<string> {
  yield text.slice(0, m.index);
  yield m[0].slice(0, -2) + ">";
  yield* rows.serialize();
  yield `</${m[1] ?? ""}sheetData>`;
  yield text.slice(m.index + m[0].length);
}

/**
 * A worksheet part as text: its rows stay the text they came in (sheet-rows.ts) or, on a sheet whose
 * <sheetData> was empty, are records (cell-records.ts); the rest of the part, small, is a tree.
 */
export class SheetEditor {
  private written?: Block;
  private readonly merges = new SheetMerges(
    () => this.ws,
    (parent, text) => this.spliceInto(parent, text),
  );
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
  /** marker comment → the text that replaces it in the saved part (see spliceInto) */
  private readonly splices = new Map<string, () => Iterable<string>>();
  /** makes this editor's markers unlike any comment a user's sheet could hold */
  private readonly nonce = `capaian-${Math.random().toString(36).slice(2)}-`;

  constructor(
    readonly pkg: OoxmlPackage,
    readonly name: string,
    readonly path: string,
    readonly doc: XDocument,
  ) {}

  /** The editor of a worksheet part: its rows cut out as text, the rest of the part as a tree. */
  static async open(pkg: OoxmlPackage, name: string, path: string): Promise<SheetEditor> {
    // A sheet this run created is a tree already, with an empty <sheetData>.
    if (pkg.isParsed(path)) return new SheetEditor(pkg, name, path, await pkg.requireXml(path)).withStore();
    const text = (await pkg.text(path))?.replace(/^\uFEFF/, "");
    if (text === undefined) throw new Error(`sheet "${name}": part ${path} is missing`);
    const split = splitSheet(text);
    const doc = parseXml(split ? split.skeleton : text, path);
    pkg.adoptXml(path, doc);
    const ed = new SheetEditor(pkg, name, path, doc);
    if (split) ed.rowText = new SheetRows(split.rowsText, split.prefix, path);
    return ed.withStore();
  }

  /** Gives a sheet with no rows kept as text its record store, and hooks the cells into the saved part. */
  private withStore(): this {
    if (!this.rowText) {
      const ws = this.ws;
      // Records write unprefixed rows; a prefixed sheet keeps its (empty) rows as text instead.
      if (ws.prefix) this.rowText = new SheetRows("", `${ws.prefix}:`, this.path);
      else this.records = new CellRecords();
    }
    this.pkg.finishText(this.path, (saved) => this.withCells(saved));
    return this;
  }

  /** The saved sheet text with its cells back in <sheetData> and the spliced lists in their places. */
  private withCells(text: string): PartText {
    const cuts = [...this.splices.keys()]
      .map((marker) => ({ marker, at: text.indexOf(marker) }))
      .filter((c) => c.at >= 0)
      .sort((a, b) => a.at - b.at);
    // Every list spliced in comes after <sheetData> in a worksheet's schema order.
    if (!cuts.length) return this.cellsIn(text);
    const head = this.cellsIn(text.slice(0, cuts[0]!.at));
    const splices = this.splices;
    return pieces(function* () {
      yield* typeof head === "string" ? [head] : head;
      for (let i = 0; i < cuts.length; i++) {
        yield* splices.get(cuts[i]!.marker)!();
        yield text.slice(cuts[i]!.at + cuts[i]!.marker.length, cuts[i + 1]?.at ?? text.length);
      }
    });
  }

  /** The sheet's text with its cells (rows kept as text, or records) back in <sheetData>. */
  private cellsIn(text: string): PartText {
    if (this.records) return this.records.inSheetText(text, this.rowHeights, this.name);
    if (!this.rowText) return text;
    const m = /<(\w+:)?sheetData\b[^>]*\/>/.exec(text);
    if (!m) throw new Error(`sheet "${this.name}": its rows have no place in the saved part`);
    return withRows(text, m, this.rowText);
  }

  /**
   * Appends to `parent` a comment that the saved part replaces with the pieces `text` makes: a list
   * of thousands of elements (a table's merges, the Temuan sheet's links) as xmldom nodes cost
   * hundreds of megabytes and most of a second at 100,000 rows (`npm run bench file`). Their text
   * is written as the tree would write them, so the part comes out the same.
   */
  spliceInto(parent: XElement, text: () => Iterable<string>): void {
    const marker = `${this.nonce}${this.splices.size}`;
    parent.appendChild(ownerOf(parent).createComment(marker));
    this.splices.set(`<!--${marker}-->`, text);
  }

  get ws(): XElement {
    return root(this.doc);
  }

  touch(): void {
    this.pkg.touch(this.path);
  }

  private get sheetData(): XElement {
    return ensureChild(this.ws, "sheetData", WORKSHEET_ORDER);
  }

  styleOf(row: number, col: number): number {
    const own = this.rowText ? this.rowText.styleOf(row + 1, col) : this.records?.styleOf(row, col);
    if (own !== undefined) return own;
    // A new cell takes the column's format the way Excel would show it (a row's is in styleOf above).
    for (const c of this.columnStyles()) if (col >= c.min && col <= c.max) return c.style;
    return 0;
  }

  /**
   * The <col> elements with a style, zero-based, read once: walking the tree for every written cell
   * was a sixth of the values step at 10,000 rows (`npm run bench file`). Widths never change them.
   */
  private columnStyles(): { min: number; max: number; style: number }[] {
    if (this.colStyles) return this.colStyles;
    const cols = child(this.ws, "cols");
    this.colStyles = [];
    for (const e of cols ? children(cols, "col") : []) {
      if (!e.hasAttribute("style")) continue;
      const min = Number(e.getAttribute("min")) - 1;
      const max = Number(e.getAttribute("max")) - 1;
      this.colStyles.push({ min, max, style: Number(e.getAttribute("style")) || 0 });
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
    const data = this.sheetData;
    while (data.firstChild) data.removeChild(data.firstChild);
    this.rowText = undefined;
    this.records = undefined;
    this.withStore();
    for (const name of ["mergeCells", "conditionalFormatting", "dataValidations", "hyperlinks"]) {
      removeChildren(this.ws, name);
    }
    this.cleared = true;
    this.touch();
  }

  /** Adds a merge; merges it would overlap are removed, since overlapping merges corrupt a file. */
  addMerge(address: string): void {
    if (this.merges.add(address)) this.touch();
  }

  /** Takes away the merge on exactly this block, if there is one. */
  removeMerge(address: string): void {
    if (this.merges.remove(address)) this.touch();
  }

  setColumnWidth(col: number, width: number): void {
    this.colStyles = undefined;
    layout.setColumnWidth(this.ws, col, width);
    this.touch();
  }

  setFreeze(rows: number, cols: number): void {
    layout.setFreeze(this.ws, rows, cols);
    this.touch();
  }

  setTabColor(argbColor: string): void {
    layout.setTabColor(this.ws, argbColor);
    this.touch();
  }

  // ---- conditional formatting ----

  /**
   * Removes every <conditionalFormatting> on exactly this sqref; with `within`, also every one lying
   * wholly inside it (a write with no rules clears the block, as Office.js clearAll does).
   */
  removeRulesOn(sqref: string, within = false): number {
    const removed = layout.removeRulesOn(this.ws, sqref, within);
    if (removed) this.touch();
    return removed;
  }

  maxPriority(): number {
    return layout.maxPriority(this.ws);
  }

  /** A new <conditionalFormatting> after the existing ones. */
  addRuleBlock(sqref: string): XElement {
    this.touch();
    return layout.addRuleBlock(this.ws, sqref);
  }

  /** Sets <dimension> to the old used range joined with what this run wrote. */
  updateDimension(): void {
    if (this.written) layout.updateDimension(this.ws, this.written, this.cleared);
  }
}
