/** The findings the reader itself raises, worded in Indonesian and English. */
import { fmtEn, fmtId } from "../engine/format";
import { TINGKAT_BAKU } from "../engine/temuan";
import type { SourceRef, SourcedValue, Temuan } from "../engine/model";

function where(ref: SourceRef): string {
  return `${ref.sheet}!${ref.cell}`;
}

/** the decimals a number has of its own: 10.2 shown as 10,2, not 10,20 (which reads as the cell) */
const ownDecimals = (n: number): number => Math.min(6, String(n).split(".")[1]?.length ?? 0);

/**
 * A value the reader could not read. `pasted`: the number a PDF-pasted shape ("10, 20") would have given,
 * when the table showed that shape nowhere else (pasted-alone.ts): the finding says it may be two numbers.
 */
export function tidakTerbaca(ref: SourceRef, text: string, indicatorId?: string, pasted?: number): Temuan {
  const t: Temuan = {
    kode: "NILAI_TIDAK_TERBACA",
    tingkat: "peringatan",
    sel: [ref],
    pesan:
      pasted === undefined
        ? {
            id: `Nilai di ${where(ref)} tidak dapat dibaca tanpa menebak: "${text}". Perbaiki penulisan angkanya.`,
            en: `The value in ${where(ref)} cannot be read without guessing: "${text}". Fix how the number is written.`,
          }
        : {
            id: `Nilai di ${where(ref)}, "${text}", tidak dibaca sebagai angka: bisa dua angka, atau satu angka (${fmtId(pasted, ownDecimals(pasted))}) yang tertempel dari PDF dengan spasi, dan tidak ada sel lain di tabel ini yang ditulis begitu. Tulis satu angka tanpa spasi, atau pisahkan nilainya.`,
            en: `The value in ${where(ref)}, "${text}", is not read as a number: it may be two numbers, or one number (${fmtEn(pasted, ownDecimals(pasted))}) pasted from a PDF with spaces, and no other cell of this table is written that way. Write one number without spaces, or separate the values.`,
          },
  };
  if (indicatorId) t.indicatorId = indicatorId;
  return t;
}

export function polaritasDitebak(
  ref: SourceRef,
  indikator: string,
  word: string,
  indicatorId: string,
): Temuan {
  return {
    kode: "POLARITAS_DITEBAK",
    tingkat: "info",
    sel: [ref],
    indicatorId,
    pesan: {
      id: `Polaritas "${indikator}" dianggap turun (makin kecil makin baik) karena kata "${word}". Ubah bila keliru.`,
      en: `"${indikator}" is taken as lower-is-better because of the word "${word}". Change it if that is wrong.`,
    },
  };
}

export function pencocokanLemah(
  ref: SourceRef,
  to: SourceRef,
  indikator: string,
  score: number,
  indicatorId: string,
  weak = true,
): Temuan {
  const pct = Math.round(score * 100);
  return {
    kode: "PENCOCOKAN_LEMAH",
    tingkat: weak ? "peringatan" : "info",
    sel: [ref, to],
    indicatorId,
    pesan: {
      id: `Baris ${where(ref)} dicocokkan dengan indikator "${indikator}" (${where(to)}) hanya karena teksnya mirip (${pct}%). Periksa pencocokannya.`,
      en: `Row ${where(ref)} was matched to the indicator "${indikator}" (${where(to)}) only by similar text (${pct}%). Check the match.`,
    },
  };
}

/**
 * A row whose name matched no indicator, joined by its place: it sits where its table's order puts one
 * indicator (between the indicators its neighbours joined) and `sama` of its values are that indicator's.
 */
export function pencocokanUrutan(
  ref: SourceRef,
  to: SourceRef,
  nama: string,
  indikator: string,
  sama: number,
  indicatorId: string,
): Temuan {
  return {
    kode: "PENCOCOKAN_LEMAH",
    tingkat: "info",
    sel: [ref, to],
    indicatorId,
    pesan: {
      id: `Baris ${where(ref)} ("${nama}") dicocokkan dengan indikator "${indikator}" (${where(to)}) walau namanya berbeda: letaknya di urutan tabel sama dan ${sama} nilainya sama. Periksa pencocokannya.`,
      en: `Row ${where(ref)} ("${nama}") was matched to the indicator "${indikator}" (${where(to)}) although the names differ: it sits in the same place in the table's order and ${sama} of its values are the same. Check the match.`,
    },
  };
}

export function pencocokanGanda(ref: SourceRef, candidates: SourceRef[], indikator: string): Temuan {
  return {
    kode: "PENCOCOKAN_GANDA",
    tingkat: "peringatan",
    sel: [ref, ...candidates],
    pesan: {
      id: `Baris ${where(ref)} ("${indikator}") cocok dengan beberapa indikator (${candidates.map(where).join(", ")}); tidak digabungkan. Tentukan pasangannya.`,
      en: `Row ${where(ref)} ("${indikator}") matches several indicators (${candidates.map(where).join(", ")}); it was not joined. Choose its match.`,
    },
  };
}

/** A row that names no indicator, only a code, and no table of the workbook carries that code with a name. */
export function kodeTanpaIndikator(ref: SourceRef, kode: string, indicatorId: string): Temuan {
  return {
    kode: "KODE_TANPA_INDIKATOR",
    tingkat: "peringatan",
    sel: [ref],
    indicatorId,
    pesan: {
      id: `Baris ${where(ref)} hanya memuat kode "${kode}" tanpa nama indikator, dan tidak ada tabel lain yang memuat kode itu bersama nama indikatornya. Nilainya dibaca sebagai indikator "${kode}"; periksa kodenya atau pasangkan barisnya dengan indikatornya.`,
      en: `Row ${where(ref)} carries only the code "${kode}", no indicator name, and no other table carries that code with an indicator's name. Its values were read as the indicator "${kode}"; check the code or match the row to its indicator.`,
    },
  };
}

