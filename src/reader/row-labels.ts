/** What a row's label says: a printed total, a kode in front of the name, its level in the budget hierarchy. */
import { splitLabel } from "./text";

export const AGGREGATE =
  /^(jumlah|total|grand total|sub ?total|rata rata|rerata)( (anggaran|tahun|keseluruhan|seluruhnya|capaian|kinerja|capaian kinerja|realisasi|pagu|belanja|apbd|apbn|semua|total|sasaran|program|pad|pendapatan|daerah|nilai|\d{1,4}|[ivx]{1,4}))*$/;
/** cheap test before the exact one: a total's label starts with one of these words */
export const AGG_START = /(^|\s|\.)(jumlah|total|grand|sub ?total|rata|rerata)/i;
export const KODE = /^\s*(\d{1,2}(?:\.\d{1,4}){2,})\s*[-.:]?\s*/;
/**
 * A code in the Permendagri 90 shape: urusan.bidang.program (1.02.02), .kegiatan (1.02.02.2.01),
 * .subkegiatan (1.02.02.2.01.0003); its depth is the row's level, whatever its column is called.
 */
export const KODE_PERMENDAGRI = /^[1-9x]\.\d{2}\.\d{2}(\.[1-9]\.\d{2}(\.\d{4})?)?$/i;

export function levelOfName(
  text: string,
  no: string,
  kode: string | undefined,
  ctx: {
    program?: string | undefined;
    kegiatan?: string | undefined;
    kegiatanNo?: string | undefined;
    programNo?: string | undefined;
  },
): "program" | "kegiatan" | "subkegiatan" {
  if (kode) {
    const n = kode.split(".").length;
    if (n <= 3) return "program";
    if (n <= 5) return "kegiatan";
    return "subkegiatan";
  }
  const lab = splitLabel(text);
  if (lab.prefix === "program" || /^program\b/i.test(text)) return "program";
  if (lab.prefix === "subkegiatan") return "subkegiatan";
  if (lab.prefix === "kegiatan") return "kegiatan";
  if (/^(i|ii|iii|iv|v|vi|vii|viii|ix|x)\.?$/i.test(no)) return "program";
  if (text.length > 8 && text === text.toUpperCase() && /[A-Z]/.test(text)) return "program";
  // "2" after kegiatan "1" is the next kegiatan; "1.1", "a", "-" under it are its sub kegiatan; "2" after
  // kegiatan "1.2" is shallower than it, the next program; so is "2" after a kegiatan left unnumbered under
  // program "1" (numbered programs over blank-numbered kegiatan; under program "I" it is a sub kegiatan)
  if (ctx.kegiatan && ctx.kegiatanNo !== undefined && numbering(no) !== undefined) {
    const here = numbering(no)!;
    const last = numbering(ctx.kegiatanNo);
    if (here === "1" && last?.startsWith("1.")) return "program";
    if (here === "1" && last === undefined && numbering(ctx.programNo ?? "") === "1") return "program";
    return here === last ? "kegiatan" : "subkegiatan";
  }
  if (ctx.kegiatan) return "subkegiatan";
  if (ctx.program) return "kegiatan";
  return "program";
}

/**
 * A name column's header that lists the levels it holds and stops at kegiatan: "Program / Kegiatan",
 * "PROGRAM DAN KEGIATAN", "Programme/Activity". One that names sub kegiatan, or no level ("Uraian"), says
 * nothing about depth.
 */
export function namesNoSubkegiatan(header: string): boolean {
  const h = header.toLowerCase();
  if (!/(?:^|[^\p{L}])(?:kegiatan|keg|activity|activities)(?!\p{L})/u.test(h)) return false;
  return !/\bsub[\s.\-/]*(?:kegiatan|keg\b|activit)/.test(h);
}

/** How a "No" cell numbers: "1", "1.2" (by depth), "a", or none of these (a dash, empty). */
function numbering(no: string): string | undefined {
  const t = no.trim().replace(/[.)]$/, "");
  if (/^\d{1,3}$/.test(t)) return "1";
  if (/^\d{1,3}(?:\.\d{1,3})+$/.test(t)) return `1.${t.split(".").length}`;
  if (/^[a-z]$/i.test(t)) return "a";
  return undefined;
}

/** A cell that is only a level's name: "Sasaran Strategis", "Program", "Sub Kegiatan", "SUB-KEGIATAN". */
const LEVEL_WORD =
  /^\s*(tujuan(?: strategis)?|sasaran(?: strategis| program| kegiatan)?|program|kegiatan|sub[ -]?kegiatan)\s*$/i;

/**
 * The level a cell names when its whole text is a level of the hierarchy (a "Level" or "Tingkat" column
 * of a cascading table): "Sasaran Program" is a program's sasaran, so a program row.
 */
export function levelNamed(
  text: string,
): "tujuan" | "sasaran" | "program" | "kegiatan" | "subkegiatan" | undefined {
  const m = LEVEL_WORD.exec(text);
  if (!m) return undefined;
  const w = m[1]!.toLowerCase().replace(/[ -]/g, "");
  if (w.startsWith("tujuan")) return "tujuan";
  if (w.startsWith("sub")) return "subkegiatan";
  if (w.endsWith("kegiatan")) return "kegiatan";
  if (w.endsWith("program")) return "program";
  return "sasaran";
}
