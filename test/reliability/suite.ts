/**
 * The reliability checks, one workbook at a time, shared by the jest suites (CI size) and
 * `npm run reliability` (a larger size with a summary). Each check returns the broken promises
 * as sentences (empty = all kept) and adds to a tally.
 */
import JSZip from "jszip";
import { cellAddress } from "../../src/engine/address";
import { emptyPlan } from "../../src/engine/plan";
import type { IndicatorResult } from "../../src/engine/result";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { fakeWorkbookFromSnapshot, type FakeExcel } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian, type RunOutcome } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { applyPlanToPackage, type PartKind } from "../../src/xlsx/ooxml";
import { readSnapshot } from "../helpers/read-snapshot";
import { snapshotToXlsx } from "../fixtures/layouts";
import { changedCells, compareOutside, declaredOutputs } from "./compare";
import type { CellRef, GeneratedWorkbook } from "./generate";

export interface Tally {
  workbooks: number;
  cellsCompared: number;
  runs: number;
  refusals: number;
  crashes: number;
  preserved: Partial<Record<PartKind, number>>;
}

export function newTally(): Tally {
  return { workbooks: 0, cellsCompared: 0, runs: 0, refusals: 0, crashes: 0, preserved: {} };
}

type Outcome = { ok: true; outcome: RunOutcome } | { ok: false; error: string };

/** runCapaian that never throws past this point: an escaped exception is a crash, counted. */
export async function guardedRun(run: () => Promise<RunOutcome>, tally: Tally): Promise<Outcome> {
  tally.runs++;
  try {
    const outcome = await run();
    if (!outcome.ok) tally.refusals++;
    return { ok: true, outcome };
  } catch (e) {
    tally.crashes++;
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

export function excelGateway(fake: FakeExcel) {
  return createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
}

const NEW_VALUE = 37;

export interface Edit extends CellRef {
  /** the new value, of the old one's type: 37 or "37" (no separator, so no convention changes) */
  value: number | string;
}

/** The realisasi cell the "user" edits: one that already holds a number, so year and convention stay. */
function editable(snapshot: WorkbookSnapshot, cells: CellRef[], pick: number): Edit | null {
  const numeric: Edit[] = [];
  for (const c of cells) {
    const s = snapshot.sheets.find((x) => x.name === c.sheet);
    const v = s?.values[c.row - s.origin.row]?.[c.col - s.origin.col];
    if (typeof v === "number" && Number.isFinite(v) && v > 0 && v !== NEW_VALUE)
      numeric.push({ ...c, value: NEW_VALUE });
    if (typeof v === "string" && /^\d[\d.,]*\s*%?$/.test(v.trim()) && v.trim() !== String(NEW_VALUE))
      numeric.push({ ...c, value: String(NEW_VALUE) });
  }
  return numeric.length ? numeric[pick % numeric.length]! : null;
}

function resultsById(outcome: RunOutcome): Map<string, string> {
  const m = new Map<string, string>();
  if (!outcome.result) return m;
  for (const r of outcome.result.indikator as IndicatorResult[])
    m.set(r.indicatorId, `${m.get(r.indicatorId) ?? ""}${JSON.stringify(r)}`);
  return m;
}

/** Indicators whose result differs between two runs. */
function changedIndicators(a: RunOutcome, b: RunOutcome): string[] {
  const ra = resultsById(a);
  const rb = resultsById(b);
  return [...new Set([...ra.keys(), ...rb.keys()])].filter((k) => ra.get(k) !== rb.get(k));
}

/** After the edit, the user's sheets may change only on the edited row. */
function editSpread(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  edit: CellRef,
  owned: Set<string>,
): string[] {
  const out: string[] = [];
  for (const b of before.sheets) {
    if (owned.has(b.name.toLowerCase())) continue;
    const a = after.sheets.find((x) => x.name === b.name);
    if (!a) continue;
    for (const c of changedCells(b, a))
      if (!(b.name === edit.sheet && c.row === edit.row))
        out.push(
          `${b.name}!${cellAddress(c.row, c.col)} changed after editing ${edit.sheet}!${cellAddress(edit.row, edit.col)}`,
        );
  }
  return out.slice(0, 10);
}

/** Property 2 on the strict Excel fake. */
export async function checkOnExcel(wb: GeneratedWorkbook, pick: number, tally: Tally): Promise<string[]> {
  const fake = fakeWorkbookFromSnapshot(wb.snapshot);
  const before = fake.toSnapshot();
  const first = await guardedRun(() => runCapaian(excelGateway(fake)), tally);
  if (!first.ok) return [`excel: crashed: ${first.error}`];
  const after = fake.toSnapshot();
  if (!first.outcome.ok) {
    const cmp = compareOutside(before, after, null);
    tally.cellsCompared += cmp.compared;
    const writes = fake.stats.writeSyncs
      ? [`excel: refused but made ${fake.stats.writeSyncs} write syncs`]
      : [];
    return [...writes, ...cmp.differences.map((d) => `excel refused: ${d}`)];
  }
  const declared = declaredOutputs(first.outcome.plan);
  const cmp = compareOutside(before, after, declared);
  tally.cellsCompared += cmp.compared;
  const failures = cmp.differences.map((d) => `excel: ${d}`);

  const dump = fake.dump();
  const second = await guardedRun(() => runCapaian(excelGateway(fake)), tally);
  if (!second.ok) return [...failures, `excel second run crashed: ${second.error}`];
  if (fake.dump() !== dump) failures.push("excel: a second run changed the workbook");

  const edit = editable(after, wb.realisasi, pick);
  if (!edit || !second.outcome.ok) return failures;
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(edit.sheet).getRange(cellAddress(edit.row, edit.col)).values = [
      [edit.value],
    ];
    await ctx.sync();
  });
  const edited = fake.toSnapshot();
  const third = await guardedRun(() => runCapaian(excelGateway(fake)), tally);
  if (!third.ok) return [...failures, `excel run after an edit crashed: ${third.error}`];
  if (!third.outcome.ok) return failures;
  const spread = editSpread(edited, fake.toSnapshot(), edit, declaredOutputs(third.outcome.plan).owned);
  failures.push(...spread.map((s) => `excel: ${s}`));
  const moved = changedIndicators(second.outcome, third.outcome);
  if (moved.length > 1)
    failures.push(`excel: one realisasi edit changed ${moved.length} indicators: ${moved.join(", ")}`);
  return failures;
}

