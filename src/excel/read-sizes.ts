/**
 * The first sync of a read: what the workbook holds, without its cells. The sheet list
 * (names, visibility, protection), the names, the add-in's state (column A of its very hidden
 * sheet, to know which sheets are its own), and per sheet the used range's address, where its
 * formulas are, the block where merged areas may be, and how many notes and comments
 * it has. Nothing here grows with the cells, so the response stays small; the cells come in
 * bands afterwards (read-bands.ts).
 *
 * The sheets are walked by position (getFirst, getNextOrNullObject) because their names are
 * unknown before the first sync; past the last sheet the walk yields null objects. A host that
 * refuses null objects in a batch (or any failure of that request) falls back to 2 syncs: the
 * list, then each sheet by name.
 */
import { parseAddress } from "../engine/address";
import type { GridRange, SheetSnapshot } from "../engine/snapshot";
import { readState, STATE_SHEET } from "../engine/state";

export const DEFAULT_CHAIN_LENGTH = 24;

/** Excel fails getMergedAreasOrNullObject over this many areas. */
export const MERGED_AREAS_PER_CALL = 512;

/** Which optional parts of the object model this Excel has. */
export interface ReadApi {
  mergedAreas: boolean;
  formulaCells: boolean;
  notes: boolean;
  comments: boolean;
  /** Workbook.protection (ExcelApi 1.7; the read itself needs only 1.5) */
  structure: boolean;
}

export interface SheetInfo {
  name: string;
  visibility: SheetSnapshot["visibility"];
  protected: boolean;
  /** the used range of values (null: no value at all) */
  used: GridRange | null;
  /** the block holding every formula cell; null: none; "all": unknown (read formulas with the values) */
  formulas: GridRange | null | "all";
  /** where merged areas are looked for (values and formatting), in tiles; null: none or not supported */
  mergeArea: GridRange | null;
  notes: number;
  comments: number;
  /** the names of its charts, in the sheet's order (the apply replaces or deletes them by these) */
  charts: string[];
  /** a sheet the add-in generated (listed in its state): not read in full */
  own: boolean;
}

export interface Sizes {
  sheets: SheetInfo[];
  names: Record<string, string>;
  /** column A of the state sheet, as the snapshot carries it */
  state: SheetSnapshot | null;
  /** the workbook's structure protection (no sheet can be added, deleted or hidden); null: not asked */
  structureProtected: boolean | null;
}

/** "'Tabel 3.1'!B4:H20" → "B4:H20" (a sheet name may hold "!", an address never does). */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

const VISIBILITY: Record<string, SheetSnapshot["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

interface SheetQuery {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  formulas: Excel.RangeAreas | null;
  formatted: Excel.Range | null;
  notes: { items: unknown[] } | null;
  comments: { items: unknown[] } | null;
  charts: Excel.ChartCollection;
}

function queueSheet(sheet: Excel.Worksheet, api: ReadApi): SheetQuery {
  sheet.load("name");
  // valuesOnly: formatting alone (an empty bordered table) does not stretch the snapshot.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  let formulas: Excel.RangeAreas | null = null;
  if (api.formulaCells) {
    // On the whole sheet rather than the used range: a used range that is a null object (an empty
    // sheet) cannot be used in the same request on hosts without null propagation.
    formulas = sheet.getRange().getSpecialCellsOrNullObject("Formulas" as Excel.SpecialCellType.formulas);
    formulas.load("address");
  }
  // Merged areas are not asked for here: one call over more than 512 fails (or answers null on
  // some hosts), and the add-in's own sheets hold many. The cells' bands look for them in tiles
  // over the used range with its formatting (a merge is formatting).
  let formatted: Excel.Range | null = null;
  if (api.mergedAreas) {
    formatted = sheet.getUsedRangeOrNullObject(false);
    formatted.load("address");
  }
  // The items with their shortest property: a count that also works on a null object (past the
  // walk's end), where a method such as getCount would fail the request.
  const notes = api.notes ? sheet.notes.load("items/authorName") : null;
  const comments = api.comments ? sheet.comments.load("items/authorName") : null;
  // The charts' names: the apply that follows this read deletes and replaces charts by them,
  // without a look-up of its own (apply.ts).
  const charts = sheet.charts.load("items/name");
  return { sheet, used, formulas, formatted, notes, comments, charts };
}

/** The bounding block of "A1:B3,D5" style area lists. */
function boundingBlock(address: string): GridRange | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const part of address.split(",")) {
    const g = parseAddress(localAddress(part));
    r0 = Math.min(r0, g.row);
    c0 = Math.min(c0, g.col);
    r1 = Math.max(r1, g.row + g.rowCount - 1);
    c1 = Math.max(c1, g.col + g.colCount - 1);
  }
  return r1 < 0 ? null : { row: r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 };
}

interface ListEntry {
  name: string;
  visibility: string;
  protected: boolean;
}

