/**
 * Joining rows of several tables into one Indicator per real indicator: by the user's correction,
 * then kode, then normalised text, then text similarity above a threshold. Weak and ambiguous
 * matches are reported, never joined silently; a table never joins two of its own rows.
 */
import type { JoinLink, MappingOverrides, TableKind } from "../engine/mapping";
import type { Indicator, ParsedValue, SourceRef, SourcedValue, Temuan, YearValues } from "../engine/model";
import type { IndicatorRecord, ValueCell } from "./read-table";
import { nilaiBerbeda, pencocokanGanda, pencocokanLemah } from "./temuan";
import { normIndicator, normWords, similarity } from "./text";

/** Order in which tables claim indicators: the measurement table is the spine. */
const PRIORITY: Record<TableKind, number> = {
  realisasi: 0,
  pk: 1,
  iku: 2,
  history: 3,
  renstra: 4,
  nasional: 5,
  anggaran: 8,
  akip: 9,
};

/** At or above this similarity two texts may be the same indicator; below STRONG the match is reported as weak. */
export const MATCH_THRESHOLD = 0.82;
const STRONG = 0.93;
const TIE_MARGIN = 0.03;
/** words found in more indicators than this say nothing about which one a row is */
const COMMON_WORD = 60;
const MAX_CANDIDATES = 24;

interface Entry {
  ind: Indicator;
  norm: string;
  sasaranNorm: string;
  claimed: Set<string>;
  ref: SourceRef;
  records: IndicatorRecord[];
  digits: string;
}

export interface JoinOutput {
  indicators: Indicator[];
  joins: JoinLink[];
  temuan: Temuan[];
  /** indicator id → the rows it was read from, in join order */
  members: Map<string, IndicatorRecord[]>;
}

function sameValue(a: ParsedValue, b: ParsedValue): boolean {
  if (a.kind === "number" && b.kind === "number") {
    const tol = Math.max(1e-9, Math.abs(a.value) * 1e-9);
    return Math.abs(a.value - b.value) <= tol;
  }
  if (a.kind === "grade" && b.kind === "grade") return a.grade === b.grade;
  if (a.kind === "range" && b.kind === "range") return a.low === b.low && a.high === b.high;
  if (a.kind === "text" && b.kind === "text") return a.text.toLowerCase() === b.text.toLowerCase();
  if (a.kind === "unreadable" && b.kind === "unreadable") return a.text === b.text;
  return a.kind === b.kind && a.kind === "blank";
}

function show(v: SourcedValue): string {
  return typeof v.raw === "string" ? v.raw : String(v.raw);
}

const FIELD_WORDS: Record<string, { id: string; en: string }> = {
  target: { id: "Target", en: "The target" },
  realisasi: { id: "Realisasi", en: "The realisasi" },
  capaianTercetak: { id: "Capaian tercetak", en: "The printed capaian" },
  predikatTercetak: { id: "Predikat tercetak", en: "The printed predikat" },
  renstraTarget: { id: "Target Renstra", en: "The Renstra target" },
  renstraRealisasi: { id: "Realisasi Renstra", en: "The Renstra realisasi" },
  baseline: { id: "Kondisi awal", en: "The baseline" },
  targetAkhir: { id: "Target akhir Renstra", en: "The Renstra end target" },
  targetNasional: { id: "Target nasional", en: "The national target" },
  pagu: { id: "Pagu", en: "The budget ceiling" },
  realisasiAnggaran: { id: "Realisasi anggaran", en: "The budget realisasi" },
  serapan: { id: "Persentase realisasi anggaran", en: "The budget absorption" },
  sisa: { id: "Sisa anggaran", en: "The remaining budget" },
};

/** `fn` with its answer kept per text, for the length of one join. */
function cachedPerText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      v = fn(text);
      cache.set(text, v);
    }
    return v;
  };
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function digitTokens(norm: string): string {
  if (!hasDigit(norm)) return "";
  return norm.split(" ").filter(hasDigit).sort().join(" ");
}

