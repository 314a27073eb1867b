/** The one seam between the pipeline and a host: Excel through Office.js, or an .xlsx file. */
import type { ApplyReport, WritePlan } from "../engine/plan";
import type { WorkbookSnapshot } from "../engine/snapshot";

export interface WorkbookGateway {
  /** Everything the run needs, in one read (one sync in Excel). */
  read(): Promise<WorkbookSnapshot>;
  /** Applies the whole plan, or nothing (Excel: one write sync; file: one written copy). */
  apply(plan: WritePlan): Promise<ApplyReport>;
}
