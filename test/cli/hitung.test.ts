/**
 * `capaian hitung` end to end on the sample workbook (seed 002, Dinas Sosial Kabupaten Bengkalis
 * 2023), through the real bin script, in a temp directory.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CapaianReport } from "../../src/engine/report";
import { STATE_SHEET } from "../../src/engine/state";
import { makeSample } from "../../scripts/make-sample";
import { tempDir } from "../xlsx/workbooks";
import { listing, runCli, sha256, type CliResult } from "./run-cli";

jest.setTimeout(180_000);

const SAMPLE = "contoh-dinsos-bengkalis-2023.xlsx";

describe("capaian hitung on the Bengkalis 2023 sample", () => {
  let dir: string;
  let input: string;
  let before: string;
  let run: CliResult;
  let report: CapaianReport;

  beforeAll(async () => {
    dir = tempDir("capaian-cli-");
    input = path.join(dir, SAMPLE);
    await makeSample(input);
    before = sha256(input);
    run = runCli(["hitung", SAMPLE, "--keluar", "hasil", "--json", "hasil/laporan.json"], dir);
    if (run.code === 0)
      report = CapaianReport.parse(JSON.parse(readFileSync(path.join(dir, "hasil", "laporan.json"), "utf8")));
  });

  test("exits 0 and prints the summary", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `${SAMPLE} → ${path.join("hasil", "contoh-dinsos-bengkalis-2023.capaian.xlsx")}`,
    );
    expect(run.stdout).toMatch(/Tahun 2023 · skala LKjIP 4 kategori/);
    expect(run.stdout).toMatch(/Sheet terbaca: .*Realisasi 2023/);
    // The three Renstra indicators without a 2023 target are named as such, not as failures.
    expect(run.stdout).toContain("Indikator dihitung: 9 dari 12 (3 tanpa target 2023)");
    expect(run.stdout).toMatch(/Predikat: .*Sangat Baik \d+/);
    expect(run.stdout).toMatch(/Temuan: \d+ galat · \d+ peringatan · \d+ info/);
    expect(run.stdout).toMatch(/Tabel ditulis: 3\.1 \(/);
    // not a TTY: no progress bar
    expect(run.stdout).not.toContain("\r");
  });

  test("leaves the input byte-identical and writes beside nothing else", () => {
    expect(sha256(input)).toBe(before);
    expect(listing(dir).map((l) => l.split(" ")[0])).toEqual(
      [
        path.join("hasil", "contoh-dinsos-bengkalis-2023.capaian.xlsx"),
        path.join("hasil", "laporan.json"),
        SAMPLE,
      ].sort(),
    );
  });

  test("the JSON report is version 3, valid against its schema, with full-precision numbers", () => {
    expect(report.versi).toBe(3);
    expect(report.berkas).toBe(SAMPLE);
    expect(report.tahun).toBe(2023);
    expect(report.skala).toBe("lkjip4");
    // a block not understood names its cells in the run's language (Indonesian by default)
    for (const blok of report.takTerbaca) expect(blok.pesan).toContain(`${blok.sheet}!${blok.rentang}`);
    const ppks = report.indikator.find((i) => i.indikator === "Persentase PPKS Mandiri")!;
    expect(ppks).toMatchObject({
      sheet: "Realisasi 2023",
      target: 3.25,
      realisasi: 3.63,
      predikat: "Sangat Baik",
      capaianTercetak: 112,
    });
    expect(ppks.capaian).toBeCloseTo((3.63 / 3.25) * 100, 10);
    const jaminan = report.indikator.find(
      (i) => i.indikator === "Persentase PPKS yang memperoleh jaminan sosial",
    )!;
    expect(jaminan.capaian).toBeCloseTo((86.81 / 88) * 100, 10);
    expect(jaminan.predikat).toBe("Baik");
    expect(jaminan.capaianTercetak).toBe(99);
    const psks = report.indikator.find(
      (i) => i.indikator === "Persentase peningkatan PSKS yang tersertifikasi",
    )!;
    expect(psks.capaian).toBeCloseTo((65.58 / 56) * 100, 10);
    expect(psks.capaianTercetak).toBe(117.12);
    expect(report.tabel.map((t) => t.nomor)).toEqual(
      expect.arrayContaining(["3.1", "3.2", "3.3", "3.5", "3.6"]),
    );
  });

  test("the 2023 target that differs between the Eselon III table (100 %) and the Renstra (96 %) is a finding", () => {
    expect(report.temuan).toContainEqual(
      expect.objectContaining({ kode: "NILAI_BERBEDA_ANTAR_TABEL", sheet: "Realisasi 2023", sel: "E20" }),
    );
  });

  test("the output reopens with exceljs: predikat column, rules, table sheets, very hidden state", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "hasil", "contoh-dinsos-bengkalis-2023.capaian.xlsx"));
    for (const t of report.tabel) expect(wb.getWorksheet(t.sheet)).toBeDefined();
    expect(wb.getWorksheet(STATE_SHEET)?.state).toBe("veryHidden");
    const real = wb.getWorksheet("Realisasi 2023")!;
    // every indicator read from this sheet shows its predikat in a column the run added (right of G)
    const here = report.indikator.filter((i) => i.sheet === "Realisasi 2023" && i.predikat !== null && i.sel);
    expect(here.length).toBeGreaterThan(0);
    for (const i of here) {
      const row = Number(/\d+$/.exec(i.sel!)![0]);
      const added: unknown[] = [];
      real.getRow(row).eachCell((c, col) => void (col > 7 && added.push(c.value)));
      expect([i.indikator, added]).toEqual([i.indikator, expect.arrayContaining([i.predikat])]);
    }
    const rules = (real as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(rules.length).toBeGreaterThan(0);
    // the user's own cells are unchanged
    expect(real.getCell("G7").value).toBe("112%");
    expect(real.getCell("F7").value).toBe(3.63);
  });

  test("a second run on the output is stable (same report, input of that run unchanged)", () => {
    const out = path.join(dir, "hasil", "contoh-dinsos-bengkalis-2023.capaian.xlsx");
    const copy = path.join(dir, "kedua.xlsx");
    copyFileSync(out, copy);
    const hash = sha256(copy);
    const again = runCli(["hitung", "kedua.xlsx", "--json", "kedua.json"], dir);
    expect(again.code).toBe(0);
    expect(sha256(copy)).toBe(hash);
    const second = CapaianReport.parse(JSON.parse(readFileSync(path.join(dir, "kedua.json"), "utf8")));
    expect({ ...second, berkas: SAMPLE }).toEqual(report);
    expect(existsSync(path.join(dir, "kedua.capaian.xlsx"))).toBe(true);
  });
});

/** The seed's own inconsistencies (DOMAIN.md, "Findings"): the reader must surface them. */
describe("findings the Bengkalis 2023 figures must produce", () => {
  let report: CapaianReport;
  beforeAll(async () => {
    const dir = tempDir("capaian-cli-temuan-");
    await makeSample(path.join(dir, SAMPLE));
    const run = runCli(["hitung", SAMPLE, "--json", "laporan.json"], dir);
    expect(run.code).toBe(0);
    report = CapaianReport.parse(JSON.parse(readFileSync(path.join(dir, "laporan.json"), "utf8")));
  });

  test("the AKIP predikat indicator (target BB, realisasi BB) is read and tercapai", () => {
    const akip = report.indikator.find(
      (i) => i.indikator === "Predikat Akuntabilitas Kinerja Perangkat Daerah",
    );
    expect(akip).toMatchObject({ target: "BB", realisasi: "BB", capaian: 100 });
  });

  test("a printed 'Rata-rata Capaian' row is an aggregate, not an indicator, and 94,05 % is flagged", () => {
    expect(report.indikator.map((i) => i.indikator)).not.toContain("Rata-rata Capaian Sasaran 1");
    expect(report.temuan).toContainEqual(
      expect.objectContaining({ kode: "RATA_RATA_TIDAK_SESUAI", sheet: "Realisasi 2023", sel: "G8" }),
    );
  });

  test("the PSKS total 127 (rows sum to 85) is flagged", () => {
    expect(report.temuan).toContainEqual(
      expect.objectContaining({ kode: "JUMLAH_TIDAK_SESUAI", sheet: "Realisasi 2023", sel: "D32" }),
    );
  });
});
