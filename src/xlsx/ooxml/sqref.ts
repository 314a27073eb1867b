/** Sqref geometry for the conditional-format blocks of a sheet. */
import { parseAddress } from "../../engine/address";

/**
 * True when every area of a normalised sqref ("G3 G5:G7") lies wholly inside the block. An area in a
 * form the add-in never writes ("A:A") is never inside: that rule is the user's and is kept.
 */
export function sqrefInside(sqref: string, block: string): boolean {
  if (sqref === "") return false;
  let box: ReturnType<typeof parseAddress>;
  try {
    box = parseAddress(block);
  } catch {
    return false;
  }
  return sqref.split(" ").every((part) => {
    try {
      const g = parseAddress(part);
      return (
        g.row >= box.row &&
        g.col >= box.col &&
        g.row + g.rowCount <= box.row + box.rowCount &&
        g.col + g.colCount <= box.col + box.colCount
      );
    } catch {
      return false;
    }
  });
}
