/**
 * WorkbookGateway over an .xlsx/.xlsm buffer: reads it once, writes the applied copy through
 * onOutput. The copy is the user's own package with only the plan's parts edited (ooxml/), so
 * charts, pivot tables, images, macros and every unknown part come through byte-identical.
 */
import type { ApplyReport, WritePlan } from "../engine/plan";
import type { WorkbookSnapshot } from "../engine/snapshot";
import type { WorkbookGateway } from "../pipeline/gateway";
import { assertXlsxContainer, DAMAGED } from "./container";
import { XlsxInputError } from "./errors";
import { applyPlanToPackage, isOoxmlRefusalError, type PartKind } from "./ooxml";
import { readSnapshot } from "./snapshot";

export interface XlsxGatewayOptions {
  input: Buffer | Uint8Array;
  /** receives the written copy; the input buffer itself is never changed */
  onOutput(buffer: Buffer): void | Promise<void>;
  bahasa?: "id" | "en";
  /** told, after a write, how many original parts of each kind the copy kept byte-identical */
  onPreserved?(preserved: Partial<Record<PartKind, number>>): void;
}

export function createXlsxGateway(options: XlsxGatewayOptions): WorkbookGateway {
  let snapshot: Promise<WorkbookSnapshot> | null = null;
  return {
    read(): Promise<WorkbookSnapshot> {
      snapshot ??= readSnapshot(options.input);
      return snapshot;
    },
    async apply(plan: WritePlan): Promise<ApplyReport> {
      // The snapshot has served its purpose once there is a plan; a 100,000-row one is hundreds of
      // megabytes the write would otherwise carry.
      snapshot = null;
      // Encrypted or non-zip bytes get the same sentence as on reading.
      assertXlsxContainer(options.input);
      let outcome: Awaited<ReturnType<typeof applyPlanToPackage>>;
      try {
        outcome = await applyPlanToPackage(options.input, plan);
      } catch (e) {
        // A refusal (protected sheet, a user's shared formula) reaches runCapaian as refusals.
        if (isOoxmlRefusalError(e) || e instanceof XlsxInputError) throw e;
        if (e instanceof Error && /zip|end of central directory|corrupt/i.test(e.message))
          throw new XlsxInputError("RUSAK", DAMAGED);
        throw e;
      }
      await options.onOutput(outcome.buffer);
      options.onPreserved?.(outcome.preserved);
      return outcome.report;
    },
  };
}
