/**
 * Issue 13, item 6: with no data for the chosen year (0 of N computed) no Tabel 3.x of "—" is
 * written, and the run says which tables were skipped and why: the CLI summary, the JSON report
 * (`tabelDilewati`), the folder line (⚠ and the count; exit 0). The workbook is the sample with a
 * PK for 2024 added: 2024 has targets and no realisasi yet. Both hosts plan the same.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { makeSample } from "../../scripts/make-sample";
import type { CliIO } from "../../src/cli/hitung";
import { main } from "../../src/cli/main";
import { CapaianReport } from "../../src/engine/report";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian } from "../../src/pipeline/run";
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

/** The sample plus "PK 2024": the targets of 2024, signed before any realisasi. */
async function withPk2024(file: string): Promise<void> {
  await makeSample(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.addWorksheet("PK 2024");
  ws.getCell("A1").value = "PERJANJIAN KINERJA TAHUN 2024";
  ws.addRow([]);
  ws.addRow(["No.", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2024"]);
  ws.addRow([1, "Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", "%", "3,5 %"]);
  ws.addRow([
    2,
    "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
    "Predikat Akuntabilitas Kinerja Perangkat Daerah",
    "Predikat",
    "A",
  ]);
  await wb.xlsx.writeFile(file);
}

const ALL = ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"];

describe("a year with targets and no realisasi yet (0 of N computed)", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = tempDir("capaian-dilewati-");
    file = path.join(dir, "dinsos.xlsx");
    await withPk2024(file);
  });

  test("one file: no Tabel 3.x written, each named with its reason in the summary and the report", async () => {
    const io = captureIO();
    const json = path.join(dir, "laporan.json");
    const code = await main(["hitung", file, "--tahun", "2024", "--keluar", dir, "--json", json], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout).toContain("  Tabel ditulis: tidak ada");
    const line = io.stdout.find((l) => l.startsWith("  Tabel tidak ditulis: "))!;
    expect(line).toContain(
      "3.1 (tidak ada indikator yang capaiannya dapat dihitung untuk tahun 2024 (0 dari 12 dihitung))",
    );
    expect(line.match(/\b3\.\d \(/g)).toHaveLength(6);
    const report = CapaianReport.parse(JSON.parse(readFileSync(json, "utf8")));
    expect(report.tabel).toEqual([]);
    expect(report.tabelDilewati.map((d) => [d.nomor, d.kode])).toEqual(
      ALL.map((n) => [n, "TAHUN_TANPA_CAPAIAN"]),
    );
    const out = await readSnapshot(readFileSync(path.join(dir, "dinsos.capaian.xlsx")));
    expect(out.sheets.map((s) => s.name).filter((n) => n.startsWith("Tabel"))).toEqual([]);

    const en = captureIO();
    const enJson = path.join(dir, "report-en.json");
    await main(["hitung", file, "--tahun", "2024", "--keluar", dir, "--json", enJson, "--bahasa", "en"], en);
    expect(en.stdout.find((l) => l.startsWith("  Tables not written: "))).toContain(
      "3.2 (no indicator has a capaian that can be computed for 2024 (0 of 12 computed))",
    );
    const enReport = CapaianReport.parse(JSON.parse(readFileSync(enJson, "utf8")));
    expect(enReport.tabelDilewati[0]!.alasan).toBe(
      "no indicator has a capaian that can be computed for 2024 (0 of 12 computed)",
    );
  });

  test("a folder: the file is marked ⚠ with the count, and the exit code stays 0", async () => {
    const folder = path.join(dir, "opd");
    mkdirSync(folder);
    copyFileSync(file, path.join(folder, "dinsos-2024.xlsx"));
    const io = captureIO();
    const out = path.join(dir, "hasil");
    expect(await main(["hitung", folder, "--tahun", "2024", "--keluar", out], io)).toBe(0);
    expect(io.stdout.find((l) => l.includes("dinsos-2024.xlsx:"))).toMatch(
      /^⚠ dinsos-2024\.xlsx: selesai, 12 indikator, \d+ temuan, 0 tabel, 1 blok tidak dipahami, 0 dari 12 indikator dihitung untuk tahun 2024, 6 tabel tidak ditulis → /,
    );

    // a workbook holding no 2024 at all is refused with the years it holds (exit 2), and gets no copy
    await makeSample(path.join(folder, "dinsos-2023.xlsx"));
    const both = captureIO();
    expect(
      await main(["hitung", folder, "--tahun", "2024", "--keluar", path.join(dir, "hasil2")], both),
    ).toBe(2);
    expect(both.stderr).toEqual([
      "✗ dinsos-2023.xlsx: tidak diproses: dinsos-2023.xlsx: Tidak ada tabel yang memuat target atau realisasi tahun 2024; tahun yang ditemukan: 2022, 2023. Pilih salah satunya (atau Otomatis), lalu jalankan lagi.",
    ]);
    expect(existsSync(path.join(dir, "hasil2", "dinsos-2023.capaian.xlsx"))).toBe(false);
    expect(existsSync(path.join(dir, "hasil2", "dinsos-2024.capaian.xlsx"))).toBe(true);
  });

  test("Excel (strict fake): after a 2023 run, a 2024 run writes no table and empties the ones it left", async () => {
    const fake = fakeWorkbookFromSnapshot(await readSnapshot(readFileSync(file)));
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const first = await runCapaian(gateway, { settings: { tahun: 2023 } });
    expect(first.ok && first.tables.map((t) => t.nomor)).toEqual(["3.1", "3.2", "3.3", "3.5", "3.6"]);
    const second = await runCapaian(gateway, { settings: { tahun: 2024 } });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.tables).toEqual([]);
    expect(second.tabelDilewati.map((d) => d.kode)).toEqual(ALL.map(() => "TAHUN_TANPA_CAPAIAN"));
    expect(fake.cell("Tabel 3.1", "A1").value).toBe(
      "Tabel 3.1 tidak ditulis untuk tahun 2024: tidak ada indikator yang capaiannya dapat dihitung untuk tahun 2024 (0 dari 12 dihitung).",
    );
    expect(fake.cell("Tabel 3.1", "A5").value).toBe("");
    expect(fake.charts("Tabel 3.1")).toEqual([]);
    // the 2023 columns are gone from the 2023 tables
    expect(fake.cell("Realisasi 2023", "H7").value).toBe("");
  });
});
