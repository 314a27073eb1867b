/**
 * Notes (ExcelApi 1.18) and comments (ExcelApi 1.10) of a worksheet in the strict fake. A comment
 * is kept as its cell and text only: the fake models where comments are, not their threads.
 */
import { cellAddress, parseAddress } from "../../engine/address";
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
import { FakeRange, blockAddress, blockOf } from "./range";
import type { FakeSheetState } from "./state";

interface NoteTarget {
  sheet: FakeSheetState;
  cell: string;
}

function noteCell(sheet: FakeSheetState, address: string): string {
  const b = blockOf(sheet, address);
  return cellAddress(b.row, b.col);
}

export class FakeNoteCollection extends FakeCollection<FakeSheetState, FakeNote> {
  readonly _typeName = "NoteCollection";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => FakeSheetState | null) {
    super(ctx, path, resolve, false);
  }

  override _sheetOf(s: FakeSheetState): FakeSheetState {
    return s;
  }

  _listItems(s: FakeSheetState): FakeNote[] {
    return [...s.notes.keys()].map(
      (cell) => new FakeNote(this._ctx, `${this._path}[${cell}]`, () => ({ sheet: s, cell }), false),
    );
  }

  add(cellAddressOrRange: string | FakeRange, content: string): FakeNote {
    const made: { target?: NoteTarget } = {};
    const label = typeof cellAddressOrRange === "string" ? cellAddressOrRange : cellAddressOrRange._path;
    this._write("add", { cell: label, content }, (s, wb) => {
      const cell =
        typeof cellAddressOrRange === "string"
          ? noteCell(s, cellAddressOrRange)
          : blockAddress({ ...cellAddressOrRange._target(wb, "notes.add").block, rowCount: 1, colCount: 1 });
      if (s.notes.has(cell)) throw new FakeOfficeError("InvalidArgument", `Cell ${cell} already has a note.`);
      s.notes.set(cell, String(content));
      made.target = { sheet: s, cell };
    });
    return new FakeNote(
      this._ctx,
      `${this._path}.add`,
      () => {
        if (!made.target) throw new FakeOfficeError("ItemNotFound", "The note was not added.");
        return made.target;
      },
      false,
    );
  }

  getItem(key: string): FakeNote {
    return this._byCell(key, false);
  }

  getItemOrNullObject(key: string): FakeNote {
    return this._byCell(key, true);
  }

  _byCell(key: string, nullable: boolean): FakeNote {
    return new FakeNote(
      this._ctx,
      `${this._path}[${key}]`,
      this._derive((s) => {
        const cell = noteCell(s, key);
        if (s.notes.has(cell)) return { sheet: s, cell };
        if (nullable) return null;
        throw new FakeOfficeError("ItemNotFound", `No note at ${key}.`);
      }),
      nullable,
    );
  }

  getCount(): FakeClientResult<number> {
    return queueResult(this, "getCount", (s) => s.notes.size);
  }

  getItemAt(index: number): FakeNote {
    return new FakeNote(
      this._ctx,
      `${this._path}@${index}`,
      this._derive((s) => {
        const cell = [...s.notes.keys()][index];
        if (cell === undefined) throw new FakeOfficeError("ItemNotFound", `No note at index ${index}.`);
        return { sheet: s, cell };
      }),
      false,
    );
  }
}

class FakeNote extends FakeObject<NoteTarget> {
  readonly _typeName = "Note";

  constructor(
    ctx: FakeRequestContext,
    path: string,
    resolve: (wb: WB) => NoteTarget | null,
    nullable: boolean,
  ) {
    super(ctx, path, resolve, nullable);
  }

  override _sheetOf(t: NoteTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<NoteTarget>> {
    return {
      content: {
        get: (t) => t.sheet.notes.get(t.cell),
        set: (t, v) => {
          if (!t.sheet.notes.has(t.cell)) throw new FakeOfficeError("ItemNotFound", "The note was deleted.");
          t.sheet.notes.set(t.cell, String(v));
        },
      },
      authorName: { get: () => "Capaian Kinerja" },
    };
  }

  delete(): void {
    this._write("delete", null, (t) => {
      t.sheet.notes.delete(t.cell);
    });
  }

  getLocation(): FakeRange {
    return locationOf(this);
  }
}

/** The one-cell range a note or comment sits on. */
function locationOf(item: FakeObject<NoteTarget>): FakeRange {
  return new FakeRange(
    item._ctx,
    `${item._path}.location`,
    item._derive((t) => ({ sheet: t.sheet, block: parseAddress(t.cell) })),
    false,
  );
}

/** Comments: where they are and their text (Excel's threads, replies and mentions are not modelled). */
export class FakeCommentCollection extends FakeCollection<FakeSheetState, FakeComment> {
  readonly _typeName = "CommentCollection";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => FakeSheetState | null) {
    super(ctx, path, resolve, false);
  }

  override _sheetOf(s: FakeSheetState): FakeSheetState {
    return s;
  }

  _listItems(s: FakeSheetState): FakeComment[] {
    return [...s.comments.keys()].map(
      (cell) => new FakeComment(this._ctx, `${this._path}[${cell}]`, () => ({ sheet: s, cell })),
    );
  }

  getCount(): FakeClientResult<number> {
    return queueResult(this, "getCount", (s) => s.comments.size);
  }

  getItemAt(index: number): FakeComment {
    return new FakeComment(
      this._ctx,
      `${this._path}@${index}`,
      this._derive((s) => {
        const cell = [...s.comments.keys()][index];
        if (cell === undefined) throw new FakeOfficeError("ItemNotFound", `No comment at index ${index}.`);
        return { sheet: s, cell };
      }),
    );
  }
}

class FakeComment extends FakeObject<NoteTarget> {
  readonly _typeName = "Comment";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => NoteTarget | null) {
    super(ctx, path, resolve, false);
  }

  override _sheetOf(t: NoteTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<NoteTarget>> {
    return {
      content: { get: (t) => t.sheet.comments.get(t.cell) },
      authorName: { get: () => "Pengguna" },
    };
  }

  getLocation(): FakeRange {
    return locationOf(this);
  }
}
