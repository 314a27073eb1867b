/**
 * The second holdout corpus (test/fixtures/layouts/holdout2) is well-formed by the same checks as the families
 * and the first holdout (./corpus-checks.ts), its family ids are prefixed "holdout2-" and its names and family
 * ids are its own: none shared with the seeds, the families or the first holdout. The reader's accuracy on it
 * is measured by `scripts/reader-holdout.ts --set 2`, not asserted here.
 */
import { allLayouts } from "../fixtures/layouts";
import { allFamilies, FAMILIES, scoreFamilies } from "../fixtures/layouts/families";
import { holdoutFixtures } from "../fixtures/layouts/holdout";
import { HOLDOUT2_MINIMUM, holdout2Fixtures } from "../fixtures/layouts/holdout2";
import { wellFormed } from "./corpus-checks";

describe("second holdout corpus", () => {
  wellFormed(holdout2Fixtures(), { minimum: HOLDOUT2_MINIMUM, family: /^holdout2-/ });

  it("plants errors in at most three fixtures and lists a block that is not a table in at least one", () => {
    const hold = holdout2Fixtures();
    expect(hold.filter((f) => !f.konsisten).length).toBeLessThanOrEqual(3);
    expect(hold.some((f) => (f.takTerbaca?.length ?? 0) > 0)).toBe(true);
  });
});

describe("the second holdout beside the other corpora", () => {
  it("shares no fixture name and no family id with the seeds, the families or the first holdout", () => {
    const hold = holdout2Fixtures();
    const names = [...allLayouts(), ...allFamilies(), ...holdoutFixtures(), ...hold].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const others = new Set([...Object.keys(FAMILIES), ...holdoutFixtures().map((f) => f.family)]);
    for (const f of hold) expect(others.has(f.family)).toBe(false);
    // every fixture is its own family
    expect(new Set(hold.map((f) => f.family)).size).toBe(hold.length);
  });

  it("can be scored fixture by fixture (the numbers are the reader's business, not asserted here)", () => {
    const hold = holdout2Fixtures();
    const scores = scoreFamilies(hold);
    expect(scores.map((s) => s.fixture)).toEqual(hold.map((f) => f.name));
    for (const s of scores) {
      expect(s.rowsRight).toBeLessThanOrEqual(s.rowsPresent);
      expect(s.headersRight).toBeLessThanOrEqual(s.headersPresent);
    }
  });
});
