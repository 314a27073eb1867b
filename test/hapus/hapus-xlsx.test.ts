/**
 * "Hapus hasil" in file mode: original → run → remove gives the original back — every part of the
 * package the run did not have to touch byte-identical, and the parts it touched equal in what the
 * user sees (values, number formats, merges, names, sheet order, rules, notes) — also after a rerun
 * with other settings. The user's own note survives both.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { hapusHasil, type HapusOutcome } from "../../src/pipeline/hapus";
import { runCapaian, type RunOptions } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx";
import { readSnapshot } from "../helpers/read-snapshot";
import { allLayouts, snapshotToXlsx } from "../fixtures/layouts";
import { readParts } from "../helpers/ooxml-validate/parts";

async function through<T>(
  input: Buffer,
  step: (g: ReturnType<typeof createXlsxGateway>) => Promise<T>,
): Promise<{ out: Buffer; result: T }> {
  let out: Buffer | null = null;
  const gateway = createXlsxGateway({ input, onOutput: (b) => void (out = b) });
  const result = await step(gateway);
  return { out: out ?? input, result };
}

/** What the user sees of a workbook, per sheet in order. */
function seen(s: WorkbookSnapshot) {
  return {
    sheets: s.sheets.map((x) => ({
      name: x.name,
      visibility: x.visibility,
      origin: x.origin,
      values: x.values,
      numberFormats: x.numberFormats,
      merges: x.merges,
    })),
    names: s.names,
  };
}

async function parts(buffer: Buffer): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, bytes] of await readParts(buffer)) out.set(name, bytes.toString("utf8"));
  return out;
}

/** Conditional formats and notes of every sheet part, in document order. */
function rulesAndNotes(p: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [name, text] of [...p].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      out.push(
        `${name}: ${(text.match(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g) ?? []).join("")}`,
      );
    if (/^xl\/comments\d*\.xml$/.test(name))
      out.push(`${name}: ${(text.match(/<t[ >][^<]*/g) ?? []).join("|")}`);
  }
  return out;
}

async function roundTrip(original: Buffer, runs: RunOptions[]) {
  let current = original;
  for (const options of runs) {
    const r = await through(current, (g) => runCapaian(g, options));
    expect(r.result.ok).toBe(true);
    current = r.out;
  }
  const removed = await through(current, (g) => hapusHasil(g));
  return { written: current, removed: removed.result as HapusOutcome, after: removed.out };
}

async function expectOriginal(original: Buffer, after: Buffer): Promise<void> {
  expect(seen(await readSnapshot(after))).toEqual(seen(await readSnapshot(original)));
  const a = await parts(original);
  const b = await parts(after);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  expect(rulesAndNotes(b)).toEqual(rulesAndNotes(a));
}

const SAMPLE = path.join(__dirname, "../../assets/sample/contoh-dinsos-bengkalis-2023.xlsx");
const LIBRE = path.join(__dirname, "../fixtures/xlsx/dinsos-bengkalis-2023-libreoffice.xlsx");
/** the sample with the user's own note on "Realisasi 2023", saved by LibreOffice */
const USER_NOTE = path.join(__dirname, "../fixtures/xlsx-validate/catatan-libreoffice.xlsx");

describe("Hapus hasil on .xlsx files", () => {
  test.each([
    ["the bundled sample", SAMPLE],
    ["a workbook saved by LibreOffice", LIBRE],
    ["a workbook with the user's own note", USER_NOTE],
  ])("%s: original → run → remove gives the original back", async (_n, file) => {
    const original = readFileSync(file);
    const r = await roundTrip(original, [{}]);
    expect(r.removed.ok && r.removed.adaHasil).toBe(true);
    await expectOriginal(original, r.after);
  });

  test("run → rerun with other settings → remove gives the original back", async () => {
    const original = readFileSync(SAMPLE);
    const r = await roundTrip(original, [
      {},
      { settings: { skala: "permendagri86" }, tabel: ["3.1", "3.2"] },
    ]);
    await expectOriginal(original, r.after);
  });

  test.each(allLayouts().map((l) => [l.name, l] as const))(
    "%s (seed layout as .xlsx): run → remove gives the original back",
    async (_n, layout) => {
      const original = await snapshotToXlsx(layout.snapshot);
      const r = await roundTrip(original, [{}]);
      await expectOriginal(original, r.after);
    },
  );

  test("a file without the add-in's output: nothing removed, no copy written", async () => {
    const original = readFileSync(SAMPLE);
    const r = await through(original, (g) => hapusHasil(g));
    expect(r.result.ok && r.result.adaHasil).toBe(false);
    expect(r.out).toBe(original);
  });
});
