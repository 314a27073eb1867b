/**
 * The generated Tabel 3.x print as the seed reports print them: landscape A4 (or F4), one page
 * wide, the header rows repeated, the chart data outside the print area. Checked in the sheet XML,
 * then (when LibreOffice is installed) on the sample's PDF: every table one page wide and at most
 * two pages long.
 */
import { libreOfficeConvert } from "../helpers/libreoffice";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SettingsInput } from "../../src/engine/settings";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { sampleBuffer } from "../xlsx/workbooks";
import { hasLibreOffice, text } from "./helpers";

jest.setTimeout(240_000);

async function run(input: Buffer, settings: SettingsInput = {}): Promise<Buffer> {
  let output: Buffer | undefined;
  const out = await runCapaian(createXlsxGateway({ input, onOutput: (b) => void (output = b) }), {
    settings,
  });
  if (!out.ok || !output) throw new Error("the sample run was refused");
  return output;
}

/** The worksheet part of a sheet, by its name in workbook.xml. */
async function sheetXml(buffer: Buffer, name: string): Promise<string> {
  const wb = await text(buffer, "xl/workbook.xml");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(wb)?.[1];
  const rels = await text(buffer, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  return text(buffer, `xl/${(target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "")}`);
}

function printNames(workbookXml: string): string[] {
  return [
    ...workbookXml.matchAll(/<definedName name="(_xlnm\.Print_\w+)" localSheetId="(\d+)">([^<]*)</g),
  ].map((m) => `${m[1]}@${m[2]}=${m[3]!.replace(/&apos;/g, "'")}`);
}

describe("print-ready Tabel 3.x in the file", () => {
  let first: Buffer;
  beforeAll(async () => {
    first = await run(await sampleBuffer());
  });

  test("each table sheet: A4 landscape, one page wide, margins of the reports, print titles and area", async () => {
    const xml = await sheetXml(first, "Tabel 3.1");
    expect(xml).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/>.*<\/sheetPr>/);
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    expect(xml).toContain(
      '<pageMargins left="0.7874" right="0.7874" top="0.9843" bottom="0.9843" header="0.3937" footer="0.3937"/>',
    );
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    // a wrapped sasaran over its indicators gets rows tall enough for it
    expect(xml).toMatch(/<row r="\d+" ht="\d+" customHeight="1">/);
    const names = printNames(await text(first, "xl/workbook.xml"));
    const sheets = [...(await text(first, "xl/workbook.xml")).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const at = sheets.indexOf("Tabel 3.1");
    // the header rows with the column numbers; the table, its Sumber line, its notes and its chart — not the chart data (J:L)
    expect(names).toContain(`_xlnm.Print_Titles@${at}='Tabel 3.1'!$3:$5`);
    expect(names.find((n) => n.startsWith(`_xlnm.Print_Area@${at}=`))).toMatch(/!\$A\$1:\$H\$\d+$/);
  });

  test("F4 is Excel's Folio paper (8.5 × 13 in)", async () => {
    const f4 = await run(await sampleBuffer(), { kertas: "F4" });
    expect(await sheetXml(f4, "Tabel 3.6")).toContain('<pageSetup paperSize="14" orientation="landscape"');
  });

  test("a second run replaces the print names, never adds another pair", async () => {
    const second = await run(first);
    expect(printNames(await text(second, "xl/workbook.xml"))).toEqual(
      printNames(await text(first, "xl/workbook.xml")),
    );
  });

  const lo = hasLibreOffice() && existsSync("/usr/bin/pdftotext") ? test : test.skip;
  if (lo === test.skip)
    console.warn("LibreOffice or poppler not installed: the sample's PDF is not checked.");
  lo("the sample's PDF: every table one page wide (A4 landscape), at most two pages each", () => {
    const dir = mkdtempSync(join(tmpdir(), "cetak-"));
    try {
      writeFileSync(join(dir, "hasil.xlsx"), first);
      const pdf = libreOfficeConvert(join(dir, "hasil.xlsx"), "pdf", dir);
      const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
      const page = (i: number) =>
        execFileSync("pdftotext", ["-f", `${i}`, "-l", `${i}`, "-layout", pdf, "-"]).toString();
      // the generated sheets come last; each starts with its title, which names the agency
      const perTable = new Map<string, number>();
      let current: string | null = null;
      for (let i = 1; i <= count; i++) {
        const t = page(i);
        const title = /Tabel (3\.\d) .*Dinas Sosial Kabupaten Bengkalis/.exec(t)?.[1];
        if (title) current = title;
        if (!current) continue;
        perTable.set(current, (perTable.get(current) ?? 0) + 1);
        const size = execFileSync("pdfinfo", ["-f", `${i}`, "-l", `${i}`, pdf]).toString();
        // A4 landscape: 842 × 595 pt
        expect(size).toMatch(/size:\s+841\.\d+ x 595\.\d+ pts/);
        // one page wide: the repeated header's first and last column numbers are on every page
        expect(t).toContain("(1)");
        expect(t).toMatch(/\((7|8|9|18)\)/);
      }
      expect([...perTable.keys()]).toEqual(["3.1", "3.2", "3.3", "3.5", "3.6"]);
      for (const [, pages] of perTable) expect(pages).toBeLessThanOrEqual(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
