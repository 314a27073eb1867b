/** One conditional-format rule of a plan as a <cfRule> of the sheet part. */
import type { ConditionalRule } from "../../engine/plan";
import type { StyleBook } from "./styles";
import { attrText, textElementXml, xmlSafeText } from "./xml";

/** Office.js's icon-set names ("ThreeArrows") as the file spells them ("3Arrows"). */
function iconSetName(style: string): string {
  return style
    .replace(/^Three/, "3")
    .replace(/^Four/, "4")
    .replace(/^Five/, "5");
}

/** A <cfRule> element's text with the sheet's prefix `p` ("x:" or ""), as a DOM would write it. */
export function cfRuleXml(p: string, styles: StyleBook, rule: ConditionalRule, priority: number): string {
  const open = (attrs: string, body: string) =>
    `<${p}cfRule priority="${priority}"${attrs}>${body}</${p}cfRule>`;
  const formula = (text: string) => textElementXml(`${p}formula`, xmlSafeText(text.replace(/^=/, "")));
  if (rule.type === "iconSet") {
    let cfvo = `<${p}cfvo type="percent" val="0"/>`;
    for (const t of rule.thresholds) cfvo += `<${p}cfvo type="num" val="${attrText(String(t))}"/>`;
    const set = `<${p}iconSet iconSet="${attrText(iconSetName(rule.style))}">${cfvo}</${p}iconSet>`;
    return open(' type="iconSet"', set);
  }
  const dxf = ` dxfId="${styles.dxfFor(rule.fill, rule.fontColor)}"`;
  // relative references are read from the block's top-left cell, as the plan writes them
  if (rule.type === "expression") return open(` type="expression"${dxf}`, formula(rule.formula));
  // Same rule the exceljs adapter writes: equal to the quoted text.
  if (rule.type === "textEquals")
    return open(` type="cellIs"${dxf} operator="equal"`, formula(`"${rule.text.replace(/"/g, '""')}"`));
  let body = formula(rule.formula1);
  if (rule.operator === "between" && rule.formula2 !== undefined) body += formula(rule.formula2);
  return open(` type="cellIs"${dxf} operator="${attrText(rule.operator)}"`, body);
}
