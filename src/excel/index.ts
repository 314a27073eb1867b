/** Office.js side of the add-in: the Excel gateway and what it needs. */
export { createExcelGateway, type ExcelGateway, type ExcelGatewayOptions } from "./gateway";
export { getSelectedRange, selectCell, splitSelectedAddress, type SelectedRange } from "./select";
export { detectHost, type HostInfo } from "./host";
export {
  ExcelVersionError,
  OPTIONAL_API,
  REQUIRED_API,
  officeRequirementCheck,
  requireExcelApi,
  type GatewayFunction,
} from "./requirements";
export { ExcelApplyError, type ApplyStopKode } from "./errors";
export { REQUEST_LIMIT_BYTES } from "./payload";
export type { ExcelRun, RequirementCheck } from "./types";
