/**
 * Band colours go only on the add-in's own cells (issue 13, item 7). A realisasi table whose own
 * Capaian column holds two printed values (one right, one the engine disputes) and two blanks the
 * add-in fills: the blanks get the band colours; the disputed printed value gets the finding's
 * highlight and note, never a band colour; the correct printed value gets nothing. Checked on the
 * plan, through the strict Office.js fake, and in the file written by the package adapter; a second
 * run changes nothing, and a highlight whose finding is gone is taken away.
 */
import JSZip from "jszip";
import { parseAddress } from "../../src/engine/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";
import { resolveScale } from "../../src/engine/predikat";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { snapshotToXlsx } from "../fixtures/layouts";

jest.setTimeout(60_000);

const SHEET = "Realisasi 2023";
/** the finding's highlight: a dark fill unlike any band's tint */
const HIGHLIGHT = "#A3195B";

/** G2 right (112,5), G3 disputed (110 printed, 75 by R/T), G4 and G5 blank. */
function workbook(g3: CellValue = 110): WorkbookSnapshot {
  const values: CellValue[][] = [
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2023", "Realisasi 2023", "Capaian (%)"],
    [1, "Meningkatnya layanan sosial", "Persentase PPKS yang tertangani", "%", 80, 90, 112.5],
    [2, "Meningkatnya layanan sosial", "Persentase PSKS yang aktif", "%", 80, 60, g3],
    [3, "Meningkatnya layanan sosial", "Persentase penerima bantuan sosial tepat sasaran", "%", 50, 40, ""],
    [
      4,
      "Meningkatnya layanan sosial",
      "Persentase lembaga kesejahteraan sosial terakreditasi",
      "%",
      100,
      100,
      "",
    ],
  ];
  const sheet: SheetSnapshot = {
    name: SHEET,
    origin: { row: 0, col: 0 },
    values,
    numberFormats: values.map((r) => r.map(() => "General")),
    formulas: values.map((r) => r.map(() => "")),
    merges: [],
    visibility: "visible",
    protected: false,
  };
  return { sheets: [sheet], names: {} };
}

const BAND_FILLS = new Set(resolveScale("lkjip4").bands.map((b) => b.fill?.toUpperCase()));

/** What each cell of G2:G5 shows under a list of rules: "band" (a predikat colour), "highlight" or null. */
function paint(rules: { address: string; fill?: string }[]): (string | null)[] {
  return [1, 2, 3, 4].map((row) => {
    const on = rules.filter((r) => {
      const g = parseAddress(r.address);
      return g.col === 6 && row >= g.row && row < g.row + g.rowCount && r.fill !== undefined;
    });
    if (on.length === 0) return null;
    if (on.some((r) => BAND_FILLS.has(r.fill!.toUpperCase()))) return "band";
    return on.every((r) => r.fill!.toUpperCase() === HIGHLIGHT) ? "highlight" : "other";
  });
}

