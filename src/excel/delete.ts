/**
 * "Hapus hasil" through Office.js: the add-in's names, then its sheets. Queued after every other
 * step of the plan, as the plan contract orders.
 */
import type { WritePlan } from "../engine/plan";
import { COMMAND_OVERHEAD } from "./payload";
import type { Step } from "./steps";

export function deletionSteps(plan: WritePlan): Step[] {
  const steps: Step[] = [];
  // The plan was made from a read of this workbook a moment ago: every name and sheet listed exists.
  for (const name of plan.deleteNames ?? [])
    steps.push({
      bytes: 2 * COMMAND_OVERHEAD,
      queue(env) {
        env.context.workbook.names.getItem(name).delete();
      },
    });
  for (const name of plan.deleteSheets ?? [])
    steps.push({
      bytes: 3 * COMMAND_OVERHEAD,
      queue(env) {
        const ws = env.context.workbook.worksheets.getItem(name);
        // Excel refuses to delete a very hidden sheet (the state sheet is one): hide it plainly first.
        ws.visibility = "Hidden";
        ws.delete();
      },
    });
  return steps;
}
