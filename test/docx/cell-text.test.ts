/** A model cell's text in Word is what Excel shows for its value and number format. */
import { teksAngka, teksSel } from "../../src/docx";
import { columnWidths } from "../../src/docx/table";
import { parseArgs } from "../../src/cli/args";
import { docxTarget } from "../../src/cli/docx";

describe("teksAngka", () => {
  test.each([
    [111.6923076923077, "#,##0.00", "id", "111,69"],
    [100, "#,##0.00", "id", "100,00"],
    [2.7, "#,##0.00", "id", "2,70"],
    [57367577759, "#,##0", "id", "57.367.577.759"],
    [57367577759, "#,##0", "en", "57,367,577,759"],
    [94.77834933769702, "#,##0.00", "en", "94.78"],
    [16013, "#,##0", "id", "16.013"],
    [-862, "#,##0", "id", "-862"],
    [0.9518, "0.00%", "id", "95,18%"],
    [3.25, undefined, "id", "3,25"],
    [7, "General", "id", "7"],
    [99.995, "#,##0.00", "id", "100,00"],
  ] as const)("%p with %p (%s) → %p", (n, format, b, text) => {
    expect(teksAngka(n, format, b)).toBe(text);
  });

  test("no NaN or Infinity reaches a document", () => {
    expect(teksAngka(Number.NaN, "#,##0.00", "id")).toBe("");
    expect(teksAngka(Infinity, "#,##0", "id")).toBe("");
  });

  test("text stays text, a blank stays blank, a formula-like text is not touched", () => {
    expect(teksSel({ value: "—", role: "text" }, "id")).toBe("—");
    expect(teksSel({ value: null, role: "header" }, "id")).toBe("");
    expect(teksSel({ value: "=SUM(A1)", role: "text" }, "id")).toBe("=SUM(A1)");
  });
});

describe("column widths", () => {
  test("fill the text width exactly, in proportion, none narrower than a No column needs", () => {
    const w = columnWidths([5, 40, 12, ...new Array<number>(12).fill(10), 14, 14], 14570);
    expect(w.reduce((a, b) => a + b, 0)).toBe(14570);
    expect(Math.min(...w)).toBeGreaterThanOrEqual(480);
    expect(w[1]).toBeGreaterThan(w[2]!);
  });
});

describe("--docx", () => {
  test("is an option of capaian hitung; a folder gets <name>.bab3.docx", () => {
    const parsed = parseArgs(["hitung", "contoh.xlsx", "--docx", "bab3.docx"]);
    expect(parsed).toMatchObject({ kind: "hitung", args: { docx: "bab3.docx" } });
    expect(docxTarget("bab3.docx", "contoh.xlsx")).toBe("bab3.docx");
    expect(docxTarget("hasil", "data/contoh.xlsx")).toMatch(/^hasil[\\/]contoh\.bab3\.docx$/);
    expect(docxTarget(undefined, "contoh.xlsx")).toBeNull();
    expect(parseArgs(["hitung", "contoh.xlsx", "--docx"])).toMatchObject({ kind: "error" });
  });
});
