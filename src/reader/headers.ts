/**
 * Header words → column roles. The synonym list carries the spellings real reports use
 * (Persentase/Presentase, Capaian/Capaiam, "Sat.", "Realisasi (Rp)", "Penjelasan/Formulasi").
 */
import type { ColumnRole } from "../engine/mapping";
import { normHeader, normWords, rawWords } from "./text";

/** Words a header is made of; a cell of mostly other words is data, not a header. */
const HEADER_VOCAB = new Set(
  (
    "no nomor urut urutan kode rekening tujuan sasaran strategis strategi indikator kinerja satuan sat target realisasi " +
    "capaian predikat kriteria kategori keterangan ket formula formulasi penjelasan perhitungan penghitungan rumus cara " +
    "definisi operasional sumber data dana pendanaan penanggung jawab pj pic program kegiatan sub subkegiatan uraian nama " +
    "anggaran pagu alokasi sisa serapan rp % persen persentase iku ikk ik utama tupoksi awal akhir kondisi periode renstra " +
    "rpjmd nasional daerah standar rata rerata jumlah total tingkat efisiensi urusan jenis unit kerja lokasi eselon " +
    "polaritas arah baseline tahun thn ke pada per s d sd dan atau dengan yang di t r c i ii iii iv tw trw triwulan " +
    "interval nilai bobot tahunan akhir tercapai capai real rencana of no. tw1 tw2 tw3 tw4 mutu opd pd perangkat " +
    "indikatif layanan keuangan belanja kebijakan lalu sebelumnya ini mandiri jangka menengah tiap evaluasi " +
    "manajemen komponen"
  ).split(" "),
);

const YEAR = /^(19|20)\d\d$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

// Patterns of the per-cell checks live here, not in the functions: a literal is a new RegExp
// object on every call, and these run on every cell of a sheet.
const COLUMN_NUMBER = /^\(?-?\s*\d{1,2}\s*\)?\.?$/;
const NUMBER_IN_PARENS = /\(\s*\d{1,2}\s*\)/g;

/** "(1)", "-1", "1": cells of a column-number row. */
export function isColumnNumber(t: string): boolean {
  return COLUMN_NUMBER.test(t.trim());
}

export function isYearText(t: string): boolean {
  return YEAR.test(t.trim());
}

/** true when a short text is made (almost) only of header words. */
export function isHeaderish(t: string): boolean {
  if (t === "" || t.length > 120) return false;
  const words = normWords(t.replace(NUMBER_IN_PARENS, " "));
  if (words.length === 0) return /%/.test(t);
  let other = 0;
  for (const w of words) if (!HEADER_VOCAB.has(w) && !YEAR.test(w)) other++;
  const allowed = words.length >= 3 ? Math.max(1, Math.floor(words.length * 0.25)) : 0;
  return other <= allowed && (words.length <= 12 || other === 0);
}

/** true when the text names a role on its own (a core header cell, not just "2024" or "%"). */
export function namesRole(t: string): boolean {
  if (!isHeaderish(t)) return false;
  const r = classifyHeader([t]);
  return r.role !== "abaikan" && r.confidence >= 0.8;
}

export function triwulanOf(parts: string[]): number | undefined {
  const hasTw = parts.some((p) => /\b(tw|trw|triwulan|tri wulan|quarter)\b/.test(p));
  for (const p of parts) {
    const m = /\b(?:tw|trw|triwulan|tri wulan|q)\s*(iv|iii|ii|i|[1-4])\b/.exec(p);
    if (m) return ROMAN[m[1]!] ?? Number(m[1]);
    const m2 = /^(?:tw|q)([1-4])$/.exec(p);
    if (m2) return Number(m2[1]);
  }
  if (hasTw) {
    const last = parts[parts.length - 1]!;
    if (ROMAN[last]) return ROMAN[last];
    if (/^[1-4]$/.test(last)) return Number(last);
  }
  return undefined;
}

export interface HeaderClass {
  role: ColumnRole;
  tahun?: number;
  triwulan?: number;
  confidence: number;
}

function has(re: RegExp, s: string): boolean {
  return re.test(s);
}

/**
 * One column's header texts, top to bottom (group header first), → its role.
 * Order matters: "Indikator Sasaran" is an indikator column, "Sasaran Program" a sasaran column,
 * "Realisasi (Rp)" a budget column.
 */