export function nilaiBerbeda(
  what: { id: string; en: string },
  a: SourceRef,
  aText: string,
  b: SourceRef,
  bText: string,
  indicatorId: string,
): Temuan {
  return {
    kode: "NILAI_BERBEDA_ANTAR_TABEL",
    tingkat: "peringatan",
    sel: [a, b],
    indicatorId,
    pesan: {
      id: `${what.id} berbeda antar tabel: ${aText} di ${where(a)}, ${bText} di ${where(b)}.`,
      en: `${what.en} differs between tables: ${aText} in ${where(a)}, ${bText} in ${where(b)}.`,
    },
  };
}

/** A value as the sheet holds it, for messages that quote the cell. */
export function shown(v: SourcedValue): string {
  // a fraction under a percent format prints as its percent (1,0183 shows "101,83%"); two decimals, as most such formats
  if (typeof v.raw === "number" && v.parsed.kind === "number" && v.parsed.percent)
    return `${Math.round(v.parsed.value * 100) / 100} %`;
  return typeof v.raw === "string" ? v.raw : String(v.raw);
}

const fmt = (n: number, bahasa: "id" | "en"): string => (bahasa === "id" ? fmtId(n) : fmtEn(n));

/** A total row's printed capaian against its own totals: Σ realisasi ÷ Σ target × 100. */
export function capaianJumlah(
  printed: SourceRef,
  shownValue: number,
  totals: { target: number; realisasi: number; expected: number },
  label: string,
): Temuan {
  const { target, realisasi, expected } = totals;
  const t = (b: "id" | "en") => `${fmt(realisasi, b)} ÷ ${fmt(target, b)} × 100 = ${fmt(expected, b)}`;
  return {
    kode: "CAPAIAN_TIDAK_SESUAI",
    tingkat: "galat",
    sel: [printed],
    pesan: {
      id: `Capaian baris "${label}" tercetak ${fmt(shownValue, "id")} di ${where(printed)}, seharusnya ${t("id")} dari jumlah target dan realisasinya.`,
      en: `The capaian of the "${label}" row prints ${fmt(shownValue, "en")} in ${where(printed)}, expected ${t("en")} from its total target and realisasi.`,
    },
    seharusnya: expected,
  };
}

/** The same budget line printed with different amounts in two tables. */
export function anggaranBerbeda(
  apa: { id: string; en: string },
  nama: string,
  a: SourceRef,
  va: string,
  b: SourceRef,
  vb: string,
): Temuan {
  return {
    kode: "NILAI_BERBEDA_ANTAR_TABEL",
    tingkat: "peringatan",
    sel: [b, a],
    pesan: {
      id: `${apa.id} "${nama}" berbeda antar tabel: ${va} di ${where(a)}, ${vb} di ${where(b)}. Nilai yang sama seharusnya dicetak sama di semua tabel.`,
      en: `${apa.en} of "${nama}" differs between tables: ${va} in ${where(a)}, ${vb} in ${where(b)}. The same amount should print the same everywhere.`,
    },
  };
}

const LEVEL_NAMES = {
  program: { id: "program", en: "programs", under: "kegiatan" },
  kegiatan: { id: "kegiatan", en: "activities (kegiatan)", under: "sub kegiatan" },
  subkegiatan: { id: "sub kegiatan", en: "sub-activities", under: "" },
} as const;

/**
 * "Program dan Kegiatan" over rows that show no level (no code, one numbering, no level word opening a
 * name): every row is read at the column's level, so the roll-up (program = Σ kegiatan) is not checked;
 * said, with what to write.
 */
export function tingkatTakTerbedakan(
  header: SourceRef,
  table: string,
  level: keyof typeof LEVEL_NAMES,
): Temuan {
  const n = LEVEL_NAMES[level];
  const sum = n.under ? { id: ` ${n.id} = Σ ${n.under}`, en: ` ${n.id} = Σ ${n.under}` } : { id: "", en: "" };
  return {
    kode: "TINGKAT_TIDAK_TERBEDAKAN",
    tingkat: TINGKAT_BAKU.TINGKAT_TIDAK_TERBEDAKAN,
    sel: [header],
    pesan: {
      id: `Judul kolom ${where(header)} menyebut beberapa tingkat (program/kegiatan), tetapi baris tabel ${table} tidak membedakan tingkatnya (tanpa kode, penomoran sama, tanpa kata Program/Kegiatan di awal nama). Semua baris dibaca sebagai ${n.id}, sehingga jumlah${sum.id} tidak diperiksa. Beri nomor bertingkat (1 / 1.1), tulis "Program" atau "Kegiatan" di awal tiap nama, atau tambahkan kodenya.`,
      en: `The column header ${where(header)} names several levels (program/kegiatan), but the rows of table ${table} do not tell their levels apart (no codes, one numbering, no Program/Kegiatan word opening the names). Every row is read as ${n.en}, so the roll-up${sum.en} is not checked. Number the rows by level (1 / 1.1), write "Program" or "Kegiatan" at the start of each name, or add the codes.`,
    },
  };
}
