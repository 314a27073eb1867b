/**
 * Polaritas from a table's footnote (catatan-kaki.ts): "*) semakin kecil semakin baik", "lower is better",
 * "berbanding terbalik", or the turun formula it states ("capaian = (2 × target − realisasi) / target",
 * "T/R × 100"). The footnote must say which indicators it is about: by the mark their names end with
 * ("Nilai rata-rata skor X *)"), by naming them before ":" or "=" ("IRBD dan waktu tanggap: …", "TPT = …"),
 * or, with no mark, by naming one in its words. A footnote that names none of the table's indicators, or
 * states both directions (a general explanation of the formulas), decides nothing.
 * It ranks after a polaritas column and a target's bound, before the indicator's words and numbers.
 */
import type { Indicator, Polaritas, SourceRef, Temuan } from "../engine/model";
import type { CatatanKaki } from "./catatan-kaki";
import { namaForm, singkatan } from "./join-nama";
import { polaritasFromCell } from "./polaritas";
import type { IndicatorRecord } from "./read-model";
import { normIndicator, withoutFootnotes } from "./text";

export interface PolaritasCatatan {
  polaritas: "naik" | "turun";
  /** the words or formula of the footnote that decided */
  kata: string;
  sel: SourceRef;
}

const LEBIH = "(?:semakin|makin|kian|lebih)";
/** "semakin kecil semakin baik", "makin turun, maka makin baik", "semakin rendah nilainya semakin baik" */
const MAKIN = new RegExp(
  `${LEBIH}\\s+(\\p{L}+)(?:\\s+\\p{L}+){0,2}?\\s*,?\\s*(?:maka\\s+)?(?:kinerja\\s+)?${LEBIH}?\\s*(?:baik|bagus)\\b`,
  "giu",
);
/** "lower is better", "the smaller the better" */
const BETTER =
  /\b(?:the\s+)?(lower|smaller|fewer|less|higher|greater|larger|more)\s+(?:is\s+|the\s+)?better\b/gi;
/** "polaritas negatif", "polarity: minimize", "indikator negatif" */
const POLAR =
  /\b(?:polaritas|polarity|indikator)\s*:?\s*(negatif|positif|negative|positive|minimi[sz]e|maximi[sz]e)\b/gi;
const TERBALIK = /\b(?:berbanding\s+terbalik|inversely)\b/i;
/** comparatives the polaritas column's words (polaritasFromCell) do not hold */
const KATA_LAIN: Record<string, "naik" | "turun"> = {
  sedikit: "turun",
  berkurang: "turun",
  singkat: "turun",
  pendek: "turun",
  smaller: "turun",
  fewer: "turun",
  less: "turun",
  negative: "turun",
  banyak: "naik",
  bertambah: "naik",
  greater: "naik",
  larger: "naik",
  more: "naik",
  positive: "naik",
};

function arahKata(w: string): "naik" | "turun" | undefined {
  const lain = KATA_LAIN[w.toLowerCase()];
  if (lain) return lain;
  const p = polaritasFromCell(`semakin ${w}`);
  return p === "naik" || p === "turun" ? p : undefined;
}

/** The formula written as letters: "(2 × target − realisasi) / target" → "(2*T-R)/T". */
function rumusHuruf(teks: string): string {
  return teks
    .toLowerCase()
    .replace(/\btarget\w*|\btgt\b|\bt\b/g, "T")
    .replace(/\brealisasi\w*|\breal\b|\br\b/g, "R")
    .replace(/[×·*]|\bx\b/g, "*")
    .replace(/[−–—]/g, "-")
    .replace(/[÷:]/g, "/")
    .replace(/\s+/g, "");
}

