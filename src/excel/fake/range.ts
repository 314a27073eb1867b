/** Range, its special cells and merged areas in the strict fake (its format objects: range-format.ts). */
import { parseAddress, quoteSheet, rangeAddress } from "../../engine/address";
import type { GridRange } from "../../engine/snapshot";
import { FakeCollection, FakeObject, type FakeRequestContext, type ScalarSpec, type WB } from "./base";
import {
  formatOf,
  formulaOf,
  readGrid,
  valueOf,
  writeFormulas,
  writeNumberFormats,
  writeValues,
} from "./cells";
import { FakeConditionalFormatCollection } from "./conditional";
import { FakeOfficeError } from "./errors";
import { FakeRangeFormat } from "./range-format";
import { RangePart, type RangeTarget } from "./range-part";

export type { RangeTarget } from "./range-part";
import { HYPERLINK_SPEC } from "./hyperlink";
import { mergedAreasAnswer, overCellLimit } from "./limits";
import {
  MAX_COLS,
  MAX_ROWS,
  blockSize,
  ensureCell,
  existingCellsIn,
  getCell,
  intersects,
  type FakeCell,
  type FakeSheetState,
} from "./state";

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

  /** Only "Formats" between blocks of one shape is modelled: what the add-in uses to match a user's header. */
  copyFrom(source: string | FakeRange, copyType: string = "All"): void {
    this._requires(9, "copyFrom");
    if (copyType !== "Formats" || typeof source === "string")
      throw new FakeOfficeError("FakeNotImplemented", `Range.copyFrom(${String(copyType)}) is not modelled.`);
    const write = (t: RangeTarget, wb: WB) => {
      const from = source._target(wb, "copyFrom");
      if (from.block.rowCount !== t.block.rowCount || from.block.colCount !== t.block.colCount)
        throw new FakeOfficeError(
          "FakeNotImplemented",
          "copyFrom between blocks of different shapes is not modelled.",
        );
      for (let i = 0; i < t.block.rowCount; i++)
        for (let j = 0; j < t.block.colCount; j++) {
          const src = getCell(from.sheet, from.block.row + i, from.block.col + j);
          const cell = ensureCell(t.sheet, t.block.row + i, t.block.col + j);
          cell.style = src ? JSON.parse(JSON.stringify(src.style)) : {};
          cell.numberFormat = src?.numberFormat ?? "General";
        }
    };
    // Office.js sends the source as an object path of its own, referenced by id
    this._write("copyFrom", [0, copyType, null, null], write, { refs: [source] });
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
