/**
 * What a table's header says about the levels of its rows, worked out once per table: the level of each
 * indikator column of a staircase, the one level a Kabid's or Kasi's header names, the eselon columns, the
 * levels the name column lists, and the one-level name columns a row fills down to its own level.
 */
import type { ColumnMapping } from "../engine/mapping";
import type { Level } from "../engine/model";
import { eselonColumns, namedLevels } from "./eselon";

const LEVELS: readonly Level[] = ["tujuan", "sasaran", "program", "kegiatan", "subkegiatan"];
const LADDER_ROLES = new Set<string>(["program", "kegiatan", "subkegiatan"]);

/** What the table's header says about its rows' levels, worked out once per table. */
export interface TableLevels {
  /** per indikator column of a staircase: the level its header or the level column left of it names */
  ofColumn: Map<number, Level>;
  /** the one level the indikator (or sasaran) header names: a Kabid's "Indikator Kinerja Program" */
  header: Level | undefined;
  /** columns of eselon or jabatan ("Eselon", "Tingkat", "Jabatan") left of the indicators */
  eselon: ColumnMapping[];
  /** the levels the name column's header lists ("Sasaran Strategis / Program / Kegiatan"), if any */
  named: Set<Level>;
  /** one-level name columns left of the indicators (program, kegiatan, sub kegiatan), deepest last */
  ladder: ColumnMapping[];
}

/**
 * The one level a header names, "Indikator Kinerja Kegiatan", "Indikator Sasaran Program" (a program's
 * sasaran), "INDIKATOR SUB-KEGIATAN"; none when it names two ("Indikator Tujuan/Sasaran") or none.
 */
export function levelOfHeader(header: string): Level | undefined {
  const h = header
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, " ")
    .replace(/\bsub (?=keg)/g, "sub");
  const found = new Set<Level>();
  if (/\btujuan\b/.test(h)) found.add("tujuan");
  if (/\bprogram\b/.test(h)) found.add("program");
  if (/\bsubkegiatan\b/.test(h)) found.add("subkegiatan");
  if (/(?<!sub)\bkegiatan\b/.test(h)) found.add("kegiatan");
  // "Sasaran Program" is the program's own sasaran: sasaran is a level only when no lower level follows it
  if (/\bsasaran\b/.test(h) && !/\bsasaran (program|kegiatan|subkegiatan)\b/.test(h)) found.add("sasaran");
  return found.size === 1 ? [...found][0] : undefined;
}

/** The header evidence of a table's levels: once per table, none of it per row. */
export function tableLevels(columns: ColumnMapping[], indikatorCols: ColumnMapping[]): TableLevels {
  const first = indikatorCols[0]?.col ?? Infinity;
  const ofColumn = new Map<number, Level>();
  if (indikatorCols.length > 1)
    for (const ic of indikatorCols) {
      const left = columns.filter((c) => c.col < ic.col && c.role !== "no" && c.role !== "kode").pop();
      const level =
        levelOfHeader(ic.header) ??
        (left && (LEVELS as readonly string[]).includes(left.role) ? (left.role as Level) : undefined);
      if (level) ofColumn.set(ic.col, level);
    }
  const sasaran = columns.find((c) => c.role === "sasaran" && c.col < first);
  const header =
    indikatorCols.length === 1
      ? (levelOfHeader(indikatorCols[0]!.header) ?? (sasaran ? levelOfHeader(sasaran.header) : undefined))
      : undefined;
  return {
    ofColumn,
    header,
    eselon: eselonColumns(columns, first),
    named: namedLevels(columns.filter((c) => c.col < first)),
    ladder: columns.filter((c) => LADDER_ROLES.has(c.role) && c.col < first),
  };
}
