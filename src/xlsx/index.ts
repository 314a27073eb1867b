export { isEmptySnapshot } from "./package-snapshot";
export { createXlsxGateway } from "./gateway";
export type { XlsxGatewayOptions } from "./gateway";
export { XlsxInputError, isXlsxInputError } from "./errors";
