/**
 * A header's two-digit year ("Target '24") that the table's context does not settle is said, never read
 * silently as no year: TAHUN_TIDAK_TERBACA names the header cells, why and what to write. Columns beside
 * another year of their role (stated, or another unread short year) or whose stated years rule theirs out
 * are set aside; the only year a table gives is read as the table's year at a confidence the pane asks
 * about. A family of spellings, header shapes (one row, a merged year group over T/R) and titles.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { readRows } from "../helpers/read-rows";

const ROWS: CellValue[][] = [
  [1, "Indeks Desa Membangun", "Indeks", "0,70", "0,71", "0,7125", "0,7318"],
  [2, "Jumlah desa mandiri", "Desa", "10", "11", "12", "15"],
];
const said = (r: ReturnType<typeof readWorkbook>) => r.temuan.filter((t) => t.kode === "TAHUN_TIDAK_TERBACA");
const valueCols = (r: ReturnType<typeof readWorkbook>) =>
  r.tables[0]!.columns.slice(3).map((c) => [c.role, c.tahun ?? null]);

describe("two short years of one role, no full year anywhere", () => {
  test.each([
    [["Target '23", "Realisasi '23", "Target '24", "Realisasi '24"]],
    [["T ’23", "R ’23", "T ’24", "R ’24"]],
    [["Target TA'23", "Real. TA'23", "Target TA'24", "Real. TA'24"]],
    [["Target ‘23", "Actual ‘23", "Target ‘24", "Actual ‘24"]],
  ])("%j: set aside, said with the cells, no value filed under a guessed year", (heads) => {
    const r = readRows("IKU", [["No", "Indikator", "Satuan", ...heads], ...ROWS], "CAPAIAN IKU DINAS PMD");
    expect(valueCols(r)).toEqual(heads.map(() => ["abaikan", null]));
    expect(r.tables[0]!.columns.slice(3).every((c) => c.confidence < 0.6)).toBe(true);
    // the indicators are still read, with no value under a year nobody stated
    expect(r.indicators.map((i) => i.indikator)).toEqual(["Indeks Desa Membangun", "Jumlah desa mandiri"]);
    expect(r.indicators.every((i) => Object.keys(i.tahun).length === 0)).toBe(true);
    expect(r.temuan.filter((t) => t.kode === "NILAI_BERBEDA_ANTAR_TABEL")).toEqual([]);
    const [t, ...more] = said(r);
    expect(more).toEqual([]);
    expect(t!.tingkat).toBe("peringatan");
    expect(t!.sel.map((s) => s.cell)).toEqual(["D3", "E3", "F3", "G3"]);
    expect(t!.pesan.id).toContain("IKU!D3");
    expect(t!.pesan.id).toMatch(/tidak dibaca.*empat angka/);
    expect(t!.pesan.en).toMatch(/not read.*four digits/);
  });
});

describe("the only year a table gives, short, no full year anywhere", () => {
  test.each([
    [["Target '24", "Realisasi '24", "Capaian '24 (%)"]],
    [["T ’24", "R ’24", "C ’24"]],
    [["Target Th. '24", "Realisasi Th. '24", "Capaian (%)"]],
  ])("%j: read as the table's year, asked about and said", (heads) => {
    const rows = ROWS.map((r) => r.slice(0, 6));
    const r = readRows("IKU", [["No", "Indikator", "Satuan", ...heads], ...rows]);
    const cols = r.tables[0]!.columns.slice(3);
    expect(cols.map((c) => c.role)).toEqual(["target", "realisasi", "capaian"]);
    const short = cols.filter((c) => /['’]/.test(c.header));
    expect(short.every((c) => c.confidence < 0.6)).toBe(true);
    // read as a header without a year is: under the table's one year
    const years = Object.keys(r.indicators[1]!.tahun);
    expect(years).toHaveLength(1);
    expect(r.indicators[1]!.tahun[years[0]!]?.realisasi?.raw).toBe("11");
    const [t, ...more] = said(r);
    expect(more).toEqual([]);
    expect(t!.sel.map((s) => s.cell)).toEqual(short.map((c) => `${String.fromCharCode(65 + c.col)}1`));
    expect(t!.pesan.id).toContain("dibaca sebagai tahun tabel");
    expect(t!.pesan.id).toContain("2024");
  });
});

describe("a short year its table's stated years rule out", () => {
  test.each([
    ["CAPAIAN KINERJA TAHUN 2024", ["Target '85", "Realisasi '85"]],
    ["Pengukuran Kinerja Tahun Anggaran 2024", ["T '60", "R '60"]],
  ])("under %j, %j is set aside, not read as the title's year", (title, heads) => {
    const rows = ROWS.map((r) => r.slice(0, 5));
    const r = readRows("PK", [["No", "Indikator", "Satuan", ...heads], ...rows], title);
    expect(valueCols(r)).toEqual([
      ["abaikan", null],
      ["abaikan", null],
    ]);
    expect(r.indicators.every((i) => i.tahun["2024"] === undefined)).toBe(true);
    const [t] = said(r);
    expect(t!.pesan.id).toContain("tidak menentukannya");
    // both centuries shown: which one is meant only the user knows
    expect(t!.pesan.id).toMatch(/19\d\d.*20\d\d/);
  });

  test("a short year beside a full year of its role is set aside when the full year rules it out", () => {
    const r = readRows("IKU", [
      ["No", "Indikator", "Satuan", "Target 2023", "Realisasi 2023", "Target '85", "Realisasi '85"],
      ...ROWS,
    ]);
    expect(valueCols(r)).toEqual([
      ["target", 2023],
      ["realisasi", 2023],
      ["abaikan", null],
      ["abaikan", null],
    ]);
    expect(r.indicators[1]!.tahun["2023"]?.realisasi?.raw).toBe("11");
    expect(said(r)[0]!.sel.map((s) => s.cell)).toEqual(["F1", "G1"]);
  });

  test("short years the table's full years settle are read and not said", () => {
    const r = readRows("IKU", [
      ["No", "Indikator", "Satuan", "Target 2023", "Realisasi 2023", "Target '24", "Realisasi '24"],
      ...ROWS,
    ]);
    expect(valueCols(r)).toEqual([
      ["target", 2023],
      ["realisasi", 2023],
      ["target", 2024],
      ["realisasi", 2024],
    ]);
    expect(said(r)).toEqual([]);
  });
});

describe("a merged year group over T | R", () => {
  const read = (groups: string[]) => {
    const s = new SheetBuilder("IKU");
    s.row(["Capaian IKU"]);
    s.blank();
    const top = s.row(["No", "Indikator", "Satuan", ...groups.flatMap((g) => [g, ""])]);
    s.row(["", "", "", ...groups.flatMap(() => ["Target", "Realisasi"])]);
    for (let c = 0; c < 3; c++) s.mergeDown(c, top, top + 1);
    groups.forEach((_g, k) => s.mergeAcross(top, 3 + 2 * k, 4 + 2 * k));
    for (const r of ROWS) s.row(r.slice(0, 3 + 2 * groups.length));
    return readWorkbook(workbook(s.build()));
  };

  test("two groups, '23 and '24: set aside, each merged cell named once", () => {
    const r = read(["Tahun '23", "Tahun '24"]);
    expect(r.tables[0]!.columns.slice(3).map((c) => c.role)).toEqual([
      "abaikan",
      "abaikan",
      "abaikan",
      "abaikan",
    ]);
    expect(said(r)[0]!.sel.map((s) => s.cell)).toEqual(["D3", "F3"]);
  });

  test("one group '24: read as the table's year, the merged cell named once", () => {
    const r = read(["Tahun ’24"]);
    expect(r.tables[0]!.columns.slice(3).map((c) => c.role)).toEqual(["target", "realisasi"]);
    expect(said(r)[0]!.sel.map((s) => s.cell)).toEqual(["D3"]);
    expect(said(r)[0]!.pesan.id).toContain("Tahun 2024");
  });
});
