/**
 * File-mode benchmark: a generated workbook with 10,000 indicator rows on a PK, a realisasi and a
 * Renstra sheet plus an anggaran sheet, run through the real command (`node bin/capaian.cjs hitung`).
 * Prints wall time and the command's peak RSS against the targets (< 5 s, < 1 GB).
 *
 *   npx tsx scripts/bench/file.ts [rows]
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { emptyPlan, type PlanValue, type WritePlan } from "../../src/engine/plan";
import { createXlsxGateway } from "../../src/xlsx/gateway";

const ROWS = Number((process.argv[2] === "--file-half" ? process.argv[4] : process.argv[2]) ?? 10000);
const PER_SASARAN = 10;
const TARGET_MS = 5000;
const TARGET_RSS_MB = 1024;

/** Indonesian number text ("3,25") for some cells, real numbers for others, as agencies mix them. */
function idText(n: number): string {
  return n.toFixed(2).replace(".", ",");
}

function header(ws: ExcelJS.Worksheet, title: string, top: string[], sub: string[]): void {
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, top.length);
  top.forEach((h, i) => (ws.getCell(3, i + 1).value = h || null));
  sub.forEach((h, i) => (ws.getCell(4, i + 1).value = h || null));
  top.forEach((_, i) => (ws.getCell(5, i + 1).value = `(${i + 1})`));
}

export async function generate(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const pk = wb.addWorksheet("PK 2024");
  header(
    pk,
    "PERJANJIAN KINERJA TAHUN 2024",
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
    ["", "", "", "", "2024"],
  );
  const real = wb.addWorksheet("Realisasi 2024");
  header(
    real,
    "PENGUKURAN KINERJA TAHUN 2024",
    ["No", "Sasaran", "Indikator", "Satuan", "Tahun 2024", "", ""],
    ["", "", "", "", "Target", "Realisasi", "Capaian (%)"],
  );
  real.mergeCells(3, 5, 3, 7);
  const renstra = wb.addWorksheet("Renstra");
  header(
    renstra,
    "TARGET KINERJA RENSTRA 2021-2026",
    [
      "Tujuan",
      "Sasaran",
      "Indikator",
      "Kondisi Awal",
      "Target capaian tiap tahun",
      "",
      "",
      "",
      "",
      "",
      "Kondisi Akhir",
    ],
    ["", "", "", "2020", "2021", "2022", "2023", "2024", "2025", "2026", ""],
  );
  renstra.mergeCells(3, 5, 3, 10);
  const anggaran = wb.addWorksheet("Anggaran");
  header(
    anggaran,
    "REALISASI ANGGARAN 2024",
    ["No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%", "Sisa (Rp)"],
    [],
  );
  for (let i = 0; i < rows; i++) {
    const r = 6 + i;
    const sasaran = `Meningkatnya kinerja layanan sosial bidang ${Math.floor(i / PER_SASARAN) + 1}`;
    const indikator = `Persentase PPKS yang tertangani layanan ${i + 1}`;
    const target = 50 + (i % 50);
    const realisasi = target * (0.6 + ((i * 7) % 60) / 100);
    const capaian = (realisasi / target) * 100;
    pk.getRow(r).values = [i + 1, sasaran, indikator, "%", i % 2 ? `${idText(target)} %` : target];
    real.getRow(r).values = [
      i + 1,
      sasaran,
      indikator,
      "%",
      target,
      i % 3 ? realisasi : `${idText(realisasi)}%`,
      `${idText(capaian)}%`,
    ];
    const t = [0, 1, 2, 3, 4, 5].map((k) => target - 5 + k);
    renstra.getRow(r).values = [
      "Terwujudnya kesejahteraan sosial",
      sasaran,
      indikator,
      `${t[0]! - 1}%`,
      ...t.map((v) => `${v}%`),
      `${t[5]}%`,
    ];
  }
  const programs = Math.max(1, Math.floor(rows / 5));
  for (let i = 0; i < programs; i++) {
    const r = 6 + i;
    const pagu = 100_000_000 + i * 1_250_000;
    const spent = Math.round(pagu * (0.8 + (i % 20) / 100));
    anggaran.getRow(r).values = [
      i + 1,
      `Program Perlindungan dan Jaminan Sosial ${i + 1}`,
      pagu,
      spent,
      Math.round((spent / pagu) * 10000) / 100,
      pagu - spent,
    ];
  }
  await wb.xlsx.writeFile(file);
}

