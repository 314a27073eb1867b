import type { ConditionalRule } from "../../src/engine/plan";
import { predikatOf, resolveScale } from "../../src/engine/predikat";
import type { PredikatScale } from "../../src/engine/settings";
import { capaianRules, iconRule, predikatRules } from "../../src/engine/writeback";
import { SHEET } from "../fixtures/writeback/seed000";
import { okPlan, setup } from "./build";

/** Excel's reading of a rule list: every matching rule applies, and on a conflict the higher priority (earlier) wins. */
function excelFill(rules: ConditionalRule[], v: number): string | null {
  for (const r of rules) {
    if (r.type !== "cellValue") continue;
    const a = Number(r.formula1);
    const b = r.formula2 === undefined ? NaN : Number(r.formula2);
    const hit =
      (r.operator === "greaterThan" && v > a) ||
      (r.operator === "greaterThanOrEqual" && v >= a) ||
      (r.operator === "lessThan" && v < a) ||
      (r.operator === "lessThanOrEqual" && v <= a) ||
      (r.operator === "equal" && v === a) ||
      (r.operator === "between" && v >= Math.min(a, b) && v <= Math.max(a, b));
    if (hit) return r.fill;
  }
  return null;
}

function fillOfBand(scale: PredikatScale, v: number): string | null {
  const label = predikatOf(v, scale);
  return scale.bands.find((b) => b.label === label)?.fill ?? null;
}

/** A custom scale with bands closed at the top, (a, b]: the opposite of the presets' [a, b). */
const closedTop: PredikatScale = {
  id: "atas-tertutup",
  nama: "Batas atas tertutup",
  bands: [
    { label: "A", from: 90, fromInclusive: false, to: null, toInclusive: false, fill: "#111111" },
    { label: "B", from: 70, fromInclusive: false, to: 90, toInclusive: true, fill: "#222222" },
    { label: "C", from: 50, fromInclusive: false, to: 70, toInclusive: true, fill: "#333333" },
    { label: "D", from: 0, fromInclusive: true, to: 50, toInclusive: true, fill: "#444444" },
  ],
};

describe("conditional formatting per band", () => {
  const probes = [
    0, 10, 50, 50.0001, 54.99, 55, 65.999, 66, 70, 74.999, 75, 75.0001, 76, 90, 90.5, 91, 99.99, 100, 100.001,
    322, 616.6,
  ];

  it.each([
    ["lkjip4", resolveScale("lkjip4")],
    ["permendagri86", resolveScale("permendagri86")],
    ["(a, b] custom", resolveScale(closedTop)],
  ])(
    "%s: Excel's first matching rule gives the band of the half-open scale at every boundary",
    (_, scale) => {
      const rules = capaianRules(scale);
      expect(rules).toHaveLength(scale.bands.length);
      for (const v of probes) expect([v, excelFill(rules, v)]).toEqual([v, fillOfBand(scale, v)]);
    },
  );

  it("lkjip4: > 100, 75–100, 55–75 with 75 in Baik, < 55", () => {
    const scale = resolveScale("lkjip4");
    const rules = capaianRules(scale);
    expect(rules.map((r) => (r.type === "cellValue" ? [r.operator, r.formula1, r.formula2] : []))).toEqual([
      ["greaterThan", "100", undefined],
      ["between", "75", "100"],
      ["between", "55", "75"],
      ["lessThan", "55", undefined],
    ]);
  });

  it("one textEquals rule per band label on the predikat column, with the band's colours", () => {
    const scale = resolveScale("permendagri86");
    expect(predikatRules(scale)).toEqual(
      scale.bands.map((b) => ({ type: "textEquals", text: b.label, fill: b.fill, fontColor: b.fontColor })),
    );
  });

  it("adds an icon set with the band lower bounds when settings.ikon is on", () => {
    expect(iconRule(resolveScale("lkjip4"))).toEqual({
      type: "iconSet",
      style: "FourTrafficLights",
      thresholds: [55, 75, 100],
    });
    const off = okPlan(setup());
    expect(off.plan.conditionalFormats[0]!.rules.some((r) => r.type === "iconSet")).toBe(false);
    const on = okPlan(setup({}, { ikon: true }));
    const cf = on.plan.conditionalFormats.find((c) => c.address === "G3:G5")!;
    expect(cf.sheet).toBe(SHEET);
    expect(cf.rules[cf.rules.length - 1]).toMatchObject({ type: "iconSet", thresholds: [55, 75, 100] });
  });

  it("follows the scale chosen in the settings", () => {
    const out = okPlan(setup({}, { skala: "permendagri86" }));
    const texts = out.plan.conditionalFormats
      .find((c) => c.address === "H3:H5")!
      .rules.map((r) => (r.type === "textEquals" ? r.text : ""));
    expect(texts).toEqual(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]);
  });
});