function settleSheet(entry: ListEntry, q: SheetQuery, own: Set<string>): SheetInfo {
  const used = q.used.isNullObject ? null : parseAddress(localAddress(q.used.address));
  let formulas: SheetInfo["formulas"] = "all";
  if (!used) formulas = null;
  else if (q.formulas) formulas = q.formulas.isNullObject ? null : boundingBlock(q.formulas.address);
  const mergeArea =
    q.formatted && !q.formatted.isNullObject ? parseAddress(localAddress(q.formatted.address)) : null;
  return {
    name: entry.name,
    visibility: VISIBILITY[entry.visibility] ?? "visible",
    protected: entry.protected,
    used,
    formulas,
    mergeArea,
    notes: q.notes?.items.length ?? 0,
    comments: q.comments?.items.length ?? 0,
    charts: q.charts.items.map((c) => c.name),
    own: own.has(entry.name.toLowerCase()),
  };
}

function namesOf(items: Excel.NamedItem[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const item of items)
    names[item.name] = String(item.value ?? "")
      .replace(/^=/, "")
      .replace(/\$/g, "");
  return names;
}

function listOf(sheets: Excel.WorksheetCollection): ListEntry[] {
  return sheets.items.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    protected: s.protection.protected,
  }));
}

function queueStateRead(sheet: Excel.Worksheet): Excel.Range {
  const colA = sheet.getRange("A1:A1048576").getUsedRangeOrNullObject(true);
  colA.load("address,values");
  return colA;
}

/** The state sheet's column A as a snapshot, and the sheets its state says the add-in owns. */
function settleState(
  colA: Excel.Range | null,
  list: ListEntry[],
): { state: SheetSnapshot | null; own: Set<string> } {
  const entry = list.find((s) => s.name === STATE_SHEET);
  if (!entry) return { state: null, own: new Set() };
  const base = {
    name: entry.name,
    visibility: VISIBILITY[entry.visibility] ?? "veryHidden",
    protected: entry.protected,
    merges: [],
  };
  let state: SheetSnapshot = { ...base, origin: { row: 0, col: 0 }, values: [], numberFormats: [] };
  if (colA && !colA.isNullObject && Array.isArray(colA.values)) {
    const { row, col } = parseAddress(localAddress(colA.address));
    const values = colA.values.map((r) => r.map((v) => (typeof v === "string" ? v : String(v ?? ""))));
    state = {
      ...base,
      origin: { row, col },
      values,
      numberFormats: values.map((r) => r.map(() => "General")),
    };
  }
  const read = readState({ sheets: [state], names: {} });
  // A damaged state owns nothing: every sheet is read in full.
  const own = new Set(read.damaged ? [] : read.state.owned.sheets.map((s) => s.toLowerCase()));
  own.add(STATE_SHEET.toLowerCase());
  return { state, own };
}

/** Sync 1: sizes by walking the sheets; on failure, the list then each sheet by name (2 syncs). */
export async function readSizes(
  context: Excel.RequestContext,
  api: ReadApi,
  chainLength: number,
): Promise<Sizes> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const names = workbook.names;
  names.load("items/name,items/value");
  const structure = api.structure ? workbook.protection.load("protected") : null;
  const colA = queueStateRead(sheets.getItemOrNullObject(STATE_SHEET));
  const walk: SheetQuery[] = [];
  let sheet = sheets.getFirst();
  for (let i = 0; i < chainLength; i++) {
    walk.push(queueSheet(sheet, api));
    if (i < chainLength - 1) sheet = sheet.getNextOrNullObject();
  }
  try {
    await context.sync();
  } catch {
    return readSizesByName(context, api);
  }
  const list = listOf(sheets);
  const { state, own } = settleState(colA, list);
  const queries = new Map<string, SheetQuery>();
  for (const q of walk) if (!q.sheet.isNullObject) queries.set(q.sheet.name, q);
  const rest = list.filter((s) => !queries.has(s.name));
  if (rest.length) {
    for (const s of rest) queries.set(s.name, queueSheet(sheets.getItem(s.name), api));
    await context.sync();
  }
  return {
    sheets: list.map((s) => settleSheet(s, queries.get(s.name)!, own)),
    names: namesOf(names.items),
    state,
    structureProtected: structure ? structure.protected : null,
  };
}

/** The careful path: the list, then every sheet by name. */
async function readSizesByName(context: Excel.RequestContext, api: ReadApi): Promise<Sizes> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/value");
  const structure = api.structure ? context.workbook.protection.load("protected") : null;
  await context.sync();
  const list = listOf(sheets);
  const hasState = list.some((s) => s.name === STATE_SHEET);
  const colA = hasState ? queueStateRead(sheets.getItem(STATE_SHEET)) : null;
  const queries = list.map((s) => queueSheet(sheets.getItem(s.name), api));
  await context.sync();
  const { state, own } = settleState(colA, list);
  return {
    sheets: list.map((s, i) => settleSheet(s, queries[i]!, own)),
    names: namesOf(names.items),
    state,
    structureProtected: structure ? structure.protected : null,
  };
}