/** The file half alone: what a run writes for `rows` indicators (two owned columns, a Tabel 3.1 sheet, band rules). */
export function filePlan(rows: number): WritePlan {
  const plan = emptyPlan();
  const owned: PlanValue[][] = [];
  const table: PlanValue[][] = [
    ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)", "Predikat"],
  ];
  for (let i = 0; i < rows; i++) {
    const capaian = 60 + ((i * 7) % 60);
    const predikat =
      capaian > 100 ? "Sangat Baik" : capaian >= 75 ? "Baik" : capaian >= 55 ? "Cukup" : "Kurang";
    owned.push([capaian, predikat]);
    table.push([
      i + 1,
      `Sasaran ${Math.floor(i / PER_SASARAN) + 1}`,
      `Indikator ${i + 1}`,
      50,
      45,
      capaian,
      predikat,
    ]);
  }
  plan.sheets.push({ name: "Tabel 3.1", create: true, clear: true, columnWidths: [{ col: 2, width: 50 }] });
  plan.ranges.push(
    { sheet: "Realisasi 2024", address: `H6:I${rows + 5}`, values: owned, style: { border: "thin" } },
    { sheet: "Tabel 3.1", address: `A1:G${rows + 1}`, values: table, style: { border: "thin", wrap: true } },
  );
  const bands = [
    { type: "cellValue", operator: "greaterThan", formula1: "100", fill: "#9CC9F0", fontColor: "#1A1A1A" },
    {
      type: "cellValue",
      operator: "between",
      formula1: "75",
      formula2: "100",
      fill: "#8FD3C1",
      fontColor: "#1A1A1A",
    },
  ] as const;
  plan.conditionalFormats.push(
    { sheet: "Realisasi 2024", address: `H6:H${rows + 5}`, rules: [...bands] },
    { sheet: "Tabel 3.1", address: `F2:F${rows + 1}`, rules: [...bands] },
  );
  return plan;
}

async function fileHalf(input: string): Promise<void> {
  const t0 = Date.now();
  let bytes = 0;
  const gateway = createXlsxGateway({ input: readFileSync(input), onOutput: (b) => void (bytes = b.length) });
  const snapshot = await gateway.read();
  const t1 = Date.now();
  const report = await gateway.apply(filePlan(ROWS));
  const t2 = Date.now();
  process.stdout.write(
    `file half: read ${t1 - t0} ms (${snapshot.sheets.length} sheets) · apply+write ${t2 - t1} ms ` +
      `(${report.cellsWritten} cells, ${(bytes / 1e6).toFixed(1)} MB) · total ${t2 - t0} ms\n`,
  );
}

/** What the probe wrote for a measured process: peak RSS (MB) and CPU time (ms); NaN when it died before exiting. */
function probe(file: string): { rssMb: number; cpuMs: number } {
  const read = (f: string): number => (existsSync(f) ? Number(readFileSync(f, "utf8")) : NaN);
  return { rssMb: read(file) / 1024, cpuMs: read(`${file}.cpu`) };
}

function measured(
  args: string[],
  rssFile: string,
  extraEnv: Record<string, string> = {},
): ReturnType<typeof spawnSync> {
  const probe = path.join(__dirname, "rss-probe.cjs");
  return spawnSync(process.execPath, args, {
    encoding: "utf8",
    env: {
      ...process.env,
      ...extraEnv,
      CAPAIAN_RSS_FILE: rssFile,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${probe}`.trim(),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "capaian-bench-"));
  const input = path.join(dir, "bench-10000.xlsx");
  const g0 = Date.now();
  await generate(input, ROWS);
  process.stdout.write(
    `generated ${ROWS} indicator rows (${(statSync(input).size / 1e6).toFixed(1)} MB) in ${Date.now() - g0} ms\n`,
  );
  const rssFile = path.join(dir, "rss.txt");
  const bin = path.join(__dirname, "..", "..", "bin", "capaian.cjs");
  const t0 = Date.now();
  const run = measured(
    [bin, "hitung", input, "--keluar", dir, "--json", path.join(dir, "laporan.json")],
    rssFile,
    {
      CAPAIAN_TIMING: "1",
    },
  );
  const ms = Date.now() - t0;
  const { rssMb, cpuMs } = probe(rssFile);
  process.stdout.write(`${String(run.stdout).split("\n").slice(0, 7).join("\n")}\n`);
  const steps = String(run.stderr)
    .split("\n")
    .filter((l) => l.startsWith("waktu "));
  if (steps.length) process.stdout.write(`${steps.join("\n")}\n`);
  const errors = String(run.stderr)
    .split("\n")
    .filter((l) => l && !l.startsWith("waktu "));
  if (run.status !== 0) process.stdout.write(`exit ${run.status}: ${errors.join("\n")}\n`);
  process.stdout.write(
    `capaian hitung: ${ms} ms wall, ${cpuMs} ms CPU (target < ${TARGET_MS} ms) ${run.status !== 0 ? `FAILED (exit ${run.status})` : ms < TARGET_MS ? "OK" : "OVER"} · ` +
      `peak RSS ${rssMb.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB) ${rssMb < TARGET_RSS_MB ? "OK" : "OVER"}\n`,
  );

  // The file half alone (read + apply + write), in its own measured process.
  const halfRss = path.join(dir, "rss-half.txt");
  const half = measured(
    ["--require", require.resolve("tsx/cjs"), __filename, "--file-half", input, String(ROWS)],
    halfRss,
  );
  process.stdout.write(String(half.stdout));
  if (half.status !== 0) process.stdout.write(String(half.stderr));
  const halfProbe = probe(halfRss);
  process.stdout.write(
    `file half peak RSS ${halfProbe.rssMb.toFixed(0)} MB, CPU ${halfProbe.cpuMs} ms (whole process)\n`,
  );
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) process.exitCode = 1;
}

if (require.main === module) {
  if (process.argv[2] === "--file-half") void fileHalf(process.argv[3]!);
  else void main();
}
