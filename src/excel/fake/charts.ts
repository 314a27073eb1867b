/** Charts in the strict fake: a sheet's chart collection, a chart, its title. */
import { FakeObject, type FakeRequestContext, type ScalarSpec, type WB } from "./base";
import { FakeOfficeError } from "./errors";
import { FakeSheetItems } from "./sheet-items";
import { FakeRange, blockAddress, blockOf, type RangeTarget } from "./range";
import type { FakeChart, FakeSheetState } from "./state";

interface ChartTarget {
  sheet: FakeSheetState;
  chart: FakeChart;
}

const CHART_TYPES = ["ColumnClustered", "Line", "BarClustered", "Pie", "LineMarkers", "ColumnStacked"];

export class FakeChartCollection extends FakeSheetItems<ChartTarget, FakeChartObj> {
  readonly _typeName = "ChartCollection";
  readonly _itemName = "chart";

  _entries(s: FakeSheetState): { key: string; target: ChartTarget }[] {
    return s.charts.map((chart) => ({ key: `#${chart.id}`, target: { sheet: s, chart } }));
  }

  _make(path: string, resolve: (wb: WB) => ChartTarget | null, nullable: boolean): FakeChartObj {
    return new FakeChartObj(this._ctx, path, resolve, nullable);
  }

  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChartObj {
    if (!CHART_TYPES.includes(type))
      throw new FakeOfficeError("FakeNotImplemented", `Chart type ${type} is not modelled.`);
    if (!(sourceData instanceof FakeRange))
      throw new FakeOfficeError("InvalidArgument", "sourceData must be a Range.");
    const made: { target?: ChartTarget } = {};
    this._write("add", { type, source: sourceData._path, seriesBy }, (s, wb) => {
      const src: RangeTarget = sourceData._target(wb, "charts.add");
      const id = wb.nextId++;
      const chart: FakeChart = {
        id,
        name: `Chart ${id}`,
        type,
        title: "",
        source: `${src.sheet.name}!${blockAddress(src.block)}`,
        seriesBy,
      };
      s.charts.push(chart);
      made.target = { sheet: s, chart };
    });
    return new FakeChartObj(
      this._ctx,
      `${this._path}.add`,
      () => {
        if (!made.target) throw new FakeOfficeError("ItemNotFound", "The chart was not added.");
        return made.target;
      },
      false,
    );
  }

  getItem(name: string): FakeChartObj {
    return this._byName(name, false);
  }

  getItemOrNullObject(name: string): FakeChartObj {
    return this._byName(name, true);
  }

  _byName(name: string, nullable: boolean): FakeChartObj {
    const find = (s: FakeSheetState) => {
      const chart = s.charts.find((c) => c.name === name);
      return chart ? { sheet: s, chart } : undefined;
    };
    return this._byKey(name, nullable, find, `Chart '${name}' does not exist.`);
  }
}

const CHART_SCALARS: Record<string, ScalarSpec<ChartTarget>> = {
  name: {
    get: (t) => t.chart.name,
    set: (t, v) => {
      t.chart.name = String(v);
    },
  },
  chartType: {
    get: (t) => t.chart.type,
    set: (t, v) => {
      t.chart.type = String(v);
    },
  },
};

class FakeChartObj extends FakeObject<ChartTarget> {
  readonly _typeName = "Chart";

  constructor(
    ctx: FakeRequestContext,
    path: string,
    resolve: (wb: WB) => ChartTarget | null,
    nullable: boolean,
  ) {
    super(ctx, path, resolve, nullable);
  }

  override _sheetOf(t: ChartTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<ChartTarget>> {
    return CHART_SCALARS;
  }

  override _makeNav(key: string): FakeObject<unknown> | undefined {
    if (key === "title") return new FakeChartTitle(this) as FakeObject<unknown>;
    return undefined;
  }

  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    const label = (c: string | FakeRange | undefined) =>
      typeof c === "string" || c === undefined ? c : c._path;
    this._write("setPosition", [label(startCell), label(endCell)], (t, wb) => {
      const addr = (c: string | FakeRange) =>
        blockAddress(typeof c === "string" ? blockOf(t.sheet, c) : c._target(wb, "setPosition").block);
      t.chart.topLeft = addr(startCell);
      t.chart.bottomRight = endCell === undefined ? undefined : addr(endCell);
    });
  }

  delete(): void {
    this._write("delete", null, (t) => {
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

class FakeChartTitle extends FakeObject<ChartTarget> {
  readonly _typeName = "ChartTitle";

  constructor(chart: FakeChartObj) {
    super(
      chart._ctx,
      `${chart._path}.title`,
      chart._derive((t) => t),
      false,
    );
  }

  override _sheetOf(t: ChartTarget): FakeSheetState {
    return t.sheet;
  }

  override _scalars(): Record<string, ScalarSpec<ChartTarget>> {
    return {
      text: {
        get: (t) => t.chart.title,
        set: (t, v) => {
          t.chart.title = String(v);
        },
      },
    };
  }
}
