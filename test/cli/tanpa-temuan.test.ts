/** --tanpa-temuan: the one flag without a value; the Temuan sheet is the command line's default. */
import { parseArgs } from "../../src/cli/args";

test("--tanpa-temuan turns the Temuan sheet off; without it the run writes one", () => {
  const off = parseArgs(["hitung", "x.xlsx", "--tanpa-temuan", "--tahun", "2023"]);
  expect(off).toMatchObject({ kind: "hitung", args: { input: "x.xlsx", tahun: 2023, tanpaTemuan: true } });
  const on = parseArgs(["hitung", "x.xlsx"]);
  expect(on.kind === "hitung" && on.args.tanpaTemuan).toBeFalsy();
});
