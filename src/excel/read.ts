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
 * The read also keeps what its apply would otherwise look up (carried.ts): charts, notes, names,
 * protection, and the rules on the ranges the add-in recorded (asked with the cells' first sync).
 *
 * Sync count: 2 for an ordinary workbook (1 + 1 for the cells of all sheets); more only when the
 * cells pass the response budget, bounded by MAX_READ_SYNCS; 1 more past `chainLength` sheets,
 * and 1 more when the host refuses the walk's null objects.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../engine/snapshot";
import { readState } from "../engine/state";
import type { ReadFacts } from "./carried";
import { readBands, RESPONSE_LIMIT_BYTES, type Found } from "./read-bands";
import { DEFAULT_CHAIN_LENGTH, readSizes, type ReadApi, type SheetInfo, type Sizes } from "./read-sizes";
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
  return (await readWorkbookWithFacts(run, options)).snapshot;
}

/** The rule ranges the state records on sheets that exist and are the user's (the add-in's own are cleared). */
function recordedRules(sizes: Sizes): { sheet: string; address: string }[] {
  if (!sizes.state) return [];
  const read = readState({ sheets: [sizes.state], names: {} });
  if (read.damaged) return [];
  const byKey = new Map(sizes.sheets.map((s) => [s.name.toLowerCase(), s]));
  const owned = read.state.owned;
  const all = [
    ...owned.ranges.flatMap((r) => (r.aturan ?? []).map((address) => ({ sheet: r.sheet, address }))),
    ...(owned.sorotan ?? []),
  ];
  const out = new Map<string, { sheet: string; address: string }>();
  for (const r of all) {
    const info = byKey.get(r.sheet.toLowerCase());
    if (!info || info.own || !/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(r.address)) continue;
    out.set(`${r.sheet.toLowerCase()}!${r.address}`, { sheet: info.name, address: r.address });
  }
  return [...out.values()];
}

function factsOf(sizes: Sizes, found: Found, api: ReadApi): ReadFacts {
  const VIS = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;
  const lower = (s: SheetInfo) => s.name.toLowerCase();
  return {
    at: Date.now(),
    structureProtected: sizes.structureProtected,
    sheets: new Map(
      sizes.sheets.map((s) => [
        lower(s),
        { name: s.name, protected: s.protected, visibility: VIS[s.visibility] },
      ]),
    ),
    charts: new Map(sizes.sheets.map((s) => [lower(s), s.charts])),
    notes: api.notes
      ? {
          counts: new Map(sizes.sheets.map((s) => [lower(s), s.notes])),
          // a sheet read in full had its notes located (none: an empty set)
          cells: new Map(
            sizes.sheets
              .filter((s) => !s.own && s.used)
              .map((s) => [lower(s), found.noteCells.get(lower(s)) ?? new Set<string>()]),
          ),
        }
      : null,
    names: new Set(Object.keys(sizes.names).map((n) => n.toLowerCase())),
    rules: found.rules,
    own: new Set(sizes.sheets.filter((s) => s.own).map(lower)),
  };
}

/** The snapshot, and what the apply that follows needs to know without a look-up of its own. */
export async function readWorkbookWithFacts(
  run: ExcelRun,
  options: ReadOptions,
): Promise<{ snapshot: WorkbookSnapshot; facts: ReadFacts }> {
  requireExcelApi("read", options.check);
  const api: ReadApi = {
    mergedAreas: supports(options.check, OPTIONAL_API.mergedAreas),
    formulaCells: supports(options.check, OPTIONAL_API.formulaCells),
    notes: supports(options.check, OPTIONAL_API.notes),
    comments: supports(options.check, OPTIONAL_API.comments),
    structure: supports(options.check, OPTIONAL_API.workbookProtection),
  };
  const chainLength = Math.max(1, options.chainLength ?? DEFAULT_CHAIN_LENGTH);
  return run(async (context) => {
    const sizes = await readSizes(context, api, chainLength);
    const max = options.maxResponseBytes ?? RESPONSE_LIMIT_BYTES;
    const found = await readBands(context, sizes.sheets, max, recordedRules(sizes));
    const sheets = sizes.sheets.map((info) =>
      sizes.state && info.name === sizes.state.name ? sizes.state : toSheet(info, found),
    );
    return { snapshot: { sheets, names: sizes.names }, facts: factsOf(sizes, found, api) };
  });
}
