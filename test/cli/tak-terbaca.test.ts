/**
 * `capaian hitung` never goes silent about what it could not read: the blocks the reader reports as not
 * understood reach the summary, the folder line (⚠) and the exit-2 sentence. The reader is wrapped so
 * these tests do not depend on which sheets it flags (src/reader owns that, with its own tests).
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeSample } from "../../scripts/make-sample";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/hitung";
import type { BlokTakTerbaca } from "../../src/engine/mapping";
import { CapaianReport } from "../../src/engine/report";
import { tempDir } from "../xlsx/workbooks";

jest.setTimeout(120_000);

let mockBlocks: BlokTakTerbaca[] = [];

jest.mock("../../src/reader", () => {
  const actual = jest.requireActual<typeof import("../../src/reader")>("../../src/reader");
  return {
    ...actual,
    readWorkbook: (...args: Parameters<typeof actual.readWorkbook>) => ({
      ...actual.readWorkbook(...args),
      takTerbaca: mockBlocks,
    }),
  };
});

const LAMPIRAN: BlokTakTerbaca = {
  sheet: "Lampiran",
  range: "A3:P40",
  kode: "TANPA_JUDUL_KOLOM",
  pesan: {
    id: "Lampiran!A3:P40 berisi angka di samping teks tanpa baris judul kolom yang dikenali.",
    en: "Lampiran!A3:P40 holds numbers beside text with no column header row recognised.",
  },
};

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

async function narrativeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bab I");
  ws.getCell("A1").value = "BAB I PENDAHULUAN";
  ws.getCell("A2").value = "Dinas Sosial mempunyai tugas membantu Bupati di Bidang Sosial.";
  await wb.xlsx.writeFile(file);
}

afterEach(() => {
  mockBlocks = [];
});

test("no performance table: exit 2, and the one sentence names the blocks seen (id and en)", async () => {
  const dir = tempDir("capaian-takterbaca-");
  const file = path.join(dir, "narasi.xlsx");
  await narrativeWorkbook(file);
  mockBlocks = [LAMPIRAN, { ...LAMPIRAN, sheet: "Bab I", range: "B4:E9", kode: "BUKAN_TABEL_KINERJA" }];

  const id = captureIO();
  expect(await main(["hitung", file], id)).toBe(2);
  expect(id.stdout).toEqual([]);
  expect(id.stderr).toEqual([
    "narasi.xlsx: tidak ada tabel kinerja; 2 blok tidak dipahami: Lampiran!A3:P40 (tanpa baris judul kolom), " +
      'Bab I!B4:E9 (bukan tabel kinerja); nyatakan tabelnya dengan "Nyatakan sebagai tabel" di panel ' +
      "Capaian Kinerja di Excel, lalu jalankan lagi.",
  ]);

  const en = captureIO();
  expect(await main(["hitung", file, "--bahasa", "en"], en)).toBe(2);
  expect(en.stderr).toHaveLength(1);
  expect(en.stderr[0]).toMatch(
    /^narasi\.xlsx: no performance table; 2 blocks not understood: Lampiran!A3:P40 \(no column header row\), Bab I!B4:E9 \(not a performance table\); /,
  );
});

test("a folder: a workbook with a block not understood still runs, marked ⚠, with the block in its summary and report", async () => {
  const dir = tempDir("capaian-takterbaca-folder-");
  const folder = path.join(dir, "opd");
  mkdirSync(folder);
  await makeSample(path.join(folder, "dinsos-2023.xlsx"));
  writeFileSync(path.join(folder, "baca-saya.txt"), "abaikan");
  mockBlocks = [LAMPIRAN];

  const io = captureIO();
  const code = await main(
    ["hitung", folder, "--keluar", path.join(dir, "hasil"), "--json", path.join(dir, "laporan")],
    io,
  );
  expect(io.stderr).toEqual([]);
  expect(code).toBe(0);
  expect(io.stdout).toContain(`  Tidak dipahami: Lampiran!A3:P40 — ${LAMPIRAN.pesan.id}`);
  const folderLine = io.stdout.find((l) => l.includes("dinsos-2023.xlsx:"));
  expect(folderLine).toMatch(
    /^⚠ dinsos-2023\.xlsx: selesai, \d+ indikator, .*, 1 blok tidak dipahami(, 1 tabel tidak ditulis)? → /,
  );
  const report = CapaianReport.parse(
    JSON.parse(readFileSync(path.join(dir, "laporan", "dinsos-2023.capaian.json"), "utf8")),
  );
  expect(report.takTerbaca).toEqual([
    { sheet: "Lampiran", rentang: "A3:P40", kode: "TANPA_JUDUL_KOLOM", pesan: LAMPIRAN.pesan.id },
  ]);
});
