/**
 * The scale legends of a sheet, kept for the engine to compare with the run's scale: a box of ranges and
 * words beside a table (a band skala-legend.ts set apart) or under it ("Keterangan Predikat:", then "> 100 %
 * | Sangat Baik" …, which may end the table's own rows or follow them). Only a table's last rows and the
 * few under it are looked at, not the whole sheet: a legend closes a table.
 */
import { rangeAddress } from "../engine/address";
import type { BarisLegenda, LegendaSkala } from "../engine/mapping";
import type { Band } from "./bands";
import type { Grid } from "./grid";
import { isHurufMutu, isLegendWord, isRangeCell } from "./skala-legend";
import { legendaSatuSel } from "./legenda-sel";
import type { FoundTable } from "./tables";

/** a legend under a table starts within a few rows of its last line (a gap, a title, a header) */
const JARAK_BAWAH = 4;
const MIN_BARIS = 3;
const MAX_BARIS = 15;

interface Kotak {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** "1", "2.", "IV", "A", "BB": a band's number or letter beside its range and word, nothing of a table's row */
const PENANDA = /^(\d{1,2}\.?|[ivx]{1,4}\.?|\p{Lu}{1,2}[+-]?)$/iu;

/**
 * The word column of a legend row whose range is at (r, rc), else its letter's; -1 for a range with neither
 * beside it; null when the row holds anything else (an indicator's name, a value): a table's row, not a band.
 */
function kataBaris(g: Grid, k: Kotak, r: number, rc: number): number | null {
  let kata = -1;
  let huruf = -1;
  for (let c = k.left; c <= k.right; c++) {
    if (c === rc) continue;
    const t = g.text(r, c);
    // a letter grade is the band's word when the row prints no other (a legend graded in letters)
    if (huruf < 0 && isHurufMutu(t)) huruf = c;
    if (t === "" || PENANDA.test(t)) continue;
    if (kata >= 0 || !isLegendWord(t) || t.length > 40) return null;
    kata = c;
  }
  return kata >= 0 ? kata : huruf;
}

/** The column of the box holding most legend rows (at least three). */
function kolomRentang(g: Grid, k: Kotak): number {
  let best = -1;
  let most = MIN_BARIS - 1;
  for (let c = k.left; c <= k.right; c++) {
    let n = 0;
    for (let r = k.top; r <= k.bottom; r++) {
      const w = isRangeCell(g.text(r, c)) ? kataBaris(g, k, r, c) : null;
      if (w !== null && w >= 0) n++;
    }
    if (n > most) {
      best = c;
      most = n;
    }
  }
  return best;
}

interface Ditemukan {
  legenda: LegendaSkala;
  /** the box's rows of the first band, its range column and its words' column */
  top: number;
  rc: number;
  kc: number;
}

/**
 * The legend in a box: one run of rows holding a range and its word and nothing else (a blank row between
 * bands allowed), at least three with a word. A range without a word is kept: the engine names it unread.
 */
function legendaDalam(g: Grid, k: Kotak): Ditemukan | null {
  const rc = kolomRentang(g, k);
  if (rc < 0) return null;
  const baris: BarisLegenda[] = [];
  let [top, bottom, kiri, kanan, kc] = [-1, -1, rc, rc, -1];
  for (let r = k.top; r <= k.bottom; r++) {
    const t = g.text(r, rc);
    const c = isRangeCell(t) ? kataBaris(g, k, r, rc) : null;
    if (c === null) {
      if (bottom >= 0 && (t !== "" || r - bottom > 1)) break;
      continue;
    }
    baris.push({ rentang: t, kata: c >= 0 ? g.text(r, c) : "", sel: g.ref(r, rc) });
    if (c >= 0) [kiri, kanan, kc] = [Math.min(kiri, c), Math.max(kanan, c), kc < 0 ? c : kc];
    if (top < 0) top = r;
    bottom = r;
  }
  const worded = baris.filter((b) => b.kata !== "").length;
  if (worded < MIN_BARIS || baris.length > MAX_BARIS) return null;
  const range = rangeAddress(g.absRow(top), g.absCol(kiri), bottom - top + 1, kanan - kiri + 1);
  return { legenda: { sheet: g.name, range, baris }, top, rc, kc };
}

/** The legend printed in a band set apart as one. */
export function legendaBand(g: Grid, band: Band): LegendaSkala | null {
  return legendaDalam(g, { top: 0, bottom: g.rows - 1, left: band.from, right: band.to })?.legenda ?? null;
}

/** Above a legend: a blank line, its title ("Keterangan Predikat:") or its header in its own two columns. */
function pengantar(g: Grid, t: FoundTable, r: number, l: Ditemukan): boolean {
  let filled = 0;
  for (let c = t.colStart; c <= t.colEnd; c++) {
    const x = g.text(r, c);
    if (x === "") continue;
    filled++;
    const title = x.endsWith(":") && filled === 1;
    if (!title && ((c !== l.rc && c !== l.kc) || !isLegendWord(x))) return false;
  }
  return true;
}

/** The one filled cell of row r between two columns, or -1 (none, or more than one). */
function satuSel(g: Grid, r: number, left: number, right: number): number {
  let cell = -1;
  for (let c = left; c <= right; c++) {
    if (!g.isAnchor(r, c) || g.text(r, c) === "") continue;
    if (cell >= 0) return -1;
    cell = c;
  }
  return cell;
}

/**
 * A legend printed in one cell (legenda-sel.ts) closing a table's rows or within a few rows under them,
 * and its row. Only the rows around the table's end are looked at, one cell a row.
 */
function legendaSatuBaris(g: Grid, t: FoundTable, top: number, bottom: number) {
  for (let r = top; r <= Math.min(bottom, t.lastDataRow + JARAK_BAWAH); r++) {
    const c = satuSel(g, r, t.colStart, t.colEnd);
    // the cell as typed: a line break may be what separates its bands (the grid's text folds it to a space)
    const v = c < 0 ? undefined : g.value(r, c);
    const pita = typeof v === "string" ? legendaSatuSel(v) : undefined;
    if (!pita) continue;
    const sel = g.ref(r, c);
    const legenda: LegendaSkala = { sheet: g.name, range: sel.cell, baris: pita.map((b) => ({ ...b, sel })) };
    return { legenda, row: r };
  }
  return undefined;
}

/** Whether a row between a table's first data row and `to` holds a value: rows the table still needs. */
function adaNilai(g: Grid, t: FoundTable, from: number, to: number): boolean {
  for (let r = from; r <= to; r++)
    for (let c = t.colStart; c <= t.colEnd; c++) if (/\d/.test(g.text(r, c))) return true;
  return false;
}

/**
 * A one-cell legend closing a table's rows is cut off them with its title line ("Keterangan:") and the
 * empty rows above, unless rows of values follow it (then it stays a line of the table, and is still kept).
 */
function potongSatuBaris(g: Grid, t: FoundTable, row: number, potong: boolean): void {
  if (!potong || row > t.lastDataRow || adaNilai(g, t, row + 1, t.lastDataRow)) return;
  let last = row - 1;
  const pengantarSel = (r: number) => {
    const c = satuSel(g, r, t.colStart, t.colEnd);
    return c < 0 ? adaIsi(g, t, r) === false : g.text(r, c).endsWith(":") && !/\d/.test(g.text(r, c));
  };
  while (last >= t.firstDataRow && pengantarSel(last)) last--;
  if (last >= t.firstDataRow) t.lastDataRow = last;
}

function adaIsi(g: Grid, t: FoundTable, r: number): boolean {
  for (let c = t.colStart; c <= t.colEnd; c++) if (g.text(r, c) !== "") return true;
  return false;
}

/**
 * The legend printed under a table, or closing its rows (above the next table in the same columns). A
 * legend inside the table's rows, with its title and header, is cut off the table: its bands are no
 * indicators ("91 ke atas" with the target "Sangat Tinggi"). `potong` false: kept, not cut (a declared range).
 */
export function pisahkanLegenda(
  g: Grid,
  t: FoundTable,
  tables: ReadonlyArray<FoundTable>,
  potong = true,
): LegendaSkala | null {
  let bottom = Math.min(g.rows - 1, t.lastDataRow + JARAK_BAWAH + MAX_BARIS);
  for (const o of tables) {
    const top = o.headerRows[0] ?? o.firstDataRow;
    if (top > t.lastDataRow && o.colStart <= t.colEnd && t.colStart <= o.colEnd)
      bottom = Math.min(bottom, top - 1);
  }
  const top = Math.max(t.firstDataRow, t.lastDataRow - JARAK_BAWAH - MAX_BARIS);
  const l = legendaDalam(g, { top, bottom, left: t.colStart, right: t.colEnd });
  if (!l) {
    const sel = legendaSatuBaris(g, t, top, bottom);
    if (sel) potongSatuBaris(g, t, sel.row, potong);
    return sel?.legenda ?? null;
  }
  if (!potong) return l.legenda;
  let last = Math.min(t.lastDataRow, l.top - 1);
  while (last >= t.firstDataRow && pengantar(g, t, last, l)) last--;
  // a table of nothing but the legend is left as found: it gives no indicator either way
  if (last >= t.firstDataRow) t.lastDataRow = last;
  return l.legenda;
}

/** The sheet's legends: beside its tables (the bands given) and with each table (found already); each once. */
export function legendaSkala(
  g: Grid,
  bands: ReadonlyArray<Band>,
  perTabel: ReadonlyArray<LegendaSkala>,
): LegendaSkala[] {
  const out = new Map<string, LegendaSkala>();
  for (const b of bands) {
    const l = legendaBand(g, b);
    if (l) out.set(l.range, l);
  }
  for (const l of perTabel) if (!out.has(l.range)) out.set(l.range, l);
  return [...out.values()];
}
