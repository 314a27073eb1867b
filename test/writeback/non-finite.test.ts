/** Excel cannot hold NaN or ±Infinity: whatever a result carries, the plan holds only finite numbers. */
import { okPlan, setup } from "./build";

test("non-finite figures in a result become empty cells, never plan values", () => {
  const run = setup();
  const bad = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN];
  run.result.efisiensi = run.result.efisiensi.length
    ? run.result.efisiensi.map((e, i) => ({ ...e, serapan: bad[i % 3]!, efisiensi: bad[(i + 1) % 3]! }))
    : [
        {
          key: "p",
          label: "Program Perlindungan dan Jaminan Sosial",
          level: "program",
          capaian: 101,
          pagu: 0,
          realisasi: 5,
          serapan: Number.POSITIVE_INFINITY,
          efisiensi: Number.NEGATIVE_INFINITY,
          kategori: null,
        },
      ];
  run.result.anggaran.total.persen = Number.POSITIVE_INFINITY;
  const { plan } = okPlan(run);
  const numbers = plan.ranges.flatMap((w) => (w.values ?? []).flat()).filter((v) => typeof v === "number");
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.filter((v) => !Number.isFinite(v))).toEqual([]);
});
