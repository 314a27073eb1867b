/**
 * The same budget line in two tables (the budget recap and the budget per sasaran, say) must print the
 * same pagu and realisasi. Lines are matched by kode, else by name; within one table a name may repeat.
 */
import type { AnggaranRow, SourcedValue, Temuan } from "../engine/model";
import { sameNumberPrinted } from "../engine/nilai-tercetak";
import { anggaranBerbeda, shown } from "./temuan";
import { normIndicator } from "./text";

const PROGRAM_WORD = /^program /;
type Field = {
  get: (r: AnggaranRow) => SourcedValue | undefined;
  words: { id: string; en: string };
  tol: number;
};
const FIELDS: Field[] = [
  { get: (r) => r.anggaran.pagu, words: { id: "Pagu", en: "The budget ceiling" }, tol: 0.5 },
  {
    get: (r) => r.anggaran.realisasi,
    words: { id: "Realisasi anggaran", en: "The budget realisasi" },
    tol: 0.5,
  },
  {
    get: (r) => r.anggaran.persenTercetak,
    words: { id: "Persentase realisasi anggaran", en: "The budget absorption" },
    tol: 0.005,
  },
  { get: (r) => r.capaianTercetak, words: { id: "Capaian kinerja", en: "The capaian" }, tol: 0.005 },
];

function keyOf(r: AnggaranRow): string {
  return r.kode ?? normIndicator(r.nama).replace(PROGRAM_WORD, "");
}

/** Amounts only: a grade's score is no budget figure. */
function amount(v: SourcedValue | undefined): number | undefined {
  return v?.parsed.kind === "number" ? v.parsed.value : undefined;
}

/** `tables`: the budget lines of each table, table by table. */
export function anggaranAntarTabel(tables: AnggaranRow[][]): Temuan[] {
  const out: Temuan[] = [];
  const first = new Map<string, AnggaranRow>();
  for (const rows of tables) {
    const seenHere = new Set<string>();
    for (const row of rows) {
      const k = keyOf(row);
      if (k === "" || seenHere.has(k)) continue;
      seenHere.add(k);
      const kept = first.get(k);
      if (!kept) {
        first.set(k, row);
        continue;
      }
      for (const f of FIELDS) {
        const a = f.get(kept);
        const b = f.get(row);
        const x = amount(a);
        const y = amount(b);
        if (x === undefined || y === undefined || Math.abs(x - y) <= f.tol || !a?.source || !b?.source)
          continue;
        // "95,19" typed against 0,95185 under a percent format: one number as printed
        if (sameNumberPrinted(a, b)) continue;
        out.push(anggaranBerbeda(f.words, row.nama, a.source, shown(a), b.source, shown(b)));
      }
    }
  }
  return out;
}
