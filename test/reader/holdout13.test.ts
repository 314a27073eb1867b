/**
 * The thirteenth holdout corpus (test/fixtures/layouts/holdout13) is well-formed by the same checks as the families
 * and the earlier holdouts (./corpus-checks.ts), its family ids are prefixed "holdout13-" and its names and
 * family ids are its own: none shared with the seeds, the families or the earlier holdouts. The reader's
 * accuracy on it is measured by `scripts/reader-holdout.ts --set 13`, not asserted here.
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
import { HOLDOUT13_MINIMUM, holdout13Fixtures } from "../fixtures/layouts/holdout13";
import { wellFormed } from "./corpus-checks";

describe("thirteenth holdout corpus", () => {
  wellFormed(holdout13Fixtures(), { minimum: HOLDOUT13_MINIMUM, family: /^holdout13-/ });

  it("plants errors in at most three fixtures (a target differing from the PK, a capaian of last year reprinted, an end target above the fifth year) and lists a block that is not a table", () => {
    const hold = holdout13Fixtures();
    expect(hold.filter((f) => !f.konsisten).length).toBeLessThanOrEqual(3);
    const planted = hold.flatMap((f) => f.temuan ?? []).map((t) => t.kode);
    expect(planted.sort()).toEqual([
      "CAPAIAN_TIDAK_SESUAI",
      "NILAI_BERBEDA_ANTAR_TABEL",
      "TARGET_AKHIR_TIDAK_SESUAI",
    ]);
    expect(hold.some((f) => (f.takTerbaca?.length ?? 0) > 0)).toBe(true);
  });

  it("runs for 2025 and for 2023, and holds two years' tables in one workbook", () => {
    const hold = holdout13Fixtures();
    expect(new Set(hold.map((f) => f.tahun))).toEqual(new Set([2023, 2025]));
    const years = (f: (typeof hold)[number]) =>
      new Set(f.tables.flatMap((t) => t.columns.filter((c) => c.role === "target").map((c) => c.tahun)));
    expect(hold.filter((f) => f.tables.length > 1 && years(f).size > 1).length).toBeGreaterThanOrEqual(2);
  });
});

describe("the thirteenth holdout beside the other corpora", () => {
  it("shares no fixture name and no family id with the seeds, the families or the earlier holdouts", () => {
    const hold = holdout13Fixtures();
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
    ];
    const names = [...allLayouts(), ...allFamilies(), ...earlier, ...hold].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const others = new Set([...Object.keys(FAMILIES), ...earlier.map((f) => f.family)]);
    for (const f of hold) expect(others.has(f.family)).toBe(false);
    // every fixture is its own family
    expect(new Set(hold.map((f) => f.family)).size).toBe(hold.length);
  });

  it("can be scored fixture by fixture (the numbers are the reader's business, not asserted here)", () => {
    const hold = holdout13Fixtures();
    const scores = scoreFamilies(hold);
    expect(scores.map((s) => s.fixture)).toEqual(hold.map((f) => f.name));
    for (const s of scores) {
      expect(s.rowsRight).toBeLessThanOrEqual(s.rowsPresent);
      expect(s.headersRight).toBeLessThanOrEqual(s.headersPresent);
    }
  });
});
