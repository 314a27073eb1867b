/**
 * Package-level writer: applies a WritePlan to the user's own .xlsx/.xlsm without a rewrite, so
 * charts, pivot tables, slicers, images, macros and unknown parts survive untouched (exceljs drops them).
 */
import type { WritePlan } from "../../engine/plan";
import { applyPlan, ApplyOutcome } from "./apply";
import type { ZipArchive } from "./zip";

export type { ApplyOutcome } from "./apply";
export type { PartKind } from "./inspect";
export { OoxmlRefusalError, isOoxmlRefusalError } from "./errors";

/** `input` may be the archive the snapshot was read from, so the file is unzipped once. */
export function applyPlanToPackage(input: Uint8Array | ZipArchive, plan: WritePlan): Promise<ApplyOutcome> {
  return applyPlan(input, plan);
}