/** The direction a formula states: (2T − R)/T and T/R are turun, R/T naik. */
function arahRumus(teks: string): { polaritas: "naik" | "turun"; kata: string } | undefined {
  if (!/target|realisasi|\b[tr]\b/i.test(teks)) return undefined;
  const f = rumusHuruf(teks);
  if (/2\*?T\)?-R/.test(f)) return { polaritas: "turun", kata: "capaian = (2T − R) ÷ T" };
  if (/(?<![A-Z])\(?T\)?\/\(?R(?![A-Z])/.test(f)) return { polaritas: "turun", kata: "capaian = T ÷ R" };
  if (/(?<![A-Z])\(?R\)?\/\(?T(?![A-Z])/.test(f)) return { polaritas: "naik", kata: "capaian = R ÷ T" };
  return undefined;
}

/** What a footnote's words say of the direction: one direction, or nothing (none, or both). */
export function arahCatatan(teks: string): { polaritas: "naik" | "turun"; kata: string } | undefined {
  const found: { polaritas: "naik" | "turun"; kata: string }[] = [];
  for (const re of [MAKIN, BETTER, POLAR])
    for (const m of teks.matchAll(re)) {
      const p = arahKata(m[1]!);
      if (p) found.push({ polaritas: p, kata: m[0].trim() });
    }
  const t = TERBALIK.exec(teks);
  if (t) found.push({ polaritas: "turun", kata: t[0] });
  const rumus = arahRumus(teks);
  if (rumus) found.push(rumus);
  if (found.length === 0 || found.some((f) => f.polaritas !== found[0]!.polaritas)) return undefined;
  return found[0];
}

/** The footnote mark an indicator's name ends with: "X *)" → "*", "X 1)" → "1", "X a)" → "a". */
export function tandaNama(nama: string): string | undefined {
  const m = /(?:(\*{1,3})\)?|(?<![(][^()]*)(?<=\S\s?)(\d{1,2})\)|(?<=\s)\(?([a-z])\)|([¹²³⁴⁵]))\s*$/u.exec(
    nama,
  );
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? String("¹²³⁴⁵".indexOf(m[4]!) + 1);
}

interface Nama {
  rec: IndicatorRecord;
  /** the name's words (mark gone), padded with spaces for whole-word look-ups */
  norm: string;
  /** a whole name is looked for in a footnote's words only when it is long enough to be this one's */
  panjang: boolean;
  akronim: string[];
}

function namaOf(rec: IndicatorRecord): Nama {
  const bersih = withoutFootnotes(rec.indikator).replace(/\s\(?[a-z]\)\s*$/, "");
  const form = namaForm(bersih);
  const norm = normIndicator(bersih);
  const panjang = norm.split(" ").length >= 3;
  return { rec, norm: ` ${norm} `, panjang, akronim: [...form.akronim, ...singkatan(form)] };
}

const AKRONIM = /^[A-Z][A-Z0-9/]{1,7}$/;

/** "IRBD", "waktu tanggap": the indicators a named part stands for (an acronym, or two words or more of the name). */
function disebut(bagian: string, names: Nama[]): Nama[] {
  const b = bagian.trim();
  if (AKRONIM.test(b)) return names.filter((n) => n.akronim.includes(b.toLowerCase()));
  const norm = normIndicator(b);
  if (norm.split(" ").length < 2) return [];
  return names.filter((n) => n.norm.includes(` ${norm} `));
}

/** The indicators a footnote names in its words: a whole name, or an acronym of three letters or more. */
function dalamTeks(teks: string, names: Nama[]): Nama[] {
  const norm = ` ${normIndicator(teks)} `;
  const akronim = new Set(
    teks
      .split(/[^\p{L}\p{N}/]+/u)
      .filter((w) => w.length >= 3 && AKRONIM.test(w))
      .map((w) => w.toLowerCase()),
  );
  return names.filter((n) => (n.panjang && norm.includes(n.norm)) || n.akronim.some((a) => akronim.has(a)));
}

/** The indicators a footnote is about: by its mark, by the names before ":" or "=", or by naming them. */
function sasaranCatatan(c: CatatanKaki, names: Nama[], tanda: (string | undefined)[]): Nama[] {
  // a mark stands for its whole note: one that states both directions (the formulas explained) marks none
  if (c.tanda !== undefined && (c.utuh === undefined || arahCatatan(c.utuh))) {
    const byMark = names.filter((_, i) => tanda[i] === c.tanda);
    if (byMark.length > 0) return byMark;
  }
  const head = /^(.{2,80}?)\s*[:=]\s/.exec(c.teks);
  if (head) {
    const hit = head[1]!
      .split(/\s*(?:,|&|\bdan\b|\band\b|\bserta\b)\s*|\s+\/\s+/)
      .flatMap((b) => disebut(b, names));
    if (hit.length > 0) return hit;
  }
  return dalamTeks(c.teks, names);
}

/** Each indicator row of a table takes what the table's footnotes say of its direction. */
export function polaritasDariCatatan(catatan: CatatanKaki[], records: IndicatorRecord[]): void {
  let names: Nama[] | undefined;
  let tanda: (string | undefined)[] | undefined;
  for (const c of catatan) {
    const arah = arahCatatan(c.teks);
    if (!arah) continue;
    // made once a footnote says a direction: most tables have no such footnote
    names ??= records.map(namaOf);
    tanda ??= records.map((r) => tandaNama(r.indikator));
    for (const n of sasaranCatatan(c, names, tanda))
      (n.rec.polaritasCatatan ??= []).push({ ...arah, sel: c.sel });
  }
}

