/**
 * Random plans: any text (control characters, lone surrogates, RTL, emoji, Excel's own _xHHHH_
 * escapes, formula-looking text), any number (NaN, ±Infinity, -0, extremes), booleans and blanks.
 * The package must stay valid XML, exceljs must reopen it and read back what was meant.
 */
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { cellAddress, rangeAddress } from "../../src/engine/address";
import type { PlanValue, WritePlan } from "../../src/engine/plan";
import { emptyPlan } from "../../src/engine/plan";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { parseXml, serializeXml } from "../../src/xlsx/ooxml/xml";
import { entries, fixture, INVALID_XML_CHAR, openWithExcelJs, viaTree } from "./helpers";

const INPUT = fixture("realisasi-2024.xlsx");

const anyChar16 = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: anyChar16, maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom("\u0000", "\u0001", "\t", "\n", "\r", "\u001F", "_", "x", "0", "A", " "),
    maxLength: 12,
  }),
  fc.constantFrom(
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://contoh","klik")',
    "+62 812",
    "@SUM(A1)",
    "سجل الأداء",
    "\u202Etext\u202C",
    "👩‍👩‍👧 📈 ✅",
    "_x0041_",
    "_x004a_ dan _X0041_",
    "  spasi  ",
    '<tag attr="x">&amp;</tag>',
    "\uFFFE\uFFFF",
    "\uD800",
    "\uDC00x",
  ),
);
const value: fc.Arbitrary<PlanValue> = fc.oneof(
  text,
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
  fc.boolean(),
  fc.constant(null),
);

const block = fc
  .record({
    sheet: fc.constantFrom("Realisasi 2024", "Tabel Uji"),
    // from row 2: row 1 of the user's sheet is merged (A1:F1), where readers show the first cell's value
    row: fc.integer({ min: 1, max: 40 }),
    col: fc.integer({ min: 0, max: 12 }),
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 1, max: 3 }),
  })
  .chain((b) =>
    fc.record({
      b: fc.constant(b),
      values: fc.array(fc.array(value, { minLength: b.cols, maxLength: b.cols }), {
        minLength: b.rows,
        maxLength: b.rows,
      }),
      note: text,
      ruleText: text,
      title: text,
    }),
  );

/** What a reader should see for a written value. */
function expected(v: PlanValue): string | number | boolean | null {
  if (typeof v === "number") return Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : null;
  if (typeof v === "string") {
    // "" (also what is left of text made only of unrepresentable characters) is a blank cell, as in Office.js.
    const kept = v.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
      "",
    );
    return kept === "" ? null : kept;
  }
  return v;
}

function planFor(
  blocks: {
    b: { sheet: string; row: number; col: number; rows: number; cols: number };
    values: PlanValue[][];
    note: string;
    ruleText: string;
    title: string;
  }[],
): WritePlan {
  const plan = emptyPlan();
  plan.sheets.push({ name: "Tabel Uji", create: true, clear: true });
  blocks.forEach(({ b, values, note, ruleText, title }, i) => {
    const address = rangeAddress(b.row, b.col, b.rows, b.cols);
    plan.ranges.push({
      sheet: b.sheet,
      address,
      values,
      style: i % 2 ? { bold: true, numberFormat: "0.00" } : undefined,
    });
    plan.notes.push({ sheet: b.sheet, cell: cellAddress(b.row, b.col), text: note });
    plan.conditionalFormats.push({
      sheet: b.sheet,
      address,
      rules: [{ type: "textEquals", text: ruleText, fill: "#C6EFCE", fontColor: "#006100" }],
    });
    if (i === 0) {
      plan.charts.push({
        name: `Grafik ${title}`,
        sheet: b.sheet,
        type: i % 2 ? "line" : "columnClustered",
        title,
        dataAddress: address,
        anchor: "P2",
        widthCols: 5,
        heightRows: 10,
      });
    }
  });
  return plan;
}

/** A later block overwrites an earlier one: the reader sees the last write of each cell. */
function lastWrites(plan: WritePlan): Map<string, PlanValue> {
  const out = new Map<string, PlanValue>();
  for (const r of plan.ranges) {
    const [first] = r.address.split(":");
    const m = /^([A-Z]+)(\d+)$/.exec(first!)!;
    const col0 = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row0 = Number(m[2]) - 1;
    r.values!.forEach((row, i) =>
      row.forEach((v, j) => out.set(`${r.sheet}!${cellAddress(row0 + i, col0 + j)}`, v)),
    );
  }
  return out;
}

