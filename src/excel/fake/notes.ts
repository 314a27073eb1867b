/**
 * Notes (ExcelApi 1.18) and comments (ExcelApi 1.10) of a worksheet in the strict fake. A comment
 * is kept as its cell and text only: the fake models where comments are, not their threads.
 */
import { cellAddress, parseAddress } from "../../engine/address";
import { FakeObject, type FakeRequestContext, type ScalarSpec, type WB } from "./base";
import { FakeOfficeError } from "./errors";
import { FakeSheetItems } from "./sheet-items";
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

export class FakeNoteCollection extends FakeSheetItems<NoteTarget, FakeNote> {
  readonly _typeName = "NoteCollection";
  readonly _itemName = "note";

  _entries(s: FakeSheetState): { key: string; target: NoteTarget }[] {
    return [...s.notes.keys()].map((cell) => ({ key: cell, target: { sheet: s, cell } }));
  }

  _make(path: string, resolve: (wb: WB) => NoteTarget | null, nullable: boolean): FakeNote {
    return new FakeNote(this._ctx, path, resolve, nullable);
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
    const find = (s: FakeSheetState) => {
      const cell = noteCell(s, key);
      return s.notes.has(cell) ? { sheet: s, cell } : undefined;
    };
    return this._byKey(key, nullable, find, `No note at ${key}.`);
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
export class FakeCommentCollection extends FakeSheetItems<NoteTarget, FakeComment> {
  readonly _typeName = "CommentCollection";
  readonly _itemName = "comment";

  _entries(s: FakeSheetState): { key: string; target: NoteTarget }[] {
    return [...s.comments.keys()].map((cell) => ({ key: cell, target: { sheet: s, cell } }));
  }

  _make(path: string, resolve: (wb: WB) => NoteTarget | null): FakeComment {
    return new FakeComment(this._ctx, path, resolve);
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
