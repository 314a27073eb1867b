/**
 * Every workbook fixture the file mode is run on, through the whole pipeline, twice: every XML part
 * the writer adds or changes validates against ISO/IEC 29500 Transitional (after the
 * markup-compatibility pre-pass), the output keeps the package rules no schema states, and the
 * second run validates too and writes the same bytes as the first.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { partText, readParts, schemaSetup } from "../helpers/ooxml-validate";
import { prefixedBuffer, richBuffer, sampleBuffer } from "../xlsx/workbooks";
import { checkRuns, type Case, type Checked } from "./check-runs";
import { LIBREOFFICE_NOTE_FIXTURE } from "./make-libreoffice-fixture";
import { describeWithSchemas } from "./with-schemas";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const FOLDERS = ["test/fixtures/xlsx", "test/fixtures/ooxml", "test/fixtures/xlsx-validate", "assets/sample"];

const files: Case[] = FOLDERS.flatMap((folder) =>
  readdirSync(path.join(ROOT, folder))
    .filter((f) => /\.xls[xm]$/i.test(f))
    .sort()
    .map((f) => ({ label: `${folder}/${f}`, input: async () => readFileSync(path.join(ROOT, folder, f)) })),
);
const built: Case[] = [
  { label: "sample (scripts/make-sample)", input: sampleBuffer },
  { label: "sample with dates, formulas, errors, rich text, hidden and protected sheets", input: richBuffer },
  {
    label: "sample with prefixed SpreadsheetML (<x:c>)",
    input: async () => prefixedBuffer(await sampleBuffer()),
  },
];
const CASES = [...files, ...built];
const LIBREOFFICE_NOTE = path.relative(ROOT, LIBREOFFICE_NOTE_FIXTURE).split(path.sep).join("/");

const setup = schemaSetup();
let results: Map<string, Checked>;

beforeAll(async () => {
  results = await checkRuns(CASES, setup.ok ? setup.entry : null, true);
});

const result = (label: string): Checked => results.get(label)!;

test("the fixtures include workbooks saved by LibreOffice (one with a note of its own) and one with macros", async () => {
  const apps = await Promise.all(
    files.map(async (f) => partText(await readParts(await f.input()), "docProps/app.xml")),
  );
  expect(apps.filter((a) => a.includes("<Application>LibreOffice")).length).toBeGreaterThanOrEqual(2);
  expect(files.map((f) => f.label)).toEqual(
    expect.arrayContaining([LIBREOFFICE_NOTE, "test/fixtures/ooxml/realisasi-2024.xlsm"]),
  );
});

test("the LibreOffice note fixture is the clash case: a VML part without o:idmap, given notes beside new VML parts", async () => {
  const input = await readParts(readFileSync(LIBREOFFICE_NOTE_FIXTURE));
  const own = [...input.keys()].filter((n) => n.endsWith(".vml"));
  expect(own).toHaveLength(1);
  expect(partText(input, own[0]!)).not.toContain("idmap");
  const changed = result(LIBREOFFICE_NOTE).changed.filter((n) => n.endsWith(".vml"));
  expect(changed).toContain(own[0]);
  expect(changed.length).toBeGreaterThan(1);
});

describe.each(CASES.map((c) => c.label))("%s", (label) => {
  test("is written, and written again from its own output", () => {
    const r = result(label);
    expect(r.notWritten).toBe("");
    expect(r.changed.length).toBeGreaterThan(0);
    expect(r.rerun?.output).not.toBeNull();
  });

  test("the second run's output is byte-identical to the first's", () => {
    const r = result(label);
    expect(r.rerun?.output?.equals(r.output!)).toBe(true);
  });

  // The LibreOffice note fixture is the case whose VML shape ids once clashed (issue 16 item 4).
  test("the output keeps the package rules (relationships, content types, styles, VML ids, merges, names, app.xml)", () => {
    const r = result(label);
    expect(r.problems).toEqual([]);
    expect(r.rerun!.problems).toEqual([]);
  });
});

describeWithSchemas("ISO/IEC 29500 Transitional schemas", () => {
  test.each(CASES.map((c) => c.label))(
    "%s: every part the writer added or changed validates, in both runs",
    (label) => {
      const r = result(label);
      expect(r.schema).toEqual([]);
      expect(r.rerun!.schema).toEqual([]);
    },
  );
});
