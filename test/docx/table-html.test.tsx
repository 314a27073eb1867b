/**
 * "Salin tabel untuk Word": the HTML of every Tabel 3.x of the bundled sample holds, cell for cell,
 * the text the .docx prints (teksSel), with header rows in <thead>, merges as spans, numbers at the
 * right and shaded headers; its plain-text twin has the same cells separated by tabs. Runs in jsdom
 * for its HTML parser.
 */
// first: the sample is read with TextDecoder, which jsdom lacks
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { babTigaInput, type BabTigaInput } from "../../src/docx";
import { teksSel } from "../../src/docx/cell-text";
import { tabelHtml, tabelHtmlSemua, tabelTeks } from "../../src/docx/table-html";
import type { TableModel } from "../../src/engine/tables";
import { cell } from "../../src/engine/tables/model";
import { namaOpd } from "../../src/engine/tables/opd";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";

jest.setTimeout(60_000);

// as sample-docx.ts names it (that module brings exceljs, which jsdom's module resolution cannot load)
const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample", "contoh-dinsos-bengkalis-2023.xlsx");

let input: BabTigaInput;

beforeAll(async () => {
  const gateway = createXlsxGateway({ input: readFileSync(SAMPLE), onOutput: () => undefined });
  const snapshot = await gateway.read();
  const out = await runCapaian(gateway, { tulis: false });
  if (!out.ok) throw new Error("the sample was refused");
  input = babTigaInput({
    read: out.read,
    result: out.result,
    settings: out.settings,
    tabelDilewati: out.tabelDilewati,
    opd: namaOpd(snapshot, out.settings),
    bahasa: "id",
    berkas: null,
  });
});

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
}

/** A cell's text as a reader sees it: a line break is a newline. */
function cellText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const br of Array.from(copy.querySelectorAll("br"))) br.replaceWith("\n");
  return copy.textContent ?? "";
}

/** The model's cells that are printed (not covered by a merge), row by row, as the .docx prints them. */
function modelTexts(m: TableModel): string[][] {
  return [...m.header, ...m.body].map((r) => r.cells.flatMap((c) => (c ? [teksSel(c, "id")] : [])));
}

test("the sample gives several tables to copy", () => {
  expect(input.tables.map((t) => t.nomor)).toContain("3.1");
  expect(input.tables.length).toBeGreaterThanOrEqual(3);
});

test("every table's HTML cells are the model's formatted cells, headers in <thead>, title above", () => {
  for (const m of input.tables) {
    const doc = parse(tabelHtml(m, "id"));
    const tables = doc.querySelectorAll("table");
    expect(tables).toHaveLength(1);
    const rows = Array.from(tables[0]!.querySelectorAll("tr")).map((tr) =>
      Array.from(tr.querySelectorAll("th,td")).map(cellText),
    );
    expect([m.nomor, rows]).toEqual([m.nomor, modelTexts(m)]);
    expect(doc.querySelectorAll("thead tr")).toHaveLength(m.header.length);
    expect(doc.querySelector("p")!.textContent).toBe(`Tabel ${m.nomor} ${m.judul}`);
    const spans = [...m.header, ...m.body]
      .flatMap((r) => r.cells)
      .filter((c) => (c?.colSpan ?? 1) > 1).length;
    expect(doc.querySelectorAll("[colspan]")).toHaveLength(spans);
  }
});

test("numbers sit at the right, headers are shaded and bold, every cell has its border", () => {
  const m = input.tables.find((t) => t.nomor === "3.1")!;
  const doc = parse(tabelHtml(m, "id"));
  const th = doc.querySelector("th") as HTMLElement;
  expect(th.getAttribute("style")).toMatch(/background:#D9E1F2/i);
  expect(th.getAttribute("style")).toMatch(/font-weight:bold/);
  const numberCells = m.body
    .flatMap((r) => r.cells)
    .filter((c) => typeof c?.value === "number" && c.role !== "no");
  expect(numberCells.length).toBeGreaterThan(0);
  const right = Array.from(doc.querySelectorAll("td")).filter((td) =>
    /text-align:right/.test(td.getAttribute("style")!),
  );
  expect(right.length).toBe(numberCells.length);
  for (const c of Array.from(doc.querySelectorAll("th,td")))
    expect(c.getAttribute("style")).toMatch(/border:0\.5pt solid #000000/);
  expect(doc.querySelector("table")!.getAttribute("style")).toMatch(/border-collapse:collapse/);
});

test("the plain-text twin: title, then each row's cells tab-separated", () => {
  for (const m of input.tables) {
    const lines = tabelTeks(m, "id").split("\n");
    expect(lines[0]).toBe(`Tabel ${m.nomor} ${m.judul}`);
    const rows = [...m.header, ...m.body];
    rows.forEach((r, i) => {
      expect(lines[i + 1]!.split("\t")).toEqual(
        r.cells.map((c) => (c ? teksSel(c, "id").replace(/\s*\n\s*/g, " ") : "")),
      );
    });
  }
});

test("all tables in one paste keep their order", () => {
  const doc = parse(tabelHtmlSemua(input.tables, "id"));
  expect(doc.querySelectorAll("table")).toHaveLength(input.tables.length);
});

test("any text in a cell comes back as itself: no markup gets through", () => {
  const tricky = fc.constantFrom(
    "<b>x</b>",
    "a & b",
    '"q" <i>',
    "baris 1\nbaris 2",
    "<script>x()</script>",
    "=SUM(A1)",
  );
  fc.assert(
    fc.property(fc.oneof(fc.string(), tricky), (s) => {
      const m: TableModel = {
        nomor: "3.1",
        judul: s,
        widths: [10],
        header: [{ kind: "header", cells: [cell("H", "header")] }],
        body: [{ kind: "data", cells: [cell(s, "text")] }],
        footnotes: [s],
        charts: [],
      };
      const doc = parse(tabelHtml(m, "id"));
      expect(doc.querySelectorAll("table *:not(colgroup,col,thead,tbody,tr,th,td,br)")).toHaveLength(0);
      expect(doc.querySelectorAll("script,b,i")).toHaveLength(0);
      expect(cellText(doc.querySelector("td")!)).toBe(s);
      expect(cellText(doc.querySelectorAll("p")[1]!)).toBe(s);
    }),
    { numRuns: 200 },
  );
});
