/** Range, its format objects and merged areas in the strict fake. */
import { parseAddress, quoteSheet, rangeAddress } from "../../engine/address";
import type { GridRange } from "../../engine/snapshot";
import { FakeCollection, FakeObject, type FakeRequestContext, type ScalarSpec, type WB } from "./base";
import {
  formatOf,
  formulaOf,
  readGrid,
  styleCells,
  valueOf,
  writeFormulas,
  writeNumberFormats,
  writeValues,
} from "./cells";
import { FakeConditionalFormatCollection } from "./conditional";
import { FakeOfficeError } from "./errors";
import { HYPERLINK_SPEC } from "./hyperlink";
import { mergedAreasAnswer, overCellLimit } from "./limits";
import {
  MAX_COLS,
  MAX_ROWS,
  blockSize,
  existingCellsIn,
  intersects,
  type Edge,
  type FakeCell,
  type FakeCellStyle,
  type FakeSheetState,
} from "./state";

export interface RangeTarget {
  sheet: FakeSheetState;
  block: GridRange;
}

export const WHOLE_SHEET: GridRange = { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS };

export function blockAddress(b: GridRange): string {
  return rangeAddress(b.row, b.col, b.rowCount, b.colCount);
}

export function fullAddress(sheet: FakeSheetState, b: GridRange): string {
  return `${quoteSheet(sheet.name)}!${blockAddress(b)}`;
}

/** "B4", "B4:C9" or "Sheet!B4:C9" (the sheet part must name `sheet`) → block. */
export function blockOf(sheet: FakeSheetState, address: string): GridRange {
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    const sheetPart = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    if (sheetPart !== sheet.name)
      throw new FakeOfficeError("InvalidArgument", `Address ${address} is not on sheet '${sheet.name}'.`);
  }
  try {
    return parseAddress(address.slice(bang + 1).replace(/\$/g, ""));
  } catch {
    throw new FakeOfficeError("InvalidArgument", `The fake Excel cannot parse the address ${address}.`);
  }
}

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

const RANGE_SCALARS: Record<string, ScalarSpec<RangeTarget>> = {
  hyperlink: HYPERLINK_SPEC,
  address: { get: (t) => fullAddress(t.sheet, t.block) },
  rowIndex: { get: (t) => t.block.row },
  columnIndex: { get: (t) => t.block.col },
  rowCount: { get: (t) => t.block.rowCount },
  columnCount: { get: (t) => t.block.colCount },
  // Excel answers null for the cells of a range over 5,000,000 cells.
  values: {
    get: (t, wb) => (overCellLimit(wb, blockSize(t.block)) ? null : readGrid(t.sheet, t.block, valueOf)),
    set: (t, v) => writeValues(t.sheet, t.block, v),
  },
  formulas: {
    get: (t, wb) => (overCellLimit(wb, blockSize(t.block)) ? null : readGrid(t.sheet, t.block, formulaOf)),
    set: (t, v) => writeFormulas(t.sheet, t.block, v),
  },
  numberFormat: {
    get: (t, wb) => (overCellLimit(wb, blockSize(t.block)) ? null : readGrid(t.sheet, t.block, formatOf)),
    set: (t, v) => writeNumberFormats(t.sheet, t.block, v),
  },
};

abstract class RangePart extends FakeObject<RangeTarget> {
  override _sheetOf(t: RangeTarget): FakeSheetState {
    return t.sheet;
  }
}

export class FakeRange extends RangePart {
  readonly _typeName = "Range";

  constructor(
    ctx: FakeRequestContext,
    path: string,
    resolve: (wb: WB) => RangeTarget | null,
    nullable: boolean,
  ) {
    super(ctx, path, resolve, nullable);
  }

  override _scalars(): Record<string, ScalarSpec<RangeTarget>> {
    return RANGE_SCALARS;
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    if (key === "format") return new FakeRangeFormat(this) as FakeObject<unknown>;
    if (key === "conditionalFormats")
      return new FakeConditionalFormatCollection(
        this._ctx,
        `${this._path}.cf`,
        this._derive((t) => t),
        false,
        (m) => this._requires(6, m),
      ) as FakeObject<unknown>;
    return undefined;
  }

