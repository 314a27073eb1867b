/**
 * The indicators found so far while joining, indexed for the ways a row is matched: by id, kode,
 * normalised text and by word (for the similarity search). Texts recur across a workbook's tables,
 * so each normalisation is made once per text.
 */
import type { Indicator, SourceRef } from "../engine/model";
import type { IndicatorRecord } from "./read-model";
import { normIndicator, normWords } from "./text";

/** words found in more indicators than this say nothing about which one a row is */
export const COMMON_WORD = 60;

export interface Entry {
  ind: Indicator;
  norm: string;
  sasaranNorm: string;
  /** tables that already gave this indicator a row: a table never joins two of its own rows */
  claimed: Set<string>;
  ref: SourceRef;
  records: IndicatorRecord[];
  digits: string;
}

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

export function hasDigit(w: string): boolean {
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

function pushTo(map: Map<string, Entry[]>, k: string, e: Entry): void {
  const list = map.get(k);
  if (list) list.push(e);
  else map.set(k, [e]);
}

export class JoinIndex {
  readonly entries: Entry[] = [];
  readonly byId = new Map<string, Entry>();
  readonly byKode = new Map<string, Entry[]>();
  readonly byNorm = new Map<string, Entry[]>();
  readonly byWord = new Map<string, Entry[]>();
  readonly normOf = cachedPerText(normIndicator);
  readonly sasaranNormOf = cachedPerText((s) => normWords(s).join(" "));
  readonly digitsOf = cachedPerText(digitTokens);

  /** A new indicator, first read from this row. */
  create(rec: IndicatorRecord, norm: string): Entry {
    let id = rec.kode ?? `${rec.sheet}!${rec.row + 1}`;
    for (let n = 2; this.byId.has(id); n++) id = `${rec.kode ?? `${rec.sheet}!${rec.row + 1}`}#${n}`;
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
      claimed: new Set(),
      ref: rec.rowRef,
      records: [],
      digits: this.digitsOf(norm),
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
