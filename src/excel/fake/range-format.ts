/** A range's format objects in the strict fake: alignment, widths and heights, font, fill, borders. */
import { FakeObject, type ScalarSpec } from "./base";
import { styleCells } from "./cells";
import { FakeOfficeError } from "./errors";
import { RangePart, type RangeTarget } from "./range-part";
import { existingCellsIn, type Edge, type FakeCell, type FakeCellStyle } from "./state";

const EDGE_KEYS = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
  "DiagonalDown",
  "DiagonalUp",
] as const;

function styleSpec<K extends keyof FakeCellStyle>(key: K): ScalarSpec<RangeTarget> {
  return {
    get: (t) =>
      uniform(
        existingCellsIn(t.sheet, t.block).map((c) => c.style[key]),
        t,
      ),
    set: (t, v) => styleCells(t.sheet, t.block, (c) => (c.style[key] = v as FakeCellStyle[K])),
  };
}

/** Office.js answers null when the cells of a range disagree. */
function uniform<V>(values: (V | undefined)[], t: RangeTarget): V | null | undefined {
  const expected = t.block.rowCount * t.block.colCount;
  if (values.length === 0) return undefined;
  const first = values[0];
  if (values.length !== expected && first !== undefined) return null;
  return values.every((v) => v === first) ? first : null;
}

const FORMAT_SCALARS: Record<string, ScalarSpec<RangeTarget>> = {
  horizontalAlignment: styleSpec("hAlign"),
  verticalAlignment: styleSpec("vAlign"),
  wrapText: styleSpec("wrap"),
  columnWidth: {
    get: (t) => {
      const widths = new Set<number>();
      for (let c = t.block.col; c < t.block.col + Math.min(t.block.colCount, 1000); c++)
        widths.add(t.sheet.columnWidths.get(c) ?? 48);
      return widths.size === 1 ? [...widths][0] : null;
    },
    set: (t, v) => {
      if (typeof v !== "number" || !(v >= 0))
        throw new FakeOfficeError("InvalidArgument", "columnWidth is a number.");
      for (let c = t.block.col; c < t.block.col + t.block.colCount; c++) t.sheet.columnWidths.set(c, v);
    },
  },
  rowHeight: {
    get: (t) => t.sheet.rowHeights?.get(t.block.row) ?? 15,
    set: (t, v) => {
      if (typeof v !== "number" || !(v >= 0))
        throw new FakeOfficeError("InvalidArgument", "rowHeight is a number.");
      t.sheet.rowHeights ??= new Map();
      for (let r = t.block.row; r < t.block.row + t.block.rowCount; r++) t.sheet.rowHeights.set(r, v);
    },
  },
  // true puts the range's columns back to the sheet's standard width (the fake keeps no width for them)
  useStandardWidth: {
    get: (t) => {
      for (let c = t.block.col; c < t.block.col + Math.min(t.block.colCount, 1000); c++)
        if (t.sheet.columnWidths.has(c)) return false;
      return true;
    },
    set: (t, v) => {
      if (typeof v !== "boolean")
        throw new FakeOfficeError("InvalidArgument", "useStandardWidth is a boolean.");
      if (v)
        for (let c = t.block.col; c < t.block.col + t.block.colCount; c++) t.sheet.columnWidths.delete(c);
    },
  },
};

export class FakeRangeFormat extends RangePart {
  readonly _typeName = "RangeFormat";

  constructor(range: RangePart) {
    super(
      range._ctx,
      `${range._path}.format`,
      range._derive((t) => t),
      false,
    );
  }

  override _scalars(): Record<string, ScalarSpec<RangeTarget>> {
    return FORMAT_SCALARS;
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    if (key === "font") return new FakeStylePart(this, "RangeFont", FONT_SCALARS) as FakeObject<unknown>;
    if (key === "fill") return new FakeStylePart(this, "RangeFill", FILL_SCALARS) as FakeObject<unknown>;
    if (key === "borders") return new FakeBorders(this) as FakeObject<unknown>;
    return undefined;
  }
}

