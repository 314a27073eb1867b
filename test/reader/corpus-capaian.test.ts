/** The corpus checks' capaian arithmetic is DOMAIN.md's, target 0 included. */
import type { ExpectedIndicatorRow } from "../fixtures/layouts/types";
import { expectedCapaian } from "./corpus-checks";

const row = (target: number, realisasi: number, polaritas?: "naik" | "turun"): ExpectedIndicatorRow => ({
  row: 0,
  indikator: "x",
  values: { "target@2024": target, "realisasi@2024": realisasi },
  ...(polaritas ? { polaritas } : {}),
});

describe("expectedCapaian", () => {
  test.each([
    [row(80, 84), 105],
    [row(10, 8, "turun"), 120],
    [row(10, 25, "turun"), 0],
    [row(0, 0, "turun"), 100],
    [row(0, 3, "turun"), 0],
  ])("%j → %p", (e, c) => expect(expectedCapaian(e, 2024)).toBeCloseTo(c, 9));

  test("a target of 0 read higher-is-better has no capaian", () => {
    expect(expectedCapaian(row(0, 5), 2024)).toBeUndefined();
    expect(expectedCapaian(row(0, 0, "naik"), 2024)).toBeUndefined();
  });
});
