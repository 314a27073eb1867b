/**
 * The fourteenth holdout corpus (test/fixtures/layouts/holdout14) is well-formed by the same checks as the families
 * and the earlier holdouts (./corpus-checks.ts), its family ids are prefixed "holdout14-" and its names and
 * family ids are its own: none shared with the seeds, the families or the earlier holdouts. The reader's
 * accuracy on it is measured by `scripts/reader-holdout.ts --set 14`, not asserted here.
 */
import { allLayouts } from "../fixtures/layouts";
import { allFamilies, FAMILIES, scoreFamilies } from "../fixtures/layouts/families";
import { holdoutFixtures } from "../fixtures/layouts/holdout";
import { holdout2Fixtures } from "../fixtures/layouts/holdout2";
import { holdout3Fixtures } from "../fixtures/layouts/holdout3";
import { holdout4Fixtures } from "../fixtures/layouts/holdout4";
import { holdout5Fixtures } from "../fixtures/layouts/holdout5";
import { holdout6Fixtures } from "../fixtures/layouts/holdout6";
import { holdout7Fixtures } from "../fixtures/layouts/holdout7";
import { holdout8Fixtures } from "../fixtures/layouts/holdout8";
import { holdout9Fixtures } from "../fixtures/layouts/holdout9";
import { holdout10Fixtures } from "../fixtures/layouts/holdout10";
import { holdout11Fixtures } from "../fixtures/layouts/holdout11";
import { holdout12Fixtures } from "../fixtures/layouts/holdout12";
import { holdout13Fixtures } from "../fixtures/layouts/holdout13";
import { HOLDOUT14_MINIMUM, holdout14Fixtures } from "../fixtures/layouts/holdout14";
import { wellFormed } from "./corpus-checks";

describe("fourteenth holdout corpus", () => {
  wellFormed(holdout14Fixtures(), { minimum: HOLDOUT14_MINIMUM, family: /^holdout14-/ });

  it("plants errors in at most three fixtures (here three: a Jumlah with two digits swapped, a realisasi copied into its % cell, a budget spent beyond its pagu) and lists a block that is not a table in at least one", () => {
    const hold = holdout14Fixtures();
    expect(hold.filter((f) => !f.konsisten).length).toBeLessThanOrEqual(3);
    const planted = hold.flatMap((f) => f.temuan ?? []).map((t) => t.kode);
    expect(planted.sort()).toEqual([
      "CAPAIAN_TIDAK_SESUAI",
      "JUMLAH_TIDAK_SESUAI",
      "REALISASI_MELEBIHI_PAGU",
    ]);
    expect(hold.some((f) => (f.takTerbaca?.length ?? 0) > 0)).toBe(true);
  });
});

describe("the fourteenth holdout beside the other corpora", () => {
  it("shares no fixture name and no family id with the seeds, the families or the earlier holdouts", () => {
    const hold = holdout14Fixtures();
    const earlier = [
      ...holdoutFixtures(),
      ...holdout2Fixtures(),
      ...holdout3Fixtures(),
      ...holdout4Fixtures(),
      ...holdout5Fixtures(),
      ...holdout6Fixtures(),
      ...holdout7Fixtures(),
      ...holdout8Fixtures(),
      ...holdout9Fixtures(),
      ...holdout10Fixtures(),
      ...holdout11Fixtures(),
      ...holdout12Fixtures(),
      ...holdout13Fixtures(),
    ];
    const names = [...allLayouts(), ...allFamilies(), ...earlier, ...hold].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const others = new Set([...Object.keys(FAMILIES), ...earlier.map((f) => f.family)]);
    for (const f of hold) expect(others.has(f.family)).toBe(false);
    // every fixture is its own family
    expect(new Set(hold.map((f) => f.family)).size).toBe(hold.length);
  });

  it("can be scored fixture by fixture (the numbers are the reader's business, not asserted here)", () => {
    const hold = holdout14Fixtures();
    const scores = scoreFamilies(hold);
    expect(scores.map((s) => s.fixture)).toEqual(hold.map((f) => f.name));
    for (const s of scores) {
      expect(s.rowsRight).toBeLessThanOrEqual(s.rowsPresent);
      expect(s.headersRight).toBeLessThanOrEqual(s.headersPresent);
    }
  });
});
