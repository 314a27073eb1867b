/**
 * Joining rows of several tables into one Indicator per real indicator: by the user's correction,
 * then kode, then normalised text, then text similarity above a threshold. Weak and ambiguous
 * matches are reported, never joined silently; a table never joins two of its own rows.
 */
import type { JoinLink, MappingOverrides, TableKind } from "../engine/mapping";
import type { Indicator, Temuan } from "../engine/model";
import {
  cachedPerText,
  COMMON_WORD,
  digitTokens,
  hasDigit,
  JoinIndex,
  type Entry,
  type TextKey,
} from "./join-index";
import { namaForm, namaSimilarity, singkatan } from "./join-nama";
import { ValueFiler } from "./join-merge";
import type { PolaritasCatatan } from "./polaritas-catatan";
import type { IndicatorRecord } from "./read-model";
import { kodeTanpaIndikator, pencocokanGanda, pencocokanLemah } from "./temuan";
import { kuatkanDenganUrutan, pasangkanDenganUrutan, STRONG, type Decision } from "./join-urutan";
import { similarity } from "./text";

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
const TIE_MARGIN = 0.03;
const MAX_CANDIDATES = 24;

export interface JoinOutput {
  indicators: Indicator[];
  joins: JoinLink[];
  temuan: Temuan[];
  /** by indicator (same index): the polaritas cells of the rows it was read from, in join order */
  polaritasTexts: (string[] | undefined)[];
  /** by indicator (same index): what its tables' footnotes say of its direction */
  polaritasCatatan: (PolaritasCatatan[] | undefined)[];
}

/** A row known by its code alone whose code no named indicator carries: its own indicator, and a finding. */
const UNKNOWN_KODE: Decision = { to: "baru", method: "kode", score: 1 };

interface Scored {
  e: Entry;
  s: number;
}

class Joiner {
  readonly index = new JoinIndex();
  readonly joins: JoinLink[] = [];
  readonly temuan: Temuan[] = [];
  private readonly filer: ValueFiler;
  /** the user's join corrections, when there are any (most runs have none: skip the key per record) */
  private readonly userJoins: Record<string, string | null> | undefined;
  /** each indicator text's name form, made once per text */
  private readonly namaOf = cachedPerText((text: string) => namaForm(text, this.index.keyOf(text).norm));

  constructor(
    overrides: MappingOverrides | undefined,
    private readonly defaultYear: (rec: IndicatorRecord) => number,
  ) {
    this.filer = new ValueFiler(this.temuan, defaultYear);
    this.userJoins =
      overrides?.joins && Object.keys(overrides.joins).length > 0 ? overrides.joins : undefined;
  }

  /**
   * The rows of one table: each decided in turn (an indicator it joins is claimed by the table at once,
   * so no later row of the table takes it), then the weak decisions weighed again against the table's
   * clear ones and the rows that matched no name placed by the table's order and values (join-urutan.ts),
   * then filed.
   */
  joinTable(recs: IndicatorRecord[]): void {
    if (recs.length === 1) return this.apply(recs[0]!, this.decide(recs[0]!));
    const ds = recs.map((rec) => {
      const d = this.decide(rec);
      if (d.to !== "baru" && !d.to.claimed.includes(rec.tableId)) d.to.claimed.push(rec.tableId);
      return d;
    });
    kuatkanDenganUrutan(recs, ds, this.defaultYear);
    pasangkanDenganUrutan(recs, ds, this.index.entries, this.defaultYear);
    for (let i = 0; i < recs.length; i++) this.apply(recs[i]!, ds[i]!);
  }

  private decide(rec: IndicatorRecord): Decision {
    const key = this.index.keyOf(rec.indikator);
    return rec.identifiedByKode
      ? (this.byUser(rec) ?? this.byKode(rec) ?? UNKNOWN_KODE)
      : (this.byUser(rec) ?? this.byKode(rec) ?? this.byText(rec, key) ?? this.bySimilarity(rec, key.norm));
  }