/** The plan's formula rule read as Excel reads it on one cell: blank is 0 in a comparison, ISNUMBER false. */
function expressionHolds(formula: string, topLeft: string, v: number | ""): boolean {
  const ref = topLeft.replace(/[$]/g, "");
  const parts = /^AND\((.*)\)$/.exec(formula)![1]!.split(",");
  return parts.every((p) => {
    if (p === `ISNUMBER(${ref})`) return typeof v === "number";
    const m = new RegExp(`^${ref}(<=|>=|<|>)(-?[\\d.]+)$`).exec(p);
    if (!m) throw new Error(`unexpected part ${p}`);
    const x = v === "" ? 0 : v;
    const n = Number(m[2]);
    return m[1] === "<" ? x < n : m[1] === "<=" ? x <= n : m[1] === ">" ? x > n : x >= n;
  });
}

describe("blank-safe capaian bands (formula rules)", () => {
  it.each([
    ["lkjip4", resolveScale("lkjip4")],
    ["permendagri86", resolveScale("permendagri86")],
    ["(a, b] custom", resolveScale(closedTop)],
  ])("%s: each number gets exactly its band; a blank cell gets none", (_, scale) => {
    const rules = capaianRules(scale, "G7");
    expect(rules.every((r) => r.type === "expression")).toBe(true);
    const probes = [0, 10, 50, 54.99, 55, 66, 70, 75, 90, 90.5, 91, 100, 100.001, 322];
    for (const v of probes) {
      const hits = rules.filter((r) => r.type === "expression" && expressionHolds(r.formula, "G7", v));
      expect([v, hits.map((r) => (r.type === "expression" ? r.fill : ""))]).toEqual([
        v,
        [fillOfBand(scale, v)],
      ]);
    }
    expect(rules.filter((r) => r.type === "expression" && expressionHolds(r.formula, "G7", ""))).toEqual([]);
  });

  it("lkjip4 on G7: AND(ISNUMBER(G7), ...) per band, no leading =", () => {
    expect(
      capaianRules(resolveScale("lkjip4"), "$G$7").map((r) => (r.type === "expression" ? r.formula : "")),
    ).toEqual([
      "AND(ISNUMBER(G7),G7>100)",
      "AND(ISNUMBER(G7),G7>=75,G7<=100)",
      "AND(ISNUMBER(G7),G7>=55,G7<75)",
      "AND(ISNUMBER(G7),G7<55)",
    ]);
  });

  it("the in-place capaian column gets formula rules written for its first data cell", () => {
    const out = okPlan(setup());
    const capaian = out.plan.conditionalFormats.find((c) => c.address === "G3:G5")!;
    expect(capaian.rules.map((r) => r.type)).toEqual([
      "expression",
      "expression",
      "expression",
      "expression",
    ]);
    for (const r of capaian.rules)
      if (r.type === "expression") expect(r.formula).toMatch(/^AND\(ISNUMBER\(G3\),/);
    // no rule left that paints a blank cell
    expect(capaian.rules.some((r) => r.type === "cellValue")).toBe(false);
  });
});
