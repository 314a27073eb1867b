/**
 * Generated workbooks through the file mode: every layout corpus (seed, families, every holdout set),
 * agency-like and hostile workbooks from the reliability generators (fixed seeds), and plain
 * realisasi tables and a four-sheet agency file at a few sizes. Every XML part the writer adds or
 * changes validates against ISO/IEC 29500 Transitional, and every output keeps the package rules.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generate as benchWorkbook } from "../../scripts/bench/file";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { schemaSetup } from "../helpers/ooxml-validate";
import { allLayouts, snapshotToXlsx } from "../fixtures/layouts";
import { allFamilies } from "../fixtures/layouts/families";
import { holdoutFixtures } from "../fixtures/layouts/holdout";
import { holdout2Fixtures } from "../fixtures/layouts/holdout2";
import { allLaterHoldouts, laterHoldouts, mergesOverlap } from "./later-holdouts";
import { agencyWorkbook } from "../reliability/generate";
import { hostileWorkbook } from "../reliability/hostile";
import { realisasiWorkbook } from "../reliability/simple";
import { checkRuns, type Case, type Checked } from "./check-runs";
import { describeWithSchemas } from "./with-schemas";

jest.setTimeout(180_000);

const SEED = 16;

const fromSnapshots = (prefix: string, snaps: { label: string; snapshot: WorkbookSnapshot }[]): Case[] =>
  snaps.map((s, i) => ({ label: `${prefix} ${i + 1} ${s.label}`, input: () => snapshotToXlsx(s.snapshot) }));

async function benchBuffer(rows: number): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ooxml-validate-bench-"));
  try {
    const file = path.join(dir, "agency.xlsx");
    await benchWorkbook(file, rows);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const layout = (l: { name: string; snapshot: WorkbookSnapshot }) => ({ label: l.name, snapshot: l.snapshot });

const GROUPS: Record<string, Case[]> = {
  layouts: fromSnapshots(
    "layout",
    [...allLayouts(), ...allFamilies(), ...holdoutFixtures(), ...holdout2Fixtures()].map(layout),
  ),
  // sets 3–15 as workbooks: the writer on layouts written without looking at the reader
  holdouts: fromSnapshots("holdout", laterHoldouts().map(layout)),
  reliability: [
    ...fromSnapshots(
      "agency",
      fc
        .sample(agencyWorkbook, { seed: SEED, numRuns: 10 })
        .map((g) => ({ label: g.label, snapshot: g.snapshot })),
    ),
    ...fromSnapshots(
      "hostile",
      fc.sample(hostileWorkbook, { seed: SEED, numRuns: 10 }).map((snapshot) => ({ label: "", snapshot })),
    ),
  ],
  sizes: [
    ...[50, 1000, 5000].map((rows) => ({
      label: `realisasi table, ${rows} rows`,
      input: () => snapshotToXlsx(realisasiWorkbook(rows)),
    })),
    { label: "PK, realisasi, Renstra and anggaran sheets, 500 rows each", input: () => benchBuffer(500) },
  ],
};

const setup = schemaSetup();
const results = new Map<string, Map<string, Checked>>();

beforeAll(async () => {
  for (const [group, cases] of Object.entries(GROUPS))
    results.set(group, await checkRuns(cases, setup.ok ? setup.entry : null));
});

/** "label: line" for every case of a group, from one field of its result. */
function lines(group: string, pick: (c: Checked) => string[]): string[] {
  return [...results.get(group)!.values()].flatMap((c) => pick(c).map((l) => `${c.label}: ${l}`));
}

describe.each(Object.keys(GROUPS))("%s", (group) => {
  test("the file mode writes most of them (a refusal is allowed, a crash is not)", () => {
    const all = [...results.get(group)!.values()];
    expect(
      all.filter((c) => /^[A-Za-z]*Error: /.test(c.notWritten)).map((c) => `${c.label}: ${c.notWritten}`),
    ).toEqual([]);
    expect(all.filter((c) => c.output).length).toBeGreaterThanOrEqual(Math.ceil(all.length * 0.8));
  });
  test("every output keeps the package rules", () => {
    expect(lines(group, (c) => c.problems)).toEqual([]);
  });
});

test("the holdout sets run as workbooks, all but the few whose merges overlap (no workbook can hold those)", () => {
  const all = allLaterHoldouts();
  const left = all.filter((f) => mergesOverlap(f.snapshot)).map((f) => f.name);
  expect(left.length).toBeLessThanOrEqual(4);
  expect(laterHoldouts().length).toBe(all.length - left.length);
  expect(laterHoldouts().length).toBeGreaterThanOrEqual(180);
});

describeWithSchemas("ISO/IEC 29500 Transitional schemas", () => {
  test.each(Object.keys(GROUPS))("%s: every part the writer added or changed validates", (group) => {
    expect(lines(group, (c) => c.schema)).toEqual([]);
    expect([...results.get(group)!.values()].some((c) => c.changed.length > 0)).toBe(true);
  });
});
