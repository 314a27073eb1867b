/**
 * The indicators found so far while joining, indexed for the ways a row is matched: by id, kode,
 * normalised text and by word (for the similarity search). Texts recur across a workbook's tables,
 * so each normalisation is made once per text.
 */
import type { Indicator, SourceRef } from "../engine/model";
import type { NamaForm } from "./join-nama";
import type { PolaritasCatatan } from "./polaritas-catatan";
import type { IndicatorRecord } from "./read-model";
import { normIndicator, normWords } from "./text";

/** words found in more indicators than this say nothing about which one a row is */
export const COMMON_WORD = 60;

export interface Entry {
  ind: Indicator;
  norm: string;
  sasaranNorm: string;
  /**
   * tables that already gave this indicator a row: a table never joins two of its own rows. An array, not
   * a Set: it holds a few ids, and a Set per indicator costs more to make and to keep (100,000 of them).
   */
  claimed: string[];
  ref: SourceRef;
  /** the polaritas cells of its rows, in join order (the only thing read of them once joined) */
  polaritasTexts: string[] | undefined;
  /** what its rows' tables' footnotes say of its direction; absent on most (no slot per indicator) */
  polaritasCatatan?: PolaritasCatatan[];
  digits: string;
  /** its place in the order indicators were found (a table's rows in their order) */
  seq: number;
  /** the indicator's name form (join-nama.ts), made when a row is first compared with it by similarity */
  nama?: NamaForm;
}

/** `fn` with its answer kept per text, for the length of one join. */
export function cachedPerText<T>(fn: (text: string) => T): (text: string) => T {
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

export function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The tokens with digits of a normalised text, sorted. Not cached per text: each text asks once or twice
 * (when an indicator is made, and when rows are scored against it), and a cache held every text of the
 * join (100,000 entries in a Map).
 */
export function digitTokens(norm: string): string {
  if (!hasDigit(norm)) return "";
  // most texts hold one such token ("layanan 1", "tahun 2024"): found by one scan, without the
  // split, filter and sort (≈70 ms of the reader's 690 ms at 10,000 rows, where each text asks once)
  let first = -1;
  let start = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i < norm.length && norm.charCodeAt(i) !== 32) continue;
    if (i > start && hasDigitIn(norm, start, i)) {
      if (first >= 0) return norm.split(" ").filter(hasDigit).sort().join(" ");
      first = start;
    }
    start = i + 1;
  }
  let end = norm.indexOf(" ", first);
  if (end < 0) end = norm.length;
  return norm.slice(first, end);
}

function hasDigitIn(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function pushTo(map: Map<string, Entry[]>, k: string, e: Entry): void {
  const list = map.get(k);
  if (list) list.push(e);
  else map.set(k, [e]);
}

/** What the join looks up per indicator text (JoinIndex.keyOf). */
export interface TextKey {
  norm: string;
  /** the indicators found so far with this normalised text */
  entries: Entry[];
}

export class JoinIndex {
  readonly entries: Entry[] = [];
  readonly byId = new Map<string, Entry>();
  readonly byKode = new Map<string, Entry[]>();
  readonly byNorm = new Map<string, Entry[]>();
  readonly byWord = new Map<string, Entry[]>();
  private readonly textKeys = new Map<string, TextKey>();
  readonly sasaranNormOf = cachedPerText((s) => normWords(s).join(" "));

  /**
   * An indicator text's key, made once per distinct text: its normalised form, and the list of indicators
   * with that form (byNorm's own list, made empty on first ask). One map look per row instead of two:
   * ≈0,15 s at 100,000 rows.
   */
  keyOf(text: string): TextKey {
    let key = this.textKeys.get(text);
    if (key === undefined) {
      const norm = normIndicator(text);
      let list = this.byNorm.get(norm);
      if (list === undefined) {
        list = [];
        this.byNorm.set(norm, list);
      }
      key = { norm, entries: list };
      this.textKeys.set(text, key);
    }
    return key;
  }

  /** A new indicator, first read from this row. */
  create(rec: IndicatorRecord, norm: string): Entry {
    // joined, not a template: "Realisasi 2024!6" from a template is two cons strings and the row's digits,
    // 88 bytes kept per indicator (its id is also every join's); one flat string is 32 (0.56 MB at 10,000 rows)
    const base = rec.kode ?? [rec.sheet, rec.row + 1].join("!");
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = [base, n].join("#");
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
      sasaranNorm: this.sasaranNormOf(rec.sasaran ?? ""),
      claimed: [],
      ref: rec.rowRef,
      polaritasTexts: undefined,
      digits: digitTokens(norm),
      seq: this.entries.length,
    };
    this.add(e);
    return e;
  }

  private add(e: Entry): void {
    this.entries.push(e);
    this.byId.set(e.ind.id, e);
    if (e.ind.kode) pushTo(this.byKode, e.ind.kode, e);
    pushTo(this.byNorm, e.norm, e);
    const words = e.norm.split(" ");
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      // each distinct word once (a repeated word sits earlier in the list); a Set per entry costs more
      if (w.length < 3 || words.indexOf(w) !== i) continue;
      const list = this.byWord.get(w);
      // a list past COMMON_WORD is never read again (the search skips it), so it stops growing there
      if (list === undefined) this.byWord.set(w, [e]);
      else if (list.length <= COMMON_WORD) list.push(e);
    }
  }
}