  private apply(rec: IndicatorRecord, d: Decision): void {
    const norm = this.index.keyOf(rec.indikator).norm;
    // an ambiguity is said before the new indicator's values are filed, a weak join after them
    if (d.temuan && d.method !== "mirip") this.temuan.push(d.temuan);
    const e = d.to === "baru" ? this.index.create(rec, norm) : d.to;
    if (d === UNKNOWN_KODE)
      this.temuan.push(kodeTanpaIndikator(rec.rowRef, rec.kode ?? rec.indikator, e.ind.id));
    this.filer.merge(e, rec);
    this.joins.push({
      indicatorId: e.ind.id,
      tableId: rec.tableId,
      row: rec.row,
      method: d.method,
      score: d.score,
    });
    if (d.temuan && d.method === "mirip") this.temuan.push(d.temuan);
  }

  private byUser(rec: IndicatorRecord): Decision | undefined {
    if (!this.userJoins) return undefined;
    const key = `${rec.tableId}#${rec.row}`;
    if (!(key in this.userJoins)) return undefined;
    const target = this.userJoins[key];
    if (target === null || target === undefined) return { to: "baru", method: "pengguna", score: 1 };
    const e = this.index.byId.get(target);
    return e ? { to: e, method: "pengguna", score: 1 } : undefined;
  }

  private byKode(rec: IndicatorRecord): Decision | undefined {
    if (!rec.kode) return undefined;
    const c = freeOf(rec, this.index.byKode.get(rec.kode));
    return c.length >= 1 ? { to: c[0]!, method: "kode", score: 1 } : undefined;
  }

  /** The same normalised text: one free indicator, or the best-placed of several, or an ambiguity. */
  private byText(rec: IndicatorRecord, key: TextKey): Decision | undefined {
    const exact = freeOf(rec, key.entries);
    if (exact.length === 0) return undefined;
    if (exact.length === 1) return { to: exact[0]!, method: "teks", score: 1 };
    const scored = exact.map((e) => ({ e, s: this.rank(rec, e) })).sort((a, b) => b.s - a.s);
    if (scored[0]!.s - scored[1]!.s > 0.05) return { to: scored[0]!.e, method: "teks", score: 1 };
    return { to: "baru", method: "teks", score: 1, temuan: this.ambiguous(rec, scored) };
  }

  /** Text similarity over the indicators that share the most (not too common) words with this one. */
  private bySimilarity(rec: IndicatorRecord, norm: string): Decision {
    const scored = this.similar(rec, norm);
    if (scored.length === 0) return { to: "baru", method: rec.kode ? "kode" : "teks", score: 1 };
    const best = scored[0]!;
    const second = scored[1];
    if (second && best.s - second.s < TIE_MARGIN && this.rank(rec, best.e) - this.rank(rec, second.e) <= 0.05)
      return { to: "baru", method: "teks", score: 1, temuan: this.ambiguous(rec, scored) };
    // a join by similar text is never silent; below STRONG it is a warning, above it a note
    const ind = best.e.ind;
    return {
      to: best.e,
      method: "mirip",
      score: Math.round(best.s * 1000) / 1000,
      temuan: pencocokanLemah(rec.rowRef, best.e.ref, ind.indikator, best.s, ind.id, best.s < STRONG),
    };
  }

