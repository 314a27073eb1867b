/**
 * What a worksheet's chart, note and comment collections share in the strict fake: items in Excel's
 * order, found by key (getItem, getItemOrNullObject), by position (getItemAt, resolved when its
 * request runs, after earlier deletions in the same batch) and counted (getCount).
 */
import {
  FakeCollection,
  FakeObject,
  queueResult,
  type FakeClientResult,
  type FakeRequestContext,
  type WB,
} from "./base";
import { FakeOfficeError } from "./errors";
import type { FakeSheetState } from "./state";

export abstract class FakeSheetItems<T, I extends FakeObject<T>> extends FakeCollection<FakeSheetState, I> {
  /** "chart", "note", "comment": for the errors Office.js gives */
  abstract readonly _itemName: string;

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => FakeSheetState | null) {
    super(ctx, path, resolve, false);
  }

  override _sheetOf(s: FakeSheetState): FakeSheetState {
    return s;
  }

  /** The sheet's items in Excel's order, each with the key its proxy path shows. */
  abstract _entries(s: FakeSheetState): { key: string; target: T }[];

  abstract _make(path: string, resolve: (wb: WB) => T | null, nullable: boolean): I;

  _listItems(s: FakeSheetState): I[] {
    return this._entries(s).map(({ key, target }) =>
      this._make(`${this._path}[${key}]`, () => target, false),
    );
  }

  /** By key: `find` answers the item, or undefined when there is none (ItemNotFound, or a null object). */
  _byKey(key: string, nullable: boolean, find: (s: FakeSheetState) => T | undefined, missing: string): I {
    return this._make(
      `${this._path}[${key}]`,
      this._derive((s) => {
        const target = find(s);
        if (target) return target;
        if (nullable) return null;
        throw new FakeOfficeError("ItemNotFound", missing);
      }),
      nullable,
    );
  }

  getCount(): FakeClientResult<number> {
    return queueResult(this, "getCount", (s) => this._entries(s).length);
  }

  getItemAt(index: number): I {
    return this._make(
      `${this._path}@${index}`,
      this._derive((s) => {
        const entry = this._entries(s)[index];
        if (!entry) throw new FakeOfficeError("ItemNotFound", `No ${this._itemName} at index ${index}.`);
        return entry.target;
      }),
      false,
    );
  }
}
