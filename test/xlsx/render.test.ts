/**
 * The written file must open in a real spreadsheet program: LibreOffice converts it to PDF and the
 * page holding the written columns is rendered to PNG under test-output/ for a look.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyPlanToPackage as applyPlan } from "../../src/xlsx/ooxml";
import { libreOfficeConvert } from "../helpers/libreoffice";
import { samplePlan } from "./plans";
import { richBuffer, tempDir } from "./workbooks";

function has(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

const canRender = has("libreoffice") && has("pdftoppm") && has("pdftotext") && has("pdfinfo");
if (!canRender) {
  // Visible in the jest output so a skipped render is never mistaken for a pass.
  console.warn(
    "SKIPPED render test: libreoffice and/or pdftoppm (poppler-utils) are not installed on this machine.",
  );
}

(canRender ? test : test.skip)(
  "LibreOffice converts the written workbook to PDF and the page with the written columns renders to PNG",
  async () => {
    const dir = tempDir("capaian-render-");
    const { buffer } = await applyPlan(await richBuffer(), samplePlan());
    const xlsx = path.join(dir, "hasil.xlsx");
    writeFileSync(xlsx, buffer);
    const pdf = libreOfficeConvert(xlsx, "pdf", dir, 90_000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    // The page that shows the owned columns beside the user's table (text found by pdftotext).
    const pages = Number(
      /Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1] ?? "1",
    );
    let page = 0;
    for (let p = 1; p <= pages && page === 0; p++) {
      const text = spawnSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], {
        encoding: "utf8",
      }).stdout;
      if (text.includes("Sangat Baik")) page = p;
    }
    expect(page).toBeGreaterThan(0);
    const outDir = path.join(__dirname, "..", "..", "test-output", "xlsx");
    mkdirSync(outDir, { recursive: true });
    const prefix = path.join(outDir, "hasil-halaman");
    const render = spawnSync(
      "pdftoppm",
      ["-png", "-r", "60", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix],
      {
        encoding: "utf8",
      },
    );
    expect(render.status).toBe(0);
    expect(statSync(`${prefix}.png`).size).toBeGreaterThan(1000);
  },
  120_000,
);