async function parts(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

/** One file run: the copy written, or null when the run refused or wrote nothing. */
async function fileRun(input: Buffer, tally: Tally) {
  let written: Buffer | null = null;
  const gateway = createXlsxGateway({
    input,
    onOutput: (b) => {
      written = b;
    },
    onPreserved: (p) => {
      for (const [k, n] of Object.entries(p))
        tally.preserved[k as PartKind] = (tally.preserved[k as PartKind] ?? 0) + n;
    },
  });
  const run = await guardedRun(() => runCapaian(gateway), tally);
  return { run, written: written as Buffer | null };
}

/** Property 2 on .xlsx files. */
export async function checkOnFile(wb: GeneratedWorkbook, pick: number, tally: Tally): Promise<string[]> {
  const input = await snapshotToXlsx(wb.snapshot);
  const before = await readSnapshot(input);
  const first = await fileRun(input, tally);
  if (!first.run.ok) return [`file: crashed: ${first.run.error}`];
  if (!first.run.outcome.ok) return first.written ? ["file: refused but wrote a copy"] : [];
  if (!first.written) return ["file: the run succeeded without a written copy"];
  const out = first.written;
  const cmp = compareOutside(before, await readSnapshot(out), declaredOutputs(first.run.outcome.plan));
  tally.cellsCompared += cmp.compared;
  const failures = cmp.differences.map((d) => `file: ${d}`);

  const second = await fileRun(out, tally);
  if (!second.run.ok || !second.written) return [...failures, "file: the second run did not write"];
  const p1 = await parts(out);
  const p2 = await parts(second.written);
  const differ = [...new Set([...p1.keys(), ...p2.keys()])].filter(
    (k) => !p1.get(k)?.equals(p2.get(k) ?? Buffer.alloc(0)),
  );
  if (differ.length) failures.push(`file: a second run changed parts ${differ.join(", ")}`);

  const baseline = await readSnapshot(second.written);
  const edit = editable(baseline, wb.realisasi, pick);
  if (!edit || !second.run.outcome.ok) return failures;
  const plan = emptyPlan();
  plan.ranges.push({ sheet: edit.sheet, address: cellAddress(edit.row, edit.col), values: [[edit.value]] });
  const editedBuffer = (await applyPlanToPackage(second.written, plan)).buffer;
  const third = await fileRun(editedBuffer, tally);
  if (!third.run.ok || !third.written || !third.run.outcome.ok)
    return [...failures, "file: the run after an edit did not write"];
  const spread = editSpread(
    await readSnapshot(editedBuffer),
    await readSnapshot(third.written),
    edit,
    declaredOutputs(third.run.outcome.plan).owned,
  );
  failures.push(...spread.map((s) => `file: ${s}`));
  const moved = changedIndicators(second.run.outcome, third.run.outcome);
  if (moved.length > 1)
    failures.push(`file: one realisasi edit changed ${moved.length} indicators: ${moved.join(", ")}`);
  return failures;
}
