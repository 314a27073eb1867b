/**
 * `capaian hitung --polaritas <file.json>`: the user's polaritas per indicator (by id or by text, case and
 * spaces ignored) replaces the guess, takes its finding and the findings of the guessed polaritas away, and
 * is stored in the output workbook. An unknown key or value stops with exit 2 and one sentence naming it.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "../../src/cli/args";
import type { CliIO } from "../../src/cli/hitung";
import { main } from "../../src/cli/main";
import { resolvePolaritas } from "../../src/cli/polaritas";
import { CapaianReport } from "../../src/engine/report";
import { readState } from "../../src/engine/state";
import { readSnapshot } from "../helpers/read-snapshot";
import { tempDir } from "../xlsx/workbooks";

jest.setTimeout(120_000);

function captureIO(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (l) => void stdout.push(l),
    err: (l) => void stderr.push(l),
    progress: () => undefined,
    isTTY: false,
  };
}

/** "Angka kemiskinan" is guessed turun; its printed capaian is R/T (naik): 9 / 10 = 90. */
async function pengukuran(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Pengukuran 2024");
  ws.addRow(["Pengukuran Kinerja Tahun 2024"]);
  ws.addRow(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]);
  ws.addRow([1, "Menurunnya angka kemiskinan", "Angka kemiskinan", "%", "10 %", "9 %", 90]);
  ws.addRow([
    2,
    "Meningkatnya perlindungan sosial",
    "Persentase KPM yang memperoleh bantuan sosial",
    "%",
    71.5,
    81.6,
  ]);
  await wb.xlsx.writeFile(file);
}

interface Run {
  code: number;
  io: ReturnType<typeof captureIO>;
  dir: string;
}

async function run(polaritas: unknown, extra: string[] = []): Promise<Run> {
  const dir = tempDir("capaian-polaritas-");
  await pengukuran(path.join(dir, "lkjip.xlsx"));
  const file = path.join(dir, "polaritas.json");
  writeFileSync(file, typeof polaritas === "string" ? polaritas : JSON.stringify(polaritas));
  const io = captureIO();
  const code = await main(
    [
      "hitung",
      path.join(dir, "lkjip.xlsx"),
      "--polaritas",
      file,
      "--json",
      path.join(dir, "lap.json"),
      ...extra,
    ],
    io,
  );
  return { code, io, dir };
}

const report = (dir: string) =>
  CapaianReport.parse(JSON.parse(readFileSync(path.join(dir, "lap.json"), "utf8")));
/** the codes of the findings on a sheet row */
const kodesOnRow = (r: CapaianReport, row: number) =>
  r.temuan
    .filter((t) => t.sel !== null && Number(/\d+$/.exec(t.sel)?.[0]) === row)
    .map((t) => t.kode)
    .sort();

