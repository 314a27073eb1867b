/**
 * The draft narrative of Bab III: per Tabel 3.x the paragraphs an LKjIP writes under it. Every
 * sentence is a bilingual message (the shell picks the language); its numbers are the engine's,
 * formatted as the report formats them (src/engine/narrative/angka.ts).
 */
import type { Bahasa } from "../format";
import type { Pesan } from "../model";
import type { TabelNomor } from "../settings";

/**
 * indikator: the sentences of one indicator; sasaran: a sasaran's average; opd: the agency's average;
 * isian: the marked placeholder the user fills in (faktor pendukung/penghambat, upaya); anggaran: a budget
 * line or total; catatan: what the table could not say (no national standard, no earlier year).
 */
export type JenisParagraf = "indikator" | "sasaran" | "opd" | "isian" | "anggaran" | "catatan";

export interface ParagrafNarasi {
  jenis: JenisParagraf;
  /** the indicator the paragraph speaks of (jenis "indikator") */
  indicatorId?: string;
  /** the sasaran the paragraph belongs to, when it belongs to one */
  sasaran?: string;
  /** the efficiency or budget row the paragraph speaks of (Tabel 3.5 key, Tabel 3.6 id) */
  baris?: string;
  kalimat: Pesan[];
}

export interface NarasiTabel {
  nomor: TabelNomor;
  paragraf: ParagrafNarasi[];
}

/** A paragraph as one text in the chosen language. */
export function teksParagraf(p: ParagrafNarasi, bahasa: Bahasa): string {
  return p.kalimat.map((k) => k[bahasa]).join(" ");
}

/** Every paragraph under one table as plain text, a blank line between paragraphs (for copying from the pane). */
export function teksNarasi(n: NarasiTabel, bahasa: Bahasa): string {
  return n.paragraf.map((p) => teksParagraf(p, bahasa)).join("\n\n");
}
