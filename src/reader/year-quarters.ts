/**
 * Quarter rows under each year of a Tahun column: "Indikator | Tahun | Triwulan | Target | Realisasi", each
 * indicator over its years, each year over its quarters ("TW I … TW IV", "1 … 4", a year line "Tahunan").
 * The year is written on every quarter row, merged down over them, or on its first quarter only: it is
 * carried down to the quarter rows under it. Read only when the evidence leaves no doubt: every year block
 * gives the same quarter sequence, each quarter once, and each indicator gives its years once in one order.
 * Otherwise the first row that breaks it is named with why, and the table is listed, not read.
 */
import type { Pesan } from "../engine/model";
import type { Grid } from "./grid";
import type { FoundTable } from "./tables";

/** What quarters.ts says a row is: a quarter 1–4, the year's own line, or neither. */
type QuarterOf = (r: number) => number | "tahun" | undefined;

export type YearQuarterCheck = { continues: Uint8Array } | { row: number; why: Pesan };

interface IndicatorBlock {
  key: number;
  text: string;
  years: Set<number>;
  last: number;
  dir: number;
}

interface YearBlock {
  year: number;
  row: number;
  seq: (number | "tahun")[];
}

const pesan = (id: string, en: string): Pesan => ({ id, en });

const label = (q: number | "tahun"): string => (q === "tahun" ? "tahunan" : `TW ${q}`);
const shown = (seq: (number | "tahun")[]): string => seq.map(label).join(", ");

class Broken {
  constructor(
    readonly row: number,
    readonly why: Pesan,
  ) {}
}

/** The quarter sequence every year block must give: the first one's. */
class Pattern {
  private seq: (number | "tahun")[] | undefined;
  private year = 0;

  close(g: Grid, yr: YearBlock | undefined): void {
    if (!yr) return;
    if (!this.seq) {
      this.seq = yr.seq;
      this.year = yr.year;
      return;
    }
    if (shown(yr.seq) === shown(this.seq)) return;
    throw new Broken(
      g.absRow(yr.row),
      pesan(
        `tahun ${yr.year} memberi triwulan ${shown(yr.seq)}, tahun ${this.year} memberi ${shown(this.seq)}`,
        `the year ${yr.year} gives the quarters ${shown(yr.seq)}, the year ${this.year} gives ${shown(this.seq)}`,
      ),
    );
  }
}

/** A new year under the indicator: given once, the years running one way. */
function openYear(g: Grid, r: number, y: number, ind: IndicatorBlock): YearBlock {
  if (ind.years.has(y))
    throw new Broken(
      g.absRow(r),
      pesan(
        `tahun ${y} muncul dua kali untuk satu indikator`,
        `the year ${y} is given twice for one indicator`,
      ),
    );
  const dir = ind.last === 0 ? 0 : Math.sign(y - ind.last);
  if (ind.dir !== 0 && dir !== ind.dir)
    throw new Broken(
      g.absRow(r),
      pesan(
        `urutan tahun berbalik (${ind.last} lalu ${y}) dalam satu indikator`,
        `the years turn back (${ind.last} then ${y}) within one indicator`,
      ),
    );
  if (dir !== 0) ind.dir = dir;
  ind.last = y;
  ind.years.add(y);
  return { year: y, row: r, seq: [] };
}

/** One year per indicator, each its own ("Tahun Ditetapkan"): no run of years repeating per indicator. */
function oneYearEach(g: Grid, t: FoundTable, blocks: IndicatorBlock[]): void {
  const one = blocks.filter((b) => b.years.size === 1).length;
  if (one * 2 <= blocks.length) return;
  throw new Broken(
    g.absRow(t.firstDataRow),
    pesan(
      `${one} dari ${blocks.length} indikator hanya memberi satu tahun`,
      `${one} of ${blocks.length} indicators give one year only`,
    ),
  );
}

/**
 * Checks the blocks and fills `yearOf` down to the quarter rows that leave the year blank. `continues`
 * marks each row that continues the indicator block above it (blank or merged indicator cell, or its
 * text again), the rule the rows are then read by.
 */
export function yearQuarterBlocks(
  g: Grid,
  t: FoundTable,
  ic: number,
  yearOf: Uint16Array,
  quarterOf: QuarterOf,
): YearQuarterCheck {
  const continues = new Uint8Array(yearOf.length);
  const pattern = new Pattern();
  let ind: IndicatorBlock | undefined;
  let yr: YearBlock | undefined;
  const blocks: IndicatorBlock[] = [];
  try {
    for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
      const i = r - t.firstDataRow;
      const q = quarterOf(r);
      const text = g.text(r, ic);
      if (q === undefined) {
        if (yearOf[i] !== 0)
          throw new Broken(
            g.absRow(r),
            pesan(
              `tahun ${yearOf[i]} tanpa triwulan di antara baris triwulan`,
              `the year ${yearOf[i]} has no quarter among the quarter rows`,
            ),
          );
        // a section line or a total closes the blocks above it; a blank row leaves them open
        if (text !== "") {
          pattern.close(g, yr);
          ind = yr = undefined;
        }
        continue;
      }
      const key = g.anchorKey(r, ic);
      const same =
        ind !== undefined && (text === "" || (!g.isAnchor(r, ic) && key === ind.key) || text === ind.text);
      if (!same) {
        if (text === "")
          throw new Broken(
            g.absRow(r),
            pesan(`${label(q)} tanpa indikator di atasnya`, `${label(q)} has no indicator above it`),
          );
        pattern.close(g, yr);
        yr = undefined;
        ind = { key, text, years: new Set(), last: 0, dir: 0 };
        blocks.push(ind);
      } else continues[i] = 1;
      const y = yearOf[i]!;
      if (y === 0 && !yr)
        throw new Broken(
          g.absRow(r),
          pesan(`${label(q)} tanpa tahun di atasnya`, `${label(q)} has no year above it`),
        );
      if (y !== 0 && y !== yr?.year) {
        pattern.close(g, yr);
        yr = openYear(g, r, y, ind!);
      }
      const block = yr!;
      if (block.seq.includes(q))
        throw new Broken(
          g.absRow(r),
          pesan(
            `${label(q)} muncul dua kali dalam tahun ${block.year}`,
            `${label(q)} is given twice in the year ${block.year}`,
          ),
        );
      block.seq.push(q);
      yearOf[i] = block.year;
    }
    pattern.close(g, yr);
    oneYearEach(g, t, blocks);
  } catch (e) {
    if (e instanceof Broken) return { row: e.row, why: e.why };
    throw e;
  }
  return { continues };
}
