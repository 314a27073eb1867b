/** The one seam between the pipeline and a host: Excel through Office.js, or an .xlsx file. */
import type { ApplyReport, Refusal, WritePlan } from "../engine/plan";
import type { WorkbookSnapshot } from "../engine/snapshot";

export interface WorkbookGateway {
  /** Everything the run needs, in one read (one sync in Excel). */
  read(): Promise<WorkbookSnapshot>;
  /**
   * Applies the whole plan, or nothing (Excel: one write sync; file: one written copy).
   * A host that finds a reason not to write before changing anything throws ApplyRefusedError.
   */
  apply(plan: WritePlan): Promise<ApplyReport>;
}

/** Thrown by a gateway that refused the plan before writing anything; the run returns its refusals. */
export class ApplyRefusedError extends Error {
  readonly refusals: Refusal[];

  constructor(refusals: Refusal[]) {
    super(refusals.map((r) => r.pesan.en).join(" "));
    this.name = "ApplyRefusedError";
    this.refusals = refusals;
  }
}

export function isApplyRefusedError(e: unknown): e is ApplyRefusedError {
  return e instanceof ApplyRefusedError;
}
