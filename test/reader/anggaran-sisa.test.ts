/**
 * The unspent budget of a budget table: "Sisa", "Sisa Anggaran", "Selisih (Rp)", "Selisih Pagu dan
 * Realisasi" are the sisa (pagu − realisasi), read as such and checked; never a second pagu. A difference of
 * percentages, of years, or beside a capaian (an efficiency table) is no sisa and is kept aside.
 * Each as a family of header words, positions and agencies' wording.
 */
import type { ReadResult } from "../../src/engine/mapping";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

const T = 2024;

// [program, pagu, realisasi, serapan %]
const PROGRAM: [string, number, number, number][] = [
  ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_250_000_000, 4_012_500_000, 94.41],
  ["Program Perlindungan dan Jaminan Sosial", 1_800_000_000, 1_620_000_000, 90],
  ["Program Rehabilitasi Sosial", 950_000_000, 950_000_000, 100],
];

type Pos = "akhir" | "sebelum serapan";

function table(
  sisaHeader: string,
  pos: Pos,
  misprint?: number,
  title = "Realisasi Anggaran Tahun 2024",
): ReadResult {
  const sb = new SheetBuilder("Tabel 3.20");
  sb.row([`Tabel 3.20 ${title}`]);
  sb.blank();
  const head = ["No", "Program/Kegiatan", "Pagu Anggaran (Rp)", "Realisasi (Rp)"];
  sb.row(pos === "akhir" ? [...head, "Serapan (%)", sisaHeader] : [...head, sisaHeader, "Serapan (%)"]);
  for (const [i, [nama, pagu, real, s]] of PROGRAM.entries()) {
    const sisa = i === misprint ? pagu - real + 25_000_000 : pagu - real;
    const row: CellValue[] = [i + 1, nama, pagu, real];
    sb.row(pos === "akhir" ? [...row, s, sisa] : [...row, sisa, s]);
  }
  return readWorkbook(workbook(sb.build()));
}

function sisaCol(pos: Pos): number {
  return pos === "akhir" ? 5 : 4;
}

const SISA_HEADERS = [
  "Sisa",
  "Sisa Anggaran",
  "Sisa Anggaran (Rp)",
  "Sisa Dana (Rp)",
  "Selisih",
  "Selisih (Rp)",
  "Selisih (Rp.)",
  "Selisih Anggaran",
  "Selisih Pagu dan Realisasi",
  "Selisih Pagu dengan Realisasi (Rp)",
  "Selisih Anggaran dan Realisasi (Rp)",
  "Selisih Pagu - Realisasi Tahun 2024",
  "Selisih Alokasi dan Realisasi",
];
const POSITIONS: Pos[] = ["akhir", "sebelum serapan"];
const CASES = SISA_HEADERS.flatMap((h) => POSITIONS.map((p) => [h, p] as const));

describe("the unspent budget of a budget table is its sisa", () => {
  test.each(CASES)("%s (%s): read as sisa, one pagu, nothing differs", (h, pos) => {
    const r = table(h, pos);
    const t = r.tables[0]!;
    expect(t.kind).toBe("anggaran");
    expect(t.columns.find((c) => c.col === sisaCol(pos))?.role).toBe("sisa");
    expect(t.columns.filter((c) => c.role === "pagu")).toHaveLength(1);
    expect(r.anggaran).toHaveLength(PROGRAM.length);
    for (const [i, [, pagu, real]] of PROGRAM.entries()) {
      const a = r.anggaran[i]!.anggaran;
      expect(a.pagu?.parsed).toEqual({ kind: "number", value: pagu });
      expect(a.sisaTercetak?.parsed).toEqual({ kind: "number", value: pagu - real });
    }
    expect(complaints(r, T)).toEqual([]);
  });

  test.each(CASES)("%s (%s): a misprinted sisa is found on its own cell", (h, pos) => {
    const r = table(h, pos, 1);
    const col = "ABCDEF"[sisaCol(pos)]!;
    const found = complaints(r, T);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^SISA_TIDAK_SESUAI /);
    // the sheet's title row, a blank and the header stand above: the second program is row 5
    expect(found[0]).toContain(`Tabel 3.20!${col}5`);
    expect(found[0]).toContain("180.000.000");
  });

  test("under an Anggaran group: Pagu | Realisasi | Selisih, the % beside", () => {
    const sb = new SheetBuilder("Anggaran");
    sb.row(["Realisasi Anggaran Dinas Sosial Tahun 2024"]);
    sb.blank();
    const h = sb.row(["No", "Program", "Anggaran (Rp)", "", "", "%"]);
    sb.row(["", "", "Pagu", "Realisasi", "Selisih", ""]);
    sb.mergeAcross(h, 2, 4);
    for (const c of [0, 1, 5]) sb.mergeDown(c, h, h + 1);
    for (const [i, [nama, pagu, real, s]] of PROGRAM.entries())
      sb.row([i + 1, nama, pagu, real, i === 2 ? 10_000_000 : pagu - real, s]);
    const r = readWorkbook(workbook(sb.build()));
    expect(r.tables[0]!.columns.map((c) => c.role)).toEqual([
      "no",
      "program",
      "pagu",
      "realisasiAnggaran",
      "sisa",
      "serapan",
    ]);
    const found = complaints(r, T);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^SISA_TIDAK_SESUAI .*Anggaran!E7/);
  });
});

describe("a difference that is no sisa stays aside", () => {
  test.each([
    "Selisih (%)",
    "Selisih Anggaran (%)",
    "Selisih Realisasi 2023-2024 (Rp)",
    "Selisih Capaian dan Serapan",
  ])("%s in a budget table: keterangan, never a second pagu", (h) => {
    const r = table(h, "akhir");
    const t = r.tables[0]!;
    expect(t.columns.find((c) => c.col === 5)?.role).toBe("keterangan");
    expect(t.columns.filter((c) => c.role === "pagu")).toHaveLength(1);
    expect(r.anggaran.every((a) => a.anggaran.sisaTercetak === undefined)).toBe(true);
  });

  test("an efficiency table: Capaian Kinerja | Serapan | Selisih is capaian − serapan, no sisa", () => {
    const sb = new SheetBuilder("Efisiensi");
    sb.row(["Tabel 3.21 Efisiensi Penggunaan Sumber Daya"]);
    sb.blank();
    sb.row(["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Capaian Kinerja (%)", "Selisih"]);
    for (const [i, [nama, pagu, real, s]] of PROGRAM.entries())
      sb.row([i + 1, nama, pagu, real, s, 100, 100 - s]);
    const r = readWorkbook(workbook(sb.build()));
    expect(r.tables[0]!.columns.find((c) => c.col === 6)?.role).not.toBe("sisa");
    expect(complaints(r, T).filter((c) => c.startsWith("SISA_"))).toEqual([]);
  });

  test.each(["Selisih", "Selisih Realisasi", "Selisih (%)"])(
    "%s has no money words: keterangan by its header",
    (h) => {
      expect(classifyHeader([h]).role).toBe("keterangan");
    },
  );

  test.each(["Selisih (Rp)", "Selisih Pagu dan Realisasi", "Sisa Anggaran"])(
    "%s says money: sisa by its header",
    (h) => {
      expect(classifyHeader([h]).role).toBe("sisa");
    },
  );
});
