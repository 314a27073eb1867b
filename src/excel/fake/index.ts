/** The strict fake of the Excel object model (tests and the browser preview). */
export {
  FakeExcel,
  REQUEST_LIMIT_BYTES,
  createFakeExcel,
  fakeWorkbookFromSnapshot,
  type FakeCellView,
  type FakeCfView,
  type FakeExcelOptions,
  type FakeStats,
} from "./excel";
export { FakeOfficeError, type FakeErrorCode } from "./errors";
export { installFakeOffice, type FakeOfficeOptions } from "./install";
export type { FakeCellStyle, FakeChart, FakeSheetState } from "./state";
