/**
 * A user's own note is never replaced (the same rule for every host): a finding whose cell holds a
 * note the add-in did not write gets no note; the run tells the user instead. Plan level on the
 * seed-000 workbook, then the whole file mode on the sample workbook, twice.
 */
import ExcelJS from "exceljs";
import { runCapaian, type RunOutcome } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { readSnapshot } from "../helpers/read-snapshot";
import { SHEET } from "../fixtures/writeback/seed000";
import { sampleBuffer } from "../xlsx/workbooks";
import { okPlan, setup, type Run } from "./build";

jest.setTimeout(120_000);

function withNotes(run: Run, cells: string[]): Run {
  const sheets = run.snapshot.sheets.map((s) => (s.name === SHEET ? { ...s, catatan: cells } : s));
  return { ...run, snapshot: { ...run.snapshot, sheets } };
}

describe("the plan", () => {
  test("a cell holding a note the add-in did not write gets no note, and is told", () => {
    const out = okPlan(withNotes(setup(), ["F5"]));
    expect(out.plan.notes).toEqual([]);
    expect(out.state.owned.notes).toEqual([]);
    expect(out.tidakDipasang).toEqual([
      {
        id: expect.stringContaining(`'${SHEET}'!F5`),
        en: expect.stringContaining("already holds your note"),
      },
    ]);
  });

  test("a note the add-in wrote (listed in the state) is written again; other noted cells do not matter", () => {
    const first = okPlan(withNotes(setup(), ["B2"]));
    expect(first.plan.notes).toEqual([expect.objectContaining({ cell: "F5" })]);
    expect(first.tidakDipasang).toEqual([]);
    const again = okPlan({ ...withNotes(setup(), ["F5", "B2"]), state: first.state });
    expect(again.plan.notes).toEqual([expect.objectContaining({ cell: "F5" })]);
    expect(again.state.owned.notes).toEqual([{ sheet: SHEET, cell: "F5" }]);
    expect(again.tidakDipasang).toEqual([]);
  });
});

describe("file mode", () => {
  const REALISASI = "Realisasi 2023";

  async function run(input: Buffer): Promise<{ out: Buffer; outcome: RunOutcome }> {
    let out: Buffer | null = null;
    const outcome = await runCapaian(createXlsxGateway({ input, onOutput: (b) => void (out = b) }));
    if (!out || !outcome.ok) throw new Error("nothing written");
    return { out, outcome };
  }

  async function notes(buffer: Buffer): Promise<Record<string, string>> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const out: Record<string, string> = {};
    wb.getWorksheet(REALISASI)!.eachRow((row) =>
      row.eachCell((c) => {
        if (c.note) out[c.address] = JSON.stringify(c.note);
      }),
    );
    return out;
  }

  test("the snapshot lists the cells that hold notes", async () => {
    const first = await run(await sampleBuffer());
    const sheet = (await readSnapshot(first.out)).sheets.find((s) => s.name === REALISASI)!;
    expect(sheet.catatan).toEqual(expect.arrayContaining(Object.keys(await notes(first.out))));
  });

  test("a user's note on a finding's cell survives a run and a rerun; the finding is reported", async () => {
    // E18 gets a finding on the sample; the user writes a note there first
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sampleBuffer()) as unknown as ExcelJS.Buffer);
    wb.getWorksheet(REALISASI)!.getCell("E18").note = "Catatan saya: angka dari BPS";
    const input = Buffer.from(await wb.xlsx.writeBuffer());
    const mine = (await notes(input)).E18;

    const first = await run(input);
    expect((await notes(first.out)).E18).toBe(mine);
    const told = (o: RunOutcome) =>
      (o.ok ? (o.report?.skipped ?? []) : []).filter((p) => p.id.includes("!E18"));
    expect(told(first.outcome)).toHaveLength(1);
    expect(first.outcome.ok && first.outcome.state.owned.notes).not.toContainEqual({
      sheet: REALISASI,
      cell: "E18",
    });
    // the add-in's other notes are written as before
    expect(Object.keys(await notes(first.out)).length).toBeGreaterThan(1);

    const second = await run(first.out);
    expect((await notes(second.out)).E18).toBe(mine);
    expect(told(second.outcome)).toHaveLength(1);
    expect(await notes(second.out)).toEqual(await notes(first.out));
  });
});
