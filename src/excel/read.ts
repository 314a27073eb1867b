/**
 * Reads the workbook into a WorkbookSnapshot with bounded responses (Excel on the web refuses a
 * response over 5 MB, and answers `values: null` for a range over 5,000,000 cells):
 *
 * 1. sizes (read-sizes.ts): the sheet list, names, the add-in's state, and per sheet the used
 *    range's address, where its formulas are, and how many notes and comments it has;
 * 2. cells (read-bands.ts): values and number formats in row bands, formulas only for the block
 *    that holds them, merged areas in tiles too small to pass Excel's 512 per call, the cells
 *    holding notes and comments. The add-in's own sheets (listed in its state) are not re-read.
 *
 * Sync count: 2 for an ordinary workbook (1 + 1 for the cells of all sheets); more only when the
 * cells pass the response budget, bounded by MAX_READ_SYNCS; 1 more past `chainLength` sheets,
 * and 1 more when the host refuses the walk's null objects.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../engine/snapshot";
import { readBands, RESPONSE_LIMIT_BYTES, type Found } from "./read-bands";
import { DEFAULT_CHAIN_LENGTH, readSizes, type ReadApi, type SheetInfo } from "./read-sizes";
import { OPTIONAL_API, requireExcelApi, supports } from "./requirements";
import type { ExcelRun, RequirementCheck } from "./types";

export { DEFAULT_CHAIN_LENGTH, localAddress } from "./read-sizes";

export interface ReadOptions {
  check: RequirementCheck;
  chainLength?: number;
  /** the host's response limit (5,000,000 bytes on the web) */
  maxResponseBytes?: number;
}

function cellValue(v: unknown): CellValue {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return v === null || v === undefined ? "" : String(v);
}

function toSheet(info: SheetInfo, found: Found): SheetSnapshot {
  const key = info.name.toLowerCase();
  const merges = [...(found.merges.get(key)?.values() ?? [])];
  const base = { name: info.name, visibility: info.visibility, protected: info.protected, merges };
  const catatan = found.catatan.get(key);
  const withCatatan = catatan?.size ? { catatan: [...catatan].sort() } : {};
  if (!info.used || info.own)
    return {
      ...base,
      merges: info.own ? [] : merges,
      origin: { row: 0, col: 0 },
      values: [],
      numberFormats: [],
    };
  const { row, col, rowCount, colCount } = info.used;
  const rawValues = found.values.get(key) ?? [];
  const rawFormats = found.formats.get(key) ?? [];
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const vr = rawValues[r] ?? [];
    const fr = rawFormats[r] ?? [];
    const vrow: CellValue[] = new Array<CellValue>(colCount);
    const frow: string[] = new Array<string>(colCount);
    for (let c = 0; c < colCount; c++) {
      vrow[c] = cellValue(vr[c]);
      const f = fr[c];
      frow[c] = typeof f === "string" ? f : "General";
    }
    values.push(vrow);
    numberFormats.push(frow);
  }
  const sheet: SheetSnapshot = { ...base, origin: { row, col }, values, numberFormats, ...withCatatan };
  const raw = found.formulas.get(key);
  if (raw) {
    // Office.js puts constants in `formulas` too; a formula is text starting with "=" that is not
    // also the cell's value (text such as "=cmd" stored as text has formula === value).
    sheet.formulas = values.map((vrow, r) =>
      vrow.map((v, c) => {
        const f = raw[r]?.[c];
        return typeof f === "string" && f.startsWith("=") && f !== v ? f : "";
      }),
    );
  }
  return sheet;
}

export async function readWorkbook(run: ExcelRun, options: ReadOptions): Promise<WorkbookSnapshot> {
  requireExcelApi("read", options.check);
  const api: ReadApi = {
    mergedAreas: supports(options.check, OPTIONAL_API.mergedAreas),
    formulaCells: supports(options.check, OPTIONAL_API.formulaCells),
    notes: supports(options.check, OPTIONAL_API.notes),
    comments: supports(options.check, OPTIONAL_API.comments),
  };
  const chainLength = Math.max(1, options.chainLength ?? DEFAULT_CHAIN_LENGTH);
  return run(async (context) => {
    const sizes = await readSizes(context, api, chainLength);
    const found = await readBands(context, sizes.sheets, options.maxResponseBytes ?? RESPONSE_LIMIT_BYTES);
    const sheets = sizes.sheets.map((info) =>
      sizes.state && info.name === sizes.state.name ? sizes.state : toSheet(info, found),
    );
    return { sheets, names: sizes.names };
  });
}
