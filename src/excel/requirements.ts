/**
 * Which ExcelApi requirement set each gateway function needs, checked before the first request,
 * so an older Excel gets one clear message (Indonesian and English) instead of a failure halfway.
 */
import type { RequirementCheck } from "./types";

export type GatewayFunction = "read" | "apply" | "selectCell" | "getSelectedRange";

/**
 * read: getFirst / getNextOrNullObject (1.5), getUsedRangeOrNullObject (1.4), protection (1.2).
 * apply: conditional formats and suspendApiCalculationUntilNextSync (1.6), NamedItem.formula,
 * tabColor and freeze panes (1.7). selectCell: getItem, activate, select (1.1).
 * getSelectedRange: Workbook.getSelectedRange, Range.address (1.1).
 */
export const REQUIRED_API: Record<GatewayFunction, string> = {
  read: "1.5",
  apply: "1.7",
  selectCell: "1.1",
  getSelectedRange: "1.1",
};

/** Used when present, skipped (and reported) when not. */
export const OPTIONAL_API = {
  mergedAreas: "1.13",
  notes: "1.18",
  /** Range.getSpecialCellsOrNullObject: where the formulas are, so only that block's formulas are read */
  formulaCells: "1.9",
  comments: "1.10",
  /** Workbook.protection (structure protection) */
  workbookProtection: "1.7",
} as const;

const PURPOSE: Record<GatewayFunction, { id: string; en: string }> = {
  read: { id: "membaca lembar kerja", en: "read the workbook" },
  apply: { id: "menulis hasil ke lembar kerja", en: "write the results into the workbook" },
  selectCell: { id: "menuju sel temuan", en: "go to the finding's cell" },
  getSelectedRange: { id: "membaca sel yang dipilih", en: "read the selected cells" },
};

export class ExcelVersionError extends Error {
  readonly kode = "EXCEL_TERLALU_LAMA";
  readonly fn: GatewayFunction;
  readonly version: string;
  readonly pesan: { id: string; en: string };

  constructor(fn: GatewayFunction, version: string) {
    const pesan = {
      id:
        `Excel ini belum mendukung ExcelApi ${version} yang dibutuhkan untuk ${PURPOSE[fn].id}. ` +
        "Perbarui Office (Microsoft 365, atau Excel 2019 ke atas) atau buka berkas ini di Excel untuk web.",
      en:
        `This Excel does not support ExcelApi ${version}, which is needed to ${PURPOSE[fn].en}. ` +
        "Update Office (Microsoft 365, or Excel 2019 and later) or open the file in Excel on the web.",
    };
    super(`${pesan.id} / ${pesan.en}`);
    this.name = "ExcelVersionError";
    this.fn = fn;
    this.version = version;
    this.pesan = pesan;
  }
}

export function supports(check: RequirementCheck, version: string): boolean {
  return check("ExcelApi", version);
}

/** Throws ExcelVersionError when the host lacks what `fn` needs; call it before any request. */
export function requireExcelApi(fn: GatewayFunction, check: RequirementCheck): void {
  const version = REQUIRED_API[fn];
  if (!supports(check, version)) throw new ExcelVersionError(fn, version);
}

/** The host's own check (Office.context.requirements.isSetSupported). */
export function officeRequirementCheck(): RequirementCheck {
  return (name, version) => {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const requirements = office?.context?.requirements;
    if (!requirements)
      throw new Error(
        "Office.js belum siap: tunggu Office.onReady sebelum memakai Excel. / Office.js is not ready: wait for Office.onReady before using Excel.",
      );
    return requirements.isSetSupported(name, version);
  };
}
