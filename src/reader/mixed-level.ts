/**
 * "Program dan Kegiatan", "Program, Kegiatan dan Sub Kegiatan": a label column whose header names several
 * levels is the name column (nama) when its rows are of several levels, each row's level then its code's;
 * the same header over programs only (an IKU of Eselon III) stays a column of programs.
 * Without codes, a budget table's rows still tell their levels apart: a numbered program over blank-numbered
 * kegiatan, "1" over "1.1" or "a", a name that starts with its level's word ("Program ...", "Kegiatan ..."),
 * a program in capitals. A header read as nama from its words alone ("Program / Kegiatan", "Nama Program dan
 * Kegiatan") is asked the same: over rows that show no level it is read at its highest level, and said.
 */
import type { ColumnMapping, ColumnRole } from "../engine/mapping";
import { dataCells } from "./column-cells";
import { headerWords } from "./header-cells";
import type { Grid } from "./grid";
import { levelWords } from "./headers";
import { KODE_PERMENDAGRI } from "./row-labels";
import type { FoundTable } from "./tables";
import { tableId } from "./columns";
import { tingkatTakTerbedakan } from "./temuan";
import type { SourceRef, Temuan } from "../engine/model";

type OneLevel = "program" | "kegiatan" | "subkegiatan";
const ONE_LEVEL = new Set<ColumnRole>(["program", "kegiatan", "subkegiatan"]);

/** The highest budget level a header's words name ("Kegiatan dan Sub Kegiatan": kegiatan). */
function topLevel(words: string): OneLevel {
  if (/\bprogram\b/.test(words)) return "program";
  return /(?<!sub )\bkegiatan\b/.test(words) ? "kegiatan" : "subkegiatan";
}

/**
 * Evidence: the header names two levels or more, and the kode column's Permendagri codes have two depths or
 * more (1.06.04 a program, 1.06.04.2.01 a kegiatan). One pass over the kode column of the one table.
 */
export function mixedLevelName(g: Grid, t: FoundTable, columns: ColumnMapping[]): Temuan | undefined {
  // "Program / Kegiatan", "Nama Program dan Kegiatan" are read as nama from their header alone: the same
  // question is asked of them, else a budget's rows would take their levels from row order, silently
  const label = columns.find(
    (c) => (ONE_LEVEL.has(c.role) || c.role === "nama") && levelWords(headerWords(c.header)) >= 2,
  );
  if (!label) return undefined;
  const kode = columns.find((c) => c.role === "kode");
  const budget = columns.some((c) => c.role === "pagu" || c.role === "realisasiAnggaran");
  const depths = kode ? kodeDepths(g, t, kode) : 0;
  if (depths < 2 && !budget) return undefined;
  const rows = budget ? rowLevels(g, t, label, columns) : { kinds: 0, said: false };
  if (depths < 2 && rows.kinds < 2) {
    // codes of one depth, or a level word opening the names, say the rows' level; nothing else does
    if (depths > 0 || rows.said) return undefined;
    // one level for every row, the highest the header names: no row is made another's child by its place
    if (label.role === "nama") label.role = topLevel(headerWords(label.header));
    return tingkatTakTerbedakan(headerCell(g, t, label), tableId(g, t), label.role as OneLevel);
  }
  label.role = "nama";
  label.confidence = Math.min(label.confidence, 0.85);
  return undefined;
}

/** The header block's cell that holds a column's words (the lowest one, under any merged title). */
export function headerCell(g: Grid, t: FoundTable, label: ColumnMapping): SourceRef {
  const c = label.col - g.sheet.origin.col;
  const h = t.headerRows.filter((r) => !t.numberRows.includes(r) && g.text(r, c) !== "").at(-1);
  return g.ref(h ?? t.headerRows[0] ?? t.firstDataRow, c);
}

function kodeDepths(g: Grid, t: FoundTable, kode: ColumnMapping): number {
  const depths = new Set<number>();
  dataCells(g, t, kode, (tx) => {
    const k = tx.trim();
    if (KODE_PERMENDAGRI.test(k)) depths.add(k.split(".").length);
    return false;
  });
  return depths.size;
}

/** "Program ..." / "Kegiatan ..." / "Sub Kegiatan ..." (and English) opening a name: the row's own level. */
const LEVEL_OPENING = /^(?:(sub[\s-]?kegiatan|sub[\s-]?activit)|(kegiatan|activit)|(program))/i;

const TOTAL_LINE = /^(?:jumlah|jml\.?|total|grand total|sub ?total)\b/i;

/**
 * How many kinds of row the name column's rows show: by the word opening the name, by the No column's
 * numbering ("1", "1.1", "a", blank under a numbered row), and by names in capitals beside ordinary ones.
 * One pass over the name column of one table; a printed total's line is skipped.
 */
function rowLevels(
  g: Grid,
  t: FoundTable,
  label: ColumnMapping,
  columns: ColumnMapping[],
): { kinds: number; said: boolean } {
  const noCol = columns.find((c) => c.role === "no");
  const words = new Set<number>();
  const numberings = new Set<string>();
  // a program in capitals over kegiatan in ordinary case (levelOfName reads the capitals as a program)
  const capitals = new Set<boolean>();
  let coded = false;
  dataCells(g, t, label, (tx, r) => {
    const name = tx.trim();
    // a printed total ("JUMLAH", blank No) is no level of its own
    if (TOTAL_LINE.test(name)) return false;
    capitals.add(name.length > 8 && name === name.toUpperCase() && /[A-Z]/.test(name));
    const m = LEVEL_OPENING.exec(name);
    if (m) words.add(m[1] ? 3 : m[2] ? 2 : 1);
    // "1.06.04 Penyediaan ..." : the code written into the name says the level
    else if (!coded) coded = KODE_PERMENDAGRI.test(name.split(/\s/, 1)[0]!);
    if (noCol) numberings.add(numberingKind(g.text(r, noCol.col - g.sheet.origin.col)));
    return false;
  });
  return { kinds: Math.max(words.size, numberings.size, capitals.size), said: words.size > 0 || coded };
}

/** A No cell's kind: "1", "1.1" (by depth), "a", "I", blank; a dash and other marks are a kind of their own. */
function numberingKind(no: string): string {
  const n = no.trim().replace(/[.)]$/, "");
  if (n === "") return "";
  if (/^\d{1,3}(?:\.\d{1,3})*$/.test(n)) return `d${n.split(".").length}`;
  if (/^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)$/i.test(n)) return "I";
  if (/^[a-z]$/i.test(n)) return "a";
  return "-";
}
