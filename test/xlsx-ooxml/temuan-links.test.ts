/**
 * The Temuan sheet in file mode, on the sample workbook (seed 002): every finding a row, each cell
 * an internal <hyperlink> (no relationship, in its schema place), the sheet printing like the
 * tables, and a second run writing the same bytes. A small plan checks a link replaces, never doubles.
 */
import { runCapaian, type RunOutcome } from "../../src/pipeline/run";
import { emptyPlan, linkRecipe, type WritePlan } from "../../src/engine/plan";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { applyPlan } from "../../src/xlsx/ooxml/apply";
import { cellKey } from "../../src/xlsx/ooxml/hyperlinks";
import { readSnapshot } from "../helpers/read-snapshot";
import {
  packageProblems,
  partText,
  readParts,
  validateParts,
  workbookModel,
  type Parts,
} from "../helpers/ooxml-validate";
import { worksheetParts } from "../helpers/ooxml-validate/workbook";
import { describeWithSchemas } from "../xlsx-validate/with-schemas";
import { sampleBuffer } from "../xlsx/workbooks";

jest.setTimeout(120_000);

async function run(input: Buffer, lembarTemuan = true): Promise<{ out: Buffer; outcome: RunOutcome }> {
  let out: Buffer | null = null;
  const gateway = createXlsxGateway({
    input,
    onOutput: (b) => {
      out = b;
    },
  });
  const outcome = await runCapaian(gateway, { settings: { lembarTemuan } });
  if (!out) throw new Error("nothing written");
  return { out, outcome };
}

function sheetXml(parts: Parts, name: string): string {
  const part = worksheetParts(parts, workbookModel(parts)).find((s) => s.name === name)?.part;
  if (!part) throw new Error(`no sheet ${name}`);
  return partText(parts, part);
}

describe("the Temuan sheet of the sample workbook", () => {
  let first: { out: Buffer; outcome: RunOutcome };
  let parts: Parts;
  beforeAll(async () => {
    first = await run(await sampleBuffer());
    parts = await readParts(first.out);
  });

  test("lists every finding of the run, errors first, as literal text", async () => {
    const snap = await readSnapshot(first.out);
    const sheet = snap.sheets.find((s) => s.name === "Temuan")!;
    const rows = sheet.values.slice(3);
    const outcome = first.outcome;
    if (!outcome.ok) throw new Error("refused");
    const count = new Set(
      [...outcome.read.temuan, ...outcome.result.temuan].map(
        (t) => `${t.kode}|${t.sel[0]?.sheet}|${t.sel[0]?.cell}|${t.pesan.id}`,
      ),
    ).size;
    expect(rows).toHaveLength(count);
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
    const rank = { Galat: 0, Peringatan: 1, Info: 2 } as Record<string, number>;
    const levels = rows.map((r) => rank[r[1] as string]!);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(rows[0]!.slice(1, 5)).toEqual(["Galat", "RATA_RATA_TIDAK_SESUAI", "Realisasi 2023", "G8"]);
    // the printed average 94,05 of one capaian 112: the value it should hold
    expect(rows[0]![6]).toBe(112);
    expect(sheet.formulas?.flat().filter((f) => f !== "")).toEqual([]);
  });

  test("each cell reference is an internal hyperlink, with no relationship", () => {
    const xml = sheetXml(parts, "Temuan");
    const links = [...xml.matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(5);
    expect(links[0]).toBe(
      `<hyperlink ref="E4" location="'Realisasi 2023'!G8" tooltip="Buka sel G8 di sheet Realisasi 2023" display="G8"/>`,
    );
    expect(xml).not.toMatch(/r:id=/);
    // CT_Worksheet: mergeCells … hyperlinks, printOptions, pageMargins, pageSetup
    const at = (tag: string) => xml.indexOf(`<${tag}`);
    expect(at("mergeCells")).toBeLessThan(at("hyperlinks"));
    expect(at("hyperlinks")).toBeLessThan(at("printOptions"));
    expect(at("pageMargins")).toBeLessThan(at("pageSetup"));
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(packageProblems(parts)).toEqual([]);
  });

  test("a second run writes the same bytes, and the state owns the sheet", async () => {
    const second = await run(first.out);
    expect(second.out.equals(first.out)).toBe(true);
    expect(second.outcome.ok && second.outcome.state.owned.sheets).toContain("Temuan");
  });

  test("--tanpa-temuan (the setting off) writes no Temuan sheet", async () => {
    const off = await run(await sampleBuffer(), false);
    expect((await readSnapshot(off.out)).sheets.map((s) => s.name)).not.toContain("Temuan");
  });

  describeWithSchemas("ISO/IEC 29500 Transitional schemas", (entry) => {
    test("the Temuan sheet part validates", () => {
      expect(validateParts(entry, [{ name: "Temuan", xml: sheetXml(parts, "Temuan") }])).toEqual([]);
    });
  });
});

test("a link written again on the same cell replaces the first", async () => {
  const plan: WritePlan = emptyPlan();
  const link = { cell: "A1", location: "'Data'!B2", text: "B2" };
  plan.sheets = [{ name: "Data", create: true, clear: true, links: [link] }];
  plan.ranges = [{ sheet: "Data", address: "A1", values: [["B2"]] }];
  const once = await applyPlan(await sampleBuffer(), plan);
  plan.sheets = [{ name: "Data", create: false, clear: false, links: [{ ...link, location: "'Data'!C3" }] }];
  const twice = await applyPlan(once.buffer, plan);
  const xml = sheetXml(await readParts(twice.buffer), "Data");
  expect([...xml.matchAll(/<hyperlink /g)]).toHaveLength(1);
  expect(xml).toContain(`<hyperlink ref="A1" location="'Data'!C3" display="B2"/>`);
});

test("of a run's links on one cell the last is written, at its place, from a list or a recipe", async () => {
  const link = (cell: string, to: string) => ({ cell, location: `'Data'!${to}`, text: to });
  const plan: WritePlan = emptyPlan();
  let reads = 0;
  const recipe = linkRecipe(function* () {
    reads++;
    yield link("A1", "B2");
    yield link("a2", "B3");
    yield link("A1", "B4");
  });
  // the sheet named twice: the second list replaces a link of the first, which moves to the end
  plan.sheets = [
    { name: "Data", create: true, clear: true, links: recipe },
    { name: "Data", create: false, clear: false, links: [link("A2", "C9"), link("A3", "C3")] },
  ];
  plan.ranges = [{ sheet: "Data", address: "A1:A3", values: [["x"], ["y"], ["z"]] }];
  const out = await applyPlan(await sampleBuffer(), plan);
  const xml = sheetXml(await readParts(out.buffer), "Data");
  const refs = [...xml.matchAll(/<hyperlink ref="(\w+)" location="'Data'!(\w+)"/g)].map(
    (m) => `${m[1]}→${m[2]}`,
  );
  expect(refs).toEqual(["A1→B4", "A2→C9", "A3→C3"]);
  expect(reads).toBeGreaterThan(1);
});

test("a cell's key is a number exactly for a plain A1 cell, equal when the upper-case texts are", () => {
  expect(cellKey("E5")).toBe(cellKey("e5"));
  expect(cellKey("XFD1048576")).toBe(1048576 * 32768 + 16384);
  expect(cellKey("ZZZ1")).not.toBe(cellKey("A2"));
  for (const text of ["E05", "$E$5", "E5:F6", "ABCD5", "", "5", "E", "E12345678"])
    expect(cellKey(text)).toBe(text.toUpperCase());
});