const FONT_SCALARS: Record<string, ScalarSpec<RangeTarget>> = {
  bold: styleSpec("bold"),
  italic: styleSpec("italic"),
  color: styleSpec("fontColor"),
  size: styleSpec("fontSize"),
};

const FILL_SCALARS: Record<string, ScalarSpec<RangeTarget>> = { color: styleSpec("fill") };

class FakeStylePart extends RangePart {
  readonly _typeName: string;
  readonly _specs: Record<string, ScalarSpec<RangeTarget>>;

  constructor(parent: RangePart, typeName: string, specs: Record<string, ScalarSpec<RangeTarget>>) {
    super(
      parent._ctx,
      `${parent._path}.${typeName}`,
      parent._derive((t) => t),
      false,
    );
    this._typeName = typeName;
    this._specs = specs;
  }

  override _scalars(): Record<string, ScalarSpec<RangeTarget>> {
    return this._specs;
  }

  clear(): void {
    if (this._typeName !== "RangeFill")
      throw new FakeOfficeError("FakeNotImplemented", `${this._typeName}.clear`);
    this._write("clear", null, (t) => styleCells(t.sheet, t.block, (c) => delete c.style.fill));
  }
}

class FakeBorders extends RangePart {
  readonly _typeName = "RangeBorderCollection";

  constructor(format: FakeRangeFormat) {
    super(
      format._ctx,
      `${format._path}.borders`,
      format._derive((t) => t),
      false,
    );
  }

  getItem(index: string): FakeBorder {
    if (!(EDGE_KEYS as readonly string[]).includes(index))
      throw new FakeOfficeError("InvalidArgument", `Unknown border index ${index}.`);
    return new FakeBorder(this, index);
  }
}

type BorderPart = "style" | "weight" | "color";

/** Which cell edges an Excel border index touches inside a block. */
function edgesOf(index: string, t: RangeTarget, cell: FakeCell): Edge[] {
  const top = cell.row === t.block.row;
  const bottom = cell.row === t.block.row + t.block.rowCount - 1;
  const left = cell.col === t.block.col;
  const right = cell.col === t.block.col + t.block.colCount - 1;
  switch (index) {
    case "EdgeTop":
      return top ? ["top"] : [];
    case "EdgeBottom":
      return bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return left ? ["left"] : [];
    case "EdgeRight":
      return right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(top ? [] : (["top"] as Edge[])), ...(bottom ? [] : (["bottom"] as Edge[]))];
    case "InsideVertical":
      return [...(left ? [] : (["left"] as Edge[])), ...(right ? [] : (["right"] as Edge[]))];
    default:
      throw new FakeOfficeError("FakeNotImplemented", `Border ${index} is not modelled.`);
  }
}

function borderSpec(index: string, part: BorderPart): ScalarSpec<RangeTarget> {
  return {
    get: (t) => {
      const cells = existingCellsIn(t.sheet, t.block);
      const seen = cells.flatMap((c) => edgesOf(index, t, c).map((e) => c.style.border?.[e]?.[part]));
      return seen.length && seen.every((v) => v === seen[0]) ? seen[0] : null;
    },
    set: (t, v) =>
      styleCells(t.sheet, t.block, (c) => {
        for (const e of edgesOf(index, t, c)) {
          const border = (c.style.border ??= {});
          border[e] = { ...border[e], [part]: String(v) };
        }
      }),
  };
}

class FakeBorder extends RangePart {
  readonly _typeName = "RangeBorder";
  readonly _specs: Record<string, ScalarSpec<RangeTarget>>;

  constructor(borders: FakeBorders, index: string) {
    super(
      borders._ctx,
      `${borders._path}[${index}]`,
      borders._derive((t) => t),
      false,
    );
    this._specs = {
      style: borderSpec(index, "style"),
      weight: borderSpec(index, "weight"),
      color: borderSpec(index, "color"),
    };
  }

  override _scalars(): Record<string, ScalarSpec<RangeTarget>> {
    return this._specs;
  }
}
