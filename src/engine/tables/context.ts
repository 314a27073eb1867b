/** What every table builder needs: the result, the settings, the resolved scale and lookups. */
import type { ComputeResult, IndicatorResult } from "../result";
import type { PredikatScale, Settings } from "../settings";

export interface TableContext {
  result: ComputeResult;
  settings: Settings;
  scale: PredikatScale;
  /** indicator results of the reporting year by indicator id */
  indikator: Map<string, IndicatorResult>;
  /** every indicator's latest known result, for names and units in the comparison tables */
  dikenal: Map<string, IndicatorResult>;
  /** the agency's name for the titles and Sumber lines (settings, or the workbook's title rows); null: unknown */
  opd: string | null;
}

export function tableContext(
  result: ComputeResult,
  settings: Settings,
  scale: PredikatScale,
  opd: string | null = settings.opd ?? null,
): TableContext {
  const indikator = new Map<string, IndicatorResult>();
  const dikenal = new Map<string, IndicatorResult>();
  for (const r of result.indikator) {
    if (r.tahun === result.tahun && !indikator.has(r.indicatorId)) indikator.set(r.indicatorId, r);
    // the reporting year first, then the latest year
    const rank = (x: IndicatorResult) => (x.tahun === result.tahun ? Infinity : x.tahun);
    const prev = dikenal.get(r.indicatorId);
    if (!prev || rank(r) > rank(prev)) dikenal.set(r.indicatorId, r);
  }
  return { result, settings, scale, indikator, dikenal, opd };
}

/** " Dinas Sosial Kabupaten Bengkalis" for a title or a Sumber line, or "" when the name is unknown. */
export function diOpd(ctx: TableContext): string {
  return ctx.opd ? ` ${ctx.opd}` : "";
}

/** The Sumber line under a table: where its numbers come from, and that the add-in computed them. */
export function sumberLine(ctx: TableContext, dari: string): string {
  return `Sumber: ${dari}${diOpd(ctx)} tahun ${ctx.result.tahun}, diolah dengan Capaian Kinerja.`;
}

/**
 * Measured this year: a target or a realisasi for the reporting year (from the PK or a pengukuran
 * table). An indicator known only from the Renstra has neither, and is no row of Tabel 3.1.
 */
export function diukurTahunIni(r: IndicatorResult): boolean {
  return r.target !== null || r.realisasi !== null;
}

/** The reporting year's indicator rows, grouped by sasaran in the order the engine gave the sasaran. */
export function groupBySasaran(
  ctx: TableContext,
  keep: (r: IndicatorResult) => boolean = () => true,
): { sasaran: string; rows: IndicatorResult[] }[] {
  const groups: { sasaran: string; rows: IndicatorResult[] }[] = [];
  const byName = new Map<string, { sasaran: string; rows: IndicatorResult[] }>();
  const add = (sasaran: string) => {
    let g = byName.get(sasaran);
    if (!g) {
      g = { sasaran, rows: [] };
      byName.set(sasaran, g);
      groups.push(g);
    }
    return g;
  };
  const placed = new Set<string>();
  for (const s of ctx.result.sasaran) {
    const g = add(s.sasaran);
    for (const id of s.indicatorIds) {
      const r = ctx.indikator.get(id);
      if (r && keep(r) && !placed.has(id)) {
        g.rows.push(r);
        placed.add(id);
      }
    }
  }
  // straight from the map, not a copied and a filtered list of every row (two 100,000-row arrays)
  for (const r of ctx.indikator.values()) {
    if (placed.has(r.indicatorId) || !keep(r)) continue;
    add(r.sasaran).rows.push(r);
    placed.add(r.indicatorId);
  }
  return groups.filter((g) => g.rows.length > 0);
}

export function indicatorName(ctx: TableContext, id: string): string {
  return ctx.dikenal.get(id)?.indikator ?? id;
}

export function satuanOf(ctx: TableContext, id: string): string | null {
  return ctx.dikenal.get(id)?.satuan ?? null;
}

// made once: kunci runs for every budget line (a literal would be a new RegExp object per call)
const SPACES = /\s+/g;

function kunci(s: string): string {
  return s.replace(SPACES, " ").trim().toLowerCase();
}

/**
 * A budget line named exactly as a sasaran is a budget per sasaran (seed 002 Tabel 3.11), not a
 * program: its amounts repeat the programs' and must not be listed or added up with them.
 */
export function isSasaranName(ctx: TableContext, nama: string): boolean {
  return sasaranKeys(ctx.result.sasaran).has(kunci(nama));
}

/** The sasaran names as compared, made once per result: every budget line asks. */
const sasaranKeyCache = new WeakMap<readonly { sasaran: string }[], Set<string>>();

function sasaranKeys(sasaran: readonly { sasaran: string }[]): Set<string> {
  let keys = sasaranKeyCache.get(sasaran);
  if (!keys) {
    keys = new Set(sasaran.map((s) => kunci(s.sasaran)));
    sasaranKeyCache.set(sasaran, keys);
  }
  return keys;
}
