/** The short summary printed after a file: what was read, computed, found, not understood and written. */
import type { BlokTakTerbaca } from "../engine/mapping";
import type { Pesan } from "../engine/model";
import type { Refusal } from "../engine/plan";
import type { CapaianReport } from "../engine/report";
import { type Bahasa, msg, WORDS } from "./messages";

export interface FileSummary {
  berkas: string;
  output: string;
  json: string | null;
  report: CapaianReport;
  tableKinds: { sheet: string; kind: string }[];
  skalaNama: string;
  /** what the writer could not do, in both languages; the summary prints the user's */
  skipped: Pesan[];
}

function counts<T>(items: T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m.entries()];
}

export function summaryLines(s: FileSummary, b: Bahasa): string[] {
  const w = WORDS[b];
  const r = s.report;
  const sheets = counts(s.tableKinds, (t) => `${t.sheet} (${t.kind})`).map(([k, n]) =>
    n > 1 ? `${k} ×${n}` : k,
  );
  const computed = r.indikator.filter((i) => i.capaian !== null).length;
  // Why the others have no capaian, so "7 of 11" does not read as four failures.
  const why = counts(
    r.indikator.filter((i) => i.capaian === null),
    (i) =>
      i.target === null ? w.tanpaTarget(r.tahun) : i.realisasi === null ? w.tanpaRealisasi : w.tidakTerbaca,
  ).map(([k, n]) => `${n} ${k}`);
  const predikat = counts(r.indikator, (i) => i.predikat ?? `(${w.tanpaPredikat})`).map(
    ([k, n]) => `${k} ${n}`,
  );
  const tingkat = (["galat", "peringatan", "info"] as const).map(
    (t) => `${r.temuan.filter((x) => x.tingkat === t).length} ${w[t]}`,
  );
  const lines = [
    `${s.berkas} → ${s.output}`,
    `  ${w.tahun} ${r.tahun} · ${w.skala} ${s.skalaNama}`,
    `  ${w.sheet}: ${sheets.join(", ") || w.tidakAda}`,
    `  ${w.indikator}: ${computed} ${w.dari} ${r.indikator.length}${why.length ? ` (${why.join(", ")})` : ""}`,
    `  ${w.predikat}: ${predikat.join(" · ") || w.tidakAda}`,
    `  ${w.temuan}: ${tingkat.join(" · ")}`,
    `  ${w.tabel}: ${r.tabel.map((t) => `${t.nomor} (${t.sheet}!${t.rentang})`).join(", ") || w.tidakAda}`,
  ];
  // Each table asked for and not written, with its reason: a run that wrote nothing says so.
  if (r.tabelDilewati.length > 0)
    lines.push(`  ${w.tabelDilewati}: ${r.tabelDilewati.map((d) => `${d.nomor} (${d.alasan})`).join("; ")}`);
  for (const blok of r.takTerbaca)
    lines.push(`  ${w.tidakDipahami}: ${blok.sheet}!${blok.rentang} — ${blok.pesan}`);
  for (const k of s.skipped) lines.push(`  ${w.dilewati}: ${k[b]}`);
  if (s.json) lines.push(`  ${w.laporan}: ${s.json}`);
  return lines;
}

export function folderLine(
  r: { ok: true; summary: FileSummary } | { ok: false; berkas: string; message: string },
  b: Bahasa,
): string {
  const w = WORDS[b];
  if (!r.ok) return `✗ ${r.berkas}: ${w.gagal}: ${r.message}`;
  const rep = r.summary.report;
  // A file that ran but is not all there (blocks the reader did not understand, no indicator
  // computed for the year): ⚠ and how many. Tables not written are counted either way.
  const blocks = rep.takTerbaca.length;
  const computed = rep.indikator.filter((i) => i.capaian !== null).length;
  const skipped = rep.tabelDilewati.length;
  const warn = [
    blocks > 0 ? w.blokTidakDipahami(blocks) : null,
    computed === 0 ? w.tanpaCapaian(rep.indikator.length, rep.tahun) : null,
  ].filter((n): n is string => n !== null);
  const mark = warn.length > 0 ? "⚠" : "✓";
  const more = [...warn, ...(skipped > 0 ? [w.tabelDilewatiN(skipped)] : [])].map((n) => `, ${n}`).join("");
  return `${mark} ${r.summary.berkas}: ${w.berhasil}, ${rep.indikator.length} indikator, ${rep.temuan.length} ${w.temuan.toLowerCase()}, ${rep.tabel.length} tabel${more} → ${r.summary.output}`;
}

const BLOCKS_NAMED = 3;

/**
 * The one sentence of a run that stopped before writing. With no performance table at all, it names
 * the blocks the reader saw and did not understand, so "no table" is never said of a sheet full of numbers.
 */
export function refusalSentence(refusals: Refusal[], takTerbaca: BlokTakTerbaca[], b: Bahasa): string {
  if (takTerbaca.length > 0 && refusals.some((r) => r.kode === "TIDAK_ADA_TABEL")) {
    const w = WORDS[b];
    const named = takTerbaca
      .slice(0, BLOCKS_NAMED)
      .map((blok) => `${blok.sheet}!${blok.range} (${w.alasanTakTerbaca[blok.kode]})`);
    if (takTerbaca.length > BLOCKS_NAMED) named.push(w.lainnya(takTerbaca.length - BLOCKS_NAMED));
    return msg("noTableBlocks", b, { jumlah: takTerbaca.length, blok: named.join(", ") });
  }
  const shown = refusals
    .slice(0, 5)
    .map((r) => (r.sheet && r.cell ? `${r.sheet}!${r.cell}: ${r.pesan[b]}` : r.pesan[b]));
  const more = refusals.length > 5 ? ` (+${refusals.length - 5})` : "";
  return shown.join(" ") + more;
}
