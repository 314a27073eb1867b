/**
 * The layout families are well-formed (the checks of ./corpus-checks.ts): every fixture expects tables, its rows
 * point at the cells they name, and its capaian literals are the arithmetic of its own values. A self-check of
 * the corpus only: the reader's accuracy on it is measured by scripts/reader-accuracy.ts (families/score.ts),
 * not asserted here.
 */
import { allLayouts } from "../fixtures/layouts";
import { allFamilies, FAMILIES, MINIMUM, scoreFamilies } from "../fixtures/layouts/families";
import { wellFormed } from "./corpus-checks";

describe.each(Object.entries(FAMILIES))("family %s", (id, build) => {
  wellFormed(build(), { minimum: MINIMUM[id] ?? 1, family: id });
});

describe("the corpus", () => {
  it("holds at least 32 family fixtures, names unique across seeds and families", () => {
    const fam = allFamilies();
    expect(fam.length).toBeGreaterThanOrEqual(32);
    const names = [...allLayouts(), ...fam].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of allLayouts()) expect(f.family).toBe("seed");
  });

  it("can be scored fixture by fixture (the numbers are the reader's business, not asserted here)", () => {
    const fam = allFamilies();
    const scores = scoreFamilies(fam);
    expect(scores.map((s) => s.fixture)).toEqual(fam.map((f) => f.name));
    for (const s of scores) {
      expect(s.rowsRight).toBeLessThanOrEqual(s.rowsPresent);
      expect(s.headersRight).toBeLessThanOrEqual(s.headersPresent);
    }
  });
});
