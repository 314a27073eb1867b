export { readSnapshot, isEmptySnapshot } from "./snapshot";
export { readPackageSnapshot } from "./package-snapshot";
export { applyPlanToPackage, inspectPackage, isOoxmlRefusalError, OoxmlRefusalError } from "./ooxml";
export type { PartKind } from "./ooxml";
export { createXlsxGateway } from "./gateway";
export type { XlsxGatewayOptions } from "./gateway";
export { XlsxInputError, isXlsxInputError } from "./errors";
