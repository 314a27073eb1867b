/** Building Temuan: one place for the severity of each code and for naming cells in messages. */
import type { KodeTemuan, SourceRef, SourcedValue, Temuan, Tingkat } from "./model";
import { fmtEn, fmtId } from "./format";

export const TINGKAT_BAKU: Readonly<Record<KodeTemuan, Tingkat>> = {
  CAPAIAN_TIDAK_SESUAI: "galat",
  PREDIKAT_TIDAK_SESUAI: "galat",
  PREDIKAT_HURUF_DI_BAWAH_TARGET: "galat",
  JUMLAH_TIDAK_SESUAI: "galat",
  SERAPAN_TIDAK_SESUAI: "galat",
  REALISASI_MELEBIHI_PAGU: "peringatan",
  NILAI_TIDAK_TERBACA: "peringatan",
  TARGET_NOL: "peringatan",
  REALISASI_KOSONG: "info",
  PERSEN_MELEBIHI_100: "peringatan",
  SATUAN_TIDAK_COCOK: "peringatan",
  NILAI_BERBEDA_ANTAR_TABEL: "peringatan",
  TARGET_DI_BAWAH_REALISASI_LALU: "info",
  RATA_RATA_TIDAK_SESUAI: "galat",
  TARGET_AKHIR_TIDAK_SESUAI: "peringatan",
  SISA_TIDAK_SESUAI: "galat",
  POLARITAS_DITEBAK: "info",
  PENCOCOKAN_LEMAH: "peringatan",
  PENCOCOKAN_GANDA: "peringatan",
  KODE_TANPA_INDIKATOR: "peringatan",
  TARGET_TIDAK_TERBACA: "peringatan",
  REALISASI_TRIWULAN_TIDAK_SESUAI: "galat",
  KUMULATIF_RENSTRA_TIDAK_SESUAI: "galat",
  TARGET_MELAMPAUI_RENSTRA: "peringatan",
  ANGGARAN_MELAMPAUI_RENSTRA: "peringatan",
  PREDIKAT_SKALA_DITEBAK: "info",
  PREDIKAT_SKALA_TIDAK_DIKENAL: "peringatan",
  TAHUN_TIDAK_TERBACA: "peringatan",
  LEGENDA_SKALA_BERBEDA: "info",
  LEGENDA_SKALA_TIDAK_TERBACA: "info",
  TINGKAT_TIDAK_TERBEDAKAN: "peringatan",
  PERIODE_DI_LUAR_TAHUN: "peringatan",
  POLARITAS_CATATAN_BERBEDA: "peringatan",
};

/**
 * A message built by template is a rope of its pieces (and keeps the pieces alive) until something reads it
 * whole. Findings live to the end of the run and are read whole later anyway (report, notes, Temuan sheet):
 * reading them now keeps one flat copy (at 100k findings 86 MB less alive, 171 → 85 MB, byte-identical text).
 * A rope read whole stays a 32-byte node pointing at its flat copy until a young-generation collection
 * bypasses it, and findings made in bulk are often created old: half of them kept that node. Splitting at
 * a character messages do not hold reads the text whole and hands back the flat copy itself (≈ 6 MB less at
 * 100k findings); a text that does hold one stays as it was.
 */
function utuh(s: string): string {
  const bagian = s.split("\u0000");
  return bagian.length === 1 ? (bagian[0] as string) : s;
}

/** True when `cells` already names the cell of `s`. Lists are short (1–5 cells): a scan, no key strings. */
function sudahAda(cells: ReadonlyArray<SourceRef>, s: SourceRef): boolean {
  for (const c of cells) if (c.cell === s.cell && c.sheet === s.sheet) return true;
  return false;
}

/**
 * The cells without repeats, first seen kept; long lists (a sasaran's every indicator) go through a set.
 * The list lives as long as the finding: an array grown by push keeps room for 17 cells, so one or two
 * cells (nearly every finding) get an array literal of their exact size (152 → 32 bytes of elements).
 */
function selUnik(sel: ReadonlyArray<SourceRef | undefined>): SourceRef[] {
  if (sel.length <= 2) {
    const a = sel[0];
    const b = sel[1];
    if (a && b) return a.cell === b.cell && a.sheet === b.sheet ? [a] : [a, b];
    return a ? [a] : b ? [b] : [];
  }
  const cells: SourceRef[] = [];
  if (sel.length <= 8) {
    for (const s of sel) if (s && !sudahAda(cells, s)) cells.push(s);
    return cells.slice();
  }
  const seen = new Set<string>();
  for (const s of sel) {
    if (!s) continue;
    const key = `${s.sheet}!${s.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cells.push(s);
  }
  return cells;
}

export function buatTemuan(
  kode: KodeTemuan,
  sel: ReadonlyArray<SourceRef | undefined>,
  id: string,
  en: string,
  indicatorId?: string,
  tingkat: Tingkat = TINGKAT_BAKU[kode],
): Temuan {
  const cells = selUnik(sel);
  const pesan = { id: utuh(id), en: utuh(en) };
  // One literal per form keeps every field inside the object: adding indicatorId afterwards took a
  // separate property store (40 bytes a finding, 4 MB at 100k). Key order as before: kode … indicatorId.
  return indicatorId === undefined
    ? { kode, tingkat, sel: cells, pesan }
    : { kode, tingkat, sel: cells, pesan, indicatorId };
}

/** The finding with the value its first cell should hold (the Temuan sheet's "Nilai seharusnya"), when known. */
export function denganSeharusnya(t: Temuan, nilai: number | string | null | undefined): Temuan {
  if (typeof nilai === "string" || (typeof nilai === "number" && Number.isFinite(nilai)))
    t.seharusnya = nilai;
  return t;
}

/** "Sheet!C7" for messages, "" when the cell is unknown. */
export function lokasi(s: SourceRef | undefined): string {
  return s ? `${s.sheet}!${s.cell}` : "";
}

export function di(s: SourceRef | undefined, bahasa: "id" | "en"): string {
  if (!s) return "";
  return bahasa === "id" ? ` (sel ${lokasi(s)})` : ` (cell ${lokasi(s)})`;
}

/** True when the text has no whitespace but single inner spaces (ASCII only; anything else takes the regex). */
function sudahRapi(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return false;
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) return false;
    } else if (c >= 9 && c <= 13) return false;
  }
  return true;
}

let namaTerakhir = "";
let namaHasil = '""';

/** A short quoted name of the indicator for messages. */
export function nama(indikator: string): string {
  // A message names its indicator in both languages: the last answer is kept for the second call.
  if (indikator === namaTerakhir) return namaHasil;
  const t = sudahRapi(indikator) ? indikator : indikator.replace(/\s+/g, " ").trim();
  const out = `"${t.length > 80 ? `${t.slice(0, 77)}…` : t}"`;
  namaTerakhir = indikator;
  namaHasil = out;
  return out;
}

/** A value as printed, for messages: numbers in the language's style, other cells as written. */
export function cetak(v: SourcedValue | undefined, bahasa: "id" | "en"): string {
  if (!v) return "—";
  const p = v.parsed;
  const f = bahasa === "id" ? fmtId : fmtEn;
  if (p.kind === "number") return f(p.value) + (p.percent ? " %" : "");
  return typeof v.raw === "string" ? v.raw.trim() : String(v.raw);
}

export const angka = { id: (n: number): string => fmtId(n), en: (n: number): string => fmtEn(n) };
