/**
 * The fifteenth holdout corpus (test/fixtures/layouts/holdout15) is well-formed by the same checks as the families
 * and the earlier holdouts (./corpus-checks.ts), its family ids are prefixed "holdout15-" and its names and
 * family ids are its own: none shared with the seeds, the families or the earlier holdouts. The reader's
 * accuracy on it is measured by `scripts/reader-holdout.ts --set 15`, not asserted here.
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
import { holdout14Fixtures } from "../fixtures/layouts/holdout14";
import { HOLDOUT15_MINIMUM, holdout15Fixtures } from "../fixtures/layouts/holdout15";
import { wellFormed } from "./corpus-checks";

describe("fifteenth holdout corpus", () => {
  wellFormed(holdout15Fixtures(), { minimum: HOLDOUT15_MINIMUM, family: /^holdout15-/ });

  it("plants errors in at most three fixtures (here three: a realisasi copied into its capaian cell, a predikat one band too high, a serapan that is not realisasi ÷ pagu) and lists a block that is not a table in at least one", () => {
    const hold = holdout15Fixtures();
    expect(hold.filter((f) => !f.konsisten).length).toBeLessThanOrEqual(3);
    const planted = hold.flatMap((f) => f.temuan ?? []).map((t) => t.kode);
    expect(planted.sort()).toEqual(["CAPAIAN_TIDAK_SESUAI", "PREDIKAT_TIDAK_SESUAI", "SERAPAN_TIDAK_SESUAI"]);
    expect(hold.some((f) => (f.takTerbaca?.length ?? 0) > 0)).toBe(true);
  });
});

describe("the fifteenth holdout beside the other corpora", () => {
  it("shares no fixture name and no family id with the seeds, the families or the earlier holdouts", () => {
    const hold = holdout15Fixtures();
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
      ...holdout14Fixtures(),
    ];
    const names = [...allLayouts(), ...allFamilies(), ...earlier, ...hold].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const others = new Set([...Object.keys(FAMILIES), ...earlier.map((f) => f.family)]);
    for (const f of hold) expect(others.has(f.family)).toBe(false);
    // every fixture is its own family
    expect(new Set(hold.map((f) => f.family)).size).toBe(hold.length);
  });

  it("can be scored fixture by fixture (the numbers are the reader's business, not asserted here)", () => {
    const hold = holdout15Fixtures();
    const scores = scoreFamilies(hold);
    expect(scores.map((s) => s.fixture)).toEqual(hold.map((f) => f.name));
    for (const s of scores) {
      expect(s.rowsRight).toBeLessThanOrEqual(s.rowsPresent);
      expect(s.headersRight).toBeLessThanOrEqual(s.headersPresent);
    }
  });
});
