/**
 * A number pasted from a PDF ("85, 3", "1 . 250") is read as one number by its shape alone (parse-number.ts).
 * The same shape is also a list of two numbers ("10, 20": two targets, two codes). What tells them apart is
 * the table: a PDF paste splits many of its cells the same way, a list stands alone. So a cell read only
 * through that rule keeps its number when another value cell of the table shows the pasted shape too, and
 * its column holds no list ("10, 20, 30"); otherwise it is not read, and the finding says why.
 */
import type { ParsedValue } from "../engine/model";
import { SPACE_BY_SEPARATOR } from "../engine/parse-number";
import type { CellValue } from "../engine/snapshot";

/** three or more numbers with a separator and a space between: a list, whatever the column's convention */
const LIST = /^\d+(?:[.,]\d+)?(?:\s*[,;]\s+\d+(?:[.,]\d+)?){2,}$/;

interface Candidate {
  values: ParsedValue[];
  i: number;
  text: string;
  value: number;
}

export class PastedAlone {
  private readonly candidates: Candidate[] = [];
  private readonly listColumns = new Set<ParsedValue[]>();
  /** each cell not read, by its (own, unshared) parse: the number the pasted shape would have given */
  readonly notRead = new Map<ParsedValue, number>();

  /** One value column's cells and their parse: the pasted-shape numbers and whether it holds a list. */
  column(cells: CellValue[], values: ParsedValue[], n: number): void {
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      // only a text with a space can be either (most cells are numbers or have none)
      if (typeof c !== "string" || !c.includes(" ")) continue;
      const p = values[i]!;
      if (p.kind === "number" && SPACE_BY_SEPARATOR.test(c))
        this.candidates.push({ values, i, text: c, value: p.value });
      else if (LIST.test(c.trim())) this.listColumns.add(values);
    }
  }

  /** After every value column: the pasted numbers without the table's evidence become unreadable. */
  settle(): void {
    const shown = this.candidates.length >= 2;
    for (const k of this.candidates) {
      if (shown && !this.listColumns.has(k.values)) continue;
      const p: ParsedValue = { kind: "unreadable", text: k.text };
      k.values[k.i] = p;
      this.notRead.set(p, k.value);
    }
  }
}