const ARAH = {
  naik: { id: "naik (makin besar makin baik)", en: "higher-is-better" },
  turun: { id: "turun (makin kecil makin baik)", en: "lower-is-better" },
};
const sel = (s: SourceRef) => `${s.sheet}!${s.cell}`;

/** The finding that says the footnote decided, naming its cell and its words. */
function catatanDipakai(ind: Indicator, c: PolaritasCatatan): Temuan {
  const a = ARAH[c.polaritas];
  return {
    kode: "POLARITAS_DITEBAK",
    tingkat: "info",
    sel: [ind.source ?? c.sel, c.sel],
    indicatorId: ind.id,
    pesan: {
      id: `Polaritas "${ind.indikator}" dianggap ${a.id} karena catatan di bawah tabelnya (${sel(c.sel)}) menyatakan "${c.kata}". Ubah bila keliru.`,
      en: `"${ind.indikator}" is taken as ${a.en} because the footnote under its table (${sel(c.sel)}) says "${c.kata}". Change it if that is wrong.`,
    },
  };
}

/** What ranks above a footnote and decided: a polaritas column, or a target written as a bound. */
export interface PolaritasAtas {
  polaritas: Polaritas;
  dari: "kolom" | "batas";
}

const DARI = {
  kolom: { id: "kolom polaritasnya", en: "its polaritas column" },
  batas: { id: "targetnya yang ditulis sebagai batas", en: "its target written as a bound" },
};

/** A footnote that says otherwise than a polaritas column, a bound or another footnote: said, never used. */
function catatanBerbeda(ind: Indicator, c: PolaritasCatatan, lain: PolaritasAtas | PolaritasCatatan): Temuan {
  const a = ARAH[c.polaritas];
  const b = ARAH[lain.polaritas === "turun" ? "turun" : "naik"];
  const [idLain, enLain] =
    "dari" in lain
      ? [`${DARI[lain.dari].id} menyatakan ${lain.polaritas}`, `${DARI[lain.dari].en} says ${lain.polaritas}`]
      : [
          `catatan lain (${sel(lain.sel)}) menyatakan ${b.id}`,
          `another footnote (${sel(lain.sel)}) says ${b.en}`,
        ];
  return {
    kode: "POLARITAS_CATATAN_BERBEDA",
    tingkat: "peringatan",
    sel: [ind.source ?? c.sel, c.sel, ...("sel" in lain ? [lain.sel] : [])],
    indicatorId: ind.id,
    pesan: {
      id: `Catatan di bawah tabel (${sel(c.sel)}) menyatakan "${ind.indikator}" ${a.id} ("${c.kata}"), tetapi ${idLain}; catatan itu tidak dipakai. Periksa mana yang benar.`,
      en: `The footnote under the table (${sel(c.sel)}) says "${ind.indikator}" is ${a.en} ("${c.kata}"), but ${enLain}; the footnote is not used. Check which is right.`,
    },
  };
}

/**
 * The footnotes' direction for an indicator once every table has spoken; true when it decided. `atas`:
 * what a polaritas column or a bound decided (they rank first: a footnote saying otherwise is said). Two
 * footnotes saying otherwise than each other decide nothing, and are said.
 */
export function putuskanCatatan(
  ind: Indicator,
  catatan: PolaritasCatatan[] | undefined,
  atas: PolaritasAtas | undefined,
  temuan: Temuan[],
): boolean {
  if (!catatan || catatan.length === 0) return false;
  const first = catatan[0]!;
  const lain = catatan.find((c) => c.polaritas !== first.polaritas);
  if (atas) {
    const beda = atas.polaritas === "naik" || atas.polaritas === "turun" ? atas.polaritas : undefined;
    const melawan = beda && catatan.find((c) => c.polaritas !== beda);
    if (melawan) temuan.push(catatanBerbeda(ind, melawan, atas));
    return false;
  }
  if (lain) {
    temuan.push(catatanBerbeda(ind, first, lain));
    return false;
  }
  ind.polaritas = first.polaritas;
  ind.polaritasInferred = true;
  temuan.push(catatanDipakai(ind, first));
  return true;
}
