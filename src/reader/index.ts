/**
 * readWorkbook: every performance table of a workbook → its mapping, and the indicators, budget lines
 * and printed totals it holds, joined across PK, pengukuran, Renstra, IKU, history and anggaran tables.
 * Pure: works on a WorkbookSnapshot from either host.
 */
import type {
  BlokTakTerbaca,
  LegendaSkala,
  MappingOverrides,
  ReadResult,
  TableMapping,
} from "../engine/mapping";
import type {
  AnggaranRow,
  Indicator,
  ParsedValue,
  Polaritas,
  PrintedAggregate,
  Temuan,
} from "../engine/model";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { readState, STATE_SHEET, type StoredState } from "../engine/state";
import { makeGrid, readShared } from "./grid";
import { joinRecords } from "./join";
import { nasionalYear } from "./nasional-tahun";
import { periodeRencana } from "./periode-rencana";
import { guessPolaritas, polaritasFromCell, polaritasFromTarget, polaritasFromWords } from "./polaritas";
import { polaritasDariBukti, polaritasFromBukti } from "./polaritas-bukti";
import { polaritasFromTargetBatas } from "./polaritas-batas";
import { putuskanCatatan, type PolaritasAtas, type PolaritasCatatan } from "./polaritas-catatan";
import type { IndicatorRecord, TableRead } from "./read-table";
import { anggaranAntarTabel } from "./anggaran-check";
import { readSheet } from "./read-sheet";
import { withoutOwned } from "./owned";
import { normIndicator } from "./text";
import { polaritasDitebak } from "./temuan";

export { MATCH_THRESHOLD } from "./join";

/**
 * Sheets the add-in writes itself are output, never input: those its state records. Only when its state
 * sheet is there but cannot be read are the "Tabel 3.x" it names its sheets taken as its own. A sheet an
 * agency named "Tabel 3.1" stays input (agencies name their sheets so; the add-in then writes beside it).
 */
export function isGeneratedSheet(name: string, owned: string[] = [], stateDamaged = true): boolean {
  if (name === STATE_SHEET || owned.includes(name)) return true;
  return stateDamaged && /^Tabel 3\./i.test(name);
}

export interface ReadOptions {
  /** what the add-in wrote on earlier runs (default: the state stored in the workbook): never read as input */
  owned?: StoredState["owned"];
}

export function readWorkbook(
  snapshot: WorkbookSnapshot,
  overrides?: MappingOverrides,
  options: ReadOptions = {},
): ReadResult {
  // the state sheet is parsed once: what the add-in owns, and whether its state could be read at all
  const stored = readState(snapshot);
  const ownedState = options.owned ?? stored.state.owned;
  const owned = ownedState.sheets;
  const stateDamaged = stored.damaged;
  const reads: TableRead[] = [];
  const extraAggregates: PrintedAggregate[] = [];
  const takTerbaca: BlokTakTerbaca[] = [];
  const legenda: LegendaSkala[] = [];
  let order = 0;
  // one set of caches for every sheet: equal cells and addresses across sheets are kept once
  const shared = readShared();
  for (const sheet of snapshot.sheets) {
    if (isGeneratedSheet(sheet.name, owned, stateDamaged)) continue;
    if (!Array.isArray(sheet.values) || sheet.values.length === 0) continue;
    const grid = makeGrid(withoutOwned(sheet, ownedState.ranges), shared);
    const read = readSheet(grid, overrides, order);
    for (const r of read.reads) order += r.records.length + 1;
    reads.push(...read.reads);
    extraAggregates.push(...read.aggregates);
    takTerbaca.push(...read.takTerbaca);
    legenda.push(...read.legenda);
  }

  const tables: TableMapping[] = reads.map((r) => r.mapping);
  // the join takes this array over and lets each record go once filed: the tables let go of theirs
  const records: IndicatorRecord[] = reads.flatMap((r) => r.records);
  for (const r of reads) r.records = [];
  const anggaran: AnggaranRow[] = reads.flatMap((r) => r.anggaran);
  const aggregates: PrintedAggregate[] = [...reads.flatMap((r) => r.aggregates), ...extraAggregates];
  const temuan: Temuan[] = reads.flatMap((r) => r.temuan);
  temuan.push(...anggaranAntarTabel(reads.map((r) => [...r.anggaran, ...r.ringkasan])));

  const tableYear = new Map(reads.map((r) => [r.mapping.id, r.year]));
  const { year: workbookYear, fromPk } = workbookYearOf(reads);
  // the national table's own target and realisasi are the report year's, as its records already are
  if (fromPk) nasionalYear(reads, workbookYear);
  // a plan period in a header of a table that states no year: the report year's, inside the period or said
  for (const r of reads) if (r.periodeRencana) temuan.push(...periodeRencana(r.periodeRencana, workbookYear));
  const defaultYear = (rec: IndicatorRecord) => tableYear.get(rec.tableId) ?? workbookYear;

  const joined = joinRecords(records, overrides, defaultYear);
  temuan.push(...joined.temuan);
  const periods = new Map<string, [number, number]>();
  joined.indicators.forEach((ind, k) => {
    finishIndicator(ind, joined.polaritasTexts[k], joined.polaritasCatatan[k], temuan);
    sharePeriode(ind, periods);
  });
  attachAnggaran(joined.indicators, anggaran);

  return {
    tables,
    indicators: joined.indicators,
    anggaran,
    aggregates,
    joins: joined.joins,
    temuan,
    years: yearsWithValues(joined.indicators),
    takTerbaca,
    legenda,
  };
}

