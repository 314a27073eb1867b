/** "Go to the finding": activates the sheet and selects the cell, in one sync. */
import { requireExcelApi } from "./requirements";
import type { ExcelRun, RequirementCheck } from "./types";

export async function selectCell(
  run: ExcelRun,
  sheet: string,
  cell: string,
  check: RequirementCheck,
): Promise<void> {
  requireExcelApi("selectCell", check);
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
