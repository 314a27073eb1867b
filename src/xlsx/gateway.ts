/**
 * WorkbookGateway over an .xlsx/.xlsm buffer: reads it once, writes the applied copy through
 * onOutput. The copy is the user's own package with only the plan's parts edited (ooxml/), so
 * charts, pivot tables, images, macros and every unknown part come through byte-identical.
 * The snapshot inflates each part it reads and keeps none of their texts (a 100,000-row sheet is
 * tens of megabytes of string alive through the whole run); the writer inflates again the few
 * parts it edits, which costs milliseconds.
 */
import type { ApplyReport, WritePlan } from "../engine/plan";
import type { WorkbookSnapshot } from "../engine/snapshot";
import type { WorkbookGateway } from "../pipeline/gateway";
import { openArchive } from "./container";
import { applyPlanToPackage, type PartKind } from "./ooxml";
import type { ZipArchive } from "./ooxml/zip";
import { nodeZip } from "./ooxml/zip-node";
import { snapshotOfArchive } from "./package-snapshot";

export interface XlsxGatewayOptions {
  input: Buffer | Uint8Array;
  /** receives the written copy; the input buffer itself is never changed */
  onOutput(buffer: Buffer): void | Promise<void>;
  bahasa?: "id" | "en";
  /** told, after a write, how many original parts of each kind the copy kept byte-identical */
  onPreserved?(preserved: Partial<Record<PartKind, number>>): void;
}

/**
 * Every failure to read the file is an XlsxInputError with its code (errors.ts), thrown by the
 * zip reader and the package; a refusal (protected sheet, a user's shared formula) reaches
 * runCapaian as refusals. Nothing here looks at an error's text.
 */
export function createXlsxGateway(options: XlsxGatewayOptions): WorkbookGateway {
  let archive: ZipArchive | null = null;
  let snapshot: Promise<WorkbookSnapshot> | null = null;
  const opened = (): ZipArchive => (archive ??= openArchive(options.input, nodeZip));
  return {
    read(): Promise<WorkbookSnapshot> {
      snapshot ??= Promise.resolve().then(() => snapshotOfArchive(opened()));
      return snapshot;
    },
    async apply(plan: WritePlan): Promise<ApplyReport> {
      // The snapshot has served its purpose once there is a plan; a 100,000-row one is hundreds of
      // megabytes the write would otherwise carry.
      snapshot = null;
      const outcome = await applyPlanToPackage(opened(), plan);
      // The parts' texts the archive keeps are not needed after the write.
      archive = null;
      await options.onOutput(outcome.buffer);
      options.onPreserved?.(outcome.preserved);
      return outcome.report;
    },
  };
}
