/**
 * The Excel gateway: the pipeline's WorkbookGateway on top of Office.js. This folder is the only
 * code that talks to Office.js; everything above it works on snapshots and plans.
 *
 * Requests per call (see read.ts and apply.ts for why):
 * - read: 2 syncs (the sizes, then the cells of all sheets; more only past the response budget,
 *   see read.ts);
 * - apply: 1 write sync (more only past the 5 MB request limit) when it follows this gateway's
 *   read, which found what the apply needs (carried.ts); 1 look-up sync more otherwise;
 * - selectCell: 1 sync;
 * - getSelectedRange: 1 sync.
 * Each call first checks its ExcelApi requirement set (requirements.ts).
 */
import type { ApplyReport, WritePlan } from "../engine/plan";
import type { WorkbookSnapshot } from "../engine/snapshot";
import type { WorkbookGateway } from "../pipeline/gateway";
import { ApplyInterruptedError, ApplyRefusedError } from "../pipeline/gateway";
import { applyPlan } from "./apply";
import { FACTS_MAX_AGE_MS, type ReadFacts } from "./carried";
import { ExcelApplyError, ExcelHostError, officeCode, officePesan } from "./errors";
import { pastLookup } from "./lookup";
import { readWorkbookWithFacts } from "./read";
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
  /** the host's response limit (5,000,000 bytes in Excel on the web) */
  maxResponseBytes?: number;
}

/**
 * What a failed apply tells the run: a refusal before anything was written reaches the pane as
 * a refusal list (as in file mode); an Office failure after the look-up, that some changes may
 * already be written and a rerun completes them; an Office failure before, that nothing was.
 */
function applyFailure(e: unknown, context: Excel.RequestContext | null): unknown {
  if (e instanceof ExcelApplyError && e.kode !== "RENCANA_TIDAK_VALID")
    return new ApplyRefusedError([{ kode: e.kode, sheet: e.sheet, pesan: e.pesan }]);
  const code = officeCode(e);
  if (!code) return e;
  if (context && pastLookup(context)) return new ApplyInterruptedError(code, officePesan(code), e);
  return new ExcelHostError(e, false);
}

export interface ExcelGateway extends WorkbookGateway {
  /** activates `sheet` and selects `cell` ("go to the finding") */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** the block the user selected ("declare the selection a table"); null when it is not one block */
  getSelectedRange(): Promise<SelectedRange | null>;
}

export function createExcelGateway(run: ExcelRun, options: ExcelGatewayOptions = {}): ExcelGateway {
  const check = options.isSetSupported ?? officeRequirementCheck();
  // What the last read found, for the apply that follows it (used once; see carried.ts).
  let facts: ReadFacts | undefined;
  const takeFacts = () => {
    const f = facts;
    facts = undefined;
    return f && Date.now() - f.at <= FACTS_MAX_AGE_MS ? f : undefined;
  };
  return {
    async read(): Promise<WorkbookSnapshot> {
      facts = undefined;
      try {
        const out = await readWorkbookWithFacts(run, {
          check,
          chainLength: options.readChainLength,
          maxResponseBytes: options.maxResponseBytes,
        });
        facts = out.facts;
        return out.snapshot;
      } catch (e) {
        throw officeCode(e) ? new ExcelHostError(e, true) : e;
      }
    },
    async apply(plan: WritePlan): Promise<ApplyReport> {
      let context: Excel.RequestContext | null = null;
      const tracked: ExcelRun = (batch) =>
        run((ctx) => {
          context = ctx;
          return batch(ctx);
        });
      try {
        return await applyPlan(tracked, plan, {
          check,
          maxRequestBytes: options.maxRequestBytes,
          facts: takeFacts(),
        });
      } catch (e) {
        throw applyFailure(e, context);
      }
    },
    selectCell(sheet: string, cell: string): Promise<void> {
      return selectCell(run, sheet, cell, check);
    },
    getSelectedRange(): Promise<SelectedRange | null> {
      return getSelectedRange(run, check);
    },
  };
}