  merge(across?: boolean): void {
    this._write("merge", { across: !!across }, (t) => {
      const blocks: GridRange[] = across
        ? Array.from({ length: t.block.rowCount }, (_, i) => ({
            ...t.block,
            row: t.block.row + i,
            rowCount: 1,
          }))
        : [t.block];
      for (const b of blocks) {
        if (b.rowCount * b.colCount < 2) continue;
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, b));
        t.sheet.merges.push({ ...b });
      }
    });
  }

  unmerge(): void {
    this._write("unmerge", null, (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.block));
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this._write("clear", applyTo, (t) => {
      for (const cell of existingCellsIn(t.sheet, t.block)) {
        if (applyTo === "All") t.sheet.cells.delete(`${cell.row},${cell.col}`);
        else if (applyTo === "Contents") {
          cell.value = "";
          delete cell.formula;
        } else if (applyTo === "Formats") {
          cell.numberFormat = "General";
          cell.style = {};
        } else
          throw new FakeOfficeError("FakeNotImplemented", `Range.clear(${String(applyTo)}) is not modelled.`);
      }
    });
  }

  select(): void {
    this._write("select", null, (t, wb) => {
      wb.selection = { sheet: t.sheet.name, address: blockAddress(t.block) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.cell(${row},${column})`,
      this._derive((t) => ({
        sheet: t.sheet,
        block: { row: t.block.row + row, col: t.block.col + column, rowCount: 1, colCount: 1 },
      })),
      false,
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._requires(13, "getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this._ctx,
      `${this._path}.mergedAreas`,
      this._derive((t, wb) => {
        const blocks = mergedAreasAnswer(
          wb,
          t.sheet.merges.filter((m) => intersects(m, t.block)),
        );
        return blocks?.length ? { sheet: t.sheet, blocks } : null;
      }),
    );
  }

  /** The used cells (values only, or with formats) inside this range; null when there are none. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this._requires(4, "getUsedRangeOrNullObject");
    return new FakeRange(
      this._ctx,
      `${this._path}.usedRange(${!!valuesOnly})`,
      this._derive((t) => {
        const inside = existingCellsIn(t.sheet, t.block).filter(
          (c) =>
            c.value !== "" ||
            c.formula !== undefined ||
            (!valuesOnly && (c.numberFormat !== "General" || Object.keys(c.style).length > 0)),
        );
        if (!inside.length) return null;
        const r0 = Math.min(...inside.map((c) => c.row));
        const c0 = Math.min(...inside.map((c) => c.col));
        const r1 = Math.max(...inside.map((c) => c.row));
        const c1 = Math.max(...inside.map((c) => c.col));
        return { sheet: t.sheet, block: { row: r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 } };
      }),
      true,
    );
  }

  /** Only "Formulas" is modelled: the formula cells, one area per run of rows in a column. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this._requires(9, "getSpecialCellsOrNullObject");
    if (cellType !== "Formulas")
      throw new FakeOfficeError("FakeNotImplemented", `getSpecialCells(${cellType}) is not modelled.`);
    return new FakeRangeAreas(
      this._ctx,
      `${this._path}.special(${cellType})`,
      this._derive((t) => {
        const blocks = formulaAreas(existingCellsIn(t.sheet, t.block).filter((c) => c.formula !== undefined));
        return blocks.length ? { sheet: t.sheet, blocks } : null;
      }),
    );
  }
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

class FakeRangeFormat extends RangePart {
  readonly _typeName = "RangeFormat";

  constructor(range: FakeRange) {
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

function formulaAreas(cells: FakeCell[]): GridRange[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: GridRange[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === c.col && last.row + last.rowCount === c.row) last.rowCount += 1;
    else out.push({ row: c.row, col: c.col, rowCount: 1, colCount: 1 });
  }
  return out;
}

interface AreasTarget {
  sheet: FakeSheetState;
  blocks: GridRange[];
}

const AREAS_SCALARS: Record<string, ScalarSpec<AreasTarget>> = {
  address: { get: (t) => t.blocks.map((b) => fullAddress(t.sheet, b)).join(",") },
  areaCount: { get: (t) => t.blocks.length },
};

export class FakeRangeAreas extends FakeObject<AreasTarget> {
  readonly _typeName = "RangeAreas";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => AreasTarget | null) {
    super(ctx, path, resolve, true);
  }

  override _scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return AREAS_SCALARS;
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    if (key === "areas")
      return new FakeRangeCollection(
        this._ctx,
        `${this._path}.areas`,
        this._derive((t) => t),
      ) as FakeObject<unknown>;
    return undefined;
  }
}

class FakeRangeCollection extends FakeCollection<AreasTarget, FakeRange> {
  readonly _typeName = "RangeCollection";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => AreasTarget | null) {
    super(ctx, path, resolve, false);
  }

  _listItems(t: AreasTarget): FakeRange[] {
    return t.blocks.map(
      (b, i) => new FakeRange(this._ctx, `${this._path}[${i}]`, () => ({ sheet: t.sheet, block: b }), false),
    );
  }
}
