/**
 * The Excel gateway: the pipeline's WorkbookGateway on top of Office.js. This folder is the only
 * code that talks to Office.js; everything above it works on snapshots and plans.
 *
 * Requests per call (see read.ts and apply.ts for why):
 * - read: 1 sync (2 past `readChainLength` sheets);
 * - apply: 1 look-up sync + 1 write sync (more write syncs only past the 5 MB request limit);
 * - selectCell: 1 sync;
 * - getSelectedRange: 1 sync.
 * Each call first checks its ExcelApi requirement set (requirements.ts).
 */
import type { ApplyReport, WritePlan } from "../engine/plan";
import type { WorkbookSnapshot } from "../engine/snapshot";
import type { WorkbookGateway } from "../pipeline/gateway";
import { applyPlan } from "./apply";
import { readWorkbook } from "./read";
import { officeRequirementCheck } from "./requirements";
import { getSelectedRange, selectCell, type SelectedRange } from "./select";
import type { ExcelRun, RequirementCheck } from "./types";

export interface ExcelGatewayOptions {
  /** defaults to Office.context.requirements.isSetSupported */
  isSetSupported?: RequirementCheck;
  /** the host's request limit (5 MB in Excel on the web) */
  maxRequestBytes?: number;
  /** how many sheets the one-sync read walks before it needs a second sync */
  readChainLength?: number;
}

export interface ExcelGateway extends WorkbookGateway {
  /** activates `sheet` and selects `cell` ("go to the finding") */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** the block the user selected ("declare the selection a table"); null when it is not one block */
  getSelectedRange(): Promise<SelectedRange | null>;
}

export function createExcelGateway(run: ExcelRun, options: ExcelGatewayOptions = {}): ExcelGateway {
  const check = options.isSetSupported ?? officeRequirementCheck();
  return {
    read(): Promise<WorkbookSnapshot> {
      return readWorkbook(run, { check, chainLength: options.readChainLength });
    },
    apply(plan: WritePlan): Promise<ApplyReport> {
      return applyPlan(run, plan, { check, maxRequestBytes: options.maxRequestBytes });
    },
    selectCell(sheet: string, cell: string): Promise<void> {
      return selectCell(run, sheet, cell, check);
    },
    getSelectedRange(): Promise<SelectedRange | null> {
      return getSelectedRange(run, check);
    },
  };
}
