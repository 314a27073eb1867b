/** A budget line of an anggaran table: program → kegiatan → sub kegiatan, with pagu, realisasi, serapan, sisa. */
import type { ColumnMapping } from "../engine/mapping";
import type { AnggaranRow, Level } from "../engine/model";
import {
  labelOf,
  noteUnreadable,
  poolNumbers,
  rel,
  skip,
  sourced,
  textOf,
  valueOf,
  type ReadContext,
} from "./read-context";
import { ANGGARAN_SLOT, MONEY_ROLES } from "./read-model";
import { KODE, levelOfName, namesNoSubkegiatan } from "./row-labels";
import { splitLabel } from "./text";

const PENDAPATAN_LINE = /^pendapatan\b/i;

type BudgetLevel = AnggaranRow["level"];

function levelOf(
  cx: ReadContext,
  r: number,
  nama: string,
  kode: string | undefined,
  col?: ColumnMapping,
): BudgetLevel {
  const role = col?.role;
  // a budget per sasaran (no program column) is a top-level line
  if (role === undefined) return "program";
  if (role === "program" || role === "kegiatan" || role === "subkegiatan") return role;
  const no = textOf(cx, r, "no");
  const level = levelOfName(nama, no, kode, cx.row);
  // "Program / Kegiatan" over rows whose No is blank under each program: the header names the levels its
  // rows hold, and nothing else tells a kegiatan from the one before (no code, no numbering, no "Sub
  // Kegiatan" of its own): the next blank-numbered row is the next kegiatan, not one level deeper.
  // A numbering that differs ("a" under "1.1", "-" under "1.") still says deeper.
  if (
    level === "subkegiatan" &&
    kode === undefined &&
    no.trim() === "" &&
    (cx.row.kegiatanNo ?? "").trim() === "" &&
    namesNoSubkegiatan(col!.header)
  )
    return splitLabel(nama).prefix === "subkegiatan" ? level : "kegiatan";
  return level;
}

/** Program and kegiatan lines are the parents of the lines under them. */
function placeInTree(cx: ReadContext, row: AnggaranRow, level: Level, no: string): void {
  if (level === "program") {
    cx.row.program = row.nama;
    cx.row.programId = row.id;
    cx.row.kegiatan = undefined;
    cx.row.kegiatanId = undefined;
    cx.row.kegiatanNo = undefined;
    cx.row.programNo = no;
  } else if (level === "kegiatan") {
    cx.row.kegiatan = row.nama;
    cx.row.kegiatanId = row.id;
    cx.row.kegiatanNo = no;
    if (cx.row.programId) row.parentId = cx.row.programId;
  } else {
    const parent = cx.row.kegiatanId ?? cx.row.programId;
    if (parent) row.parentId = parent;
  }
}

function fillAmounts(cx: ReadContext, row: AnggaranRow, r: number, i: number): void {
  for (const c of cx.valueCols) {
    const p = valueOf(cx, c, i);
    if (p.kind === "blank") continue;
    const v = sourced(cx, r, c, p);
    const a = row.anggaran;
    if (c.triwulan !== undefined) {
      // a quarter's amount is the quarter's, never the year's
      if (c.role === "realisasiAnggaran")
        (a.realisasiTriwulan ??= [null, null, null, null])[c.triwulan - 1] = v;
      continue;
    }
    if (MONEY_ROLES.has(c.role)) a[ANGGARAN_SLOT[c.role]!] ??= v;
    else if (c.role === "capaian") row.capaianTercetak ??= v;
  }
}

/** A line of an efficiency summary: its printed capaian and serapan must match the budget table's. */
function readRingkasan(
  cx: ReadContext,
  r: number,
  i: number,
  nama: string,
  level: BudgetLevel,
  kode: string | undefined,
  nameCol: ColumnMapping | undefined,
): void {
  const printed = cx.valueCols.some(
    (c) => (c.role === "capaian" || c.role === "serapan") && valueOf(cx, c, i).kind === "number",
  );
  if (!printed) return skip(cx, r, "tanpa nilai anggaran");
  const row: AnggaranRow = {
    id: kode ?? [cx.g.name, cx.g.absRow(r) + 1].join("!"),
    level,
    nama: labelOf(cx, nama).rest,
    anggaran: {},
    source: cx.g.ref(r, rel(cx, (nameCol ?? cx.columns[0]!).col)),
  };
  if (kode) row.kode = kode;
  fillAmounts(cx, row, r, i);
  noteUnreadable(cx, r, i, row.id);
  cx.out.ringkasan.push(row);
  cx.mapping.rowsRead++;
}

/** Revenue lines feed "Jumlah PAD" only; the lines under the top one repeat its amount. */
function readPendapatan(cx: ReadContext, r: number, i: number): void {
  const top = cx.pendapatan.values.size === 0 || /^[ivx]+\.?$/i.test(textOf(cx, r, "no"));
  if (top) poolNumbers(cx, cx.pendapatan, r, i);
  skip(cx, r, "pendapatan, bukan belanja program");
}

export function readAnggaranRow(cx: ReadContext, r: number, i: number, hasValue: boolean): void {
  const { g } = cx;
  const nameCol = cx.nameCols.find((c) => g.text(r, rel(cx, c.col)) !== "");
  let nama = nameCol ? g.text(r, rel(cx, nameCol.col)) : textOf(cx, r, "sasaran");
  if (nama === "" || !hasValue) {
    skip(cx, r, nama === "" ? "tanpa nama program/kegiatan" : "tanpa nilai anggaran");
    return;
  }
  if (PENDAPATAN_LINE.test(nama)) return readPendapatan(cx, r, i);
  let kode = textOf(cx, r, "kode") || undefined;
  const km = KODE.exec(nama);
  if (km) {
    kode = kode ?? km[1];
    nama = nama.slice(km[0].length).trim();
  }
  const level = levelOf(cx, r, nama, kode, nameCol);
  const lab = labelOf(cx, nama);
  if (lab.prefix) nama = lab.rest;
  const money = cx.valueCols.some(
    (c) => (c.role === "pagu" || c.role === "realisasiAnggaran") && valueOf(cx, c, i).kind !== "blank",
  );
  // capaian and serapan alone (an efficiency summary) are no budget line: kept to be checked against one
  if (!money) return readRingkasan(cx, r, i, nama, level, kode, nameCol);
  // joined: a flat id, not two cons strings (see JoinIndex.create)
  const rowId = kode ?? [g.name, g.absRow(r) + 1].join("!");
  const row: AnggaranRow = {
    id: rowId,
    level,
    nama,
    anggaran: {},
    source: { sheet: g.name, cell: g.ref(r, rel(cx, (nameCol ?? cx.columns[0]!).col)).cell },
  };
  if (kode) row.kode = kode;
  placeInTree(cx, row, level, textOf(cx, r, "no"));
  const sas = textOf(cx, r, "sasaran");
  if (sas && nameCol) row.sasaran = labelOf(cx, sas).rest;
  fillAmounts(cx, row, r, i);
  // Σ checks compare a total with the rows of the top level only
  if (level === "program" || !row.parentId) poolNumbers(cx, cx.group, r, i);
  noteUnreadable(cx, r, i, rowId);
  cx.out.anggaran.push(row);
  cx.mapping.rowsRead++;
}