/** Excel's reading of ST_Xstring text: each _xHHHH_ is one UTF-16 unit, left to right. */
function excelUnescape(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function strictParse(xml: string, path: string): void {
  new DOMParser({
    // warnings (such as a U+FFFD in the text, which is valid XML) are not errors
    onError: (level, msg) => {
      if (level !== "warning") throw new Error(`${path}: ${level} ${msg}`);
    },
  }).parseFromString(xml, "text/xml");
}

test("random plans always give a valid package that exceljs reopens with the intended values", async () => {
  const original = await entries(INPUT);
  await fc.assert(
    fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 3 }), async (blocks) => {
      const plan = planFor(blocks);
      const { buffer } = await applyPlanToPackage(INPUT, plan);
      const out = await entries(buffer);
      for (const [path, bytes] of out) {
        if (original.get(path)?.equals(bytes)) continue;
        if (!/\.(xml|rels|vml)$/.test(path)) continue;
        const xml = bytes.toString("utf8");
        expect(INVALID_XML_CHAR.test(xml)).toBe(false);
        strictParse(xml, path);
      }
      const wb = await openWithExcelJs(buffer);
      for (const [key, v] of lastWrites(plan)) {
        const [sheet, ref] = key.split("!");
        const raw = wb.getWorksheet(sheet!)!.getCell(ref!).value;
        // exceljs returns inline strings without undoing Excel's _xHHHH_ escapes; Excel undoes them.
        const got = typeof raw === "string" ? excelUnescape(raw) : raw;
        const want = expected(v);
        if (want === null) expect(got === null || got === undefined || got === "").toBe(true);
        else expect(got).toEqual(want);
      }
    }),
    { numRuns: 40 },
  );
}, 120000);

test("applying a random plan twice gives the same package as applying it once", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(block, { minLength: 1, maxLength: 3 }),
      fc.array(fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 0, max: 10 }) }), {
        maxLength: 3,
      }),
      async (blocks, merges) => {
        const plan = planFor(blocks);
        for (const m of merges)
          plan.merges.push({ sheet: "Tabel Uji", address: rangeAddress(m.row, m.col, 2, 2) });
        plan.names.push({ name: "CK_Uji", sheet: "Tabel Uji", address: "A1:B2" });
        const once = await applyPlanToPackage(INPUT, plan);
        const twice = await applyPlanToPackage(once.buffer, plan);
        const a = await entries(once.buffer);
        const b = await entries(twice.buffer);
        expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
        expect([...a].filter(([p, bytes]) => !b.get(p)!.equals(bytes)).map(([p]) => p)).toEqual([]);
        expect(twice.report.sheetsCreated).toEqual([]);
      },
    ),
    { numRuns: 25 },
  );
}, 120000);

test("random plans: a value spelled as CDATA changes nothing but its own spelling", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 4 }), async (blocks) => {
      const plan = planFor(blocks);
      const asText = await entries((await applyPlanToPackage(INPUT, plan)).buffer);
      // The same sheet with one value spelled as CDATA.
      const twin = await viaTree(INPUT, "xl/worksheets/sheet1.xml");
      const asTree = await entries((await applyPlanToPackage(twin.input, plan)).buffer);
      const treeSheet = asTree.get("xl/worksheets/sheet1.xml")!.toString("utf8");
      asTree.set("xl/worksheets/sheet1.xml", Buffer.from(twin.plain(treeSheet), "utf8"));
      expect([...asText.keys()].sort()).toEqual([...asTree.keys()].sort());
      for (const [path, bytes] of asTree) {
        const mine = asText.get(path)!;
        if (mine.equals(bytes)) continue;
        // Only the user's sheet may differ, and only in how untouched rows are spelled.
        expect(path).toBe("xl/worksheets/sheet1.xml");
        expect(serializeXml(parseXml(mine.toString("utf8"), path))).toBe(bytes.toString("utf8"));
      }
    }),
    { numRuns: 30 },
  );
}, 120000);
