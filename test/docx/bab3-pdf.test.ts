/**
 * LibreOffice Writer opens the sample's Bab III .docx and converts it to PDF: every table title and
 * the narrative are in the PDF text, the wide tables are on landscape pages. Skips visibly when
 * LibreOffice or poppler are missing (npm run setup:system installs them).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "../xlsx/workbooks";
import { libreOfficeConvert } from "../helpers/libreoffice";
import { sampleDocxBytes } from "./sample-docx";

jest.setTimeout(180_000);

function has(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

const canConvert = has("libreoffice") && has("pdftotext") && has("pdfinfo");
if (!canConvert) {
  // Visible in the jest output so a skipped conversion is never mistaken for a pass.
  console.warn("SKIPPED Bab III .docx → PDF: LibreOffice and/or poppler-utils are not installed.");
}

(canConvert ? test : test.skip)("LibreOffice converts the Bab III .docx to PDF", async () => {
  const dir = tempDir("capaian-docx-pdf-");
  const docx = path.join(dir, "bab3.docx");
  writeFileSync(docx, await sampleDocxBytes());
  const pdf = libreOfficeConvert(docx, "pdf", dir, 150_000);
  const info = execFileSync("pdfinfo", [pdf]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  // five tables, their narrative and the appendix; a table per page at least, and no runaway layout
  expect(pages).toBeGreaterThanOrEqual(6);
  expect(pages).toBeLessThanOrEqual(20);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  for (const nomor of ["3.1", "3.2", "3.3", "3.5", "3.6"]) expect(text).toContain(`Tabel ${nomor} `);
  expect(text).toContain("111,69");
  expect(text).toContain("57.367.577.759");
  expect(text).toContain("[Faktor pendukung: …]");
  expect(text).toContain("Lampiran: Temuan");
  // the first page holds the wide Tabel 3.1: landscape (width > height)
  const first = execFileSync("pdfinfo", ["-f", "1", "-l", "1", pdf]).toString();
  const size = /Page\s+1 size:\s+([\d.]+) x ([\d.]+)/.exec(first);
  expect(size).not.toBeNull();
  expect(Number(size![1])).toBeGreaterThan(Number(size![2]));
});
