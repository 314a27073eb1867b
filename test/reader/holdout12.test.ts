/**
 * The twelfth holdout corpus (test/fixtures/layouts/holdout12) is well-formed by the same checks as the families
 * and the earlier holdouts (./corpus-checks.ts), its family ids are prefixed "holdout12-" and its names and
 * family ids are its own: none shared with the seeds, the families or the earlier holdouts. The reader's
 * accuracy on it is measured by `scripts/reader-holdout.ts --set 12`, not asserted here.
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
import { HOLDOUT12_MINIMUM, holdout12Fixtures } from "../fixtures/layouts/holdout12";
import { wellFormed } from "./corpus-checks";

describe("twelfth holdout corpus", () => {
  wellFormed(holdout12Fixtures(), { minimum: HOLDOUT12_MINIMUM, family: /^holdout12-/ });

  it("plants errors in at most three fixtures (here two: a capaian against the wrong level's target, a program's Rp that is not Σ of its kegiatan) and lists a block that is not a table in at least one", () => {
    const hold = holdout12Fixtures();
    expect(hold.filter((f) => !f.konsisten).length).toBeLessThanOrEqual(3);
    const planted = hold.flatMap((f) => f.temuan ?? []).map((t) => t.kode);
    expect(planted.sort()).toEqual(["CAPAIAN_TIDAK_SESUAI", "JUMLAH_TIDAK_SESUAI"]);
    expect(hold.some((f) => (f.takTerbaca?.length ?? 0) > 0)).toBe(true);
  });

  it("expects the notice for the budget whose two levels its rows never tell apart, and no level of its rows", () => {
    const f = holdout12Fixtures().find((x) => x.name.endsWith("-dua-tingkat-tak-terbedakan"));
    expect(f?.pemberitahuan?.map((p) => p.kode)).toEqual(["TINGKAT_TIDAK_TERBEDAKAN"]);
    expect(f?.tables.map((t) => t.kind)).toEqual(["realisasi"]);
  });
});

describe("the twelfth holdout beside the other corpora", () => {
  it("shares no fixture name and no family id with the seeds, the families or the earlier holdouts", () => {
    const hold = holdout12Fixtures();
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
    ];
    const names = [...allLayouts(), ...allFamilies(), ...earlier, ...hold].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const others = new Set([...Object.keys(FAMILIES), ...earlier.map((f) => f.family)]);
    for (const f of hold) expect(others.has(f.family)).toBe(false);
    // every fixture is its own family
    expect(new Set(hold.map((f) => f.family)).size).toBe(hold.length);
  });

  it("can be scored fixture by fixture (the numbers are the reader's business, not asserted here)", () => {
    const hold = holdout12Fixtures();
    const scores = scoreFamilies(hold);
    expect(scores.map((s) => s.fixture)).toEqual(hold.map((f) => f.name));
    for (const s of scores) {
      expect(s.rowsRight).toBeLessThanOrEqual(s.rowsPresent);
      expect(s.headersRight).toBeLessThanOrEqual(s.headersPresent);
    }
  });
});
