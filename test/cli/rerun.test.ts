/**
 * The sample workbook (seed 002) through the whole pipeline, twice, in both hosts: the second run
 * must leave the workbook exactly as the first one did (the add-in's own Predikat column is
 * output, never read back as part of the user's table), and every realisasi table of the
 * reporting year gets its Predikat.
 */
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { cellAt } from "../../src/engine/snapshot";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { getCell } from "../../src/excel/fake/state";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian, type RunOutcome } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { readSnapshot } from "../helpers/read-snapshot";
import { sampleBuffer } from "../xlsx/workbooks";

jest.setTimeout(120_000);

const SHEET = "Realisasi 2023";

async function xlsxRun(input: Buffer): Promise<{ out: Buffer; outcome: RunOutcome }> {
  let out: Buffer | null = null;
  const outcome = await runCapaian(
    createXlsxGateway({
      input,
      onOutput: (b) => {
        out = b;
      },
    }),
  );
  if (!out) throw new Error(`nothing written: ${JSON.stringify(outcome.ok ? "" : outcome.refusals)}`);
  return { out, outcome };
}

/** Every cell of every sheet as "Sheet!A1 = value [format]", plus merges and names. */
function cells(s: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const sheet of s.sheets) {
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = sheet.numberFormats[r]?.[c] ?? "General";
        if (v !== "" || f !== "General")
          out.push(
            `${sheet.name}!R${sheet.origin.row + r}C${sheet.origin.col + c} = ${JSON.stringify(v)} [${f}]`,
          );
      }),
    );
    for (const m of sheet.merges) out.push(`${sheet.name} merge ${JSON.stringify(m)}`);
  }
  for (const [n, a] of Object.entries(s.names)) out.push(`name ${n} = ${a}`);
  return out.sort();
}

async function notesAndRules(buffer: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.note) out.push(`${ws.name}!${c.address} note ${JSON.stringify(c.note)}`);
      }),
    );
    // exceljs reads the rules into this property but leaves it out of its typings
    const rules = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
    for (const cf of rules) out.push(`${ws.name} cf ${JSON.stringify(cf)}`);
  });
  return out.sort();
}

describe("the sample workbook, run twice", () => {
  let input: Buffer;
  beforeAll(async () => {
    input = await sampleBuffer();
  });

  test("file mode: every realisasi table of 2023 gets Predikat, and the second output equals the first", async () => {
    const first = await xlsxRun(input);
    const second = await xlsxRun(first.out);
    const a = await readSnapshot(first.out);
    const b = await readSnapshot(second.out);

    const sheet = a.sheets.find((s) => s.name === SHEET)!;
    // H7 (Persentase PPKS Mandiri) and H9 (BB vs BB) in the first table, H17..H21 in the second
    const predikat = (row: number) => cellAt(sheet, row, 7);
    expect(predikat(3)).toBe("Predikat");
    expect(predikat(6)).toBe("Sangat Baik");
    expect(predikat(8)).toBe("Baik");
    expect(predikat(7)).toBe("");
    expect(predikat(13)).toBe("Predikat");
    expect([16, 17, 18, 19, 20].map(predikat)).toEqual([
      "Sangat Baik",
      "Sangat Baik",
      "Baik",
      "Baik",
      "Baik",
    ]);

    expect(second.outcome.ok && second.outcome.read.indicators.map((i) => i.id)).toEqual(
      first.outcome.ok && first.outcome.read.indicators.map((i) => i.id),
    );
    expect(cells(b)).toEqual(cells(a));
    expect(await notesAndRules(second.out)).toEqual(await notesAndRules(first.out));
  });

  test("Excel (strict fake): the second run leaves the workbook exactly as the first", async () => {
    const fake = fakeWorkbookFromSnapshot(await readSnapshot(input));
    const gateway = () => createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const first = await runCapaian(gateway());
    expect(first.ok).toBe(true);
    expect(fake.cell(SHEET, "H7").value).toBe("Sangat Baik");
    expect(fake.cell(SHEET, "H9").value).toBe("Baik");
    const afterFirst = fake.dump();
    const snapFirst = cells(fake.toSnapshot());
    const second = await runCapaian(gateway());
    expect(second.ok).toBe(true);
    expect(cells(fake.toSnapshot())).toEqual(snapFirst);
    expect(fake.dump()).toEqual(afterFirst);
  });
});

describe("notes of a finding that is gone", () => {
  const E18 = { row: 17, col: 4 };

  test("file mode: the second run takes the stale note away and keeps the others", async () => {
    const first = await xlsxRun(await sampleBuffer());
    const notesOf = async (b: Buffer) => (await notesAndRules(b)).filter((l) => l.includes(" note "));
    const before = await notesOf(first.out);
    expect(before.some((l) => l.startsWith(`${SHEET}!E18 note`))).toBe(true);
    // the user raises the 2023 target above the 2022 realisasi (76,92): that finding is gone
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.out as unknown as ExcelJS.Buffer);
    wb.getWorksheet(SHEET)!.getCell("E18").value = "77%";
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const second = await xlsxRun(edited);
    const after = await notesOf(second.out);
    expect(after.some((l) => l.startsWith(`${SHEET}!E18 note`))).toBe(false);
    expect(after.some((l) => l.startsWith(`${SHEET}!G8 note`))).toBe(true);
    expect(second.outcome.ok && second.outcome.state.owned.notes).not.toContainEqual({
      sheet: SHEET,
      cell: "E18",
    });
    expect(first.outcome.ok && first.outcome.state.owned.notes).toContainEqual({ sheet: SHEET, cell: "E18" });
  });

  test("Excel (strict fake): the same", async () => {
    const fake = fakeWorkbookFromSnapshot(await readSnapshot(await sampleBuffer()));
    const gateway = () => createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    expect((await runCapaian(gateway())).ok).toBe(true);
    expect(Object.keys(fake.notes(SHEET))).toContain("E18");
    getCell(fake.sheet(SHEET), E18.row, E18.col)!.value = "77%";
    expect((await runCapaian(gateway())).ok).toBe(true);
    expect(Object.keys(fake.notes(SHEET))).not.toContain("E18");
    expect(Object.keys(fake.notes(SHEET))).toContain("G8");
  });
});
