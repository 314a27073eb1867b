/**
 * The level of a row from the eselon that holds it (DOMAIN.md: eselon II holds tujuan and sasaran, III the
 * programs, IV the kegiatan and sub kegiatan), written as "II" / "III.a" / "Eselon IV", or as the post
 * ("Kepala Dinas", "Kabid …", "Kasi …", "Pejabat Administrator"), in a column headed "Eselon", "Tingkat",
 * "Jenjang" or "Jabatan". Where an eselon holds two levels, the name column's header decides when it lists
 * only one of them ("Sasaran Strategis / Program / Kegiatan": II the sasaran, IV the kegiatan).
 */
import type { ColumnMapping } from "../engine/mapping";
import type { Level } from "../engine/model";

/** A column whose cells may say an eselon: not a penanggung jawab (an IKU's owner holds a sasaran's indicator). */
const ESELON_HEADER = /\b(eselon|tingkat|tingkatan|jenjang|level|jabatan|pejabat)\b/i;
const NAME_ROLES = new Set<string>(["nama", "sasaran", "tujuan", "program", "kegiatan", "subkegiatan"]);

const NUMERAL = /^\s*(?:eselon\s*)?(ii|iii|iv)(?:\s*[.\-/]?\s*[ab])?\s*$/i;
/** posts by eselon, as agencies write them (full and short forms, the 2019 names of the ranks) */
const POSTS: [RegExp, 2 | 3 | 4][] = [
  [
    /^(kepala (sub ?bagian|sub ?bidang|seksi|subbag|sub ?bag)|kasubb?ag|kasubb?id|kasie?|kasubsi|(pejabat )?pengawas)\b/i,
    4,
  ],
  [/^(sekretaris|kepala (bidang|bagian)|kabid|kabag|(pejabat )?administrator)\b/i, 3],
  [/^(kepala (dinas|badan)|kadis|kaban|direktur|(pejabat )?(pimpinan tinggi|jpt)( pratama)?)\b/i, 2],
];
const HOLDS: Record<2 | 3 | 4, Level[]> = {
  2: ["sasaran", "tujuan"],
  3: ["program"],
  4: ["kegiatan", "subkegiatan"],
};

/** The eselon (2, 3, 4) a cell says, or undefined. */
export function eselonOf(text: string): 2 | 3 | 4 | undefined {
  if (text === "") return undefined;
  const m = NUMERAL.exec(text);
  if (m) return ({ ii: 2, iii: 3, iv: 4 } as const)[m[1]!.toLowerCase() as "ii" | "iii" | "iv"];
  const t = text.trim();
  for (const [re, es] of POSTS) if (re.test(t)) return es;
  return undefined;
}

/** The columns left of the indicators whose header names an eselon or a post. */
export function eselonColumns(columns: ColumnMapping[], before: number): ColumnMapping[] {
  return columns.filter(
    (c) =>
      c.col < before &&
      !NAME_ROLES.has(c.role) &&
      c.role !== "indikator" &&
      c.role !== "penanggungJawab" &&
      ESELON_HEADER.test(c.header) &&
      !/\b(penanggung|jawab)\b/i.test(c.header),
  );
}

/** The levels the name columns' headers list, "Sasaran Strategis / Program / Kegiatan" → three. */
export function namedLevels(columns: ColumnMapping[]): Set<Level> {
  const out = new Set<Level>();
  for (const c of columns) {
    if (!NAME_ROLES.has(c.role)) continue;
    const h = c.header.toLowerCase().replace(/\bsub[\s.-]*(?=keg)/g, "sub");
    if (/\btujuan\b/.test(h)) out.add("tujuan");
    if (/\bsasaran\b/.test(h)) out.add("sasaran");
    if (/\bprogram\b/.test(h)) out.add("program");
    if (/(?<!sub)kegiatan\b/.test(h)) out.add("kegiatan");
    if (/\bsubkegiatan\b/.test(h)) out.add("subkegiatan");
  }
  return out;
}

/**
 * The levels an eselon cell allows: III the program; II and IV the one of their two levels the name header
 * lists, else both, the usual one first (sasaran above the programs, kegiatan below them).
 */
export function levelsOfEselon(text: string, named: Set<Level>): Level[] | undefined {
  const es = eselonOf(text);
  if (es === undefined) return undefined;
  const holds = HOLDS[es];
  const listed = holds.filter((l) => named.has(l));
  return listed.length === 1 ? listed : holds;
}
