/** The write commands of an apply, as steps that know their request size. */
import { cellAddress, parseAddress, rangeAddress } from "../engine/address";
import type {
  CellStyle,
  ChartWrite,
  ConditionalRule,
  PlanValue,
  RangeWrite,
  RemoveWrite,
} from "../engine/plan";
import { COMMAND_OVERHEAD, jsonBytes } from "./payload";
import { needsTextFormat } from "./text";

export interface Env {
  context: Excel.RequestContext;
  sheet(name: string): Excel.Worksheet;
}

export interface Step {
  bytes: number;
  queue(env: Env): void;
}

/** Plan widths are characters; Office.js wants points (Calibri 11: 7 px a character + 5 px padding). */
export function charsToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const OPERATOR = {
  between: "Between",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  equal: "EqualTo",
} as const;
const CHART_TYPE = { columnClustered: "ColumnClustered", line: "Line" } as const;

function formula(f: string): string {
  return f.startsWith("=") ? f : `=${f}`;
}

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fill) format.fill.color = style.fill;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border === "thin") {
    const edges: Excel.BorderIndex[] = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
    ] as Excel.BorderIndex[];
    if (rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if (cols > 1) edges.push("InsideVertical" as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

const STYLE_BYTES = 12 * COMMAND_OVERHEAD;

/** One block (or a slice of rows of it); numberFormat goes before values so "@" takes effect. */
function rangeStep(w: RangeWrite, rowFrom: number, rowTo: number): Step {
  const b = parseAddress(w.address);
  const rows = rowTo - rowFrom;
  const address = rangeAddress(b.row + rowFrom, b.col, rows, b.colCount);
  const values = w.values?.slice(rowFrom, rowTo).map((r) => r.map((v: PlanValue) => (v === null ? "" : v)));
  let formats: (string | null)[][] | null = null;
  const baseFormat = (r: number, c: number) =>
    w.numberFormats?.[rowFrom + r]?.[c] ?? w.style?.numberFormat ?? null;
  const anyFormat = !!w.numberFormats || !!w.style?.numberFormat;
  const anyText = values?.some((r) => r.some((v) => typeof v === "string" && needsTextFormat(v))) ?? false;
  if (anyFormat || anyText) {
    formats = [];
    for (let r = 0; r < rows; r++) {
      const row: (string | null)[] = [];
      for (let c = 0; c < b.colCount; c++) {
        const v = values?.[r]?.[c];
        row.push(typeof v === "string" && needsTextFormat(v) ? "@" : baseFormat(r, c));
      }
      formats.push(row);
    }
  }
  const bytes =
    jsonBytes(values ?? null) + jsonBytes(formats) + (w.style ? STYLE_BYTES : 0) + 3 * COMMAND_OVERHEAD;
  return {
    bytes,
    queue(env) {
      const range = env.sheet(w.sheet).getRange(address);
      // null inside a 2-D numberFormat leaves that cell's format as it is.
      if (formats) range.numberFormat = formats as string[][];
      if (w.style) applyStyle(range, w.style, rows, b.colCount);
      if (values) range.values = values as (string | number | boolean)[][];
    },
  };
}

/**
 * A block an earlier run wrote and this one does not: its merges undone, its contents and formats
 * cleared, and its columns back to the sheet's standard width when asked.
 */
export function removeStep(r: RemoveWrite): Step {
  return {
    bytes: (4 + r.merges.length) * COMMAND_OVERHEAD,
    queue(env) {
      const ws = env.sheet(r.sheet);
      for (const m of r.merges) ws.getRange(m).unmerge();
      const range = ws.getRange(r.address);
      range.clear("All");
      if (r.lebarStandar) range.format.useStandardWidth = true;
    },
  };
}

/** Splits a block into row slices that each fit the budget. */
export function rangeSteps(w: RangeWrite, budget: number): Step[] {
  const whole = rangeStep(w, 0, parseAddress(w.address).rowCount);
  if (whole.bytes <= budget) return [whole];
  const rows = parseAddress(w.address).rowCount;
  const perRow = Math.max(1, whole.bytes / rows);
  const sliceRows = Math.max(1, Math.floor((budget * 0.5) / perRow));
  const steps: Step[] = [];
  for (let r = 0; r < rows; r += sliceRows) steps.push(rangeStep(w, r, Math.min(rows, r + sliceRows)));
  return steps;
}

export function conditionalStep(sheet: string, address: string, rules: ConditionalRule[]): Step {
  return {
    bytes: jsonBytes(rules) + (2 + rules.length * 6) * COMMAND_OVERHEAD,
    queue(env) {
      const formats = env.sheet(sheet).getRange(address).conditionalFormats;
      formats.clearAll();
      rules.forEach((rule, priority) => {
        if (rule.type === "iconSet") {
          const cf = formats.add("IconSet");
          cf.iconSet.style = rule.style as Excel.IconSet;
          // The first icon has no criterion (it covers everything below the second threshold).
          cf.iconSet.criteria = [
            {} as Excel.ConditionalIconCriterion,
            ...rule.thresholds.map((t) => ({
              type: "Number" as Excel.ConditionalFormatIconRuleType,
              operator: "GreaterThanOrEqual" as Excel.ConditionalIconCriterionOperator,
              formula: formula(String(t)),
            })),
          ];
          cf.priority = priority;
          return;
        }
        if (rule.type === "expression") {
          // Custom (ExcelApi 1.6): relative references shift from the range's top-left cell, as the plan writes them
          const custom = formats.add("Custom");
          custom.custom.rule.formula = formula(rule.formula);
          custom.custom.format.fill.color = rule.fill;
          custom.custom.format.font.color = rule.fontColor;
          custom.priority = priority;
          return;
        }
        const cf = formats.add("CellValue");
        const target = cf.cellValue;
        target.format.fill.color = rule.fill;
        target.format.font.color = rule.fontColor;
        if (rule.type === "textEquals") {
          // "Cell value equal to" a quoted string is an exact, case-insensitive text match,
          // which ContainsText (contains / begins / ends) cannot express.
          target.rule = { operator: "EqualTo", formula1: `="${rule.text.replace(/"/g, '""')}"` };
        } else {
          target.rule = {
            operator: OPERATOR[rule.operator],
            formula1: formula(rule.formula1),
            ...(rule.formula2 !== undefined ? { formula2: formula(rule.formula2) } : {}),
          };
        }
        cf.priority = priority;
      });
    },
  };
}

export function chartStep(c: ChartWrite, old: Excel.Chart | undefined): Step {
  const a = parseAddress(c.anchor);
  const end = cellAddress(a.row + Math.max(1, c.heightRows) - 1, a.col + Math.max(1, c.widthCols) - 1);
  return {
    bytes: 8 * COMMAND_OVERHEAD + jsonBytes(c),
    queue(env) {
      old?.delete();
      const ws = env.sheet(c.sheet);
      const chart = ws.charts.add(CHART_TYPE[c.type], ws.getRange(c.dataAddress), "Columns");
      chart.name = c.name;
      chart.title.text = c.title;
      chart.setPosition(cellAddress(a.row, a.col), end);
    },
  };
}
