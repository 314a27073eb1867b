/**
 * The selection, both ways: "go to the finding" activates the sheet and selects the cell; "declare the
 * selection a table" reads which block the user selected. One sync each.
 */
import { localAddress } from "./read";
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

/** The block the user has selected: its sheet (unquoted) and its A1 address without "$". */
export interface SelectedRange {
  sheet: string;
  range: string;
}

/** "'Realisasi 2023'!A5:H20" → { sheet: "Realisasi 2023", range: "A5:H20" } (a sheet name may hold "!"). */
export function splitSelectedAddress(address: string): SelectedRange {
  const bang = address.lastIndexOf("!");
  const quoted = bang >= 0 ? address.slice(0, bang) : "";
  const sheet = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, range: localAddress(address) };
}

/** null when no single block is selected (several areas at once, which Excel refuses to return). */
export async function getSelectedRange(
  run: ExcelRun,
  check: RequirementCheck,
): Promise<SelectedRange | null> {
  requireExcelApi("getSelectedRange", check);
  try {
    return await run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      return splitSelectedAddress(range.address);
    });
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === "InvalidSelection") return null;
    throw e;
  }
}
