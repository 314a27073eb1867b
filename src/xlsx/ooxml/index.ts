/**
 * Package-level writer: applies a WritePlan to the user's own .xlsx/.xlsm without a rewrite, so
 * charts, pivot tables, slicers, images, macros and unknown parts survive untouched (exceljs drops them).
 */
export { applyPlan as applyPlanToPackage } from "./apply";
export type { PartKind } from "./inspect";
export { OoxmlRefusalError } from "./errors";
