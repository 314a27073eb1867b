/**
 * A plan sheet's internal links through Office.js: Range.hyperlink (ExcelApi 1.7, which apply
 * already requires) with a documentReference ("'Sheet 1'!D7"), the text the cell shows and a tip.
 * The cell's text is the plan's range write; the link never turns it into a formula.
 */
import type { MadeSheet, SheetLink } from "../engine/plan";
import { COMMAND_OVERHEAD, jsonBytes } from "./payload";
import type { Step } from "./steps";

/** links per step: a step is never split, and thousands of findings must still fit a request */
const PER_STEP = 200;

function bytesOf(links: readonly SheetLink[]): number {
  let n = 0;
  for (const l of links) n += 2 * COMMAND_OVERHEAD + jsonBytes(l);
  return n;
}

/** The steps that put a sheet's links on its cells, after its values are written. */
export function linkSteps(s: MadeSheet): Step[] {
  // a recipe of links was made into its list with the plan's other recipes (withPiecesMade)
  const links = s.links ?? [];
  const steps: Step[] = [];
  for (let i = 0; i < links.length; i += PER_STEP) {
    const part = links.slice(i, i + PER_STEP);
    steps.push({
      bytes: bytesOf(part),
      queue(env) {
        const ws = env.sheet(s.name);
        for (const l of part) {
          const link: Excel.RangeHyperlink = { documentReference: l.location, textToDisplay: l.text };
          if (l.tip) link.screenTip = l.tip;
          ws.getRange(l.cell).hyperlink = link;
        }
      },
    });
  }
  return steps;
}
