/**
 * The reader on the layout families (test/fixtures/layouts/families and holdout): the targets, per family —
 * at least 98 % of the rows right, no table skipped without a word, no false finding on a consistent
 * workbook, and every planted mistake found. scripts/reader-accuracy.ts prints the same figures.
 */
import { allFamilies, scoreFamilies, summarize } from "../fixtures/layouts/families";
import { holdoutFixtures } from "../fixtures/layouts/holdout";
import { holdout2Fixtures } from "../fixtures/layouts/holdout2";

// the holdout sets were written without looking at the reader; their first scores are in the README
const summaries = summarize(scoreFamilies([...allFamilies(), ...holdoutFixtures(), ...holdout2Fixtures()]));

describe.each(summaries.map((s) => [s.family, s] as const))("family %s", (_family, s) => {
  test("reads at least 98 % of the rows right", () => {
    expect(s.errors).toBe(0);
    expect(s.rowsRight / s.rowsPresent).toBeGreaterThanOrEqual(0.98);
  });

  test("finds every table, or says why not", () => {
    expect(s.silentSkips).toBe(0);
    expect(s.tablesFound).toBe(s.tables);
  });

  test("raises no false finding and misses no planted one", () => {
    expect(s.falseFindings).toBe(0);
    expect(s.missedFindings).toBe(0);
  });
});

test("the corpus covers every family the issue names", () => {
  expect(summaries.length).toBeGreaterThanOrEqual(11 + 12 + 12);
  expect(summaries.reduce((n, s) => n + s.fixtures, 0)).toBeGreaterThanOrEqual(30 + 12 + 12);
});
