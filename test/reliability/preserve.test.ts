/**
 * Issue 8, part 1 — file mode keeps everything: the real command on a workbook with a chart, a
 * pivot table, an image, a note, data validation, a defined name, a hidden sheet, formulas, styles
 * (and macros in the .xlsm). Every original part leaves byte-identical except the few the run edits;
 * formulas stay formulas; the summary no longer says charts are skipped.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { readSnapshot } from "../helpers/read-snapshot";
import { runCli, sha256 } from "../cli/run-cli";

const FIXTURES = path.join(__dirname, "..", "fixtures", "ooxml");

async function parts(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

/** The worksheet part of a sheet, through workbook.xml and its relationships. */
function sheetPart(p: Map<string, Buffer>, name: string): string {
  const wb = p.get("xl/workbook.xml")!.toString();
  const rels = p.get("xl/_rels/workbook.xml.rels")!.toString();
  const rid = new RegExp(`<sheet name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1]!;
  const target = new RegExp(`<Relationship[^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

describe.each(["realisasi-2024.xlsx", "realisasi-2024.xlsm"])("capaian hitung %s", (file) => {
  let dir: string;
  let input: string;
  let result: ReturnType<typeof runCli>;
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;
  let inputHash: string;
  const ext = path.extname(file);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "capaian-preserve-"));
    input = path.join(dir, file);
    copyFileSync(path.join(FIXTURES, file), input);
    inputHash = sha256(input);
    result = runCli(["hitung", file, "--bahasa", "en"], dir);
    before = await parts(readFileSync(input));
    after = await parts(readFileSync(path.join(dir, `realisasi-2024.capaian${ext}`)));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("exits 0, leaves the input alone, and says nothing about skipped charts", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(sha256(input)).toBe(inputHash);
    expect(result.stdout).toMatch(/Tables written: 3\.1/);
    expect(result.stdout).not.toMatch(/Skipped|chart|Dilewati|grafik/i);
  });

  test("every original part is byte-identical except the workbook, its relationships, content types, styles and the computed sheet", () => {
    const edited = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      sheetPart(before, "Realisasi 2024"),
    ]);
    const changed = [...before.keys()].filter((p) => !after.get(p)?.equals(before.get(p)!));
    expect(changed.filter((p) => !edited.has(p))).toEqual([]);
    // The parts exceljs used to drop are among the identical ones.
    for (const kept of [
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "xl/media/image1.png",
      "xl/drawings/drawing1.xml",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/calcChain.xml",
    ])
      expect([kept, after.get(kept)?.equals(before.get(kept)!)]).toEqual([kept, true]);
    if (ext === ".xlsm") {
      expect(after.get("xl/vbaProject.bin")!.equals(before.get("xl/vbaProject.bin")!)).toBe(true);
      expect(after.get("[Content_Types].xml")!.toString()).toContain("macroEnabled");
    }
  });

  test("the tables' chart is a real chart part, beside the user's own", () => {
    const charts = [...after.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts.length).toBe(2);
  });

  test("formulas stay formulas, data validation, the defined name and the hidden sheet stay", async () => {
    const s0 = await readSnapshot(readFileSync(input));
    const s1 = await readSnapshot(readFileSync(path.join(dir, `realisasi-2024.capaian${ext}`)));
    let formulas = 0;
    for (const sheet of s0.sheets) {
      const out = s1.sheets.find((s) => s.name === sheet.name)!;
      expect(out.visibility).toBe(sheet.visibility);
      sheet.formulas?.forEach((row, i) =>
        row.forEach((f, j) => {
          if (!f) return;
          formulas++;
          const at =
            out.formulas?.[sheet.origin.row + i - out.origin.row]?.[sheet.origin.col + j - out.origin.col];
          expect([sheet.name, i, j, at]).toEqual([sheet.name, i, j, f]);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(0);
    expect(s1.sheets.find((s) => s.name === "Referensi")!.visibility).toBe("hidden");
    expect(s1.names.DaftarSatuan).toBe(s0.names.DaftarSatuan);
    const data = after.get(sheetPart(after, "Realisasi 2024"))!.toString();
    expect(data).toMatch(/<dataValidation [^>]*sqref="D3:D5"/);
  });
});
