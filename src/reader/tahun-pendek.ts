/**
 * "Target '23 | Realisasi '23 | Target '24": years of two digits after an apostrophe (header-cells.ts
 * SHORT_YEAR). The header alone does not say the century; the table's context does: the years its title,
 * the sheet's title or its other headers state in full ("TAHUN 2024", "Kondisi Awal (2021)"). A short year
 * is read as the year of a stated century within ten years of a stated year, and only when every stated
 * year reads it the same; with no year stated anywhere it stays unread.
 *
 * A short year left unread is said (TAHUN_TIDAK_TERBACA: the header cells, why, what to write), never
 * dropped: a column beside others of its role that have a year, or beside another unread short year of
 * its role, or whose stated years rule its own out, is set aside (not read into any year); one that is
 * the only year its role gives is read as the table's year, as a header without a year is
 * (columns.ts fillYears), at a confidence that makes the pane ask.
 */
import type { ColumnMapping, ColumnRole } from "../engine/mapping";
import type { SourceRef, Temuan } from "../engine/model";
import { TINGKAT_BAKU } from "../engine/temuan";
import type { Grid } from "./grid";
import { SHORT_YEAR } from "./header-cells";
import { VALUE_ROLES } from "./row-holds-values";

/** how far from a stated year a short year may lie to be read in that year's century */
const NEAR = 10;

/** The two digits of a header's short year, when it gives exactly one ("Target '24" → 24). */
function shortYearOf(stack: readonly string[]): number | undefined {
  let found: number | undefined;
  for (const t of stack)
    for (const m of t.matchAll(SHORT_YEAR)) {
      const yy = Number(m[1]);
      if (found !== undefined && found !== yy) return undefined;
      found = yy;
    }
  return found;
}

/** The full year `yy` stands for beside the stated years, or undefined when they leave it open. */
export function fullYear(yy: number, stated: readonly number[]): number | undefined {
  let out: number | undefined;
  for (const y of stated) {
    const near = [Math.floor(y / 100) * 100 - 100, Math.floor(y / 100) * 100, Math.floor(y / 100) * 100 + 100]
      .map((c) => c + yy)
      .filter((c) => Math.abs(c - y) <= NEAR);
    if (near.length !== 1) continue;
    if (out !== undefined && out !== near[0]) return undefined;
    out = near[0];
  }
  return out;
}

/** A short year the table's context did not settle: no full year stated at all, or none that settles it. */
export interface TahunPendekTakTerbaca {
  col: number;
  yy: number;
  alasan: "tanpaTahun" | "tidakTentu";
}

/**
 * Columns whose header gives a short year get its full year, when the table's context settles it; the
 * others are returned.
 */
export function shortYears(
  columns: ColumnMapping[],
  parts: ReadonlyMap<number, string[]>,
  titleYear: number | undefined,
): TahunPendekTakTerbaca[] {
  const unread: TahunPendekTakTerbaca[] = [];
  let stated: number[] | undefined;
  for (const col of columns) {
    if (col.tahun !== undefined) continue;
    const stack = parts.get(col.col);
    const yy = stack ? shortYearOf(stack) : undefined;
    if (yy === undefined) continue;
    stated ??= [
      ...(titleYear !== undefined ? [titleYear] : []),
      ...columns.flatMap((c) => (c.tahun !== undefined ? [c.tahun] : [])),
    ];
    const year = fullYear(yy, stated);
    if (year !== undefined) col.tahun = year;
    else unread.push({ col: col.col, yy, alasan: stated.length > 0 ? "tidakTentu" : "tanpaTahun" });
  }
  return unread;
}

/** Value columns carry a year (a predikat grades one); a short year over any other column changes nothing read. */
const carriesYear = (role: ColumnRole): boolean => VALUE_ROLES.has(role) || role === "predikat";
/** under the pane's 0.6: it asks the user about the column */
const UNSURE = 0.5;
const SET_ASIDE = 0.3;

export interface TahunPendekDiputuskan {
  /** columns not read into any year */
  disisihkan: ColumnMapping[];
  /** columns read as the table's year, as a header without a year */
  tahunTabel: ColumnMapping[];
  alasan: TahunPendekTakTerbaca["alasan"];
}

/**
 * What becomes of the value columns whose short year stayed unread, once their roles are final (before
 * fillYears): set aside when another column of the role has a year, when another unread short year of
 * the role differs (reading both as one year would make them disagree), or when stated years rule the
 * year out; else read as the table's year.
 */