  private similar(rec: IndicatorRecord, norm: string): Scored[] {
    const shared = new Map<Entry, number>();
    const words = norm.split(" ");
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      // each distinct word once, in the order of first use (a repeated word sits earlier): no Set per row
      if (w.length < 3 || words.indexOf(w) !== i || hasDigit(w)) continue;
      const list = this.index.byWord.get(w);
      if (!list || list.length > COMMON_WORD) continue;
      for (const e of list) if (!e.claimed.includes(rec.tableId)) shared.set(e, (shared.get(e) ?? 0) + 1);
    }
    const nama = this.namaOf(rec.indikator);
    // an indicator named only by its acronym ("IKM") shares no word with its full name: found by the
    // initials of the name's runs of words
    for (const w of singkatan(nama)) {
      const list = this.index.byWord.get(w);
      if (!list || list.length > COMMON_WORD) continue;
      for (const e of list) if (!e.claimed.includes(rec.tableId)) shared.set(e, (shared.get(e) ?? 0) + 1);
    }
    if (shared.size === 0) return [];
    const cand = [...shared].sort((x, y) => y[1] - x[1]).slice(0, MAX_CANDIDATES);
    const scored: Scored[] = [];
    const digits = cand.length > 0 ? digitTokens(norm) : "";
    for (const [e] of cand) {
      // "kelompok 3" and "kelompok 4" are different indicators however alike the words; the name's form
      // (join-nama.ts) says the same of numbers in a unit ("per 100.000 penduduk"), and reads "IKM" for
      // "Indeks Kepuasan Masyarakat", "%" for "Persentase", a unit in brackets and words reordered
      const s = Math.max(
        e.digits === digits ? similarity(norm, e.norm) : 0,
        namaSimilarity(nama, (e.nama ??= this.namaOf(e.ind.indikator))),
      );
      if (s >= MATCH_THRESHOLD) scored.push({ e, s });
    }
    return scored.sort((a, b) => b.s - a.s || this.rank(rec, b.e) - this.rank(rec, a.e));
  }

  private ambiguous(rec: IndicatorRecord, scored: Scored[]): Temuan {
    return pencocokanGanda(
      rec.rowRef,
      scored.map((x) => x.e.ref),
      rec.indikator,
    );
  }

  /** How well a row sits with an indicator beyond its text: the same level, the same sasaran. */
  private rank(rec: IndicatorRecord, e: Entry): number {
    let s = 0;
    if (e.ind.level === rec.level) s += 2;
    const sn = this.index.sasaranNormOf(rec.sasaran ?? "");
    if (sn && sn === e.sasaranNorm) s += 1;
    else if (sn && e.sasaranNorm) s += similarity(sn, e.sasaranNorm) * 0.5;
    return s;
  }
}

function freeOf(rec: IndicatorRecord, list: Entry[] | undefined): Entry[] {
  if (list === undefined) return [];
  // most texts name one indicator: answer without the filter's callback
  if (list.length === 1) return list[0]!.claimed.includes(rec.tableId) ? [] : [list[0]!];
  return list.filter((e) => !e.claimed.includes(rec.tableId));
}

/**
 * Joins the rows. The array is taken over: sorted in place and emptied as its rows are filed, so that
 * each record can go as soon as it is joined (at 100,000 rows the records of all tables are ≈150 MB,
 * which every major collection during the join otherwise marks again).
 */
export function joinRecords(
  records: (IndicatorRecord | undefined)[],
  overrides: MappingOverrides | undefined,
  defaultYear: (rec: IndicatorRecord) => number,
): JoinOutput {
  // rows known by their code alone come last: the indicators they name are read from the other tables first
  const sorted = records.sort(
    (a, b) =>
      Number(a!.identifiedByKode ?? false) - Number(b!.identifiedByKode ?? false) ||
      PRIORITY[a!.kind] - PRIORITY[b!.kind] ||
      a!.order - b!.order,
  );
  const j = new Joiner(overrides, defaultYear);
  // a table's rows are one run of the sorted list (its records are contiguous in order and kind)
  for (let i = 0; i < sorted.length;) {
    let end = i + 1;
    const tableId = sorted[i]!.tableId;
    while (end < sorted.length && sorted[end]!.tableId === tableId) end++;
    j.joinTable(sorted.slice(i, end) as IndicatorRecord[]);
    for (let k = i; k < end; k++) sorted[k] = undefined;
    i = end;
  }
  sorted.length = 0;
  const entries = j.index.entries;
  return {
    indicators: entries.map((e) => e.ind),
    joins: j.joins,
    temuan: j.temuan,
    polaritasTexts: entries.map((e) => e.polaritasTexts),
    polaritasCatatan: entries.map((e) => e.polaritasCatatan),
  };
}
