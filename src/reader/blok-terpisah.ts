/**
 * A block that table-break.ts cut off under a table, and that then gave no performance table, is listed
 * saying so: from which row it was separated from the table above, and on what evidence (its header-shape
 * row, a title line before it, numbering starting over, the columns changing kind). The split is the
 * reader's decision from shape alone, so the user is shown enough to check it, and how to undo it.
 */
import type { BlokTakTerbaca } from "../engine/mapping";
import type { Pesan } from "../engine/model";
import type { Grid } from "./grid";
import type { FoundTable } from "./tables";
import type { Terpisah } from "./table-break";
import { headerWords, rangeOf } from "./unread";

/** how much of a title line a message quotes */
const QUOTED = 40;

function quoted(t: string): string {
  return `"${t.length > QUOTED ? `${t.slice(0, QUOTED - 1)}…` : t}"`;
}

/** Each piece of evidence as the message says it, in both languages. */
function buktiOf(g: Grid, p: Terpisah, t: FoundTable): Pesan[] {
  const row = (r: number) => g.absRow(r) + 1;
  const out: Pesan[] = [
    {
      id: `baris ${row(p.header)} berbentuk judul kolom (teks pendek, kata di atas kolom nilai tabel itu)`,
      en: `row ${row(p.header)} has a header's shape (short text cells, words over that table's value columns)`,
    },
  ];
  if (p.bukti.judul) {
    const title = quoted(g.text(p.start, t.colStart) || (t.title ?? ""));
    out.push({
      id: `baris ${row(p.start)} berbentuk judul (${title})`,
      en: `row ${row(p.start)} is a title line (${title})`,
    });
  }
  if (p.bukti.nomor) {
    const [before, after] = p.bukti.nomor;
    out.push({
      id: `penomoran mulai lagi dari ${after} setelah ${before}`,
      en: `the numbering starts over at ${after} after ${before}`,
    });
  }
  if (p.bukti.bentuk)
    out.push({
      id: "isi kolomnya berganti jenis (angka di bawah kolom yang berisi kata, atau sebaliknya)",
      en: "its columns change kind (numbers where that table had words, or words where it had numbers)",
    });
  return out;
}

/** "Separated from the table above at row N, because …": the sentence, or undefined for a block not cut off. */
export function kalimatTerpisah(g: Grid, t: FoundTable): Pesan | undefined {
  const p = t.terpisah;
  if (!p) return undefined;
  const above = `${g.name}!${rangeOf(g, p.atas)}`;
  const whole = `${g.name}!${rangeOf(g, { ...p.atas, bottom: t.lastDataRow })}`;
  const bukti = buktiOf(g, p, t);
  const start = g.absRow(p.start) + 1;
  return {
    id: `Blok ini dipisahkan dari tabel di atasnya (${above}) mulai baris ${start}, karena ${bukti.map((b) => b.id).join("; ")}. Bila blok ini masih bagian tabel itu, pilih rentang ${whole} dan nyatakan jenis tabel serta peran kolomnya.`,
    en: `This block was separated from the table above it (${above}) from row ${start}, because ${bukti.map((b) => b.en).join("; ")}. If it is still part of that table, select ${whole} and say what table it is and what its columns hold.`,
  };
}

/** A block cut off under a table that names no indicator with values: listed with where and why it was cut. */
export function blokTerpisah(g: Grid, t: FoundTable, kalimat: Pesan): BlokTakTerbaca {
  const range = rangeOf(g, {
    top: t.headerRows[0] ?? t.firstDataRow,
    bottom: t.lastDataRow,
    left: t.colStart,
    right: t.colEnd,
  });
  const at = `${g.name}!${range}`;
  const heads = headerWords(g, t);
  return {
    sheet: g.name,
    range,
    kode: "DIPISAH_DARI_TABEL",
    pesan: {
      id: `Blok di ${at} (judul kolom ${heads}) bukan tabel kinerja: tidak ada kolom indikator (atau uraian) yang barisnya berisi target, realisasi atau anggaran. ${kalimat.id}`,
      en: `The block at ${at} (column headers ${heads}) is not a performance table: no indicator (or description) column whose rows carry a target, realisasi or budget. ${kalimat.en}`,
    },
  };
}

/** A block listed for another reason (a table that gave no row) says too that it was cut off, when it was. */
export function denganTerpisah(g: Grid, t: FoundTable, blok: BlokTakTerbaca): BlokTakTerbaca {
  const kalimat = kalimatTerpisah(g, t);
  if (!kalimat) return blok;
  return { ...blok, pesan: { id: `${blok.pesan.id} ${kalimat.id}`, en: `${blok.pesan.en} ${kalimat.en}` } };
}
