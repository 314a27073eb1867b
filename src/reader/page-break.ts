/**
 * A table printed over two pages carries the page's furniture between its last row and its repeated
 * header: the page number ("- 21 -", "Hal. 21", "Halaman 3 dari 12", "Page 4"), the table's title again
 * ("Tabel 3.1 (lanjutan)", "Tabel 3.1 (sambungan)", "Table 3.1 (continued)", or the title word for word)
 * and empty rows. Those lines are no new table's title: the table goes on under the repeated header when
 * its numbering resumes there, when a line between says the table continues, or when the page printed the
 * table's own title again (near-equal: case, punctuation, a page number, its table number alone) and no
 * numbering starts over under it. Another table's title (another number, year or agency) is a new table.
 */
import type { Grid } from "./grid";
import { isBlank, type RowInfo } from "./row-info";

/** "- 21 -", "– 21 –", "Hal. 21", "Halaman 21 dari 40", "Page 4 of 9", "21/40", "(21)", a lone 21 */
const PAGE_NUMBER =
  /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\(\s*\d{1,4}\s*\)|(?:hal(?:aman)?\.?|page|hlm\.?)\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?|\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?)$/i;

/** "(lanjutan)", "lanj.", "sambungan", "continued", "cont'd": the same table goes on */
export const CONTINUES = /\b(?:lanjutan|sambungan|lanj\.|continued|cont'd|cont\.)(?=\W|$)|\(lanj/i;

/** how many rows of page furniture (empty rows included) may stand between a table and its repeat */
const FURNITURE_ROWS = 6;

export interface PageBreak {
  /** the row of the repeated header */
  header: number;
  /** a line between said the table goes on */
  saysContinued: boolean;
  /** a line between printed the table's own title again */
  sameTitle: boolean;
}

/** A page number closing a repeated title ("… TAHUN 2024 - 12 -", "… (hal. 3)"): not the title's words. */
const TRAILING_PAGE =
  /\s*(?:\s[-–—]\s*\d{1,4}\s*[-–—]|\(\s*(?:(?:hal(?:aman)?\.?|page|hlm\.?)\s*)?\d{1,4}\s*\)|(?:hal(?:aman)?\.?|page|hlm\.?)\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?)\s*$/i;
/** the continuation word itself, brackets included, to take out of a title's words */
const CONTINUES_WORD = /\(?\b(?:lanjutan|sambungan|lanj\.?|continued|cont'd|cont\.)(?=\W|$)\)?/gi;
/** "Tabel 3.1", "Table 3.2.1": the number that names a table, however its words are repeated */
const LABEL = /^(?:tabel|table)\s+(\d+(?:\.\d+)*)/;
const LABEL_ONLY = /^(?:tabel|table) [\d.]+$/;

/**
 * A title's words as a key: lower case, no punctuation, without a continuation word or a page number, so
 * "Tabel 3.1 Pengukuran Kinerja (lanjutan)", "TABEL 3.1 PENGUKURAN KINERJA." and "… Kinerja - 7 -" key alike
 * while "Tabel 3.2 …" or another year does not.
 */
export function titleKey(t: string): string {
  const words = t.replace(TRAILING_PAGE, "").replace(CONTINUES_WORD, " ").toLowerCase();
  return (words.match(/\d+(?:[.,]\d+)*|\p{L}+/gu) ?? []).join(" ");
}

interface OwnTitle {
  /** the keys of the title's lines, one by one and together */
  keys: Set<string>;
  /** its table number ("3.1"), when it states one */
  label?: string;
}

/** The one-cell title lines right above the header block: a page may print them again, whole or near. */
function ownTitle(g: Grid, infos: RowInfo[], top: number): OwnTitle {
  const keys = new Set<string>();
  const lines: string[] = [];
  for (let t = top - 1; t >= 0 && t >= top - 4; t--) {
    const info = infos[t]!;
    if (info.anchors.length !== 1) continue;
    const key = titleKey(g.text(t, info.anchors[0]!));
    if (key === "") continue;
    keys.add(key);
    lines.unshift(key);
  }
  if (lines.length > 1) keys.add(lines.join(" "));
  const label = lines.map((k) => LABEL.exec(k)?.[1]).find((l) => l !== undefined);
  return label === undefined ? { keys } : { keys, label };
}

type Furniture = "page" | "continues" | "title" | undefined;

/**
 * What a one-cell line between the rows and the repeated header is: a page number, a line saying the table
 * goes on ("Tabel 3.1 (lanjutan)"), the table's own title again (word for word or but for case,
 * punctuation and a page number, or its number alone), or none of these (another table's title: "Tabel
 * 3.2 (lanjutan)" continues 3.2, not 3.1).
 */
function furnitureOf(t: string, own: () => OwnTitle): Furniture {
  if (PAGE_NUMBER.test(t)) return "page";
  const key = titleKey(t);
  const title = own();
  const label = LABEL.exec(key)?.[1];
  if (label !== undefined && title.label !== undefined && label !== title.label) return undefined;
  if (CONTINUES.test(t)) return "continues";
  // the number alone names the table when the title above states the same number
  if (title.keys.has(key) || (title.label !== undefined && LABEL_ONLY.test(key))) return "title";
  return undefined;
}

/**
 * From a one-cell row `d` under a table's data: when only page furniture (page numbers, the title
 * again, a continuation line, empty rows) stands between it and a row `isRepeat` recognises as the
 * table's header, that header's row; else undefined. Read only at such a row, never per cell.
 */
export function pageBreakAt(
  g: Grid,
  infos: RowInfo[],
  d: number,
  headerTop: number,
  isRepeat: (r: number) => boolean,
): PageBreak | undefined {
  let title: OwnTitle | undefined;
  const own = () => (title ??= ownTitle(g, infos, headerTop));
  let saysContinued = false;
  let sameTitle = false;
  let furniture = 0;
  for (let r = d; r < g.rows && r < d + FURNITURE_ROWS; r++) {
    const info = infos[r]!;
    if (isBlank(info)) continue;
    if (isRepeat(r)) return furniture > 0 ? { header: r, saysContinued, sameTitle } : undefined;
    if (info.anchors.length !== 1) return undefined;
    const kind = furnitureOf(g.text(r, info.anchors[0]!), own);
    if (kind === undefined) return undefined;
    if (kind === "continues") saysContinued = true;
    if (kind === "title") sameTitle = true;
    furniture++;
  }
  return undefined;
}
