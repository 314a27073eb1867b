import fc from "fast-check";
import {
  cellAddress,
  columnIndex,
  columnLetter,
  parseAddress,
  parseAddressByPattern,
  rangeAddress,
} from "../../src/engine/address";

/** The pattern parseAddress has always used: the hand-read plain shapes must give the same answer. */
const byPattern = parseAddressByPattern;

function parsed(address: string): ReturnType<typeof parseAddress> | null {
  try {
    return parseAddress(address);
  } catch {
    return null;
  }
}

describe("parseAddress", () => {
  it.each([
    ["A1", { row: 0, col: 0, rowCount: 1, colCount: 1 }],
    ["b7:d9", { row: 6, col: 1, rowCount: 3, colCount: 3 }],
    ["D9:B7", { row: 6, col: 1, rowCount: 3, colCount: 3 }],
    ["$A$1:$B$2", { row: 0, col: 0, rowCount: 2, colCount: 2 }],
    [" XFD1048576 ", { row: 1048575, col: 16383, rowCount: 1, colCount: 1 }],
    ["A0", { row: -1, col: 0, rowCount: 1, colCount: 1 }],
    ["A0012", { row: 11, col: 0, rowCount: 1, colCount: 1 }],
  ])("%s", (address, block) => {
    expect(parseAddress(address)).toEqual(block);
  });

  it.each(["", "A", "1", "AAAA1", "A1:", "A1:B", "A1B2", "A-1", "Sheet1!A1"])("refuses %j", (address) => {
    expect(() => parseAddress(address)).toThrow("Not an A1 address");
  });

  it("reads every plain or odd address as the A1 pattern does", () => {
    const piece = fc.constantFrom("A", "z", "XF", "$", ":", "0", "1", "9", "10", " ", "-", "AAA", "1048576");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const address = pieces.join("");
        expect(parsed(address)).toEqual(byPattern(address));
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips the addresses a plan writes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1048575 }),
        fc.integer({ min: 0, max: 16383 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 30 }),
        (row, col, rowCount, colCount) => {
          expect(parseAddress(rangeAddress(row, col, rowCount, colCount))).toEqual({
            row,
            col,
            rowCount,
            colCount,
          });
        },
      ),
    );
  });
});

describe("columnLetter", () => {
  it("spells the first columns from its table and the rest by hand, the same way", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    for (let col = 0; col < 800; col++) expect(columnIndex(columnLetter(col))).toBe(col);
    expect(cellAddress(6, 1)).toBe("B7");
  });
});
