/**
 * The Office side of the host bridge: the Excel gateway (with its "go to cell" and "what is
 * selected"). With office-look.ts (language and theme), the only files of the pane that read
 * Office.js globals. No saveFile: Office.js has no API that saves a file the pane made, so the
 * pane offers it as a browser download (docs/EXCEL-CHECKS.md says where that works).
 */
import { createExcelGateway } from "../excel/gateway";
import { officeExcelRun } from "../excel/host";
import type { HostBridge } from "./host-bridge";

export { officeLook } from "./office-look";

export function officeHost(): HostBridge {
  const gateway = createExcelGateway(officeExcelRun());
  return {
    gateway,
    selectCell: (sheet, cell) => gateway.selectCell(sheet, cell),
    getSelectedRange: () => gateway.getSelectedRange(),
  };
}
