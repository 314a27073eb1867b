/**
 * A note's cell as one number (notes-cells.ts cellKey): different cells never share a key, and a
 * place no A1 cell is (a shape anchored anywhere) never takes the key of a note's cell.
 */
import { cellKey, noteCells, refPosition } from "../../src/xlsx/ooxml/notes-cells";

test("cells of a sheet have keys of their own", () => {
  const keys = new Set<number>();
  for (const row of [0, 1, 2, 1048575]) for (const col of [0, 1, 16383, 18277]) keys.add(cellKey(row, col));
  expect(keys.size).toBe(16);
  expect(cellKey(1, 0)).not.toBe(cellKey(0, 32767));
});

test("a place no cell is keys to -1, which no note's cell has", () => {
  for (const [row, col] of [
    [-1, 32767],
    [0, -1],
    [0, 32768],
    [Number.NaN, 0],
    [1.5, 2],
  ])
    expect(cellKey(row!, col!)).toBe(-1);
});

test("the new notes' cells and texts as arrays, in their order", () => {
  const cells = noteCells([
    { row: 4, col: 2, text: "a" },
    { row: 1, col: 7, text: "b" },
  ]);
  expect([...cells.rows]).toEqual([4, 1]);
  expect([...cells.cols]).toEqual([2, 7]);
  expect(cells.texts).toEqual(["a", "b"]);
});

test("a comment's ref is read as Excel writes it: upper-case letters, then digits", () => {
  expect(refPosition("E5")).toEqual({ row: 4, col: 4 });
  expect(refPosition("AB10")).toEqual({ row: 9, col: 27 });
  expect(refPosition("E05")).toEqual({ row: 4, col: 4 });
  expect(refPosition("A0")).toEqual({ row: -1, col: 0 });
  expect(refPosition("XFD1048576")).toEqual({ row: 1048575, col: 16383 });
  for (const ref of ["", "E", "5", "e5", "$E$5", "E$5", "E5:F6", " E5", "E5 ", "E5a", "É5"])
    expect(refPosition(ref)).toBeUndefined();
  // More than 15 digits is no row, as for a worksheet's cell (it was read as a row past every note).
  expect(refPosition("A1234567890123456")).toBeUndefined();
});
