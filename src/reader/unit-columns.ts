/**
 * Units in their own column: a table pasted from Word often prints "85,00 | %" with the unit beside each
 * value, under one header merged over both ("Target" over G:H). Such a column carries the header's words
 * but no value: a column whose cells are all unit words beside numbers is the satuan (the first one, when
 * the table has none) or the unit of the value left of it, never a second copy of that value.
 */
import type { ColumnMapping } from "../engine/mapping";
import { parseValue } from "../engine/parse";
import { PRESET_SCALES } from "../engine/predikat";
import type { Grid } from "./grid";
import type { FoundTable } from "./tables";

const VALUE_ROLES = new Set<string>(["target", "realisasi", "capaian"]);
/** "AA".."D" and the preset scales' words: a grade beside a score is a predikat, not a unit */
const GRADE = /^(aa|a|bb|b|cc|c|d)$/;
const PREDIKAT_WORDS = new Set(
  Object.values(PRESET_SCALES).flatMap((s) => s.bands.map((b) => b.label.toLowerCase())),
);

/** "%", "persen", "Kali", "orang", "Dokumen", "Nilai": a word a number is counted in, and nothing else. */
export function isUnitWord(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.length > 20 || /\d/.test(t)) return false;
  const low = t.toLowerCase();
  if (GRADE.test(low) || PREDIKAT_WORDS.has(low)) return false;
  // the unit test is the parser's own: what it accepts after a number ("12 Dok", "75 %") is a unit
  const p = parseValue(`1 ${t}`);
  return p.kind === "number" && (p.percent === true || p.unit !== undefined);
}

/** True when every filled cell of the column is a unit word, each beside a number in the column left of it. */
function holdsUnits(g: Grid, t: FoundTable, c: number): boolean {
  if (c <= t.colStart) return false;
  let units = 0;
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const tx = g.text(r, c);
    if (tx === "" || !g.isAnchor(r, c)) continue;
    if (!isUnitWord(tx)) return false;
    const left = parseValue(g.value(r, c - 1));
    if (left.kind !== "number" || left.unit !== undefined) return false;
    units++;
  }
  return units >= 2;
}

/**
 * Value columns that hold only units become the satuan (the leftmost, when no column is the satuan) or
 * are left aside as the unit of the value before them.
 */
export function unitColumns(g: Grid, t: FoundTable, columns: ColumnMapping[]): void {
  let satuan = columns.some((c) => c.role === "satuan");
  for (const col of columns) {
    if (!VALUE_ROLES.has(col.role)) continue;
    if (!holdsUnits(g, t, col.col - g.sheet.origin.col)) continue;
    col.role = satuan ? "abaikan" : "satuan";
    col.confidence = 0.8;
    delete col.tahun;
    delete col.triwulan;
    satuan = true;
  }
}

/** "Target (%)", "Realisasi %", "Realisasi / (persen)": a header whose closing words are the percent sign */
const PERCENT_CLOSING = /(?:^|[\s(])(?:%|persen)\s*\)?\s*$/i;

/**
 * With no satuan column, the unit the value headers state: "Target (%) | Realisasi (%)" in an SPM or quality
 * table says each row is a percentage, as a satuan column would ("Jenis Pelayanan Dasar" names no unit).
 * Every target and realisasi column must say it; a capaian's "(%)" says nothing about the indicator.
 */
export function satuanOfHeaders(columns: ColumnMapping[]): string | undefined {
  let measured = 0;
  for (const c of columns) {
    if (c.role === "satuan") return undefined;
    if (c.role !== "target" && c.role !== "realisasi") continue;
    const own = c.header.split(" / ").pop() ?? "";
    if (!PERCENT_CLOSING.test(own)) return undefined;
    measured++;
  }
  return measured > 0 ? "%" : undefined;
}
