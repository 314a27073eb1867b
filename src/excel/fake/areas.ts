/**
 * Worksheet.getRanges (ExcelApi 1.9) in the strict fake: a multi-area range whose format sets font,
 * fill, alignment and wrap on every area. Like Office.js's RangeAreas it has no values, number
 * formats or merge; anything else asked of it fails as not modelled. Its address string is refused
 * past MAX_AREAS_ADDRESS characters, the limit the gateway keeps to (src/excel/areas.ts).
 */
import type { GridRange } from "../../engine/snapshot";
import { MAX_AREAS_ADDRESS } from "../areas";
import { FakeObject, type FakeRequestContext, type ScalarSpec, type WB } from "./base";
import { styleCells } from "./cells";
import { FakeOfficeError } from "./errors";
import { blockOf, fullAddress } from "./range";
import type { FakeCellStyle, FakeSheetState } from "./state";

interface AreasTarget {
  sheet: FakeSheetState;
  blocks: GridRange[];
}

function spec<K extends keyof FakeCellStyle>(key: K): ScalarSpec<AreasTarget> {
  return {
    get: (t) => {
      const seen = new Set<unknown>();
      for (const b of t.blocks) styleCells(t.sheet, b, (c) => seen.add(c.style[key]));
      return seen.size === 1 ? [...seen][0] : null;
    },
    set: (t, v) => {
      for (const b of t.blocks) styleCells(t.sheet, b, (c) => (c.style[key] = v as FakeCellStyle[K]));
    },
  };
}

const FORMAT: Record<string, ScalarSpec<AreasTarget>> = {
  horizontalAlignment: spec("hAlign"),
  verticalAlignment: spec("vAlign"),
  wrapText: spec("wrap"),
};
const FONT: Record<string, ScalarSpec<AreasTarget>> = {
  bold: spec("bold"),
  italic: spec("italic"),
  color: spec("fontColor"),
  size: spec("fontSize"),
};
const FILL: Record<string, ScalarSpec<AreasTarget>> = { color: spec("fill") };

class AreasPart extends FakeObject<AreasTarget> {
  readonly _typeName: string;
  readonly _specs: Record<string, ScalarSpec<AreasTarget>>;
  readonly _navs: Record<string, [string, Record<string, ScalarSpec<AreasTarget>>]>;

  constructor(
    parent: FakeObject<AreasTarget>,
    typeName: string,
    specs: Record<string, ScalarSpec<AreasTarget>>,
    navs: Record<string, [string, Record<string, ScalarSpec<AreasTarget>>]> = {},
  ) {
    super(
      parent._ctx,
      `${parent._path}.${typeName}`,
      parent._derive((t) => t),
      false,
    );
    this._typeName = typeName;
    this._specs = specs;
    this._navs = navs;
  }

  override _sheetOf(t: AreasTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return this._specs;
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    const nav = this._navs[key];
    return nav ? (new AreasPart(this, nav[0], nav[1]) as FakeObject<unknown>) : undefined;
  }
}

const AREAS_SCALARS: Record<string, ScalarSpec<AreasTarget>> = {
  address: { get: (t) => t.blocks.map((b) => fullAddress(t.sheet, b)).join(",") },
  areaCount: { get: (t) => t.blocks.length },
};

export class FakeAreasRange extends FakeObject<AreasTarget> {
  readonly _typeName = "RangeAreas";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => AreasTarget | null) {
    super(ctx, path, resolve, false);
  }

  override _sheetOf(t: AreasTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return AREAS_SCALARS;
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    if (key !== "format") return undefined;
    return new AreasPart(this, "RangeFormat", FORMAT, {
      font: ["RangeFont", FONT],
      fill: ["RangeFill", FILL],
    }) as FakeObject<unknown>;
  }
}

/** The areas of "A1:B2, D5:D9" (comma or semicolon) on `sheet`; refused past the length limit. */
export function areasOf(sheet: FakeSheetState, address: string): AreasTarget {
  if (address.length > MAX_AREAS_ADDRESS)
    throw new FakeOfficeError(
      "InvalidArgument",
      `getRanges: an address of ${address.length} characters (the fake refuses more than ${MAX_AREAS_ADDRESS}).`,
    );
  const blocks = address
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => blockOf(sheet, a));
  if (!blocks.length) throw new FakeOfficeError("InvalidArgument", "getRanges: no address.");
  return { sheet, blocks };
}