describe("band colours on the add-in's cells only", () => {
  test("the plan: bands on G4:G5, the finding's highlight and note on G3, nothing on G2", async () => {
    const snapshot = workbook();
    const out = await runCapaian({ read: async () => snapshot, apply: async () => fail() }, { tulis: false });
    if (!out.ok) throw new Error("refused");
    const finding = out.result.temuan.find((t) => t.kode === "CAPAIAN_TIDAK_SESUAI")!;
    expect(`${finding.sel[0]!.sheet}!${finding.sel[0]!.cell}`).toBe(`${SHEET}!G3`);
    const painted = out.plan.conditionalFormats.filter((c) => c.rules.length > 0);
    const fills = painted.flatMap((c) => c.rules.map((r) => ({ address: c.address, fill: fillOf(r) })));
    expect(paint(fills)).toEqual([null, "highlight", "band", "band"]);
    expect(out.plan.notes.map((n) => n.cell)).toContain("G3");
  });

  test("Office.js (strict fake): the same, and a second run leaves the same rules", async () => {
    const fake = fakeWorkbookFromSnapshot(workbook());
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const first = await runCapaian(gateway, { tabel: [] });
    expect(first.ok).toBe(true);
    const rules = fake.conditionalFormats(SHEET).filter((r) => parseAddress(r.address).col === 6);
    expect(paint(rules)).toEqual([null, "highlight", "band", "band"]);
    const again = await runCapaian(gateway, { tabel: [] });
    expect(again.ok).toBe(true);
    expect(fake.conditionalFormats(SHEET).filter((r) => parseAddress(r.address).col === 6)).toEqual(rules);
  });

  test("the file: the same rules in the sheet XML; a corrected value loses its highlight on the next run", async () => {
    const run = runFile;
    const first = await run(await snapshotToXlsx(workbook()));
    expect(paint(await sheetRules(first))).toEqual([null, "highlight", "band", "band"]);
    const second = await run(first);
    expect(await sheetRules(second)).toEqual(await sheetRules(first));

    // the user corrects G3 to 75: the finding is gone, and so is the highlight
    const corrected = await setCell(second, "G3", 75);
    expect(paint(await sheetRules(await run(corrected)))).toEqual([null, null, "band", "band"]);
  });

  test("a highlight stays no longer than its column: once G is not the Capaian column, it is taken away", async () => {
    const printed = workbook();
    printed.sheets[0]!.values[3]![6] = 80;
    printed.sheets[0]!.values[4]![6] = 100;
    const first = await runFile(await snapshotToXlsx(printed));
    expect(paint(await sheetRules(first))).toEqual([null, "highlight", null, null]);
    // the user renames the column: the add-in now adds its own Capaian column, and G is the user's again
    const renamed = await runFile(await setCell(first, "G1", "Catatan"));
    expect(paint(await sheetRules(renamed))).toEqual([null, null, null, null]);
  });
});

async function runFile(input: Buffer): Promise<Buffer> {
  let written: Buffer | null = null;
  const gateway = createXlsxGateway({ input, onOutput: (b) => void (written = Buffer.from(b)) });
  const out = await runCapaian(gateway, { tabel: [] });
  if (!out.ok || !written) throw new Error("refused");
  return written;
}

function fail(): never {
  throw new Error("a dry run writes nothing");
}

function fillOf(rule: { type: string; fill?: string }): string | undefined {
  return rule.type === "iconSet" ? undefined : rule.fill;
}

/** The conditional formats of the realisasi sheet's XML, each block with the fill of its first rule's dxf. */
async function sheetRules(xlsx: Buffer): Promise<{ address: string; fill?: string }[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const dxfs = [
    ...(/<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? "").matchAll(/<dxf>([\s\S]*?)<\/dxf>/g),
  ];
  const fillOfDxf = (i: number) => {
    const m = /<(?:fgColor|bgColor) rgb="FF([0-9A-F]{6})"/i.exec(dxfs[i]?.[1] ?? "");
    return m ? `#${m[1]!.toUpperCase()}` : undefined;
  };
  return [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g)].map(
    (m) => {
      const dxf = /dxfId="(\d+)"/.exec(m[2]!);
      return { address: m[1]!, fill: dxf ? fillOfDxf(Number(dxf[1])) : undefined };
    },
  );
}

/** The workbook with one cell of the realisasi sheet set, through the package's XML. */
async function setCell(xlsx: Buffer, cell: string, value: number | string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  const re = new RegExp(`<c r="${cell}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  expect(re.test(xml)).toBe(true);
  const c =
    typeof value === "number"
      ? `<c r="${cell}"><v>${value}</v></c>`
      : `<c r="${cell}" t="inlineStr"><is><t>${value}</t></is></c>`;
  zip.file(path, xml.replace(re, c));
  return zip.generateAsync({ type: "nodebuffer" });
}
