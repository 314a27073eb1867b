/**
 * Child process of `npm run reliability`: one workbook of ROWS indicator rows (the realisasi-2024
 * fixture's sheet, its rows repeated, beside its chart and pivot table) through the file pipeline.
 * Usage: tsx scripts/reliability-rss.ts <rows> <tables: "none" | "all">; prints one JSON line.
 * peakRssMb is this process's peak resident set size (the pipeline's, plus the generated input).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCapaian } from "../src/pipeline/run";
import { createXlsxGateway } from "../src/xlsx/gateway";

const ROWS = Number(process.argv[2] ?? 100_000);
const TABLES = process.argv[3] === "all";
const SEED = [
  ["Persentase PMKS yang tertangani", 76.5, 81.6],
  ["Persentase PSKS yang diberdayakan", 57, 59.97],
  ["Persentase korban bencana yang menerima bantuan", 100, 100],
] as const;

async function workbook(rows: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(
    readFileSync(path.join(__dirname, "../test/fixtures/ooxml/realisasi-2024.xlsx")),
  );
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 3;
    const [indikator, target, realisasi] = SEED[i % SEED.length]!;
    out.push(
      `<row r="${r}"><c r="A${r}" s="3"><v>${i + 1}</v></c><c r="B${r}" s="3" t="inlineStr"><is><t>Sasaran ${1 + Math.floor(i / 5)}</t></is></c>` +
        `<c r="C${r}" s="3" t="inlineStr"><is><t>${indikator} ${i + 1}</t></is></c><c r="D${r}" s="3" t="inlineStr"><is><t>%</t></is></c>` +
        `<c r="E${r}" s="4"><v>${target}</v></c><c r="F${r}" s="4"><v>${realisasi}</v></c></row>`,
    );
  }
  zip.file(
    "xl/worksheets/sheet1.xml",
    sheet.replace(/(<row r="2">.*?<\/row>)[\s\S]*<\/sheetData>/, `$1${out.join("")}</sheetData>`),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  const input = await workbook(ROWS);
  const started = Date.now();
  let bytes = 0;
  const outcome = await runCapaian(createXlsxGateway({ input, onOutput: (b) => void (bytes = b.length) }), {
    ...(TABLES ? {} : { tabel: [] }),
  });
  const computed = outcome.result?.indikator.filter((r) => r.status === "dihitung").length ?? 0;
  console.log(
    JSON.stringify({
      rows: ROWS,
      tables: TABLES,
      ok: outcome.ok,
      computed,
      outputBytes: bytes,
      seconds: (Date.now() - started) / 1000,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

void main();
