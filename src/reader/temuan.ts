/** The findings the reader itself raises, worded in Indonesian and English. */
import type { SourceRef, Temuan } from "../engine/model";

function where(ref: SourceRef): string {
  return `${ref.sheet}!${ref.cell}`;
}

export function tidakTerbaca(ref: SourceRef, text: string, indicatorId?: string): Temuan {
  const t: Temuan = {
    kode: "NILAI_TIDAK_TERBACA",
    tingkat: "peringatan",
    sel: [ref],
    pesan: {
      id: `Nilai di ${where(ref)} tidak dapat dibaca tanpa menebak: "${text}". Perbaiki penulisan angkanya.`,
      en: `The value in ${where(ref)} cannot be read without guessing: "${text}". Fix how the number is written.`,
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
