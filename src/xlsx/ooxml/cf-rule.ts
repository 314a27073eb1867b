/** One conditional-format rule of a plan as a <cfRule> of the sheet part. */
import type { ConditionalRule } from "../../engine/plan";
import type { SheetEditor } from "./sheet";
import type { StyleBook } from "./styles";
import { createLike, setText, xmlSafeText } from "./xml";

const ICON_SETS: Record<string, string> = {
  ThreeArrows: "3Arrows",
  ThreeArrowsGray: "3ArrowsGray",
  ThreeFlags: "3Flags",
  ThreeTrafficLights1: "3TrafficLights1",
  ThreeTrafficLights2: "3TrafficLights2",
  ThreeSigns: "3Signs",
  ThreeSymbols: "3Symbols",
  ThreeSymbols2: "3Symbols2",
  FourArrows: "4Arrows",
  FourArrowsGray: "4ArrowsGray",
  FourRedToBlack: "4RedToBlack",
  FourRating: "4Rating",
  FourTrafficLights: "4TrafficLights",
  FiveArrows: "5Arrows",
  FiveArrowsGray: "5ArrowsGray",
  FiveRating: "5Rating",
  FiveQuarters: "5Quarters",
};

function iconSetName(style: string): string {
  if (ICON_SETS[style]) return ICON_SETS[style];
  if (/^[345][A-Za-z0-9]+$/.test(style)) return style;
  return style
    .replace(/^Three/, "3")
    .replace(/^Four/, "4")
    .replace(/^Five/, "5");
}

export function cfRuleXml(ed: SheetEditor, styles: StyleBook, rule: ConditionalRule, priority: number) {
  const block = ed.ws;
  const el = createLike(block, "cfRule");
  el.setAttribute("priority", String(priority));
  const formula = (text: string) => {
    const f = createLike(block, "formula");
    setText(f, xmlSafeText(text.replace(/^=/, "")));
    el.appendChild(f);
  };
  if (rule.type === "iconSet") {
    el.setAttribute("type", "iconSet");
    const set = createLike(block, "iconSet");
    set.setAttribute("iconSet", iconSetName(rule.style));
    const cfvo = (type: string, val: string) => {
      const v = createLike(block, "cfvo");
      v.setAttribute("type", type);
      v.setAttribute("val", val);
      set.appendChild(v);
    };
    cfvo("percent", "0");
    for (const t of rule.thresholds) cfvo("num", String(t));
    el.appendChild(set);
    return el;
  }
  if (rule.type === "expression") {
    // relative references are read from the block's top-left cell, as the plan writes them
    el.setAttribute("type", "expression");
    el.setAttribute("dxfId", String(styles.dxfFor(rule.fill, rule.fontColor)));
    formula(rule.formula);
    return el;
  }
  el.setAttribute("type", "cellIs");
  el.setAttribute("dxfId", String(styles.dxfFor(rule.fill, rule.fontColor)));
  if (rule.type === "textEquals") {
    // Same rule the exceljs adapter writes: equal to the quoted text.
    el.setAttribute("operator", "equal");
    formula(`"${rule.text.replace(/"/g, '""')}"`);
    return el;
  }
  el.setAttribute("operator", rule.operator);
  formula(rule.formula1);
  if (rule.operator === "between" && rule.formula2 !== undefined) formula(rule.formula2);
  return el;
}
