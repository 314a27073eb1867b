/**
 * Never silent: the blocks of a sheet that hold numbers beside text but gave no indicator, each with
 * the reason — a table whose columns name no indicator or value, a table whose rows all were skipped,
 * and a grid of numbers under no header the reader knows.
 */
import { rangeAddress } from "../engine/address";
import type { BlokTakTerbaca } from "../engine/mapping";
import type { Grid } from "./grid";
import { buildColumns } from "./columns";
import { isColumnNumber, isYearText } from "./header-cells";
import type { TableRead } from "./read-model";
import type { FoundTable } from "./tables";
import { headerWord, YEAR_HEADER } from "./year-rows";

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Whether two blocks of one sheet share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

const NUMERIC_TEXT = /^\s*(?:rp\.?\s*)?[+-]?[\d.,]*\d[\d.,]*\s*%?\s*$/i;
/** a block smaller than this is a stray number (a date, a page number), not a table */
const MIN_ROWS = 2;
const MIN_NUMBERS = 3;

/** a list number ("1", "12.", "IV") in a row's first cell numbers the row, it is no value */
const LIST_NUMBER = /^(\d{1,3}\.?|[ivx]{1,4}\.?)$/i;
/** an identifier typed as digits (NIP, NIK, account numbers) is no value either */
const LONG_DIGITS = /\d{15,}/;

function isNumberCell(g: Grid, r: number, c: number, first: boolean): boolean {
  const t = g.text(r, c);
  if (first && LIST_NUMBER.test(t)) return false;
  if (typeof g.value(r, c) === "number") return true;
  return t !== "" && NUMERIC_TEXT.test(t) && !isColumnNumber(t) && !LONG_DIGITS.test(t.replace(/\D/g, ""));
}

/**
 * Whether a found table holds a value anywhere below its header: a number, or a number typed as text
 * ("126,4", "85 %"), as agencies type them. A table not read is listed when it holds one.
 */
export function holdsNumbers(g: Grid, t: FoundTable): boolean {
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
    for (let c = t.colStart; c <= t.colEnd; c++) if (isNumberCell(g, r, c, c === t.colStart)) return true;
  return false;
}

export function rangeOf(g: Grid, rect: Rect): string {
  return rangeAddress(
    g.absRow(rect.top),
    g.absCol(rect.left),
    rect.bottom - rect.top + 1,
    rect.right - rect.left + 1,
  );
}

/** A block's column headers as a message shows them: the first six, each cut at 30 characters. */
export function quotedHeaders(words: string[]): string {
  const shown = words.slice(0, 6).map((w) => `"${w.length > 30 ? `${w.slice(0, 29)}…` : w}"`);
  return shown.join(", ") + (words.length > 6 ? ", …" : "");
}

export function headerWords(g: Grid, t: FoundTable): string {
  const { columns } = buildColumns(g, t);
  return quotedHeaders(columns.map((c) => c.header.split(" / ").slice(-1)[0]!).filter((x) => x !== ""));
}

/** A table whose header the reader found, but whose columns name no indicator with values. */
export function notPerformanceTable(g: Grid, t: FoundTable): BlokTakTerbaca {
  const range = rangeOf(g, {
    top: t.headerRows[0] ?? t.firstDataRow,
    bottom: t.lastDataRow,
    left: t.colStart,
    right: t.colEnd,
  });
  const heads = headerWords(g, t);
  const at = `${g.name}!${range}`;
  return {
    sheet: g.name,
    range,
    kode: "BUKAN_TABEL_KINERJA",
    pesan: {
      id: `Tabel di ${at} (judul kolom ${heads}) tidak dibaca sebagai tabel kinerja: tidak ada kolom indikator (atau uraian) yang barisnya berisi target, realisasi atau anggaran. Bila ini data kinerja, pilih rentangnya dan nyatakan jenis tabel serta peran kolomnya.`,
      en: `The table at ${at} (column headers ${heads}) was not read as a performance table: no indicator (or description) column whose rows carry a target, realisasi or budget. If it is performance data, select its range and say what table it is and what its columns hold.`,
    },
  };
}

/**
 * "Indikator | Tahun | Target | Realisasi": a table turned on its side, one row per year under each
 * indicator, that year-rows.ts could not read per year (a block giving a year twice or turning back, or
 * value columns that state a year of their own): the rows would be filed under one year as copies of
 * the indicator, so the table is listed instead of read wrongly, with the row and the reason when known.
 * Evidence: a column headed as a year whose cells are years, two or more different ones.
 */
