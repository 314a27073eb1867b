/**
 * Regenerates test/fixtures/corpus/*.json from the shared corpus (cases.json), so engine tests run on
 * real rows without reading outside the repository. Usage:
 *   npx tsx scripts/make-corpus-fixture.ts <path-to-cases.json>
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

type Row = Record<string, unknown> & {
  seed: string;
  line: number;
  target: unknown;
  realisasi: unknown;
  capaian_reported: unknown;
  note: string | null;
  raw: unknown;
};

const source = process.argv[2];
if (!source) {
  console.error("usage: npx tsx scripts/make-corpus-fixture.ts <path-to-cases.json>");
  process.exit(2);
}
const outDir = join("test", "fixtures", "corpus");
const rows = JSON.parse(readFileSync(source, "utf8")) as Row[];

/** Reads a number as the corpus notes write it ("107,71", "123.08"). */
function noteNumber(s: string): number {
  return s.includes(",") ? Number(s.replace(/\./g, "").replace(",", ".")) : Number(s);
}

/**
 * What the corpus note itself says about a printed capaian: "a/b = X ... printed Y". The print is wrong
 * when the note calls it wrong, or when its own two figures differ by more than DOMAIN.md's 0,5 point.
 */
function noteVerdict(
  note: string | null,
  target: number,
  realisasi: number,
): { computed: number | null; printed: number | null; wrong: boolean } {
  if (!note) return { computed: null, printed: null, wrong: false };
  // Only "R/T = X" of this very row counts as the note's capaian (notes also quote other ratios).
  const computed = /(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)(?:\s*\*\s*100)?\s*=\s*(\d+(?:[.,]\d+)?)/.exec(note);
  const printed = /printed\s+(\d+(?:[.,]\d+)?)/i.exec(note);
  const ofRow =
    computed !== null &&
    noteNumber(computed[1] as string) === realisasi &&
    noteNumber(computed[2] as string) === target;
  const c = computed && ofRow ? noteNumber(computed[3] as string) : null;
  const p = printed ? noteNumber(printed[1] as string) : null;
  const saysWrong = /WRONG CAPAIAN|copied into capaian/i.test(note);
  return { computed: c, printed: p, wrong: saysWrong || (c !== null && p !== null && Math.abs(c - p) > 0.5) };
}

const slim = (r: Row): Record<string, unknown> => {
  const keep = [
    "seed",
    "line",
    "table",
    "level",
    "sasaran",
    "indikator",
    "satuan",
    "year",
    "target",
    "realisasi",
    "capaian_reported",
    "predikat_reported",
    "history",
    "history_targets",
    "renstra_targets",
    "baseline",
    "anggaran",
    "note",
    "raw",
    "checks",
    "flags",
  ];
  const o: Record<string, unknown> = {};
  for (const k of keep) if (k in r) o[k] = r[k];
  o.seed = r.seed.slice(0, 3);
  return o;
};

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

const capaian = rows
  .filter((r) => isNum(r.target) && r.target > 0 && isNum(r.realisasi) && isNum(r.capaian_reported))
  .map((r) => {
    const v = noteVerdict(r.note, r.target as number, r.realisasi as number);
    return { ...slim(r), noteComputed: v.computed, notePrinted: v.printed, cetakSalah: v.wrong };
  });

const pick = (seed: string, line: number): Row[] =>
  rows.filter((r) => r.seed.startsWith(seed) && r.line === line);
const seeds: Array<[string, number]> = [
  ["001", 810],
  ["001", 811],
  ["001", 812],
  ["000", 2740],
  ["000", 4926],
  ["000", 5464],
  ["000", 3862],
  ["000", 7053],
  ["000", 5522],
  ["000", 6081],
  ["002", 183],
  ["002", 184],
  ["002", 229],
  ["002", 230],
  ["002", 274],
  ["002", 275],
  ["002", 276],
  ["002", 277],
  ["002", 367],
  ["002", 368],
  ["002", 375],
];
const temuan = seeds.flatMap(([s, l]) => pick(s, l)).map(slim);
const psks = rows
  .filter((r) => r.seed.startsWith("002") && String(r.table).startsWith("Tabel 3. 5"))
  .map(slim);

const renstra = rows
  .filter((r) => typeof r.checks === "object" && r.checks !== null && "target_ok" in (r.checks as object))
  .map(slim);

const anggaran = rows.filter((r) => r.anggaran !== null && typeof r.anggaran === "object").map(slim);

const rawRows = rows
  .filter((r) => Array.isArray(r.raw) && (isNum(r.target) || isNum(r.realisasi) || isNum(r.capaian_reported)))
  .map(slim);

mkdirSync(outDir, { recursive: true });
const write = (name: string, data: unknown): void => {
  writeFileSync(join(outDir, name), `${JSON.stringify(data, null, 1)}\n`);
  console.log(`${name}: ${Array.isArray(data) ? data.length : 1} rows`);
};
write("capaian-rows.json", capaian);
write("temuan-seeds.json", temuan);
write("psks-tabel-3-5.json", psks);
write("renstra-akhir.json", renstra);
write("anggaran-rows.json", anggaran);
write("raw-rows.json", rawRows);
