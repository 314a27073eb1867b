/**
 * An indicator table whose rows are programs, their kegiatan and sub kegiatan, each with its pagu and
 * realisasi anggaran (a Renja evaluation): the money adds up level by level (DOMAIN.md: program = Σ
 * kegiatan = Σ sub kegiatan), checked as a budget table's rows are (engine temuanRollUp). A row is an
 * element of its level only where its name cell is its own (a second indicator of the same kegiatan,
 * under its merged or blank name, prints the same money again and is no child of its own).
 */
import type { AnggaranRow, Level, SourcedValue } from "../engine/model";
import { temuanRollUp } from "../engine/findings";
import { TOLERANSI_RUPIAH } from "../engine/findings-anggaran";
import { numOf } from "../engine/indicator-kind";
import { rel, type ReadContext } from "./read-context";
import type { IndicatorRecord } from "./read-model";

const DEPTH: Partial<Record<Level, number>> = { program: 0, kegiatan: 1, subkegiatan: 2 };

/** The row's own name cell for its level: the level's column of a staircase, else the first name column. */
function ownName(cx: ReadContext, rec: IndicatorRecord): string | undefined {
  const col = cx.levels.ladder.find((c) => c.role === rec.level) ?? cx.nameCols[0];
  if (!col) return undefined;
  const r = rec.row - cx.g.absRow(0);
  const c = rel(cx, col.col);
  const text = cx.g.text(r, c);
  return text !== "" && cx.g.isAnchor(r, c) ? text : undefined;
}

function money(rec: IndicatorRecord, role: "pagu" | "realisasiAnggaran"): SourcedValue | undefined {
  for (let k = 0; k < rec.slots.length; k++) {
    const s = rec.slots[k]!;
    if (s.role === role && s.triwulan === undefined) return rec.values[k];
  }
  return undefined;
}

/**
 * Whether some parent's pagu or realisasi is the sum of its children's: the table lists every child of
 * an element (a Renstra matrix may list only the kegiatan that carry an indicator, and adds up nowhere).
 */
function addsUpSomewhere(rows: AnggaranRow[]): boolean {
  const sums = new Map<string, { pagu: number; realisasi: number }>();
  for (const r of rows) {
    if (!r.parentId) continue;
    const s = sums.get(r.parentId) ?? { pagu: 0, realisasi: 0 };
    s.pagu += numOf(r.anggaran.pagu) ?? NaN;
    s.realisasi += numOf(r.anggaran.realisasi) ?? NaN;
    sums.set(r.parentId, s);
  }
  return rows.some((p) => {
    const s = sums.get(p.id);
    if (!s) return false;
    const near = (own: number | null, sum: number) => own !== null && Math.abs(own - sum) <= TOLERANSI_RUPIAH;
    return near(numOf(p.anggaran.pagu), s.pagu) || near(numOf(p.anggaran.realisasi), s.realisasi);
  });
}

/**
 * The Σ findings of a table of several budget levels with one pagu and one realisasi anggaran column (not
 * a plan's money per year), once the table adds up somewhere; none otherwise.
 */
export function rollUpTemuan(cx: ReadContext): void {
  const count = (role: string) => cx.valueCols.filter((c) => c.role === role).length;
  const pagu = count("pagu");
  const real = count("realisasiAnggaran");
  if (pagu + real === 0 || pagu > 1 || real > 1) return;
  const rows: AnggaranRow[] = [];
  // the open element of each depth: a row's parent is the nearest shallower one above it
  const open: (AnggaranRow | undefined)[] = [];
  const depths = new Set<number>();
  for (const rec of cx.out.records) {
    const d = DEPTH[rec.level];
    if (d === undefined) continue;
    const nama = ownName(cx, rec);
    if (nama === undefined) continue;
    const pagu = money(rec, "pagu");
    const realisasi = money(rec, "realisasiAnggaran");
    open.length = d;
    const parent = open.findLast((p) => p !== undefined);
    const row: AnggaranRow = {
      id: `${cx.id}:${rec.row}`,
      level: rec.level as AnggaranRow["level"],
      nama,
      anggaran: { ...(pagu ? { pagu } : {}), ...(realisasi ? { realisasi } : {}) },
      source: rec.rowRef,
      ...(parent ? { parentId: parent.id } : {}),
    };
    open[d] = row;
    rows.push(row);
    depths.add(d);
  }
  if (depths.size >= 2 && addsUpSomewhere(rows)) temuanRollUp(rows, cx.out.temuan);
}
