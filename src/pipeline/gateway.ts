/** The one seam between the pipeline and a host: Excel through Office.js, or an .xlsx file. */
import type { ApplyReport, Refusal, WritePlan } from "../engine/plan";
import type { WorkbookSnapshot } from "../engine/snapshot";

export interface WorkbookGateway {
  /** Everything the run needs, in one read (one sync in Excel). */
  read(): Promise<WorkbookSnapshot>;
  /**
   * Applies the whole plan, or nothing (Excel: one write sync; file: one written copy).
   * A host that finds a reason not to write before changing anything throws ApplyRefusedError.
   */
  apply(plan: WritePlan): Promise<ApplyReport>;
}

/** Thrown by a gateway that refused the plan before writing anything; the run returns its refusals. */
export class ApplyRefusedError extends Error {
  readonly refusals: Refusal[];

  constructor(refusals: Refusal[]) {
    super(refusals.map((r) => r.pesan.en).join(" "));
    this.name = "ApplyRefusedError";
    this.refusals = refusals;
  }
}

export function isApplyRefusedError(e: unknown): e is ApplyRefusedError {
  return e instanceof ApplyRefusedError;
}

/**
 * Thrown by a gateway whose write stopped after part of it may have been applied (Excel: a
 * failure after the first write sync; Office.js batches are not transactions). Running the same
 * run again completes it: the state sheet is written first, so what was written is the add-in's.
 */
export class ApplyInterruptedError extends Error {
  readonly kode = "TULISAN_TERPUTUS";
  /** the host's own code for the failure (e.g. Office's "GeneralException") */
  readonly sebab: string;
  readonly pesan: { id: string; en: string };
  override readonly cause: unknown;

  constructor(sebab: string, alasan: { id: string; en: string }, cause: unknown) {
    const pesan = {
      id:
        `Penulisan terhenti di tengah jalan: ${alasan.id} (${sebab}) Sebagian perubahan mungkin sudah tertulis. ` +
        "Jalankan Hitung Capaian lagi untuk melengkapinya.",
      en:
        `Writing stopped halfway: ${alasan.en} (${sebab}) Some changes may already be written. ` +
        "Run Hitung Capaian again to complete them.",
    };
    super(`${pesan.id} / ${pesan.en}`);
    this.name = "ApplyInterruptedError";
    this.sebab = sebab;
    this.pesan = pesan;
    this.cause = cause;
  }
}

export function isApplyInterruptedError(e: unknown): e is ApplyInterruptedError {
  return e instanceof ApplyInterruptedError;
}