export function settleShortYears(
  columns: ColumnMapping[],
  unread: readonly TahunPendekTakTerbaca[],
): TahunPendekDiputuskan | undefined {
  if (unread.length === 0) return undefined;
  const out: TahunPendekDiputuskan = { disisihkan: [], tahunTabel: [], alasan: "tanpaTahun" };
  const colOf = new Map(columns.map((c) => [c.col, c]));
  const roleOf = new Map(unread.map((u) => [u.col, colOf.get(u.col)?.role]));
  for (const u of unread) {
    const col = colOf.get(u.col);
    if (!col || !carriesYear(col.role)) continue;
    if (u.alasan === "tidakTentu") out.alasan = "tidakTentu";
    const same = (c: ColumnMapping) => c !== col && c.role === col.role && c.triwulan === col.triwulan;
    const clash =
      u.alasan === "tidakTentu" ||
      columns.some((c) => same(c) && c.tahun !== undefined) ||
      unread.some((v) => v.yy !== u.yy && roleOf.get(v.col) === col.role);
    if (clash) {
      col.role = "abaikan";
      col.confidence = Math.min(col.confidence, SET_ASIDE);
      out.disisihkan.push(col);
    } else {
      col.confidence = Math.min(col.confidence, UNSURE);
      out.tahunTabel.push(col);
    }
  }
  return out.disisihkan.length + out.tahunTabel.length > 0 ? out : undefined;
}

/** The header cells (merge anchors) of the table's header rows that write a short year in these columns. */
function shortYearCells(g: Grid, headerRows: readonly number[], cols: readonly ColumnMapping[]): SourceRef[] {
  const out: SourceRef[] = [];
  const seen = new Set<string>();
  for (const col of cols)
    for (const h of headerRows) {
      const c = col.col - g.absCol(0);
      if (g.text(h, c).search(SHORT_YEAR) < 0) continue;
      const ref = g.ref(h, c);
      if (!seen.has(ref.cell)) out.push(ref);
      seen.add(ref.cell);
    }
  return out;
}

/**
 * "Target '24" → "Target 2024": what to write. With stated years that rule both centuries out, both are
 * shown: which one is meant only the user knows.
 */
function example(header: string, alasan: TahunPendekTakTerbaca["alasan"]): string {
  const as = (century: string) => `"${header.replace(SHORT_YEAR, (_m, yy: string) => century + yy)}"`;
  return alasan === "tanpaTahun" ? as("20") : `${as("19")} / ${as("20")}`;
}

/** The findings that say which short years were not read, why, and what to write instead. */
export function tahunPendekTemuan(
  g: Grid,
  headerRows: readonly number[],
  d: TahunPendekDiputuskan,
): Temuan[] {
  const why =
    d.alasan === "tanpaTahun"
      ? {
          id: "tidak ada tahun lengkap di judul tabel, judul lembar, atau judul kolom lain yang menentukan abadnya",
          en: "no full year in the table's title, the sheet's title or another column header says its century",
        }
      : {
          id: "tahun lengkap yang tertulis di tabel tidak menentukannya (tidak ada yang berjarak sepuluh tahun atau kurang, atau menunjuk dua abad)",
          en: "the full years the table states do not settle it (none within ten years, or they point to two centuries)",
        };
  const out: Temuan[] = [];
  const groups: [ColumnMapping[], { id: string; en: string }][] = [
    [d.disisihkan, { id: "Kolomnya tidak dibaca.", en: "The columns are not read." }],
    [
      d.tahunTabel,
      {
        id: "Kolomnya dibaca sebagai tahun tabel, seperti judul kolom tanpa tahun.",
        en: "The columns are read as the table's year, as a header without a year is.",
      },
    ],
  ];
  for (const [cols, then] of groups) {
    const sel = shortYearCells(g, headerRows, cols);
    if (sel.length === 0) continue;
    const cells = sel.map((r) => `${r.sheet}!${r.cell}`).join(", ");
    const parts = cols[0]!.header.split(" / ");
    const ex = example(parts.find((p) => p.search(SHORT_YEAR) >= 0) ?? cols[0]!.header, d.alasan);
    out.push({
      kode: "TAHUN_TIDAK_TERBACA",
      tingkat: TINGKAT_BAKU.TAHUN_TIDAK_TERBACA,
      sel,
      pesan: {
        id: `Tahun dua angka di judul kolom ${cells} tidak dibaca: ${why.id}. ${then.id} Tulis tahunnya dengan empat angka, mis. ${ex}.`,
        en: `The two-digit year in the column header ${cells} is not read: ${why.en}. ${then.en} Write the year with four digits, e.g. ${ex}.`,
      },
    });
  }
  return out;
}