/**
 * The report year: the latest year a PK or pengukuran table states; IKU and Renstra tables list future
 * years, so they count only when nothing else says. With no year anywhere the current year is the guess.
 */
function workbookYearOf(reads: TableRead[]): { year: number; fromPk: boolean } {
  const statedBy = (kinds: string[]) => {
    const out: number[] = [];
    for (const r of reads) {
      if (!kinds.includes(r.mapping.kind)) continue;
      if (r.year !== undefined) out.push(r.year);
      for (const c of r.mapping.columns)
        if (c.tahun !== undefined && (c.role === "target" || c.role === "realisasi")) out.push(c.tahun);
    }
    return out;
  };
  const primary = statedBy(["pk", "realisasi"]);
  const stated = primary.length
    ? primary
    : statedBy(["pk", "realisasi", "history", "iku", "renstra", "nasional"]);
  const year = stated.length ? Math.max(...stated) : new Date().getFullYear();
  return { year, fromPk: primary.length > 0 };
}

/** The years some indicator has a target or a realisasi for, in order. */
function yearsWithValues(indicators: Indicator[]): number[] {
  const years = new Set<number>();
  for (const ind of indicators)
    for (const y of Object.keys(ind.tahun)) {
      const v = ind.tahun[y]!;
      if (v.target || v.realisasi) years.add(Number(y));
    }
  return [...years].filter((y) => Number.isFinite(y)).sort((a, b) => a - b);
}

