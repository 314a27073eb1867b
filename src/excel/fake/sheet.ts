/** Worksheets, their protection, freeze panes, charts and notes in the strict fake. */
import { areasOf, FakeAreasRange } from "./areas";
import { FakeChartCollection } from "./charts";
import { FakePageLayout } from "./page-layout";
import {
  FakeCollection,
  FakeObject,
  queueResult,
  type FakeClientResult,
  type FakeRequestContext,
  type ScalarSpec,
  type WB,
} from "./base";
import { FakeOfficeError } from "./errors";
import { FakeCommentCollection, FakeNoteCollection } from "./notes";
import { FakeRange, WHOLE_SHEET, blockOf } from "./range";
import { newSheet, structureChange, usedBlock, type FakeSheetState, type FakeVisibility } from "./state";

const VISIBILITIES: FakeVisibility[] = ["Visible", "Hidden", "VeryHidden"];

function findSheet(wb: WB, name: string): FakeSheetState | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

function sheetOrFail(wb: WB, name: string, nullable: boolean): FakeSheetState | null {
  const s = findSheet(wb, name);
  if (s) return s;
  if (nullable) return null;
  throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (worksheet '${name}').`);
}

const SHEET_SCALARS: Record<string, ScalarSpec<FakeSheetState>> = {
  name: {
    get: (s) => s.name,
    set: (s, v, wb) => {
      const name = String(v);
      const other = findSheet(wb, name);
      if (other && other !== s)
        throw new FakeOfficeError("InvalidArgument", `A sheet named '${name}' exists.`);
      if (name !== s.name) structureChange(wb, "rename");
      s.name = name;
    },
  },
  position: { get: (s, wb) => wb.sheets.indexOf(s) },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, wb) => {
      if (!VISIBILITIES.includes(v as FakeVisibility))
        throw new FakeOfficeError("InvalidArgument", `Unknown visibility ${String(v)}.`);
      if (v !== "Visible" && wb.sheets.every((o) => o === s || o.visibility !== "Visible"))
        throw new FakeOfficeError("InvalidArgument", "A workbook must keep at least one visible sheet.");
      if (v !== s.visibility) structureChange(wb, "visibility");
      s.visibility = v as FakeVisibility;
    },
  },
  tabColor: {
    since: 7,
    get: (s) => s.tabColor ?? "",
    set: (s, v) => {
      s.tabColor = v ? String(v) : undefined;
    },
  },
};

export class FakeWorksheet extends FakeObject<FakeSheetState> {
  readonly _typeName = "Worksheet";

  constructor(
    ctx: FakeRequestContext,
    path: string,
    resolve: (wb: WB) => FakeSheetState | null,
    nullable: boolean,
  ) {
    super(ctx, path, resolve, nullable);
  }

  override _sheetOf(s: FakeSheetState): FakeSheetState {
    return s;
  }

  override _scalars(): Record<string, ScalarSpec<FakeSheetState>> {
    return SHEET_SCALARS;
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    const derive = this._derive((s) => s);
    if (key === "protection")
      return new FakeProtection(this._ctx, `${this._path}.protection`, derive) as FakeObject<unknown>;
    if (key === "freezePanes")
      return new FakeFreezePanes(this._ctx, `${this._path}.freezePanes`, derive) as FakeObject<unknown>;
    if (key === "pageLayout") {
      this._requires(9, "pageLayout");
      return new FakePageLayout(this._ctx, `${this._path}.pageLayout`, derive) as FakeObject<unknown>;
    }
    if (key === "charts")
      return new FakeChartCollection(this._ctx, `${this._path}.charts`, derive) as FakeObject<unknown>;
    if (key === "notes") {
      this._requires(18, "notes");
      return new FakeNoteCollection(this._ctx, `${this._path}.notes`, derive) as FakeObject<unknown>;
    }
    if (key === "comments") {
      this._requires(10, "comments");
      return new FakeCommentCollection(this._ctx, `${this._path}.comments`, derive) as FakeObject<unknown>;
    }
    return undefined;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.range(${address ?? ""})`,
      this._derive((s) => ({ sheet: s, block: address ? blockOf(s, address) : WHOLE_SHEET })),
      false,
    );
  }

  /** Several areas in one range (ExcelApi 1.9): format only, as in Office.js (fake/areas.ts). */
  getRanges(address: string): FakeAreasRange {
    this._requires(9, "getRanges");
    return new FakeAreasRange(
      this._ctx,
      `${this._path}.ranges(${address})`,
      this._derive((s) => areasOf(s, address)),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this._requires(4, "getUsedRangeOrNullObject");
    return new FakeRange(
      this._ctx,
      `${this._path}.usedRange(${!!valuesOnly})`,
      this._derive((s) => {
        const block = usedBlock(s, !!valuesOnly);
        return block ? { sheet: s, block } : null;
      }),
      true,
    );
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.usedRangeStrict(${!!valuesOnly})`,
      this._derive((s) => ({
        sheet: s,
        block: usedBlock(s, !!valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 },
      })),
      false,
    );
  }

  getNextOrNullObject(visibleOnly?: boolean): FakeWorksheet {
    this._requires(5, "getNextOrNullObject");
    return new FakeWorksheet(
      this._ctx,
      `${this._path}.next`,
      this._derive((s, wb) => {
        const after = wb.sheets.slice(wb.sheets.indexOf(s) + 1);
        return after.find((o) => !visibleOnly || o.visibility === "Visible") ?? null;
      }),
      true,
    );
  }

  activate(): void {
    this._ctx._queue({
      kind: "write",
      bytes: 40,
      exec: (wb) => {
        const s = this._target(wb, "activate");
        if (s.visibility !== "Visible")
          throw new FakeOfficeError("InvalidArgument", "Cannot activate a hidden sheet.");
        wb.selection = {
          sheet: s.name,
          address: wb.selection?.sheet === s.name ? wb.selection.address : "A1",
        };
      },
    });
  }

  delete(): void {
    this._write("delete", null, (s, wb) => {
      structureChange(wb, "delete");
      // as documented for Worksheet.delete: a very hidden sheet must be made hidden or visible first
      if (s.visibility === "VeryHidden")
        throw new FakeOfficeError("InvalidOperation", "A very hidden worksheet cannot be deleted.");
      if (wb.sheets.filter((o) => o !== s && o.visibility === "Visible").length === 0)
        throw new FakeOfficeError("InvalidArgument", "Cannot delete the last visible sheet.");
      wb.sheets = wb.sheets.filter((o) => o !== s);
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<WB, FakeWorksheet> {
  readonly _typeName = "WorksheetCollection";

  constructor(ctx: FakeRequestContext) {
    super(ctx, "worksheets", (wb) => wb, false);
  }

  _listItems(wb: WB): FakeWorksheet[] {
    return wb.sheets.map((s) => {
      const name = s.name;
      return new FakeWorksheet(this._ctx, `ws[${name}]`, (w) => sheetOrFail(w, name, false), false);
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, `ws[${key}]`, (wb) => sheetOrFail(wb, key, false), false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, `ws?[${key}]`, (wb) => sheetOrFail(wb, key, true), true);
  }

  getFirst(visibleOnly?: boolean): FakeWorksheet {
    this._requires(5, "getFirst");
    return new FakeWorksheet(
      this._ctx,
      "ws.first",
      (wb) => {
        const s = wb.sheets.find((o) => !visibleOnly || o.visibility === "Visible");
        if (!s) throw new FakeOfficeError("ItemNotFound", "The workbook has no worksheet.");
        return s;
      },
      false,
    );
  }

  getCount(): FakeClientResult<number> {
    return queueResult(this, "getCount", (wb) => wb.sheets.length);
  }

  add(name?: string): FakeWorksheet {
    const made: { name?: string } = {};
    const sheet = new FakeWorksheet(
      this._ctx,
      `ws.add(${name ?? ""})`,
      (wb) => {
        if (!made.name) throw new FakeOfficeError("ItemNotFound", "The sheet was not added.");
        return sheetOrFail(wb, made.name, false);
      },
      false,
    );
    this._write(
      "add",
      name ?? null,
      (wb) => {
        structureChange(wb, "add");
        let n = name;
        if (!n) for (let i = 1; !n || findSheet(wb, n); i++) n = `Sheet${i}`;
        if (findSheet(wb, n))
          throw new FakeOfficeError("InvalidArgument", `A sheet named '${n}' already exists.`);
        if (n.length > 31 || /[:\\/?*[\]]/.test(n))
          throw new FakeOfficeError("InvalidArgument", `'${n}' is not a valid sheet name.`);
        wb.sheets.push(newSheet(n));
        made.name = n;
      },
      { made: sheet },
    );
    return sheet;
  }
}

class FakeProtection extends FakeObject<FakeSheetState> {
  readonly _typeName = "WorksheetProtection";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => FakeSheetState | null) {
    super(ctx, path, resolve, false);
  }

  override _scalars(): Record<string, ScalarSpec<FakeSheetState>> {
    return { protected: { since: 2, get: (s) => s.protected } };
  }
}

class FakeFreezePanes extends FakeObject<FakeSheetState> {
  readonly _typeName = "WorksheetFreezePanes";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => FakeSheetState | null) {
    super(ctx, path, resolve, false);
  }

  override _sheetOf(s: FakeSheetState): FakeSheetState {
    return s;
  }

  freezeRows(count: number): void {
    this._requires(7, "freezeRows");
    this._write("freezeRows", count, (s) => (s.freeze = { rows: count, cols: 0 }));
  }

  freezeColumns(count: number): void {
    this._requires(7, "freezeColumns");
    this._write("freezeColumns", count, (s) => (s.freeze = { rows: 0, cols: count }));
  }

  freezeAt(frozen: string | FakeRange): void {
    this._requires(7, "freezeAt");
    this._write("freezeAt", typeof frozen === "string" ? frozen : frozen._path, (s, wb) => {
      const block = typeof frozen === "string" ? blockOf(s, frozen) : frozen._target(wb, "freezeAt").block;
      s.freeze = { rows: block.row + block.rowCount, cols: block.col + block.colCount };
    });
  }

  unfreeze(): void {
    this._requires(7, "unfreeze");
    this._write("unfreeze", null, (s) => delete s.freeze);
  }
}
