/**
 * The holdout corpus (test/fixtures/layouts/holdout) is well-formed by the same checks as the families
 * (./corpus-checks.ts), its family ids are prefixed "holdout-" and its names unique across the seeds, the
 * families and itself. The reader's accuracy on it is measured by scripts/reader-holdout.ts, not asserted here.
 */
import { allLayouts } from "../fixtures/layouts";
import { allFamilies, FAMILIES, scoreFamilies } from "../fixtures/layouts/families";
import { HOLDOUT_MINIMUM, holdoutFixtures } from "../fixtures/layouts/holdout";
import { wellFormed } from "./corpus-checks";

describe("holdout corpus", () => {
  wellFormed(holdoutFixtures(), { minimum: HOLDOUT_MINIMUM, family: /^holdout-/ });
});

describe("the holdout beside the families", () => {
  it("shares no fixture name with the seeds or the families, and no family id", () => {
    const hold = holdoutFixtures();
    const names = [...allLayouts(), ...allFamilies(), ...hold].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of hold) expect(Object.keys(FAMILIES)).not.toContain(f.family);
  });

  it("can be scored fixture by fixture (the numbers are the reader's business, not asserted here)", () => {
    const hold = holdoutFixtures();
    const scores = scoreFamilies(hold);
    expect(scores.map((s) => s.fixture)).toEqual(hold.map((f) => f.name));
    for (const s of scores) {
      expect(s.rowsRight).toBeLessThanOrEqual(s.rowsPresent);
      expect(s.headersRight).toBeLessThanOrEqual(s.headersPresent);
    }
  });
});