/** Polaritas and satuan once every table has spoken. */
function finishIndicator(
  ind: Indicator,
  polaritasTexts: string[] | undefined,
  catatan: PolaritasCatatan[] | undefined,
  temuan: Temuan[],
): void {
  // loops, not map/concat/find: this runs once per indicator, and every step is a pure look
  let fromCell: Polaritas | undefined;
  if (polaritasTexts)
    for (const t of polaritasTexts) {
      fromCell = polaritasFromCell(t);
      if (fromCell) break;
    }
  // for-in over the years, not Object.values: the same order without an array per indicator (100k of them)
  let fromTarget: Polaritas | undefined;
  if (!fromCell) {
    for (const y in ind.tahun) {
      fromTarget = polaritasFromTarget(ind.tahun[y]!.target?.parsed);
      if (fromTarget) break;
    }
    const targets = ind.renstra?.targets;
    if (!fromTarget && targets)
      for (const y in targets) {
        fromTarget = polaritasFromTarget(targets[y]!.parsed);
        if (fromTarget) break;
      }
    // a target written as a bound ("≤ 5 %", "≥ 80 %") states the direction: no guess from the words
    if (!fromTarget) fromTarget = polaritasFromTargetBatas(ind);
  }
  if (fromCell) ind.polaritas = fromCell;
  else if (fromTarget) ind.polaritas = fromTarget;
  // a footnote under its table ("*) semakin kecil semakin baik") ranks after a column and a bound
  const dariCatatan =
    catatan !== undefined && putuskanCatatan(ind, catatan, atasOf(fromCell, fromTarget), temuan);
  if (!fromCell && !fromTarget && !dariCatatan) {
    const guess = polaritasFromWords(ind.indikator);
    if (guess) {
      ind.polaritas = guess.polaritas;
      ind.polaritasInferred = true;
      temuan.push(
        polaritasDitebak(ind.source ?? { sheet: "", cell: "A1" }, ind.indikator, guess.word, ind.id),
      );
    } else polaritasFromNumbers(ind, temuan);
  }
  if (!ind.satuan) {
    for (const y in ind.tahun) {
      const yv = ind.tahun[y]!;
      satuanFrom(ind, yv.target?.parsed);
      satuanFrom(ind, yv.realisasi?.parsed);
    }
    const targets = ind.renstra?.targets;
    if (targets) for (const y in targets) satuanFrom(ind, targets[y]!.parsed);
  }
}

/** What ranks above a footnote and decided, for the footnote's check: a polaritas column, else a target's shape. */
function atasOf(
  fromCell: Polaritas | undefined,
  fromTarget: Polaritas | undefined,
): PolaritasAtas | undefined {
  if (fromCell) return { polaritas: fromCell, dari: "kolom" };
  return fromTarget ? { polaritas: fromTarget, dari: "batas" } : undefined;
}

/**
 * When no word decides (not even a trap that reads naik, "persentase penurunan …"), the indicator's own
 * printed capaian or Renstra plan may: a guess like the words', with the cells and a confidence.
 */
function polaritasFromNumbers(ind: Indicator, temuan: Temuan[]): void {
  const bukti = polaritasFromBukti(ind);
  if (!bukti || guessPolaritas(ind.indikator)) return;
  ind.polaritas = bukti.polaritas;
  ind.polaritasInferred = true;
  temuan.push(polaritasDariBukti(ind, bukti));
}

/**
 * The Renstra period, once the join has widened it, as one frozen pair per distinct period: every
 * Renstra row of a workbook has the same one, and an own pair cost 62 bytes per indicator (6 MB at
 * 100,000 rows).
 */
function sharePeriode(ind: Indicator, periods: Map<string, [number, number]>): void {
  const r = ind.renstra;
  if (!r?.periode) return;
  const key = `${r.periode[0]}-${r.periode[1]}`;
  const shared = periods.get(key);
  if (shared) r.periode = shared;
  else periods.set(key, Object.freeze(r.periode) as [number, number]);
}

/** The unit a value states ("12 unit", "75 %"), while the indicator has none yet. */
function satuanFrom(ind: Indicator, p: ParsedValue | undefined): void {
  if (!ind.satuan && p && (p.kind === "number" || p.kind === "range")) {
    if (p.unit) ind.satuan = p.unit;
    else if (p.percent) ind.satuan = "%";
  }
}

const PROGRAM_WORD = /^program /;

function attachAnggaran(indicators: Indicator[], rows: AnggaranRow[]): void {
  if (rows.length === 0) return;
  const key = (s: string) => normIndicator(s).replace(PROGRAM_WORD, "");
  const byName = new Map<string, AnggaranRow[]>();
  for (const r of rows) {
    const k = key(r.nama);
    const list = byName.get(k);
    if (list) list.push(r);
    else byName.set(k, [r]);
  }
  for (const ind of indicators) {
    if (
      ind.anggaran ||
      !ind.program ||
      (ind.level !== "program" && ind.level !== "kegiatan" && ind.level !== "subkegiatan")
    )
      continue;
    const hit = byName.get(key(ind.program));
    if (hit && hit.length === 1) ind.anggaran = { ...hit[0]!.anggaran };
  }
}
