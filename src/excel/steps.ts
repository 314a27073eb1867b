/** The write commands of an apply, as steps that know their request size. */
import { cellAddress, parseAddress, rangeAddress } from "../engine/address";
import type { CellStyle, ChartWrite, ConditionalRule, PlanValue, RemoveWrite } from "../engine/plan";
import type { CoalescedWrite } from "./coalesce";
import type { Handle } from "./lookup";
import { COMMAND_OVERHEAD, WIRE_ACTION, WIRE_PATH, WIRE_RANGE, gridBytes, jsonBytes } from "./payload";
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

export function applyStyle(
  range: { format: Excel.RangeFormat },
  style: CellStyle,
  rows: number,
  cols: number,
): void {
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

/** What applyStyle sends: the format object, its font and fill, one action per property, the edges. */
export function styleBytes(style: CellStyle, rows: number, cols: number): number {
  let bytes = WIRE_PATH;
  const font = [style.bold, style.italic, style.fontColor, style.fontSize].filter(
    (v) => v !== undefined,
  ).length;
  if (font) bytes += WIRE_PATH + font * (WIRE_ACTION + 8);
  if (style.fill) bytes += WIRE_PATH + WIRE_ACTION + 20;
  const direct = [style.hAlign, style.vAlign, style.wrap].filter((v) => v !== undefined).length;
  bytes += direct * (WIRE_ACTION + 20);
  if (style.border === "thin") {
    const edges = 4 + (rows > 1 ? 1 : 0) + (cols > 1 ? 1 : 0);
    bytes += WIRE_PATH + edges * (WIRE_PATH + 2 * (WIRE_ACTION + 12));
  }
  return bytes;
}

/**
 * One block (or a slice of rows of it); numberFormat goes before values so "@" takes effect.
 * A plan's null is an empty cell (""); undefined (a cell no write touches inside a coalesced block)
 * is sent as null, which leaves the cell as it is.
 */
function rangeStep(w: CoalescedWrite, rowFrom: number, rowTo: number): Step {
  const b = parseAddress(w.address);
  const rows = rowTo - rowFrom;
  const address = rangeAddress(b.row + rowFrom, b.col, rows, b.colCount);
  const values = w.values
    ?.slice(rowFrom, rowTo)
    .map((r) => r.map((v: PlanValue | undefined) => (v === undefined ? null : v === null ? "" : v)));
  let formats: (string | null)[][] | null = null;
  const baseFormat = (r: number, c: number) =>
    w.numberFormats?.[rowFrom + r]?.[c] ?? w.style?.numberFormat ?? null;
  const anyFormat = !!w.numberFormats || !!w.style?.numberFormat;
  const anyText =
    !w.formatsSet &&
    (values?.some((r) => r.some((v) => typeof v === "string" && needsTextFormat(v))) ?? false);
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
    WIRE_PATH +
    WIRE_RANGE +
    gridBytes(values) +
    gridBytes(formats) +
    (w.numberFormat !== undefined ? WIRE_ACTION + jsonBytes(w.numberFormat) : 0) +
    (w.style ? styleBytes(w.style, rows, b.colCount) : 0);
  return {
    bytes,
    queue(env) {
      const range = env.sheet(w.sheet).getRange(address);
      // null inside a 2-D numberFormat leaves that cell's format as it is; a single format is
      // applied to every cell of the range.
      if (formats) range.numberFormat = formats as string[][];
      else if (w.numberFormat !== undefined) range.numberFormat = w.numberFormat as unknown as string[][];
      if (w.style) applyStyle(range, w.style, rows, b.colCount);
      // null inside a 2-D values array leaves that cell as it is
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
export function rangeSteps(w: CoalescedWrite, budget: number): Step[] {
  const whole = rangeStep(w, 0, parseAddress(w.address).rowCount);
  if (whole.bytes <= budget) return [whole];
  const rows = parseAddress(w.address).rowCount;
  const perRow = Math.max(1, whole.bytes / rows);
  const sliceRows = Math.max(1, Math.floor((budget * 0.5) / perRow));
  const steps: Step[] = [];
  for (let r = 0; r < rows; r += sliceRows) steps.push(rangeStep(w, r, Math.min(rows, r + sliceRows)));
  return steps;
}

/**
 * The rules of one range: the add-in's earlier rules there (`owned`: their ids, found by
 * cf-owned.ts) are deleted one by one, never with clearAll, which would take the user's rules on
 * those cells too.
 */
export function conditionalStep(
  sheet: string,
  address: string,
  rules: ConditionalRule[],
  owned: string[],
): Step {
  return {
    bytes: jsonBytes(rules) + (2 + owned.length + rules.length * 6) * COMMAND_OVERHEAD,
    queue(env) {
      const formats = env.sheet(sheet).getRange(address).conditionalFormats;
      for (const id of owned) formats.getItem(id).delete();
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

/** `old`: the chart of that name already on the sheet, replaced. */
export function chartStep(c: ChartWrite, old: Handle<Excel.Chart> | undefined): Step {
  const a = parseAddress(c.anchor);
  const end = cellAddress(a.row + Math.max(1, c.heightRows) - 1, a.col + Math.max(1, c.widthCols) - 1);
  return {
    bytes: 8 * COMMAND_OVERHEAD + jsonBytes(c),
    queue(env) {
      old?.(env.context, env.sheet).delete();
      const ws = env.sheet(c.sheet);
      const chart = ws.charts.add(CHART_TYPE[c.type], ws.getRange(c.dataAddress), "Columns");
      chart.name = c.name;
      chart.title.text = c.title;
      chart.setPosition(cellAddress(a.row, a.col), end);
    },
  };
}