export function classifyHeader(texts: string[]): HeaderClass {
  const parts = texts.map(normHeader).filter((p) => p !== "");
  const rawAll = texts.join(" ").toLowerCase();
  const all = parts.join(" ");
  const fixed = texts.some((t) => normHeader(t) !== rawWords(t).join(" "));
  let tahun: number | undefined;
  for (const p of parts) {
    const m = /(?:^|\s)((?:19|20)\d\d)(?:\s|$)/.exec(p);
    if (m) tahun = Number(m[1]);
  }
  const triwulan = triwulanOf(parts);
  const out = (role: ColumnRole, confidence: number): HeaderClass => {
    const r: HeaderClass = { role, confidence: fixed ? Math.min(confidence, 0.85) : confidence };
    if (tahun !== undefined) r.tahun = tahun;
    if (triwulan !== undefined) r.triwulan = triwulan;
    return r;
  };
  if (parts.length === 0) return out("abaikan", 0.3);
  const last = parts[parts.length - 1]!;

  if (has(/\bsumber (dana|pendanaan)\b/, all)) return out("keterangan", 0.9);
  if (has(/\bsumber data\b/, all)) return out("sumberData", 0.95);
  if (has(/\bpenanggung ?jawab\b|\bpj\b|\bpic\b|\bunit kerja\b/, all)) return out("penanggungJawab", 0.95);
  if (
    has(
      /\bformula|\bformulasi\b|\bpenjelasan\b|\brumus\b|\bcara (pen|per)?(g)?hitung|\bdefinisi operasional\b/,
      all,
    )
  )
    return out("formula", 0.95);
  if (has(/\bpolaritas\b|\barah (kinerja|indikator)\b/, all)) return out("polaritas", 0.95);
  if (has(/^(no|nomor|urut|urutan)$/, last) || has(/^(no|nomor)$/, all)) return out("no", 0.95);
  if (has(/\bkode\b/, all)) return out("kode", 0.95);
  if (has(/\bsatuan\b|^sat$/, all)) return out("satuan", 0.95);

  const money = has(/\b(rp|pagu|anggaran|alokasi|dana|keuangan|belanja)\b/, all) || /\brp\.?\b/.test(rawAll);
  if (has(/\bsisa\b/, all)) return out("sisa", 0.95);
  if (has(/\bserapan\b/, all)) return out("serapan", 0.95);
  if (money && !has(/\bindikator\b/, all)) {
    if (has(/\brealisasi\b|\breal\b/, all))
      return out(has(/%|\bpersen/, last) ? "serapan" : "realisasiAnggaran", 0.9);
    if (has(/^%$|\bpersen/, last)) return out("serapan", 0.85);
    if (has(/\bcapaian\b/, all)) return out("capaian", 0.85);
    return out("pagu", 0.9);
  }
  if (has(/\bnasional\b|\bstandar\b|\bspm\b/, all) && !has(/\bindikator\b/, all))
    return out("targetNasional", 0.9);
  if (has(/\bkondisi (kinerja )?(pada )?akhir\b|\bakhir periode\b|\btarget akhir\b/, all))
    return out("targetAkhir", 0.95);
  if (has(/\bkondisi (kinerja )?(pada )?awal\b|\bawal periode\b|\bbaseline\b|\bdata awal\b/, all))
    return out("baseline", 0.95);
  if (has(/\bindikator\b|\biku\b|\bikk\b/, all) && !has(/^(capaian|target|realisasi)\b/, last))
    return out("indikator", 0.95);
  if (has(/\bcapaian\b|^c( %)?$/, last) || (has(/\bcapaian\b/, all) && !has(/\b(target|realisasi)\b/, all)))
    return out("capaian", 0.95);
  if (has(/\bpredikat\b|\bkriteria\b|\bkategori\b|\bmutu\b/, all)) return out("predikat", 0.95);
  if (has(/\befisiensi\b|\bketerangan\b|^ket$|\bcatatan\b/, all)) return out("keterangan", 0.9);
  if (has(/\brealisasi\b|^r( %)?$|^real$/, last)) return out("realisasi", 0.95);
  if (has(/\btarget\b|^t( %)?$/, last)) return out("target", 0.95);
  if (has(/\brealisasi\b/, all) && !has(/\btarget\b/, all)) return out("realisasi", 0.9);
  if (has(/\btarget\b|\brencana\b/, all)) return out("target", 0.9);
  if (has(/^sasaran\b/, all)) return out("sasaran", 0.95);
  if (
    has(/\bprogram\b/, all) &&
    has(/\bkegiatan\b/, all) &&
    has(/\bsub ?kegiatan\b|\btujuan\b|\bsasaran\b/, all)
  )
    return out("nama", 0.9);
  if (has(/\buraian\b|\bnama\b|\bjenis\b|\bkomponen\b/, all)) return out("nama", 0.85);
  if (has(/\bsub ?kegiatan\b/, all)) return out("subkegiatan", 0.95);
  if (has(/\bprogram\b/, all)) return out("program", 0.95);
  if (has(/\bkegiatan\b/, all)) return out("kegiatan", 0.95);
  if (has(/\bsasaran\b/, all)) return out("sasaran", 0.95);
  if (has(/\btujuan\b/, all)) return out("tujuan", 0.95);
  // "Kinerja urusan" groups the rows of a national-standard table the way a sasaran does
  if (has(/\bkinerja urusan\b/, all)) return out("sasaran", 0.8);
  if (tahun !== undefined && parts.every((p) => /^((19|20)\d\d|%|tahun( (19|20)\d\d)?)$/.test(p)))
    return out("target", 0.5);
  if (triwulan !== undefined) return out("target", 0.6);
  return out("abaikan", 0.3);
}
