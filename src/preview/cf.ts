/**
 * Enough conditional formatting to show the predikat fills in the preview grid: cell-value, text
 * and the simple formula rules the write plan makes (AND/OR/ISNUMBER, comparisons with numbers, and
 * the finding highlight's TRUE),
 * first matching rule wins (Excel's stop-if-true order).
 */
import { columnIndex } from "../engine/address";
import type { CellValue } from "../engine/snapshot";
import { getCell, type FakeCfRule, type FakeSheetState } from "../excel/fake/state";

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

interface At {
  sheet: FakeSheetState;
  rule: FakeCfRule;
  row: number;
  col: number;
  value: CellValue;
}

/** A reference of the formula, shifted from the rule's top-left cell to this cell, as Excel does. */
function refValue(ref: string, at: At): CellValue | undefined {
  const m = /^(\$?)([A-Z]{1,3})(\$?)(\d{1,7})$/i.exec(ref);
  if (!m) return undefined;
  const col = columnIndex(m[2]!) + (m[1] ? 0 : at.col - at.rule.range.col);
  const row = Number(m[4]) - 1 + (m[3] ? 0 : at.row - at.rule.range.row);
  if (row === at.row && col === at.col) return at.value;
  return getCell(at.sheet, row, col)?.value ?? "";
}

/** Excel's comparison: a blank is 0, text is above every number. */
function compare(v: CellValue, op: string, n: number): boolean {
  if (typeof v === "string" && v !== "") return op === ">" || op === ">=" || op === "<>";
  const x = v === "" ? 0 : Number(v);
  switch (op) {
    case "<":
      return x < n;
    case "<=":
      return x <= n;
    case ">":
      return x > n;
    case ">=":
      return x >= n;
    case "=":
      return x === n;
    case "<>":
      return x !== n;
    default:
      return false;
  }
}

/** Splits "a,b(c,d),e" at its top-level commas. */
function args(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")") depth--;
    else if (s[i] === "," && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((a) => a.trim());
}

/** null when the formula is beyond this small evaluator (the preview then shows no fill for it). */
function evaluate(expr: string, at: At): boolean | null {
  // the finding's highlight: a constant TRUE on one cell
  if (/^TRUE(\(\))?$/i.test(expr.trim())) return true;
  const call = /^([A-Z]+)\((.*)\)$/i.exec(expr.trim());
  if (call) {
    const name = call[1]!.toUpperCase();
    const list = args(call[2]!);
    if (name === "ISNUMBER" && list.length === 1) {
      const v = refValue(list[0]!, at);
      return v === undefined ? null : typeof v === "number";
    }
    if (name === "AND" || name === "OR") {
      const parts = list.map((a) => evaluate(a, at));
      if (parts.some((p) => p === null)) return null;
      return name === "AND" ? parts.every(Boolean) : parts.some(Boolean);
    }
    return null;
  }
  const cmp = /^(\$?[A-Z]{1,3}\$?\d{1,7})\s*(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)$/i.exec(expr.trim());
  if (!cmp) return null;
  const v = refValue(cmp[1]!, at);
  return v === undefined ? null : compare(v, cmp[2]!, Number(cmp[3]));
}

function matches(rule: FakeCfRule, value: CellValue, at: At): boolean {
  if (rule.type === "Custom") {
    const f = rule.custom?.formula;
    return f !== undefined && evaluate(f.replace(/^=/, ""), at) === true;
  }
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
    if (matches(r, value, { sheet, rule: r, row, col, value }))
      return { fill: r.fill ?? own.fill, fontColor: r.fontColor ?? own.fontColor };
  }
  return own;
}
