/**
 * The level of an indicator row (tujuan > sasaran > program > kegiatan > sub kegiatan), from the evidence a
 * workbook gives, the row's own first: a cell that names its level or its eselon, the level of the
 * indikator column it stands in (a staircase of "Program | Indikator Program | Kegiatan | Indikator
 * Kegiatan"), the level word opening its name ("Sasaran: …"), the deepest level column it fills; then the
 * group it stands under, its kode, and the one level the table's header names ("Indikator Kinerja
 * Program", "Sasaran Kegiatan").
 */
import type { ColumnMapping } from "../engine/mapping";
import type { Level } from "../engine/model";
import { levelsOfEselon } from "./eselon";
import { byRole, labelOf, rel, textOf, type ReadContext } from "./read-context";
import { KODE_PERMENDAGRI, levelNamed, levelOfName } from "./row-labels";

/** The deepest one-level name column the row fills: in "Program | Kegiatan | Sub Kegiatan", its own level. */
function ladderLevel(cx: ReadContext, r: number): Level | undefined {
  const ladder = cx.levels.ladder;
  if (ladder.length < 2) return undefined;
  for (let k = ladder.length - 1; k >= 0; k--)
    if (cx.g.text(r, rel(cx, ladder[k]!.col)) !== "") return ladder[k]!.role as Level;
  return undefined;
}

/** What the row itself says of its level, before any group, kode or header. */
function ownLevel(
  cx: ReadContext,
  r: number,
  ic: ColumnMapping,
  program: string | undefined,
  kode: string | undefined,
): Level | undefined {
  // a cell left of the indicator that says the row's level ("Level | Uraian | Indikator": "Kegiatan") decides it
  for (const c of cx.columns) {
    if (c.col >= ic.col || c.role === "indikator") continue;
    const named = levelNamed(cx.g.text(r, rel(cx, c.col)));
    if (named) return named;
  }
  let eselon: Level[] | undefined;
  for (const c of cx.levels.eselon) {
    eselon = levelsOfEselon(cx.g.text(r, rel(cx, c.col)), cx.levels.named);
    if (eselon) break;
  }
  if (eselon?.length === 1) return eselon[0];
  // "Tujuan: …" / "Sasaran : …" opening the name: a name column holds every level of a Renstra
  const other =
    cx.levels.ofColumn.get(ic.col) ??
    (program ? labelOf(cx, program).prefix : undefined) ??
    ladderLevel(cx, r);
  if (!eselon) return other;
  // an eselon of two levels (IV: kegiatan or sub kegiatan) takes the other evidence, or the row's kode
  // rekening, only when it agrees
  const byKode =
    kode && KODE_PERMENDAGRI.test(kode.trim()) ? levelOfName("", "", kode.trim(), {}) : undefined;
  return [other, byKode].find((l) => l !== undefined && eselon.includes(l)) ?? eselon[0];
}

/** The level of an indicator: from its label, the columns the table has, or its program's name. */
export function levelOf(
  cx: ReadContext,
  r: number,
  ic: ColumnMapping,
  kode: string | undefined,
  program: string | undefined,
  texts: { tujText: string; sasText: string },
  indikator: string,
): { level: Level; fromLabel: boolean } {
  const own = ownLevel(cx, r, ic, program, kode);
  if (own) return { level: own, fromLabel: true };
  const hint = cx.row.levelHint;
  if (hint === "tujuan" || hint === "sasaran") return { level: hint, fromLabel: true };
  if (texts.tujText && !texts.sasText && byRole(cx, "sasaran").length)
    return { level: "tujuan", fromLabel: false };
  // "Program dan Kegiatan" over programs and their kegiatan: each row's own code says which it is
  if (kode && KODE_PERMENDAGRI.test(kode.trim()))
    return { level: levelOfName("", "", kode.trim(), {}), fromLabel: false };
  // a group row above it ("B. PROGRAM …", "Kegiatan: …" merged across the table)
  if (hint) return { level: hint, fromLabel: true };
  if (cx.levels.header) return { level: cx.levels.header, fromLabel: false };
  if (cx.levelCols.some((c) => c.role === "subkegiatan")) return { level: "subkegiatan", fromLabel: false };
  if (cx.levelCols.some((c) => c.role === "kegiatan")) return { level: "kegiatan", fromLabel: false };
  if (cx.levelCols.some((c) => c.role === "program")) return { level: "program", fromLabel: false };
  if (program) return { level: levelOfName(program, textOf(cx, r, "no"), kode, {}), fromLabel: false };
  // a code (1.03.10 / 1.03.10.2.01 / 1.03.10.2.01.0026), or a column of programs read as the indicators
  if (kode || cx.programLabels)
    return { level: levelOfName(indikator, textOf(cx, r, "no"), kode, {}), fromLabel: false };
  return { level: "sasaran", fromLabel: false };
}

const PROGRAM_START = /^program\b/i;

/**
 * A group row above indicators ("B. PROGRAM PEMENUHAN …", "Kegiatan: Penyediaan …", "Sub Kegiatan 1.1 : …"):
 * the level of the rows under it, until another group row; a program's name is their program. True when
 * the row named a program, kegiatan or sub kegiatan.
 */
export function noteGroupLevel(cx: ReadContext, text: string): boolean {
  const lab = labelOf(cx, text);
  const level = lab.prefix ?? (PROGRAM_START.test(text) ? "program" : undefined);
  if (level !== "program" && level !== "kegiatan" && level !== "subkegiatan") return false;
  cx.row.levelHint = level;
  if (level === "program") cx.row.program = lab.prefix ? lab.rest : text;
  return true;
}
