export { isEmptySnapshot } from "./package-snapshot";
export { createXlsxGateway } from "./gateway";
export { XlsxInputError, isXlsxInputError } from "./errors";
