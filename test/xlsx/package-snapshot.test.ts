/** The fast package reader must give exactly what exceljs's object model gives. */
import ExcelJS from "exceljs";
import { generate } from "../../scripts/bench/file";
import { browserZip } from "../../src/preview/inflate";
import { readPackageSnapshot } from "../../src/xlsx/package-snapshot";
import { shiftFormula } from "../../src/xlsx/sheet-cells";
import { readSnapshot } from "../helpers/read-snapshot";
import { readSnapshotWithExceljs } from "./exceljs-reference";
import path from "node:path";
import { readFileSync } from "node:fs";
import { applyPlanToPackage as applyPlan } from "../../src/xlsx/ooxml";
import { samplePlan } from "./plans";
import { fixture, prefixedBuffer, richBuffer, sampleBuffer, tempDir } from "./workbooks";

async function sharedFormulaBuffer(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleBuffer()) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Anggaran")!;
  // Filled down like Excel does: one master formula, the rows below share it.
  ws.fillFormula("H6:H10", "D6/C6*100", [94.64, 86.08, 96.15, 88.27, 93.36]);
  ws.getCell("I6").value = { formula: 'IF($E6>90,"Sangat Baik","Baik")', result: "Sangat Baik" };
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function generated(rows: number): Promise<Buffer> {
  const file = path.join(tempDir(), "generated.xlsx");
  await generate(file, rows);
  return readFileSync(file);
}

test.each([
  ["the sample written by exceljs", () => sampleBuffer()],
  ["the sample with dates, errors, formulas, hidden and protected sheets", () => richBuffer()],
  ["the same saved by LibreOffice", async () => fixture("dinsos-bengkalis-2023-libreoffice.xlsx")],
  ["a workbook with shared (filled-down) formulas", () => sharedFormulaBuffer()],
  ["a generated 300-indicator workbook", () => generated(300)],
])("%s reads the same through the package reader and through exceljs", async (_label, load) => {
  const bytes = await load();
  expect(await readSnapshot(bytes)).toEqual(await readSnapshotWithExceljs(bytes));
});

test("filled-down formulas read with their own references", async () => {
  const snap = await readSnapshot(await sharedFormulaBuffer());
  const ws = snap.sheets.find((s) => s.name === "Anggaran")!;
  const f = (row: number, col: number): string | undefined =>
    ws.formulas?.[row - ws.origin.row]?.[col - ws.origin.col];
  expect(f(5, 7)).toBe("=D6/C6*100");
  expect(f(9, 7)).toBe("=D10/C10*100");
  expect(ws.values[9 - ws.origin.row]![7 - ws.origin.col]).toBe(93.36);
});

test.each([
  ["D6/C6*100", 4, 0, "D10/C10*100"],
  ["$D6/C$6*100", 2, 1, "$D8/D$6*100"],
  ["SUM(C6:C10)+LOG10(C6)", 1, 0, "SUM(C7:C11)+LOG10(C7)"],
  ["IF(E6>90,\"A1 tetap\",'Sheet 1'!B2)", 1, 1, "IF(F7>90,\"A1 tetap\",'Sheet 1'!C3)"],
])("shiftFormula(%j, %d, %d) is %j", (formula, dRow, dCol, expected) => {
  expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
});

test("a workbook with prefixed elements (<x:c>, as OpenXML SDK exports write) reads and applies like the plain one", async () => {
  const plain = await richBuffer();
  const prefixed = await prefixedBuffer(plain);
  const expected = await readSnapshot(plain);
  expect(await readSnapshot(prefixed)).toEqual(expected);
  expect(await readSnapshotWithExceljs(prefixed)).toEqual(expected);
  const fromPrefixed = await applyPlan(prefixed, samplePlan());
  const fromPlain = await applyPlan(plain, samplePlan());
  expect(await readSnapshot(fromPrefixed.buffer)).toEqual(await readSnapshot(fromPlain.buffer));
});

test("the preview's inflate (DecompressionStream) reads the same snapshot as node:zlib", async () => {
  for (const bytes of [await richBuffer(), fixture("dinsos-bengkalis-2023-libreoffice.xlsx")])
    expect(await readPackageSnapshot(bytes, browserZip)).toEqual(await readSnapshot(bytes));
});
