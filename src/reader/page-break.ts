/**
 * A table printed over two pages carries the page's furniture between its last row and its repeated
 * header: the page number ("- 21 -", "Hal. 21", "Halaman 3 dari 12", "Page 4"), the table's title again
 * ("Tabel 3.1 (lanjutan)", "Tabel 3.1 (sambungan)", "Table 3.1 (continued)", or the title word for word)
 * and empty rows. Those lines are no new table's title: the table goes on under the repeated header when
 * its numbering resumes there, or when a line between says the table continues.
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
}

/** The one-cell title lines right above the header block: a page may print them again word for word. */
function ownTitles(g: Grid, infos: RowInfo[], top: number): Set<string> {
  const out = new Set<string>();
  for (let t = top - 1; t >= 0 && t >= top - 4; t--) {
    const info = infos[t]!;
    if (info.anchors.length !== 1) continue;
    out.add(g.text(t, info.anchors[0]!).toLowerCase());
  }
  return out;
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
  let titles: Set<string> | undefined;
  let saysContinued = false;
  let furniture = 0;
  for (let r = d; r < g.rows && r < d + FURNITURE_ROWS; r++) {
    const info = infos[r]!;
    if (isBlank(info)) continue;
    if (isRepeat(r)) return furniture > 0 ? { header: r, saysContinued } : undefined;
    if (info.anchors.length !== 1) return undefined;
    const t = g.text(r, info.anchors[0]!);
    if (CONTINUES.test(t)) saysContinued = true;
    else if (!PAGE_NUMBER.test(t) && !(titles ??= ownTitles(g, infos, headerTop)).has(t.toLowerCase()))
      return undefined;
    furniture++;
  }
  return undefined;
}
