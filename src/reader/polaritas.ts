/** Polaritas from a column, from the target's shape, or (flagged as a guess) from the indicator's words. */
import type { ParsedValue, Polaritas } from "../engine/model";
import { normWords } from "./text";

export function polaritasFromCell(text: string): Polaritas | undefined {
  const t = text.toLowerCase();
  if (t === "") return undefined;
  if (/turun|negatif|menurun|minimi[sz]e|lower|↓|semakin kecil|rendah/.test(t)) return "turun";
  if (/rentang|range|interval/.test(t)) return "rentang";
  if (/huruf|predikat|grade/.test(t)) return "huruf";
  if (/indeks|index|skor/.test(t)) return "indeks";
  if (/naik|positif|meningkat|maximi[sz]e|higher|↑|semakin besar|tinggi/.test(t)) return "naik";
  return undefined;
}

/** Words that say a smaller number is better. */
const TURUN_PHRASES = [
  "menurunnya",
  "menurun",
  "penurunan",
  "turunnya",
  "berkurangnya",
  "berkurang",
  "pengurangan",
  "angka kemiskinan",
  "tingkat kemiskinan",
  "penduduk miskin",
  "jumlah temuan",
  "temuan",
  "kasus",
  "pengangguran",
  "stunting",
  "angka kematian",
  "prevalensi",
  "kejadian",
  "pelanggaran",
  "tunggakan",
  "gini",
  "rasio ketergantungan",
  "angka putus",
];

const TURUN_RE = new RegExp(`\\b(${TURUN_PHRASES.join("|")})\\b`);

/** Words that turn a "kasus"/"temuan" indicator back into higher-is-better ("temuan yang ditindaklanjuti"). */
const NAIK_VERBS =
  /\b(ditindaklanjuti|tindak lanjut|tertangani|ditangani|diselesaikan|terselesaikan|terlayani|dilayani|mendapatkan|menerima|memperoleh|dibina|direhabilitasi|terpenuhi|tertanggulangi)\b/;

export function polaritasFromWords(indikator: string): { polaritas: Polaritas; word: string } | undefined {
  const t = normWords(indikator).join(" ");
  if (NAIK_VERBS.test(t)) return undefined;
  const m = TURUN_RE.exec(t);
  return m ? { polaritas: "turun", word: m[1]! } : undefined;
}

export function polaritasFromTarget(target: ParsedValue | undefined): Polaritas | undefined {
  if (!target) return undefined;
  if (target.kind === "grade") return "huruf";
  if (target.kind === "range") return "rentang";
  return undefined;
}
