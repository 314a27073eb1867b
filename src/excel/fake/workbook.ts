/** Workbook-level objects of the strict fake: the workbook, application and defined names. */
import { parseAddress, quoteSheet, rangeAddress } from "../../engine/address";
import { FakeCollection, FakeObject, type FakeRequestContext, type ScalarSpec, type WB } from "./base";
import { FakeOfficeError } from "./errors";
import { FakeRange, type RangeTarget } from "./range";
import { FakeWorksheetCollection } from "./sheet";

/** "=Data!$B$4:$C$9" for a block, the way Excel writes a name's reference. */
export function absoluteReference(sheet: string, address: string): string {
  const abs = address
    .split(":")
    .map((p) => p.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `=${quoteSheet(sheet)}!${abs}`;
}

export class FakeWorkbookObj extends FakeObject<WB> {
  readonly _typeName = "Workbook";

  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook", (wb) => wb, false);
  }

  /**
   * What the user selected last (Range.select), or A1 of the first visible sheet, as in a fresh workbook;
   * several areas at once throw InvalidSelection, as Excel does.
   */
  getSelectedRange(): FakeRange {
    return new FakeRange(this._ctx, "workbook.getSelectedRange()", selectedTarget, false);
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    if (key === "worksheets") return new FakeWorksheetCollection(this._ctx) as FakeObject<unknown>;
    if (key === "names") return new FakeNamedItemCollection(this._ctx) as FakeObject<unknown>;
    if (key === "application") return new FakeApplication(this._ctx) as FakeObject<unknown>;
    if (key === "protection") return new FakeWorkbookProtection(this._ctx) as FakeObject<unknown>;
    return undefined;
  }
}

function selectedTarget(wb: WB): RangeTarget {
  const sel = wb.selection;
  const sheet = sel
    ? wb.sheets.find((s) => s.name === sel.sheet)
    : wb.sheets.find((s) => s.visibility === "Visible");
  if (!sheet) throw new FakeOfficeError("ItemNotFound", "The selected worksheet does not exist.");
  // Several areas selected at once (Ctrl-click): Excel refuses getSelectedRange.
  if (sel?.address.includes(","))
    throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
  return { sheet, block: sel ? parseAddress(sel.address) : { row: 0, col: 0, rowCount: 1, colCount: 1 } };
}

class FakeWorkbookProtection extends FakeObject<WB> {
  readonly _typeName = "WorkbookProtection";

  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook.protection", (wb) => wb, false);
  }

  override _scalars(): Record<string, ScalarSpec<WB>> {
    return { protected: { since: 7, get: (wb) => !!wb.structureProtected } };
  }
}

class FakeApplication extends FakeObject<WB> {
  readonly _typeName = "Application";

  constructor(ctx: FakeRequestContext) {
    super(ctx, "application", (wb) => wb, false);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._requires(6, "suspendApiCalculationUntilNextSync");
    this._write("suspendApiCalculationUntilNextSync", null, (wb) => {
      wb.calculationSuspensions += 1;
    });
  }
}

interface NameTarget {
  wb: WB;
  name: string;
}

function findName(wb: WB, name: string): string | undefined {
  const lower = name.toLowerCase();
  return [...wb.names.keys()].find((n) => n.toLowerCase() === lower);
}

class FakeNamedItemCollection extends FakeCollection<WB, FakeNamedItem> {
  readonly _typeName = "NamedItemCollection";

  constructor(ctx: FakeRequestContext) {
    super(ctx, "names", (wb) => wb, false);
  }

  _listItems(wb: WB): FakeNamedItem[] {
    return [...wb.names.keys()].map(
      (name) => new FakeNamedItem(this._ctx, `names[${name}]`, () => ({ wb, name }), false),
    );
  }

  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    this._requires(4, "add");
    // the path carries the call's arguments, as the library's Add path does (a range as its id)
    const sent = [name, typeof reference === "string" ? reference : 0, comment ?? null];
    const item = new FakeNamedItem(
      this._ctx,
      `names.add(${JSON.stringify(sent)})`,
      (wb) => this._resolveName(wb, name, false),
      false,
    );
    const write = (_t: WB, wb: WB) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid name.`);
      if (findName(wb, name))
        throw new FakeOfficeError("InvalidArgument", `The name '${name}' already exists.`);
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const t = reference._target(wb, "names.add");
        const b = t.block;
        formula = absoluteReference(t.sheet.name, rangeAddress(b.row, b.col, b.rowCount, b.colCount));
      }
      wb.names.set(name, formula);
    };
    // the item's path (Add, with the name, reference and comment) stands for the call; a range
    // reference travels as a path of its own
    const refs = typeof reference === "string" ? [] : [reference];
    this._write("add", null, write, { made: item, refs });
    return item;
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this._ctx, `names[${name}]`, (wb) => this._resolveName(wb, name, false), false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this._ctx, `names?[${name}]`, (wb) => this._resolveName(wb, name, true), true);
  }

  _resolveName(wb: WB, name: string, nullable: boolean): NameTarget | null {
    const found = findName(wb, name);
    if (found) return { wb, name: found };
    if (nullable) return null;
    throw new FakeOfficeError("ItemNotFound", `The name '${name}' does not exist.`);
  }
}

const NAME_SCALARS: Record<string, ScalarSpec<NameTarget>> = {
  name: { get: (t) => t.name },
  type: { get: (t) => (/^=.+![$A-Z0-9:]+$/.test(t.wb.names.get(t.name) ?? "") ? "Range" : "String") },
  value: { get: (t) => (t.wb.names.get(t.name) ?? "").replace(/^=/, "") },
  visible: { get: () => true },
  formula: {
    since: 7,
    get: (t) => t.wb.names.get(t.name),
    set: (t, v) => {
      const f = String(v);
      t.wb.names.set(t.name, f.startsWith("=") ? f : `=${f}`);
    },
  },
};

class FakeNamedItem extends FakeObject<NameTarget> {
  readonly _typeName = "NamedItem";

  constructor(
    ctx: FakeRequestContext,
    path: string,
    resolve: (wb: WB) => NameTarget | null,
    nullable: boolean,
  ) {
    super(ctx, path, resolve, nullable);
  }

  override _scalars(): Record<string, ScalarSpec<NameTarget>> {
    return NAME_SCALARS;
  }

  delete(): void {
    this._write("delete", null, (t) => {
      t.wb.names.delete(t.name);
    });
  }
}
