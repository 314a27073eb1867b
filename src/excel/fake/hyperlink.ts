/**
 * Range.hyperlink in the strict fake (ExcelApi 1.7): each cell of the range keeps the link, and its
 * textToDisplay becomes the cell's text, as in Excel. Reading answers the top-left cell's link.
 */
import type { ScalarSpec } from "./base";
import { ensureCell, getCell, type FakeHyperlink } from "./state";
import { FakeOfficeError } from "./errors";
import type { RangeTarget } from "./range";

const KEYS = ["address", "documentReference", "textToDisplay", "screenTip"] as const;

function checked(v: unknown): FakeHyperlink {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new FakeOfficeError("InvalidArgument", "Range.hyperlink is an object.");
  const out: FakeHyperlink = {};
  for (const [k, value] of Object.entries(v)) {
    if (!(KEYS as readonly string[]).includes(k))
      throw new FakeOfficeError("InvalidArgument", `Range.hyperlink has no property ${k}.`);
    if (value === undefined) continue;
    if (typeof value !== "string")
      throw new FakeOfficeError("InvalidArgument", `Range.hyperlink.${k} is a string.`);
    out[k as (typeof KEYS)[number]] = value;
  }
  if (!out.address && !out.documentReference)
    throw new FakeOfficeError("InvalidArgument", "A hyperlink needs an address or a documentReference.");
  return out;
}

export const HYPERLINK_SPEC: ScalarSpec<RangeTarget> = {
  since: 7,
  get: (t) => getCell(t.sheet, t.block.row, t.block.col)?.hyperlink ?? null,
  set: (t, v) => {
    const link = checked(v);
    for (let r = t.block.row; r < t.block.row + t.block.rowCount; r++)
      for (let c = t.block.col; c < t.block.col + t.block.colCount; c++) {
        const cell = ensureCell(t.sheet, r, c);
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) {
          cell.value = link.textToDisplay;
          delete cell.formula;
        }
      }
  },
};
