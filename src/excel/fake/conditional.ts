/** Conditional formats in the strict fake: CellValue, ContainsText, Custom (formula) and IconSet rules. */
import {
  FakeCollection,
  FakeObject,
  queueResult,
  type FakeClientResult,
  type FakeRequestContext,
  type ScalarSpec,
  type WB,
} from "./base";
import { FakeOfficeError } from "./errors";
import { intersects, type FakeCfRule, type FakeSheetState } from "./state";
import { FakeRange, type RangeTarget } from "./range";

interface RuleTarget {
  sheet: FakeSheetState;
  rule: FakeCfRule;
}

const TYPES = ["CellValue", "ContainsText", "IconSet", "Custom"] as const;

export class FakeConditionalFormatCollection extends FakeCollection<RangeTarget, FakeConditionalFormat> {
  readonly _typeName = "ConditionalFormatCollection";
  readonly _need: (member: string) => void;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    resolve: (wb: WB) => RangeTarget | null,
    nullable: boolean,
    need: (member: string) => void,
  ) {
    super(ctx, path, resolve, nullable);
    this._need = need;
  }

  override _sheetOf(t: RangeTarget): FakeSheetState {
    return t.sheet;
  }

  _listItems(t: RangeTarget): FakeConditionalFormat[] {
    return t.sheet.cf
      .filter((r) => intersects(r.range, t.block))
      .map(
        (rule) =>
          new FakeConditionalFormat(this._ctx, `${this._path}#${rule.id}`, () => ({ sheet: t.sheet, rule })),
      );
  }

  add(type: string): FakeConditionalFormat {
    this._need("add");
    if (!(TYPES as readonly string[]).includes(type))
      throw new FakeOfficeError("FakeNotImplemented", `Conditional format type ${type} is not modelled.`);
    const made: { target?: RuleTarget } = {};
    const format = new FakeConditionalFormat(this._ctx, `${this._path}.add(${type})`, () => {
      if (!made.target || !made.target.sheet.cf.includes(made.target.rule))
        throw new FakeOfficeError("ItemNotFound", "The conditional format does not exist.");
      return made.target;
    });
    this._write(
      "add",
      type,
      (t, wb) => {
        const rule: FakeCfRule = {
          id: wb.nextId++,
          range: { ...t.block },
          type: type as FakeCfRule["type"],
          // Excel puts a new rule first; everything else moves down one.
          priority: 0,
        };
        for (const r of t.sheet.cf) r.priority += 1;
        t.sheet.cf.push(rule);
        made.target = { sheet: t.sheet, rule };
      },
      { made: format },
    );
    return format;
  }

  /** ExcelApi 1.6: the rule with this id, among the rules that touch the range. */
  getItem(id: string): FakeConditionalFormat {
    this._need("getItem");
    return new FakeConditionalFormat(
      this._ctx,
      `${this._path}[${id}]`,
      this._derive((t) => {
        const rule = t.sheet.cf.find((r) => String(r.id) === id && intersects(r.range, t.block));
        if (!rule) throw new FakeOfficeError("ItemNotFound", `No conditional format with id ${id}.`);
        return { sheet: t.sheet, rule };
      }),
    );
  }

  clearAll(): void {
    this._need("clearAll");
    this._write("clearAll", null, (t) => {
      // Office trims rules that only partly overlap; the fake drops them whole (our plans clear exact addresses).
      t.sheet.cf = t.sheet.cf.filter((r) => !intersects(r.range, t.block));
      renumber(t.sheet);
    });
  }

  getCount(): FakeClientResult<number> {
    this._need("getCount");
    return queueResult(
      this,
      "getCount",
      (t) => t.sheet.cf.filter((r) => intersects(r.range, t.block)).length,
    );
  }
}

/** Excel's priorities are the rules' places in the sheet's list: they close up when rules go. */
function renumber(sheet: FakeSheetState): void {
  [...sheet.cf].sort((a, b) => a.priority - b.priority).forEach((r, i) => (r.priority = i));
}

const CF_SCALARS: Record<string, ScalarSpec<RuleTarget>> = {
  id: { get: (t) => String(t.rule.id) },
  type: { get: (t) => t.rule.type },
  priority: {
    get: (t) => t.rule.priority,
    set: (t, v) => {
      const others = t.sheet.cf.filter((r) => r !== t.rule).sort((a, b) => a.priority - b.priority);
      const at = Math.max(0, Math.min(Number(v), others.length));
      others.splice(at, 0, t.rule);
      others.forEach((r, i) => (r.priority = i));
    },
  },
};

export class FakeConditionalFormat extends FakeObject<RuleTarget> {
  readonly _typeName = "ConditionalFormat";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => RuleTarget | null) {
    super(ctx, path, resolve, false);
  }

  override _sheetOf(t: RuleTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<RuleTarget>> {
    return CF_SCALARS;
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    const want =
      key === "cellValue"
        ? "CellValue"
        : key === "textComparison"
          ? "ContainsText"
          : key === "iconSet"
            ? "IconSet"
            : key === "custom"
              ? "Custom"
              : null;
    if (!want) return undefined;
    return new FakeRulePart(
      this._ctx,
      `${this._path}.${key}`,
      this._derive((t) => {
        if (t.rule.type !== want)
          throw new FakeOfficeError("InvalidArgument", `A ${t.rule.type} conditional format has no ${key}.`);
        return t;
      }),
      want,
    ) as FakeObject<unknown>;
  }

  /** ExcelApi 1.6: the range the rule applies to (how the gateway tells its own rules from the user's). */
  getRange(): FakeRange {
    return new FakeRange(
      this._ctx,
      `${this._path}.range`,
      this._derive((t) => ({ sheet: t.sheet, block: { ...t.rule.range } })),
      false,
    );
  }

  delete(): void {
    this._write("delete", null, (t) => {
      t.sheet.cf = t.sheet.cf.filter((r) => r !== t.rule);
      renumber(t.sheet);
    });
  }
}

