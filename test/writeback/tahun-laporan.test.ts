/**
 * Issue 13, item 1: the reporting year chooses which realisasi tables get Capaian/Predikat. On the
 * sample (seed 002: "Realisasi 2023" holds two 2023 tables, "Capaian 2022" the 2022 one), a run for
 * 2022 writes beside the 2022 table only; going back to 2023 takes the 2022 columns away again and
 * ends with exactly the workbook one 2023 run gives. A year no table holds is refused before
 * anything is written. Both hosts: the file writer and the strict Excel fake.
 */
import ExcelJS from "exceljs";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { SettingsInput } from "../../src/engine/settings";
import { cellAt, type WorkbookSnapshot } from "../../src/engine/snapshot";
import { readState } from "../../src/engine/state";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian, type RunOutcome } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { readSnapshot } from "../helpers/read-snapshot";
import { sampleBuffer, tempDir } from "../xlsx/workbooks";

jest.setTimeout(180_000);

const R2023 = "Realisasi 2023";
const C2022 = "Capaian 2022";

async function xlsxRun(input: Buffer, tahun: number): Promise<{ out: Buffer | null; outcome: RunOutcome }> {
  let out: Buffer | null = null;
  const settings: SettingsInput = { tahun };
  const outcome = await runCapaian(
    createXlsxGateway({
      input,
      onOutput: (b) => {
        out = b;
      },
    }),
    { settings },
  );
  return { out, outcome };
}

async function xlsxChain(input: Buffer, years: number[]): Promise<Buffer> {
  let current = input;
  for (const y of years) {
    const { out, outcome } = await xlsxRun(current, y);
    if (!out) throw new Error(`nothing written for ${y}: ${JSON.stringify(!outcome.ok && outcome.refusals)}`);
    current = out;
  }
  return current;
}

/**
 * What a user can see of a workbook, cell by cell: value, number format, font, fill, borders and
 * alignment of every cell that has any; merges, column widths, rules and notes per sheet; the names.
 */
async function visible(buffer: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(`${ws.name} state ${ws.state}`);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const { numFmt, font, fill, border, alignment } = c.style;
        const shown = JSON.stringify({ v: c.value, numFmt, font, fill, border, alignment });
        if (c.value !== null || shown !== JSON.stringify({ v: null }))
          out.push(`${ws.name}!${c.address} ${shown}`);
        if (c.note) out.push(`${ws.name}!${c.address} note ${JSON.stringify(c.note)}`);
      }),
    );
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    out.push(`${ws.name} merges ${JSON.stringify([...merges].sort())}`);
    const widths = (ws.columns ?? []).map((col, i) => `${i}:${col.width ?? "-"}`);
    out.push(`${ws.name} widths ${widths.join(" ")}`);
    // exceljs reads the rules into this property but leaves it out of its typings
    const rules = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
    for (const cf of rules) out.push(`${ws.name} cf ${JSON.stringify(cf)}`);
  });
  out.push(`names ${JSON.stringify(wb.definedNames.model)}`);
  return out;
}

/**
 * The fake's dump without the records of cells Excel shows as never touched (empty, General, no
 * style): a cell the add-in filled and gave back leaves such a record, and Excel has no such notion.
 */
function shown(dump: string): unknown {
  const doc = JSON.parse(dump) as { sheets: { cells: unknown[] }[] };
  const untouched = (c: unknown) => JSON.stringify((c as unknown[]).slice(2)) === '["",null,"General",{}]';
  for (const s of doc.sheets) s.cells = s.cells.filter((c) => !untouched(c));
  return doc;
}

function column(s: WorkbookSnapshot, sheet: string, col: number, rows: number[]): unknown[] {
  const ws = s.sheets.find((x) => x.name === sheet)!;
  return rows.map((r) => cellAt(ws, r, col));
}

