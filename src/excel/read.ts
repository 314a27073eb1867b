/**
 * Reads the workbook into a WorkbookSnapshot in one sync.
 *
 * Office.js cannot list the sheets and read their used ranges in one request by name, because
 * the names are unknown until the first sync. So the request walks the sheets by position:
 * getFirst(), then getNextOrNullObject() up to `chainLength` times, queueing each sheet's used
 * range and merged areas on the way; past the last sheet the walk yields null objects, which
 * Excel answers as null. The sheet list (names, visibility, protection) and the names ride
 * along in the same sync.
 *
 * Sync count: 1 for workbooks of up to `chainLength` sheets; 2 beyond that (one more sync for
 * the sheets past the walk). If the walking request itself fails (a host that refuses null
 * objects in a batch, or a response over the size limit), it falls back to 1 sync for the list
 * plus 1 per sheet.
 */
import { parseAddress } from "../engine/address";
import type { CellValue, GridRange, SheetSnapshot, WorkbookSnapshot } from "../engine/snapshot";
import { OPTIONAL_API, requireExcelApi, supports } from "./requirements";
import type { ExcelRun, RequirementCheck } from "./types";

export const DEFAULT_CHAIN_LENGTH = 24;

interface SheetQuery {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

/** "'Tabel 3.1'!B4:H20" → "B4:H20" (a sheet name may hold "!", an address never does). */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

function queueSheet(sheet: Excel.Worksheet, withMerges: boolean): SheetQuery {
  sheet.load("name");
  // valuesOnly: formatting alone (an empty bordered table) does not stretch the snapshot.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,values,numberFormat,formulas");
  let merged: Excel.RangeAreas | null = null;
  if (withMerges) {
    // The whole sheet, not the used range: merges may extend past the last value, and the
    // used range may be a null object, so nothing here depends on it.
    merged = sheet.getRange().getMergedAreasOrNullObject();
    merged.load("areas/items/address");
  }
  return { sheet, used, merged };
}

const VISIBILITY: Record<string, SheetSnapshot["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

function cellValue(v: unknown): CellValue {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return v === null || v === undefined ? "" : String(v);
}

function toSheet(
  info: { name: string; visibility: string; protected: boolean },
  q: SheetQuery,
): SheetSnapshot {
  const merges: GridRange[] =
    q.merged && !q.merged.isNullObject
      ? q.merged.areas.items.map((a) => parseAddress(localAddress(a.address)))
      : [];
  const base = {
    name: info.name,
    visibility: VISIBILITY[info.visibility] ?? "visible",
    protected: info.protected,
    merges,
  };
  if (q.used.isNullObject)
    return { ...base, origin: { row: 0, col: 0 }, values: [], numberFormats: [], formulas: [] };
  const { row, col } = parseAddress(localAddress(q.used.address));
  const values = (q.used.values as unknown[][]).map((r) => r.map(cellValue));
  const numberFormats = (q.used.numberFormat as unknown[][]).map((r) =>
    r.map((f) => (typeof f === "string" ? f : "General")),
  );
  // Office.js puts constants in `formulas` too; a formula is text starting with "=" that is not
  // also the cell's value (text such as "=cmd" stored as text has formula === value).
  const formulas = (q.used.formulas as unknown[][]).map((r, i) =>
    r.map((f, j) => (typeof f === "string" && f.startsWith("=") && f !== values[i]?.[j] ? f : "")),
  );
  return { ...base, origin: { row, col }, values, numberFormats, formulas };
}

function namesOf(items: Excel.NamedItem[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const item of items)
    names[item.name] = String(item.value ?? "")
      .replace(/^=/, "")
      .replace(/\$/g, "");
  return names;
}

interface ListEntry {
  name: string;
  visibility: string;
  protected: boolean;
}

function listOf(sheets: Excel.WorksheetCollection): ListEntry[] {
  return sheets.items.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    protected: s.protection.protected,
  }));
}

export interface ReadOptions {
  check: RequirementCheck;
  chainLength?: number;
}

export async function readWorkbook(run: ExcelRun, options: ReadOptions): Promise<WorkbookSnapshot> {
  requireExcelApi("read", options.check);
  const withMerges = supports(options.check, OPTIONAL_API.mergedAreas);
  const chainLength = Math.max(1, options.chainLength ?? DEFAULT_CHAIN_LENGTH);
  return run(async (context) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load("items/name,items/visibility,items/protection/protected");
    const names = workbook.names;
    names.load("items/name,items/value");
    const walk: SheetQuery[] = [];
    let sheet = sheets.getFirst();
    for (let i = 0; i < chainLength; i++) {
      walk.push(queueSheet(sheet, withMerges));
      if (i < chainLength - 1) sheet = sheet.getNextOrNullObject();
    }
    try {
      await context.sync();
    } catch {
      return readSheetBySheet(context, withMerges);
    }
    const list = listOf(sheets);
    const queries = new Map<string, SheetQuery>();
    for (const q of walk) if (!q.sheet.isNullObject) queries.set(q.sheet.name, q);
    const rest = list.filter((s) => !queries.has(s.name));
    if (rest.length) {
      for (const s of rest) queries.set(s.name, queueSheet(sheets.getItem(s.name), withMerges));
      await context.sync();
    }
    return { sheets: list.map((s) => toSheet(s, queries.get(s.name)!)), names: namesOf(names.items) };
  });
}

/** The careful path: the list first, then one sheet per request (keeps each response small). */
async function readSheetBySheet(
  context: Excel.RequestContext,
  withMerges: boolean,
): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/value");
  await context.sync();
  const list = listOf(sheets);
  const out: SheetSnapshot[] = [];
  for (const s of list) {
    const q = queueSheet(sheets.getItem(s.name), withMerges);
    // One sheet per sync on purpose: this path exists for workbooks too big for one response.
    await context.sync();
    out.push(toSheet(s, q));
  }
  return { sheets: out, names: namesOf(names.items) };
}
