/** Every unusable input exits 2 with one clear sentence and writes nothing. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeSample } from "../../scripts/make-sample";
import { readZip } from "../helpers/zip-of";
import { zipOf } from "../helpers/zip-of";
import { tempDir } from "../xlsx/workbooks";
import { listing, runCli } from "./run-cli";

jest.setTimeout(120_000);

async function sampleBytes(): Promise<Buffer> {
  const dir = tempDir();
  await makeSample(path.join(dir, "s.xlsx"));
  return readFileSync(path.join(dir, "s.xlsx"));
}

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

interface Case {
  name: string;
  file: string;
  make?: () => Promise<Buffer>;
  args?: string[];
  expect: RegExp;
}

const CASES: Case[] = [
  {
    name: "a missing file",
    file: "tidak-ada.xlsx",
    expect: /^Berkas atau folder tidak ditemukan: tidak-ada\.xlsx\.$/,
  },
  {
    name: "a file that is not .xlsx",
    file: "pk-2023.csv",
    make: async () =>
      Buffer.from(
        "No;Sasaran;Indikator;Target\n1;Meningkatnya PPKS Mandiri;Persentase PPKS Mandiri;3,25 %\n",
      ),
    expect: /^pk-2023\.csv bukan berkas \.xlsx/,
  },
  {
    name: "a text file renamed .xlsx",
    file: "pk-2023.xlsx",
    make: async () =>
      Buffer.from(
        "No;Sasaran;Indikator;Target\n1;Meningkatnya PPKS Mandiri;Persentase PPKS Mandiri;3,25 %\n",
      ),
    expect: /^pk-2023\.xlsx: Berkas ini bukan buku kerja Excel \(\.xlsx\)\.$/,
  },
  {
    name: "another zip archive renamed .xlsx",
    file: "dokumen.xlsx",
    make: async () => {
      const zip = new JSZip();
      zip.file("word/document.xml", "<w:document/>");
      return zip.generateAsync({ type: "nodebuffer" });
    },
    expect: /^dokumen\.xlsx: Berkas ini bukan buku kerja Excel \(\.xlsx\)\.$/,
  },
  {
    name: "an empty workbook",
    file: "kosong.xlsx",
    make: () => workbookBytes((wb) => void wb.addWorksheet("Sheet1")),
    expect: /^kosong\.xlsx: buku kerja kosong/,
  },
  {
    name: "a workbook without a performance table",
    file: "narasi.xlsx",
    make: () =>
      workbookBytes((wb) => {
        const ws = wb.addWorksheet("Bab I");
        ws.getCell("A1").value = "BAB I PENDAHULUAN";
        ws.getCell("A2").value =
          "Dinas Sosial mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan yang menjadi kewenangan daerah dan tugas pembantuan di Bidang Sosial.";
        ws.getCell("A3").value =
          "Susunan organisasi Dinas Sosial Kabupaten Bengkalis terdiri dari Kepala Dinas dan Sekretariat.";
      }),
    expect: /^narasi\.xlsx: Tidak ditemukan tabel kinerja/,
  },
  {
    name: "a password-protected workbook",
    file: "terkunci.xlsx",
    make: async () => {
      const b = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
      return b;
    },
    expect: /^terkunci\.xlsx: Berkas ini dilindungi kata sandi/,
  },
  {
    name: "a damaged workbook",
    file: "rusak.xlsx",
    make: async () => {
      const dir = tempDir();
      await makeSample(path.join(dir, "s.xlsx"));
      const whole = readFileSync(path.join(dir, "s.xlsx"));
      return whole.subarray(0, Math.floor(whole.length / 3));
    },
    expect: /^rusak\.xlsx: Berkas \.xlsx ini rusak dan tidak dapat dibaca\.$/,
  },
  {
    name: "a workbook whose sheet data is damaged",
    file: "rusak-isi.xlsx",
    make: async () => {
      const whole = await sampleBytes();
      const sheet = readZip(whole).byName.get("xl/worksheets/sheet1.xml")!;
      const at = sheet.localHeaderOffset + 30 + sheet.nameBytes.length + 4;
      whole.fill(0xff, at, at + Math.min(64, sheet.compressedSize - 8));
      return whole;
    },
    expect: /^rusak-isi\.xlsx: Berkas \.xlsx ini rusak dan tidak dapat dibaca\.$/,
  },
  {
    name: "a package without its workbook part",
    file: "tanpa-workbook.xlsx",
    make: async () => {
      const kept = readZip(await sampleBytes()).entries.filter((e) => e.name !== "xl/workbook.xml");
      return zipOf(kept.map((raw) => ({ raw })));
    },
    expect:
      /^tanpa-workbook\.xlsx: Berkas \.xlsx ini tidak lengkap: satu bagiannya tidak ada \(xl\/workbook\.xml\)/,
  },
  {
    name: "a damaged workbook, in English",
    file: "damaged.xlsx",
    make: async () => (await sampleBytes()).subarray(0, 2000),
    args: ["--bahasa", "en"],
    expect: /^damaged\.xlsx: This \.xlsx file is damaged and cannot be read\.$/,
  },
  {
    name: "an unknown scale",
    file: "contoh.xlsx",
    make: async () => {
      const dir = tempDir();
      await makeSample(path.join(dir, "s.xlsx"));
      return readFileSync(path.join(dir, "s.xlsx"));
    },
    args: ["--skala", "sangat-bagus"],
    expect: /^Skala tidak dikenal: sangat-bagus/,
  },
  {
    name: "--keluar naming the input itself",
    file: "contoh.xlsx",
    make: async () => {
      const dir = tempDir();
      await makeSample(path.join(dir, "s.xlsx"));
      return readFileSync(path.join(dir, "s.xlsx"));
    },
    args: ["--keluar", "contoh.xlsx"],
    expect: /^Tujuan --keluar atau --json sama dengan berkas masukan \(contoh\.xlsx\)/,
  },
  {
    name: "a missing file, in English",
    file: "missing.xlsx",
    args: ["--bahasa", "en"],
    expect: /^File or folder not found: missing\.xlsx\.$/,
  },
];

describe.each(CASES)("capaian hitung with $name", (c) => {
  test("exits 2 with one sentence and writes nothing", async () => {
    const dir = tempDir("capaian-bad-");
    if (c.make) writeFileSync(path.join(dir, c.file), await c.make());
    const before = listing(dir);
    const run = runCli(["hitung", c.file, "--json", "laporan.json", ...(c.args ?? [])], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(c.expect);
    expect(listing(dir)).toEqual(before);
  });
});

test("--help prints the usage and exits 0", () => {
  const run = runCli(["--help"], tempDir());
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("capaian hitung <berkas.xlsx | folder>");
  expect(run.stdout).toContain("--skala");
});

test("a folder: one copy and one summary line per workbook, a bad file reported and exit 2", async () => {
  const dir = tempDir("capaian-folder-");
  const folder = path.join(dir, "opd");
  mkdirSync(folder);
  await makeSample(path.join(folder, "dinsos-2023.xlsx"));
  writeFileSync(path.join(folder, "catatan.xlsx"), "bukan buku kerja");
  writeFileSync(path.join(folder, "baca-saya.txt"), "abaikan");
  const run = runCli(["hitung", "opd", "--keluar", "hasil", "--json", "laporan"], dir);
  expect(run.code).toBe(2);
  // the sample's Tabel 3.5 (PSKS counted per jenis, a Total line) is listed as no performance table: ⚠
  expect(run.stdout).toMatch(/^⚠ dinsos-2023\.xlsx: selesai, \d+ indikator, .*1 blok tidak dipahami/m);
  expect(run.stderr).toMatch(
    /^✗ catatan\.xlsx: tidak diproses: catatan\.xlsx: Berkas ini bukan buku kerja Excel/m,
  );
  expect(listing(path.join(dir, "hasil")).map((l) => l.split(" ")[0])).toEqual(["dinsos-2023.capaian.xlsx"]);
  expect(listing(path.join(dir, "laporan")).map((l) => l.split(" ")[0])).toEqual([
    "dinsos-2023.capaian.json",
  ]);
});
