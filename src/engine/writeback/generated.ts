/**
 * The sheets the add-in generates: the Tabel 3.x that have data for the reporting year, rendered on
 * their own sheets, and the state sheet. A table without data is not written; when an earlier run
 * left that table's sheet, the sheet is emptied and says why, so no other year's table stays behind.
 */
import type { ReadResult } from "../mapping";
import type {
  ChartWrite,
  GrafikDilewati,
  MergeWrite,
  NameWrite,
  PlacedTable,
  PlanSheet,
  RangeWrite,
  Refusal,
} from "../plan";
import type { TabelDilewati } from "../plan";
import type { Settings, TabelNomor } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { STATE_SHEET, type StoredState } from "../state";
import { tahunAnggaran } from "../tahun";
import { TABLE_BERTAHAP, TABLE_BUILDERS, wantedTables } from "../tables";
import type { TableContext } from "../tables/context";
import { alasanDilewati } from "../tables/dilewati";
import { GENERAL_FORMAT } from "../tables/format";
import { append } from "./append";
import { namaSheetDipakai, sheetTerproteksi } from "./messages";
import { findSheet, sameName, sheetHasContent } from "./ownership";
import { printSetup } from "./page-setup";
import { renderTable } from "./render";

export const TABLE_TAB_COLOR = "#2F5597";

export function tableSheetName(nomor: string): string {
  return `Tabel ${nomor}`;
}

export function tableRangeName(nomor: string): string {
  return `CapaianKinerja_Tabel_${nomor.replace(/\./g, "_")}`;
}

export interface TableChoice {
  /** the tables written this run, in report order */
  ditulis: TabelNomor[];
  /** the tables asked for and not written, with their reasons */
  dilewati: TabelDilewati[];
  /** skipped tables whose sheet an earlier run left: emptied, with the reason on it */
  dikosongkan: TabelNomor[];
  /** the sheet each table goes to (generatedSheetNames) */
  sheets: ReadonlyMap<string, string>;
}

/** Which of the tables asked for have data for the reporting year. */
export function chooseTables(
  ctx: TableContext,
  settings: Settings,
  read: ReadResult,
  snapshot: WorkbookSnapshot,
  ownedSheets: ReadonlyArray<string>,
  sheets: ReadonlyMap<string, string>,
): TableChoice {
  const years = tahunAnggaran(read);
  const out: TableChoice = { ditulis: [], dilewati: [], dikosongkan: [], sheets };
  for (const nomor of wantedTables(settings)) {
    const alasan = alasanDilewati(nomor, ctx, years);
    if (!alasan) {
      out.ditulis.push(nomor);
      continue;
    }
    out.dilewati.push(alasan);
    const existing = findSheet(snapshot, sheets.get(nomor) ?? tableSheetName(nomor));
    if (existing && ownedSheets.some((o) => sameName(o, existing.name))) out.dikosongkan.push(nomor);
  }
  return out;
}

/** The generated sheets and the state sheet: created, or reused when the add-in owns them. */
export function generatedSheets(
  snapshot: WorkbookSnapshot,
  names: ReadonlyArray<string>,
  ownedSheets: ReadonlyArray<string>,
  refusals: Refusal[],
): PlanSheet[] {
  const planSheets: PlanSheet[] = [];
  for (const name of [...names, STATE_SHEET]) {
    const existing = findSheet(snapshot, name);
    const isState = name === STATE_SHEET;
    if (existing) {
      const owns =
        isState || ownedSheets.some((o) => sameName(o, existing.name)) || !sheetHasContent(existing);
      if (!owns) refusals.push(namaSheetDipakai(existing.name));
      else if (existing.protected) refusals.push(sheetTerproteksi(existing.name));
    }
    const sheet: PlanSheet = { name: existing?.name ?? name, create: !existing, clear: true };
    if (isState) sheet.visibility = "veryHidden";
    else sheet.tabColor = TABLE_TAB_COLOR;
    planSheets.push(sheet);
  }
  return planSheets;
}

export interface RenderedTables {
  ranges: RangeWrite[];
  merges: MergeWrite[];
  charts: ChartWrite[];
  /** charts of written tables left out as too crowded to read */
  grafikDilewati: GrafikDilewati[];
  names: NameWrite[];
  tables: PlacedTable[];
}

/** A range name the add-in may set: free, or one it set before. */
function mayName(snapshot: WorkbookSnapshot, state: StoredState, name: string): boolean {
  const taken = Object.keys(snapshot.names).some((n) => sameName(n, name));
  return !taken || state.owned.names.some((n) => sameName(n, name));
}

/**
 * Every table written, pushed onto `ranges` as it is rendered (each model is built right before it
 * is rendered: a 10,000-row model is garbage once rendered, so only one is alive at a time), and the
 * reason on each emptied sheet.
 */
export function renderTables(
  ctx: TableContext,
  choice: TableChoice,
  planSheets: PlanSheet[],
  snapshot: WorkbookSnapshot,
  state: StoredState,
  ranges: RangeWrite[],
): RenderedTables {
  const out: RenderedTables = { ranges, merges: [], charts: [], grafikDilewati: [], names: [], tables: [] };
  const sheetOf = (nomor: string) => {
    const name = choice.sheets.get(nomor) ?? tableSheetName(nomor);
    return planSheets.find((s) => sameName(s.name, name)) ?? { name, create: true, clear: true };
  };
  for (const nomor of choice.ditulis) {
    const bertahap = TABLE_BERTAHAP[nomor]?.(ctx);
    const model = bertahap?.model ?? TABLE_BUILDERS[nomor](ctx);
    const ps = sheetOf(model.nomor);
    const r = renderTable(model, ps.name, bertahap?.body);
    append(ranges, r.ranges);
    append(out.merges, r.merges);
    append(out.charts, r.charts);
    append(out.grafikDilewati, r.grafikDilewati);
    ps.columnWidths = r.columnWidths;
    ps.freeze = r.freeze;
    ps.rowHeights = r.rowHeights;
    ps.pageSetup = printSetup(ctx.settings.kertas, r.printArea, r.titleRows);
    out.tables.push({ nomor: model.nomor, judul: model.judul, sheet: ps.name, rentang: r.rentang });
    const name = tableRangeName(model.nomor);
    if (mayName(snapshot, state, name)) out.names.push({ name, sheet: ps.name, address: r.rentang });
  }
  for (const nomor of choice.dikosongkan) {
    const sheet = sheetOf(nomor).name;
    const alasan = choice.dilewati.find((d) => d.nomor === nomor)?.alasan.id ?? "";
    const text = `Tabel ${nomor} tidak ditulis untuk tahun ${ctx.result.tahun}: ${alasan}.`;
    ranges.push({
      sheet,
      address: "A1",
      values: [[text]],
      numberFormats: [[GENERAL_FORMAT]],
      style: { italic: true },
    });
    const name = tableRangeName(nomor);
    if (state.owned.names.some((n) => sameName(n, name))) out.names.push({ name, sheet, address: "A1" });
  }
  return out;
}
