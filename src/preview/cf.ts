/**
 * Enough conditional formatting to show the predikat fills in the preview grid: cell-value and
 * text rules as the write plan makes them, first matching rule wins (Excel's stop-if-true order).
 */
import type { CellValue } from "../engine/snapshot";
import type { FakeCfRule, FakeSheetState } from "../excel/fake/state";

export interface ShownFill {
  fill?: string;
  fontColor?: string;
}

function formulaNumber(f: string | undefined): number | null {
  if (f === undefined) return null;
  const n = Number(f.replace(/^=/, "").trim());
  return Number.isFinite(n) ? n : null;
}

/** `="Baik"` → "baik" (Excel compares text case-insensitively); anything else → null. */
function formulaText(f: string | undefined): string | null {
  const m = /^=?"((?:[^"]|"")*)"$/.exec((f ?? "").trim());
  return m ? (m[1] as string).replace(/""/g, '"').toLowerCase() : null;
}

function matches(rule: FakeCfRule, value: CellValue): boolean {
  if (rule.type === "CellValue" && rule.cellValue && typeof value === "string") {
    const text = formulaText(rule.cellValue.formula1);
    if (text === null) return false;
    if (rule.cellValue.operator === "EqualTo") return value.toLowerCase() === text;
    if (rule.cellValue.operator === "NotEqualTo") return value.toLowerCase() !== text;
    return false;
  }
  if (rule.type === "CellValue" && rule.cellValue && typeof value === "number") {
    const a = formulaNumber(rule.cellValue.formula1);
    const b = formulaNumber(rule.cellValue.formula2);
    if (a === null) return false;
    switch (rule.cellValue.operator) {
      case "Between":
        return b !== null && value >= Math.min(a, b) && value <= Math.max(a, b);
      case "GreaterThan":
        return value > a;
      case "GreaterThanOrEqual":
        return value >= a;
      case "LessThan":
        return value < a;
      case "LessThanOrEqual":
        return value <= a;
      case "EqualTo":
        return value === a;
      default:
        return false;
    }
  }
  if (rule.type === "ContainsText" && rule.textComparison && typeof value === "string") {
    const text = (rule.textComparison.text ?? "").toLowerCase();
    const v = value.toLowerCase();
    switch (rule.textComparison.operator) {
      case "BeginsWith":
        return v.startsWith(text);
      case "EndsWith":
        return v.endsWith(text);
      case "NotContains":
        return !v.includes(text);
      default:
        return v.includes(text);
    }
  }
  return false;
}

/** The fill a cell shows: the first matching rule's, else the cell's own. */
export function shownFill(
  sheet: FakeSheetState,
  row: number,
  col: number,
  value: CellValue,
  own: ShownFill,
): ShownFill {
  const rules = sheet.cf
    .filter(
      (r) =>
        row >= r.range.row &&
        row < r.range.row + r.range.rowCount &&
        col >= r.range.col &&
        col < r.range.col + r.range.colCount,
    )
    .sort((a, b) => a.priority - b.priority);
  for (const r of rules) {
    if (matches(r, value)) return { fill: r.fill ?? own.fill, fontColor: r.fontColor ?? own.fontColor };
  }
  return own;
}