export function yearPerRow(g: Grid, t: FoundTable, read: TableRead): BlokTakTerbaca | undefined {
  if (read.tahunBaris === "dibaca") return undefined;
  const m = read.mapping;
  const valued = m.columns.filter((c) => c.role === "target" || c.role === "realisasi");
  if (valued.length === 0 || new Set(valued.map((c) => c.tahun)).size > 1) return undefined;
  const col = m.columns.find((c) => YEAR_HEADER.test(headerWord(c)));
  if (!col || valued.includes(col)) return undefined;
  const years = new Set<string>();
  const rc = col.col - g.absCol(0);
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const text = g.text(r, rc);
    if (text !== "" && !isYearText(text)) return undefined;
    if (text !== "") years.add(text);
  }
  if (years.size < 2) return undefined;
  const at = `${m.sheet}!${m.range}`;
  const why = read.tahunBaris;
  const stated = valued[0]!.tahun;
  // no block was checked when the value columns state a year of their own ("Target 2024")
  const whyId = why
    ? ` Di baris ${why.row + 1}: ${why.why.id}.`
    : stated !== undefined
      ? ` Kolom nilainya menyebut tahun ${stated} sendiri.`
      : "";
  const whyEn = why
    ? ` At row ${why.row + 1}: ${why.why.en}.`
    : stated !== undefined
      ? ` Its value columns state the year ${stated} themselves.`
      : "";
  return {
    sheet: m.sheet,
    range: m.range,
    kode: "TAHUN_PER_BARIS",
    pesan: {
      id: `Tabel di ${at} memberi tahun di kolom "${col.header}" per baris (${[...years].join(", ")}), bukan di judul kolom, dan tidak dapat dibaca per tahun.${whyId} Tabel ini tidak dibaca, agar tidak setiap tahun tercatat sebagai indikator sendiri pada satu tahun. Tulis setiap tahun sekali per indikator, berurutan (atau susun tahun sebagai kolom: Target 2023 | Realisasi 2023 …).`,
      en: `The table at ${at} gives the year per row in column "${col.header}" (${[...years].join(", ")}), not in its headers, and cannot be read per year.${whyEn} It is not read, rather than filing each year as an indicator of its own in one year. Give each year once per indicator, in order (or lay the years out as columns: Target 2023 | Realisasi 2023 …).`,
    },
  };
}

/** A table that was read, but gave no indicator, budget line or total: says the commonest reason. */
export function tableWithoutRows(read: TableRead): BlokTakTerbaca | undefined {
  const m = read.mapping;
  if (m.abaikan || m.rowsRead > 0 || read.aggregates.length > 0) return undefined;
  const counts = new Map<string, number>();
  for (const s of m.rowsSkipped)
    if (s.reason !== "baris kosong" && s.reason !== "baris nomor kolom")
      counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const why = top ? `${top[1]} baris "${top[0]}"` : "tidak ada baris data di bawah judul kolomnya";
  const whyEn = top ? `${top[1]} row(s) "${top[0]}"` : "no data rows under its header";
  const at = `${m.sheet}!${m.range}`;
  return {
    sheet: m.sheet,
    range: m.range,
    kode: "TANPA_BARIS",
    tableId: m.id,
    pesan: {
      id: `Tabel ${m.kind} di ${at} terbaca, tetapi tidak satu baris pun menjadi indikator atau baris anggaran (${why}). Periksa peran kolomnya di Ringkasan.`,
      en: `The ${m.kind} table at ${at} was read, but none of its rows gave an indicator or budget line (${whyEn}). Check its column roles in the Summary.`,
    },
  };
}

function inside(rects: Rect[], r: number, c: number): boolean {
  for (const x of rects) if (r >= x.top && r <= x.bottom && c >= x.left && c <= x.right) return true;
  return false;
}

/** Numbers and words of a row outside every table, and where they stand. */
function rowShape(
  g: Grid,
  r: number,
  covered: Rect[],
  known: (r: number, c: number) => boolean,
): { numbers: number; words: number; left: number; right: number; yearFirst: boolean } {
  const s = { numbers: 0, words: 0, left: Infinity, right: -1, yearFirst: false };
  for (let c = 0; c < g.cols; c++) {
    if (!g.isAnchor(r, c) || inside(covered, r, c) || known(r, c)) continue;
    const t = g.text(r, c);
    if (t === "") continue;
    if (s.left === Infinity && isYearText(t)) s.yearFirst = true;
    if (isNumberCell(g, r, c, s.left === Infinity)) s.numbers++;
    else s.words++;
    s.left = Math.min(s.left, c);
    s.right = Math.max(s.right, c + g.spanCols(r, c) - 1);
  }
  return s;
}

