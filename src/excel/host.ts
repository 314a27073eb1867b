/**
 * Host detection in one place: is the pane running inside Excel, another Office application, or
 * a plain browser (preview, tests)? Office.onReady resolves in every Office host; outside Office
 * there is no Office global at all.
 */
import type { ExcelRun } from "./types";

export interface HostInfo {
  /** true only inside Excel (desktop, Mac or web) */
  inExcel: boolean;
  /** Office's host name ("Excel", "Word" ...), null outside Office */
  host: string | null;
  platform: string | null;
}

const OUTSIDE_OFFICE: HostInfo = { inExcel: false, host: null, platform: null };

export async function detectHost(): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return OUTSIDE_OFFICE;
  const info = await office.onReady();
  // Compared as text: the HostType enum object exists only where office.js is loaded.
  const host = info?.host ? String(info.host) : null;
  return { inExcel: host === "Excel", host, platform: info?.platform ? String(info.platform) : null };
}

/**
 * Excel.run as the gateway uses it: with delayForCellEdit, a batch sent while the user is typing
 * in a cell waits until the edit ends instead of failing with InvalidOperationInCellEditMode.
 */
export function officeExcelRun(): ExcelRun {
  return (batch) => Excel.run({ delayForCellEdit: true }, batch);
}