describe("the reporting year chooses the tables that get Capaian/Predikat", () => {
  let input: Buffer;
  beforeAll(async () => {
    input = await sampleBuffer();
  });

  test("file mode: 2022 annotates the 2022 table, and never the 2023 tables", async () => {
    const { out, outcome } = await xlsxRun(input, 2022);
    expect(outcome.ok).toBe(true);
    const s = await readSnapshot(out!);
    // nothing beside the two 2023 tables (column H of rows 4–21)
    expect(column(s, R2023, 7, [3, 6, 8, 13, 16, 20]).every((v) => v === "")).toBe(true);
    // the 2022 table: its own empty Capaian cell filled (BB against B: 80), Predikat added beside it
    expect(column(s, C2022, 6, [2, 5, 6])).toEqual(["Predikat", "Baik", "Baik"]);
    expect(column(s, C2022, 5, [5, 6])).toEqual(["100%", 80]);
  });

  test("Excel (strict fake): the same", async () => {
    const fake = fakeWorkbookFromSnapshot(await readSnapshot(input));
    const outcome = await runCapaian(createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported }), {
      settings: { tahun: 2022 },
    });
    expect(outcome.ok).toBe(true);
    for (const a of ["H4", "H7", "H9", "H14", "H17", "H21"]) expect(fake.cell(R2023, a).value).toBe("");
    expect(["G3", "G6", "G7"].map((a) => fake.cell(C2022, a).value)).toEqual(["Predikat", "Baik", "Baik"]);
    expect(fake.cell(C2022, "F7").value).toBe(80);
  });

  test("file mode: 2023 → 2022 → 2023 ends exactly as one 2023 run, with no column left behind", async () => {
    const once = await xlsxChain(input, [2023]);
    const there = await xlsxChain(input, [2023, 2022]);
    const back = await xlsxChain(there, [2023]);
    // the 2022 run took the 2023 columns away and emptied the tables without 2022 data
    const mid = await readSnapshot(there);
    expect(column(mid, R2023, 7, [3, 6, 8])).toEqual(["", "", ""]);
    expect(column(mid, "Tabel 3.5", 0, [0])).toEqual([
      "Tabel 3.5 tidak ditulis untuk tahun 2022: anggaran yang terbaca adalah anggaran tahun 2023, bukan tahun 2022.",
    ]);
    expect(await visible(back)).toEqual(await visible(once));
    expect(readState(await readSnapshot(back)).state).toEqual(readState(await readSnapshot(once)).state);
  });

  test("Excel (strict fake): 2023 → 2022 → 2023 ends exactly as one 2023 run", async () => {
    const snapshot = await readSnapshot(input);
    const run = async (fake: ReturnType<typeof fakeWorkbookFromSnapshot>, tahun: number) => {
      const outcome = await runCapaian(
        createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported }),
        { settings: { tahun } },
      );
      expect(outcome.ok).toBe(true);
    };
    const once = fakeWorkbookFromSnapshot(snapshot);
    await run(once, 2023);
    const trip = fakeWorkbookFromSnapshot(snapshot);
    for (const y of [2023, 2022, 2023]) await run(trip, y);
    expect(shown(trip.dump())).toEqual(shown(once.dump()));
  });

  test("a year no table holds is refused before anything is written, naming the years found", async () => {
    const { out, outcome } = await xlsxRun(input, 2021);
    expect(out).toBeNull();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.refusals.map((r) => r.kode)).toEqual(["TAHUN_TIDAK_ADA"]);
    expect(outcome.refusals[0]!.pesan.id).toContain("tahun 2021; tahun yang ditemukan: 2022, 2023.");
    expect(outcome.refusals[0]!.pesan.en).toContain("for 2021; the years found are 2022, 2023.");

    const fake = fakeWorkbookFromSnapshot(await readSnapshot(input));
    const before = fake.dump();
    const refused = await runCapaian(createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported }), {
      settings: { tahun: 2021 },
    });
    expect(refused.ok).toBe(false);
    expect(fake.dump()).toBe(before);
  });

  test("command line: --tahun 2021 exits 2 with the one sentence, and writes neither copy nor JSON", async () => {
    const dir = tempDir("capaian-tahun-");
    const file = path.join(dir, "dinsos.xlsx");
    writeFileSync(file, input);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io = { out: (l: string) => void stdout.push(l), err: (l: string) => void stderr.push(l) };
    const json = path.join(dir, "laporan.json");
    const argv = ["hitung", file, "--tahun", "2021", "--json", json];
    expect(await main(argv, { ...io, progress: () => undefined, isTTY: false })).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual([
      "dinsos.xlsx: Tidak ada tabel yang memuat target atau realisasi tahun 2021; tahun yang ditemukan: 2022, 2023. Pilih salah satunya (atau Otomatis), lalu jalankan lagi.",
    ]);
    expect(existsSync(json)).toBe(false);
    expect(existsSync(path.join(dir, "dinsos.capaian.xlsx"))).toBe(false);
  });
});