function ruleSpecs(kind: string): Record<string, ScalarSpec<RuleTarget>> {
  if (kind === "CellValue")
    return {
      rule: {
        get: (t) => t.rule.cellValue ?? {},
        set: (t, v) => {
          const r = v as { operator?: string; formula1?: string; formula2?: string };
          if (!r || typeof r.formula1 !== "string" || typeof r.operator !== "string")
            throw new FakeOfficeError("InvalidArgument", "A cell value rule needs operator and formula1.");
          t.rule.cellValue = {
            operator: r.operator,
            formula1: r.formula1,
            ...(r.formula2 ? { formula2: r.formula2 } : {}),
          };
        },
      },
    };
  if (kind === "Custom") return {};
  if (kind === "ContainsText")
    return {
      rule: {
        get: (t) => t.rule.textComparison ?? {},
        set: (t, v) => {
          const r = v as { operator?: string; text?: string };
          if (!r || typeof r.text !== "string" || typeof r.operator !== "string")
            throw new FakeOfficeError("InvalidArgument", "A text rule needs operator and text.");
          t.rule.textComparison = { operator: r.operator, text: r.text };
        },
      },
    };
  const icon = (key: "style" | "criteria" | "reverseIconOrder" | "showIconOnly"): ScalarSpec<RuleTarget> => ({
    get: (t) => t.rule.iconSet?.[key],
    set: (t, v) => {
      if (key === "criteria" && !Array.isArray(v))
        throw new FakeOfficeError("InvalidArgument", "criteria is an array.");
      t.rule.iconSet = { ...t.rule.iconSet, [key]: v };
    },
  });
  return {
    style: icon("style"),
    criteria: icon("criteria"),
    reverseIconOrder: icon("reverseIconOrder"),
    showIconOnly: icon("showIconOnly"),
  };
}

class FakeRulePart extends FakeObject<RuleTarget> {
  readonly _typeName: string;
  readonly _kind: string;
  readonly _specs: Record<string, ScalarSpec<RuleTarget>>;

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => RuleTarget | null, kind: string) {
    super(ctx, path, resolve, false);
    this._kind = kind;
    this._typeName = `${kind}ConditionalFormat`;
    this._specs = ruleSpecs(kind);
  }

  override _sheetOf(t: RuleTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<RuleTarget>> {
    return this._specs;
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    // a Custom rule's formula sits on an object of its own (custom.rule.formula), not a plain value
    if (key === "rule" && this._kind === "Custom") return new FakeCustomRule(this) as FakeObject<unknown>;
    if (key !== "format" || this._kind === "IconSet") return undefined;
    return new FakeCfFormat(this) as FakeObject<unknown>;
  }
}

const CUSTOM_RULE: Record<string, ScalarSpec<RuleTarget>> = {
  formula: {
    get: (t) => t.rule.custom?.formula,
    set: (t, v) => {
      if (typeof v !== "string" || !v.startsWith("="))
        throw new FakeOfficeError("InvalidArgument", 'A custom rule formula is text starting with "=".');
      t.rule.custom = { formula: v };
    },
  },
};

class FakeCustomRule extends FakeObject<RuleTarget> {
  readonly _typeName = "ConditionalFormatRule";

  constructor(part: FakeRulePart) {
    super(
      part._ctx,
      `${part._path}.rule`,
      part._derive((t) => t),
      false,
    );
  }

  override _sheetOf(t: RuleTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<RuleTarget>> {
    return CUSTOM_RULE;
  }
}

class FakeCfFormat extends FakeObject<RuleTarget> {
  readonly _typeName = "ConditionalRangeFormat";

  constructor(part: FakeRulePart) {
    super(
      part._ctx,
      `${part._path}.format`,
      part._derive((t) => t),
      false,
    );
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    if (key === "fill") return new FakeCfColor(this, "ConditionalRangeFill", "fill") as FakeObject<unknown>;
    if (key === "font")
      return new FakeCfColor(this, "ConditionalRangeFont", "fontColor") as FakeObject<unknown>;
    return undefined;
  }
}

class FakeCfColor extends FakeObject<RuleTarget> {
  readonly _typeName: string;
  readonly _specs: Record<string, ScalarSpec<RuleTarget>>;

  constructor(format: FakeCfFormat, typeName: string, key: "fill" | "fontColor") {
    super(
      format._ctx,
      `${format._path}.${key}`,
      format._derive((t) => t),
      false,
    );
    this._typeName = typeName;
    this._specs = {
      color: {
        get: (t) => t.rule[key],
        set: (t, v) => {
          t.rule[key] = String(v);
        },
      },
    };
  }

  override _sheetOf(t: RuleTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<RuleTarget>> {
    return this._specs;
  }
}
