/**
 * Merges the plan adds replace the merges they overlap (overlapping merges corrupt a file), found
 * through a row index; the result must be what a scan of every merge in file order gives.
 */
import fc from "fast-check";
import { parseAddress, rangeAddress } from "../../src/engine/address";
import { emptyPlan } from "../../src/engine/plan";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { fixture, text } from "./helpers";

const INPUT = fixture("realisasi-2024.xlsx");

type Block = ReturnType<typeof parseAddress>;

function overlaps(a: Block, b: Block): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

/** The rule as first written: walk every merge in order; an identical one ends the walk. */
function model(start: string[], added: string[]): string[] {
  let list = [...start];
  for (const address of added) {
    const b = parseAddress(address);
    const ref = rangeAddress(b.row, b.col, b.rowCount, b.colCount);
    const kept: string[] = [];
    let same = false;
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!;
      if (m === ref) {
        list = kept.concat(list.slice(i));
        same = true;
        break;
      }
      if (!overlaps(parseAddress(m), b)) kept.push(m);
    }
    if (!same) list = [...kept, ref];
  }
  return list;
}

async function mergesAfter(added: string[]): Promise<{ refs: string[]; count: string | undefined }> {
  const plan = emptyPlan();
  for (const address of added) plan.merges.push({ sheet: "Realisasi 2024", address });
  const xml = await text((await applyPlanToPackage(INPUT, plan)).buffer, "xl/worksheets/sheet1.xml");
  const block = /<mergeCells[^>]*>.*<\/mergeCells>|<mergeCells[^>]*\/>/.exec(xml)?.[0] ?? "";
  return {
    refs: [...block.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]!),
    count: /<mergeCells count="(\d+)"/.exec(block)?.[1],
  };
}

test("a merge over the user's title merge replaces it; an identical merge is not added twice", async () => {
  const got = await mergesAfter(["A1:C1", "H5:I5", "H5:I5", "G2:G301", "G100:H100"]);
  expect(got.refs).toEqual(["A1:C1", "H5:I5", "G100:H100"]);
  expect(got.count).toBe("3");
});

test("random merges, short and tall, give what the scan of every merge gives", async () => {
  const start = ["A1:F1"];
  const merge = fc
    .record({
      row: fc.integer({ min: 0, max: 40 }),
      col: fc.integer({ min: 0, max: 8 }),
      rows: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 250, max: 400 })),
      cols: fc.integer({ min: 1, max: 3 }),
    })
    .map((m) => rangeAddress(m.row, m.col, m.rows, m.cols));
  await fc.assert(
    fc.asyncProperty(fc.array(merge, { minLength: 1, maxLength: 25 }), async (added) => {
      const want = model(start, added);
      const got = await mergesAfter(added);
      expect(got.refs).toEqual(want);
      expect(got.count).toBe(String(want.length));
    }),
    { numRuns: 40 },
  );
}, 60_000);
