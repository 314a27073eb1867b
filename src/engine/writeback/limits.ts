/** Excel's grid limits and the check every planned address must pass. */
import { parseAddress } from "../address";

export const MAX_COLS = 16384;
export const MAX_ROWS = 1048576;

/** The first cell of an address that lies beyond the grid, or null when it fits. */
export function beyondLimits(address: string): string | null {
  let block: ReturnType<typeof parseAddress>;
  try {
    block = parseAddress(address);
  } catch {
    return address;
  }
  if (block.col + block.colCount > MAX_COLS || block.row + block.rowCount > MAX_ROWS) return address;
  return null;
}

export function fitsGrid(row: number, col: number): boolean {
  return row >= 0 && col >= 0 && row < MAX_ROWS && col < MAX_COLS;
}