describe("--polaritas", () => {
  it("parses as an option with a value", () => {
    expect(parseArgs(["hitung", "x.xlsx", "--polaritas", "p.json"])).toMatchObject({
      kind: "hitung",
      args: { polaritas: "p.json" },
    });
    expect(parseArgs(["hitung", "x.xlsx", "--polaritas"])).toMatchObject({ kind: "error" });
  });

  it("without it the guess stands, with its finding and the capaian it gives", async () => {
    const dir = tempDir("capaian-polaritas-");
    await pengukuran(path.join(dir, "lkjip.xlsx"));
    const io = captureIO();
    const code = await main(
      ["hitung", path.join(dir, "lkjip.xlsx"), "--json", path.join(dir, "lap.json")],
      io,
    );
    expect(code).toBe(0);
    const r = report(dir);
    expect(r.indikator[0]).toMatchObject({ polaritas: "turun" });
    expect(r.indikator[0]!.capaian).toBeCloseTo(110, 10);
    expect(kodesOnRow(r, 3)).toEqual(["CAPAIAN_TIDAK_SESUAI", "POLARITAS_DITEBAK"]);
  });

  it("a key written as the indicator's text, in any case and spacing, replaces the guess", async () => {
    const { code, io, dir } = await run({ "  ANGKA   kemiskinan ": "naik" });
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const r = report(dir);
    expect(r.indikator[0]).toMatchObject({ polaritas: "naik", capaian: 90 });
    expect(
      r.temuan.filter((t) => t.kode === "POLARITAS_DITEBAK" || t.kode === "CAPAIAN_TIDAK_SESUAI"),
    ).toEqual([]);
    expect(kodesOnRow(r, 3)).toEqual([]);
    // stored in the copy, by indicator id, like every other setting
    const out = readFileSync(path.join(dir, "lkjip.capaian.xlsx"));
    const stored = readState(await readSnapshot(out)).state.settings.polaritas;
    expect(Object.values(stored ?? {})).toEqual(["naik"]);
  });

  it("a key that is an indicator id works too, and any indicator can be set", async () => {
    const { code, dir } = await run({ "Pengukuran 2024!4": "turun" });
    expect(code).toBe(0);
    const r = report(dir);
    expect(r.indikator[1]).toMatchObject({ polaritas: "turun" });
    expect(r.indikator[1]!.capaian).toBeCloseTo(((2 * 71.5 - 81.6) / 71.5) * 100, 10);
  });

  it.each([
    [
      { "Angka kemiskinan": "naik", "Angka pengangguran": "turun" },
      /tidak ada indikator "Angka pengangguran"/,
    ],
    [
      { "Angka kemiskinan": "menurun" },
      /^Polaritas "menurun" untuk "Angka kemiskinan" di .*polaritas\.json tidak dikenal/,
    ],
    [{ "Angka kemiskinan": 1 }, /^Polaritas 1 untuk "Angka kemiskinan"/],
    [["Angka kemiskinan", "turun"], /^Berkas polaritas .*polaritas\.json tidak sah: isinya harus objek JSON/],
    ['{"Angka kemiskinan": "turun",}', /^Berkas polaritas .*polaritas\.json tidak sah: /],
  ])("%j → exit 2 with one sentence naming it, nothing written", async (polaritas, message) => {
    const { code, io, dir } = await run(polaritas);
    expect(code).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(message);
    expect(io.stderr[0]).not.toContain("\n");
    expect(existsSync(path.join(dir, "lkjip.capaian.xlsx"))).toBe(false);
    expect(existsSync(path.join(dir, "lap.json"))).toBe(false);
  });

  it("speaks English with --bahasa en", async () => {
    const { code, io } = await run({ Kemiskinan: "turun" }, ["--bahasa", "en"]);
    expect(code).toBe(2);
    expect(io.stderr).toEqual([
      expect.stringMatching(/^lkjip\.xlsx: no indicator "Kemiskinan" for --polaritas/),
    ]);
  });
});

describe("resolvePolaritas", () => {
  const indicators = [
    { id: "PK!5", indikator: "Persentase PMKS yang tertangani" },
    { id: "PK!9", indikator: "Angka kemiskinan" },
    { id: "Renstra!7", indikator: "Angka  Kemiskinan" },
  ];

  it("a text names every indicator with that wording; an id names one", () => {
    expect(resolvePolaritas([["angka kemiskinan", "turun"]], indicators)).toEqual({
      ok: true,
      polaritas: { "PK!9": "turun", "Renstra!7": "turun" },
    });
    expect(resolvePolaritas([["pk!5", "indeks"]], indicators)).toEqual({
      ok: true,
      polaritas: { "PK!5": "indeks" },
    });
  });

  it("the first key that names nothing is the answer", () => {
    expect(resolvePolaritas([["", "naik"]], indicators)).toEqual({ ok: false, kunci: "" });
    expect(
      resolvePolaritas(
        [
          ["Angka kemiskinan", "turun"],
          ["IPM", "naik"],
        ],
        indicators,
      ),
    ).toEqual({
      ok: false,
      kunci: "IPM",
    });
  });
});
