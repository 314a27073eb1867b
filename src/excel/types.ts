/** Types shared by the Office.js gateway and the strict fake that stands in for Excel in tests. */

/** The shape of Excel.run: production passes Excel.run, tests and the preview pass FakeExcel.run. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.requirements.isSetSupported, injectable so tests can play an older Excel. */
export type RequirementCheck = (name: string, version?: string) => boolean;
