/**
 * The third holdout corpus (test/fixtures/layouts/holdout3) is well-formed by the same checks as the families
 * and the first two holdouts (./corpus-checks.ts), its family ids are prefixed "holdout3-" and its names and
 * family ids are its own: none shared with the seeds, the families or the earlier holdouts. The reader's
 * accuracy on it is measured by `scripts/reader-holdout.ts --set 3`, not asserted here.
 */
import { allLayouts } from "../fixtures/layouts";
import { allFamilies, FAMILIES, scoreFamilies } from "../fixtures/layouts/families";
import { holdoutFixtures } from "../fixtures/layouts/holdout";
import { holdout2Fixtures } from "../fixtures/layouts/holdout2";
import { HOLDOUT3_MINIMUM, holdout3Fixtures } from "../fixtures/layouts/holdout3";
import { wellFormed } from "./corpus-checks";

describe("third holdout corpus", () => {
  wellFormed(holdout3Fixtures(), { minimum: HOLDOUT3_MINIMUM, family: /^holdout3-/ });

  it("plants errors in at most three fixtures and lists a block that is not a table in at least one", () => {
    const hold = holdout3Fixtures();
    expect(hold.filter((f) => !f.konsisten).length).toBeLessThanOrEqual(3);
    expect(hold.some((f) => (f.takTerbaca?.length ?? 0) > 0)).toBe(true);
  });
});

describe("the third holdout beside the other corpora", () => {
  it("shares no fixture name and no family id with the seeds, the families or the earlier holdouts", () => {
    const hold = holdout3Fixtures();
    const earlier = [...holdoutFixtures(), ...holdout2Fixtures()];
    const names = [...allLayouts(), ...allFamilies(), ...earlier, ...hold].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const others = new Set([...Object.keys(FAMILIES), ...earlier.map((f) => f.family)]);
    for (const f of hold) expect(others.has(f.family)).toBe(false);
    // every fixture is its own family
    expect(new Set(hold.map((f) => f.family)).size).toBe(hold.length);
  });

  it("can be scored fixture by fixture (the numbers are the reader's business, not asserted here)", () => {
    const hold = holdout3Fixtures();
    const scores = scoreFamilies(hold);
    expect(scores.map((s) => s.fixture)).toEqual(hold.map((f) => f.name));
    for (const s of scores) {
      expect(s.rowsRight).toBeLessThanOrEqual(s.rowsPresent);
      expect(s.headersRight).toBeLessThanOrEqual(s.headersPresent);
    }
  });
});