export function joinRecords(
  records: IndicatorRecord[],
  overrides: MappingOverrides | undefined,
  defaultYear: (rec: IndicatorRecord) => number,
): JoinOutput {
  const sorted = [...records].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.order - b.order);
  const entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  const byKode = new Map<string, Entry[]>();
  const byNorm = new Map<string, Entry[]>();
  const byWord = new Map<string, Entry[]>();
  const joins: JoinLink[] = [];
  const temuan: Temuan[] = [];

  // Per-call caches: the same indicator and sasaran texts recur across a workbook's tables, and
  // digitTokens is asked once when a text is looked for and once when it is created.
  const normOf = cachedPerText(normIndicator);
  const sasaranNormOf = cachedPerText((s) => normWords(s).join(" "));
  const digitsOf = cachedPerText(digitTokens);
  const pushTo = (map: Map<string, Entry[]>, k: string, e: Entry): void => {
    const list = map.get(k);
    if (list) list.push(e);
    else map.set(k, [e]);
  };

  const index = (e: Entry) => {
    entries.push(e);
    byId.set(e.ind.id, e);
    if (e.ind.kode) pushTo(byKode, e.ind.kode, e);
    pushTo(byNorm, e.norm, e);
    const words = e.norm.split(" ");
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      // each distinct word once (a repeated word sits earlier in the list); a Set per entry costs more
      if (w.length < 3 || words.indexOf(w) !== i) continue;
      const list = byWord.get(w);
      // a list past COMMON_WORD is never read again (the search skips it), so it stops growing there
      if (list === undefined) byWord.set(w, [e]);
      else if (list.length <= COMMON_WORD) list.push(e);
    }
  };

  const create = (rec: IndicatorRecord, norm: string): Entry => {
    let id = rec.kode ?? `${rec.sheet}!${rec.row + 1}`;
    for (let n = 2; byId.has(id); n++) id = `${rec.kode ?? `${rec.sheet}!${rec.row + 1}`}#${n}`;
    const ind: Indicator = {
      id,
      level: rec.level,
      sasaran: rec.sasaran ?? "",
      indikator: rec.indikator,
      polaritas: "naik",
      polaritasInferred: false,
      tahun: {},
      source: rec.rowRef,
    };
    if (rec.kode) ind.kode = rec.kode;
    const e: Entry = {
      ind,
      norm,
      sasaranNorm: sasaranNormOf(rec.sasaran ?? ""),
      claimed: new Set(),
      ref: rec.rowRef,
      records: [],
      digits: digitsOf(norm),
    };
    index(e);
    return e;
  };

  const copy = (
    e: Entry,
    field: string,
    tahun: string | undefined,
    other: SourcedValue,
    tableId: string,
    berbeda: boolean,
  ) => {
    (e.ind.alternatif ??= []).push({
      field,
      value: other,
      tableId,
      berbeda,
      ...(tahun !== undefined ? { tahun } : {}),
    });
  };

  const conflict = (
    e: Entry,
    field: string,
    tahun: string | undefined,
    kept: SourcedValue,
    other: SourcedValue,
    tableId: string,
  ) => {
    copy(e, field, tahun, other, tableId, true);
    const words = FIELD_WORDS[field] ?? { id: field, en: field };
    const w = tahun ? { id: `${words.id} ${tahun}`, en: `${words.en} for ${tahun}` } : words;
    if (kept.source && other.source)
      temuan.push(nilaiBerbeda(w, kept.source, show(kept), other.source, show(other), e.ind.id));
  };

  /** Put v in slot unless it is taken; a different value already there is kept and reported. */
  const put = <K extends string>(
    e: Entry,
    obj: Partial<Record<K, SourcedValue>>,
    key: K,
    v: SourcedValue,
    field: string,
    tahun: string | undefined,
    tableId: string,
  ) => {
    const cur = obj[key];
    if (!cur) obj[key] = v;
    else if (cur.source?.sheet === v.source?.sheet && cur.source?.cell === v.source?.cell) return;
    else if (!sameValue(cur.parsed, v.parsed)) conflict(e, field, tahun, cur, v, tableId);
    else copy(e, field, tahun, v, tableId, false);
  };

  const merge = (e: Entry, rec: IndicatorRecord) => {
    e.claimed.add(rec.tableId);
    e.records.push(rec);
    const ind = e.ind;
    if (!ind.kode && rec.kode) ind.kode = rec.kode;
    if (!ind.tujuan && rec.tujuan) ind.tujuan = rec.tujuan;
    if (!ind.sasaran && rec.sasaran) ind.sasaran = rec.sasaran;
    if (!ind.satuan && rec.satuan) ind.satuan = rec.satuan;
    if (!ind.program && rec.program) ind.program = rec.program;
    if (!ind.formula && rec.formula) ind.formula = rec.formula;
    if (!ind.sumberData && rec.sumberData) ind.sumberData = rec.sumberData;
    if (!ind.penanggungJawab && rec.penanggungJawab) ind.penanggungJawab = rec.penanggungJawab;
    for (const vc of rec.values) mergeValue(e, rec, vc);
  };

  const mergeValue = (e: Entry, rec: IndicatorRecord, vc: ValueCell) => {
    const ind = e.ind;
    const v = vc.value;
    switch (vc.role) {
      case "target":
      case "realisasi":
      case "capaian":
      case "predikat": {
        const y = String(vc.tahun ?? defaultYear(rec));
        const yv: YearValues = (ind.tahun[y] ??= {});
        if (vc.triwulan !== undefined && (vc.role === "target" || vc.role === "realisasi")) {
          const tw = (yv.triwulan ??= {});
          const arr = (tw[vc.role] ??= [null, null, null, null]);
          const k = vc.triwulan - 1;
          const cur = arr[k];
          if (!cur) arr[k] = v;
          else if (!sameValue(cur.parsed, v.parsed))
            conflict(e, `triwulan.${vc.role}.${vc.triwulan}`, y, cur, v, rec.tableId);
          else copy(e, `triwulan.${vc.role}.${vc.triwulan}`, y, v, rec.tableId, false);
          return;
        }
        const key =
          vc.role === "capaian" ? "capaianTercetak" : vc.role === "predikat" ? "predikatTercetak" : vc.role;
        put(e, yv as Partial<Record<string, SourcedValue>>, key, v, key, y, rec.tableId);
        return;
      }
      case "renstraTarget":
      case "renstraRealisasi": {
        const r = (ind.renstra ??= { targets: {} });
        const y = String(vc.tahun ?? defaultYear(rec));
        const slot = vc.role === "renstraTarget" ? r.targets : (r.realisasi ??= {});
        const newYear = slot === r.targets && r.targets[y] === undefined;
        put(e, slot, y, v, vc.role, y, rec.tableId);
        // The period spans the target years and only this line sets it, so it widens as target years arrive.
        if (newYear) {
          const n = Number(y);
          r.periode = r.periode ? [Math.min(r.periode[0], n), Math.max(r.periode[1], n)] : [n, n];
        }
        return;
      }
      case "baseline":
      case "targetAkhir": {
        const r = (ind.renstra ??= { targets: {} });
        put(
          e,
          r as unknown as Partial<Record<string, SourcedValue>>,
          vc.role === "baseline" ? "baseline" : "akhir",
          v,
          vc.role,
          undefined,
          rec.tableId,
        );
        return;
      }
      case "targetNasional":
        put(
          e,
          ind as unknown as Partial<Record<string, SourcedValue>>,
          "targetNasional",
          v,
          vc.role,
          undefined,
          rec.tableId,
        );
        return;
      case "pagu":
      case "realisasiAnggaran":
      case "serapan":
      case "sisa": {
        const a = (ind.anggaran ??= {});
        const key =
          vc.role === "pagu"
            ? "pagu"
            : vc.role === "realisasiAnggaran"
              ? "realisasi"
              : vc.role === "serapan"
                ? "persenTercetak"
                : "sisaTercetak";
        put(e, a as Partial<Record<string, SourcedValue>>, key, v, vc.role, undefined, rec.tableId);
        return;
      }
      default:
        return;
    }
  };

  const rank = (rec: IndicatorRecord, e: Entry): number => {
    let s = 0;
    if (e.ind.level === rec.level) s += 2;
    const sn = sasaranNormOf(rec.sasaran ?? "");
    if (sn && sn === e.sasaranNorm) s += 1;
    else if (sn && e.sasaranNorm) s += similarity(sn, e.sasaranNorm) * 0.5;
    return s;
  };

  const linkTo = (rec: IndicatorRecord, e: Entry, method: JoinLink["method"], score: number) => {
    merge(e, rec);
    joins.push({ indicatorId: e.ind.id, tableId: rec.tableId, row: rec.row, method, score });
  };
  const freeOf = (rec: IndicatorRecord, list: Entry[] | undefined): Entry[] => {
    if (list === undefined) return [];
    // most texts name one indicator: answer without the filter's callback
    if (list.length === 1) return list[0]!.claimed.has(rec.tableId) ? [] : [list[0]!];
    return list.filter((e) => !e.claimed.has(rec.tableId));
  };
  // the user's join corrections, when there are any (most runs have none: skip the key per record)
  const joinOverrides =
    overrides?.joins && Object.keys(overrides.joins).length > 0 ? overrides.joins : undefined;

  // No closures per record below: a closure made in this loop costs more than the work it wraps.
  for (const rec of sorted) {
    const norm = normOf(rec.indikator);
    const key = joinOverrides ? `${rec.tableId}#${rec.row}` : "";

    if (joinOverrides && key in joinOverrides) {
      const target = joinOverrides[key];
      if (target === null || target === undefined) {
        linkTo(rec, create(rec, norm), "pengguna", 1);
        continue;
      }
      const e = byId.get(target);
      if (e) {
        linkTo(rec, e, "pengguna", 1);
        continue;
      }
    }
    if (rec.kode) {
      const c = freeOf(rec, byKode.get(rec.kode));
      if (c.length >= 1) {
        linkTo(rec, c[0]!, "kode", 1);
        continue;
      }
    }
    const exact = freeOf(rec, byNorm.get(norm));
    if (exact.length === 1) {
      linkTo(rec, exact[0]!, "teks", 1);
      continue;
    }
    if (exact.length > 1) {
      const scored = exact.map((e) => ({ e, s: rank(rec, e) })).sort((a, b) => b.s - a.s);
      if (scored[0]!.s - scored[1]!.s > 0.05) linkTo(rec, scored[0]!.e, "teks", 1);
      else {
        temuan.push(
          pencocokanGanda(
            rec.rowRef,
            scored.map((x) => x.e.ref),
            rec.indikator,
          ),
        );
        linkTo(rec, create(rec, norm), "teks", 1);
      }
      continue;
    }
    // similarity, over the indicators that share the most (not too common) words with this one
    const shared = new Map<Entry, number>();
    for (const w of new Set(norm.split(" "))) {
      if (w.length < 3 || hasDigit(w)) continue;
      const list = byWord.get(w);
      if (!list || list.length > COMMON_WORD) continue;
      for (const e of list) if (!e.claimed.has(rec.tableId)) shared.set(e, (shared.get(e) ?? 0) + 1);
    }
    const cand = [...shared].sort((x, y) => y[1] - x[1]).slice(0, MAX_CANDIDATES);
    const scored: { e: Entry; s: number }[] = [];
    const digits = cand.length > 0 ? digitsOf(norm) : "";
    for (const [e] of cand) {
      // "kelompok 3" and "kelompok 4" are different indicators however alike the words
      if (e.digits !== digits) continue;
      const s = similarity(norm, e.norm);
      if (s >= MATCH_THRESHOLD) scored.push({ e, s });
    }
    scored.sort((a, b) => b.s - a.s || rank(rec, b.e) - rank(rec, a.e));
    if (scored.length === 0) {
      linkTo(rec, create(rec, norm), rec.kode ? "kode" : "teks", 1);
      continue;
    }
    const best = scored[0]!;
    const second = scored[1];
    if (second && best.s - second.s < TIE_MARGIN && rank(rec, best.e) - rank(rec, second.e) <= 0.05) {
      temuan.push(
        pencocokanGanda(
          rec.rowRef,
          scored.map((x) => x.e.ref),
          rec.indikator,
        ),
      );
      const e = create(rec, norm);
      linkTo(rec, e, "teks", 1);
      continue;
    }
    linkTo(rec, best.e, "mirip", Math.round(best.s * 1000) / 1000);
    // a join by similar text is never silent; below STRONG it is a warning, above it a note
    temuan.push(
      pencocokanLemah(rec.rowRef, best.e.ref, best.e.ind.indikator, best.s, best.e.ind.id, best.s < STRONG),
    );
  }
  return {
    indicators: entries.map((e) => e.ind),
    joins,
    temuan,
    members: new Map(entries.map((e) => [e.ind.id, e.records])),
  };
}