/** Grids of numbers beside text that no table covers. `known` says a cell is already accounted for. */
export function gridsWithoutHeader(
  g: Grid,
  covered: Rect[],
  known: (r: number, c: number) => boolean,
): BlokTakTerbaca[] {
  const out: BlokTakTerbaca[] = [];
  let block: (Rect & { rows: number; numbers: number; yearRows: number }) | undefined;
  let gap = 0;
  const close = () => {
    if (block && block.rows >= MIN_ROWS && block.numbers >= MIN_NUMBERS)
      out.push(withoutHeader(g, block, block.yearRows === block.rows));
    block = undefined;
  };
  // most rows of a sheet lie inside a table as wide as the sheet: no cell of theirs is looked at
  const wide = covered.filter((x) => x.left <= 0 && x.right >= g.cols - 1);
  const inWide = (r: number) => wide.some((x) => r >= x.top && r <= x.bottom);
  for (let r = 0; r < g.rows; r++) {
    const s = inWide(r) ? undefined : rowShape(g, r, covered, known);
    // "2021 | 71,2 | 52,8": a year heading a row of values is its label (a chart's data written sideways)
    const yearRow = s !== undefined && s.words === 0 && s.yearFirst && s.numbers >= 2;
    if (!s || s.numbers === 0 || (s.words === 0 && !yearRow)) {
      if (block && ++gap > 1) close();
      continue;
    }
    gap = 0;
    if (!block)
      block = {
        top: Math.max(0, r - 1),
        bottom: r,
        left: s.left,
        right: s.right,
        rows: 0,
        numbers: 0,
        yearRows: 0,
      };
    block.bottom = r;
    block.left = Math.min(block.left, s.left);
    block.right = Math.max(block.right, s.right);
    block.rows++;
    if (yearRow) block.yearRows++;
    block.numbers += yearRow ? s.numbers - 1 : s.numbers;
  }
  close();
  return out;
}

function withoutHeader(g: Grid, rect: Rect, sideways: boolean): BlokTakTerbaca {
  const range = rangeOf(g, rect);
  const at = `${g.name}!${range}`;
  if (sideways) return sidewaysBlock(g, range, at);
  return {
    sheet: g.name,
    range,
    kode: "TANPA_JUDUL_KOLOM",
    pesan: {
      id: `Blok ${at} berisi angka di samping teks, tetapi tidak ada baris judul kolom yang dikenali di atasnya (mis. "Indikator", "Target", "Realisasi", "Pagu"). Bila ini data kinerja, pilih rentangnya dan nyatakan jenis tabelnya; bila bukan, abaikan.`,
      en: `The block ${at} holds numbers beside text, but no column header row the reader knows stands above it (such as "Indikator", "Target", "Realisasi", "Pagu"). If it is performance data, select its range and say what table it is; if not, ignore it.`,
    },
  };
}

/**
 * Years down the first column and values across ("Tahun | Persentase PMKS | Persentase PSKS"): a chart's data
 * with indicators as columns. DOMAIN.md's tables put indicators in rows; which column is which indicator, and
 * whether a value is a target or a realisasi, is not stated, so the block is listed, never guessed.
 */
function sidewaysBlock(g: Grid, range: string, at: string): BlokTakTerbaca {
  return {
    sheet: g.name,
    range,
    kode: "TANPA_JUDUL_KOLOM",
    pesan: {
      id: `Blok ${at} menyamping: tahun tertulis per baris dan nilainya per kolom (seperti data grafik), tanpa judul kolom yang menyatakan indikator serta target atau realisasi. Blok ini tidak dibaca. Bila ini data kinerja, susun indikator sebagai baris (Indikator | Target 2024 | Realisasi 2024 …) atau pilih rentangnya dan nyatakan peran kolomnya.`,
      en: `The block ${at} is sideways: years run down the rows and the values across the columns (like a chart's data), with no column header saying which indicator and whether target or realisasi. It is not read. If it is performance data, lay the indicators out as rows (Indicator | Target 2024 | Realisasi 2024 …) or select its range and say what its columns hold.`,
    },
  };
}
