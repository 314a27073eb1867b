/**
 * The scale legend printed with a table is kept for the run (ReadResult.legenda) and compared with the
 * scale it grades on: beside the table (either side, a gap of one or two columns, a numbered box) or under
 * it (right after its last row, after a blank line, under a title and a header), in each preset's print
 * styles. A table whose own rows hold ranges and words (targets as ranges, a Keterangan) has no legend.
 */
import { compute } from "../../src/engine/compute";
import { buildReport } from "../../src/engine/report";
import type { ReadResult } from "../../src/engine/mapping";
import type { Temuan } from "../../src/engine/model";
import { Settings, type SettingsInput } from "../../src/engine/settings";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const PERMENDAGRI: CellValue[][] = [
  ["91 ke atas", "Sangat Tinggi"],
  ["76 s/d 90", "Tinggi"],
  ["66 s/d 75", "Sedang"],
  ["51 s/d 65", "Rendah"],
  ["50 ke bawah", "Sangat Rendah"],
];
const LKJIP: CellValue[][] = [
  ["> 100 %", "Sangat Baik"],
  ["75 % s.d. 100 %", "Baik"],
  ["55 % s.d. < 75 %", "Cukup"],
  ["< 55 %", "Kurang"],
];
const NOMOR: CellValue[][] = [
  [1, "C ≥ 91", "Sangat Tinggi"],
  [2, "76 ≤ C < 91", "Tinggi"],
  [3, "66 ≤ C < 76", "Sedang"],
  [4, "51 ≤ C < 66", "Rendah"],
  [5, "C < 51", "Sangat Rendah"],
];
const SCALES = { PERMENDAGRI, LKJIP, NOMOR };

const ROWS: [string, number, number, number][] = [
  ["Persentase dokumen perencanaan yang tepat waktu", 100, 100, 100],
  ["Persentase rekomendasi yang ditindaklanjuti", 80, 68.5, 85.63],
  ["Indeks kepuasan masyarakat", 82, 80, 97.56],
];

type Letak = "kanan" | "kiri" | "bawah-rapat" | "bawah-sela" | "bawah-judul";

/** The table at row 3; the legend where `letak` says; returns the read and the legend's first range cell. */
function baca(scale: CellValue[][], letak: Letak, gap = 1): { r: ReadResult; sel: string } {
  const sb = new SheetBuilder("Tabel 3.1");
  sb.row(["Pengukuran Kinerja Tahun 2024"]);
  sb.blank();
  const width = Math.max(...scale.map((s) => s.length));
  const at = letak === "kiri" ? width + gap : 0;
  const h = sb.row(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"], at);
  ROWS.forEach((d, i) => sb.row([i + 1, ...d], at));
  let top = h;
  let col = letak === "kiri" ? 0 : 5 + gap;
  if (letak.startsWith("bawah")) {
    if (letak !== "bawah-rapat") sb.blank();
    if (letak === "bawah-judul") {
      sb.row(["Keterangan:"], 1);
      sb.row(["Rentang", "Predikat"], 1);
    }
    top = sb.row(scale[0]!, 1);
    scale.slice(1).forEach((s) => sb.row(s, 1));
    col = 1;
  } else {
    // the box may reach below the table's last line
    sb.blank(3);
    scale.forEach((s, i) => sb.put(h + i, col, s));
  }
  const rangeCol = col + (typeof scale[0]![0] === "number" ? 1 : 0);
  return { r: readWorkbook(workbook(sb.build())), sel: `${String.fromCharCode(65 + rangeCol)}${top + 1}` };
}

function legendaTemuan(r: ReadResult, s: SettingsInput = {}): Temuan[] {
  return compute(r, Settings.parse({ tahun: 2024, ...s })).temuan.filter((t) => t.kode.startsWith("LEGENDA"));
}

const LETAK: Letak[] = ["kanan", "kiri", "bawah-rapat", "bawah-sela", "bawah-judul"];
const cases = (Object.keys(SCALES) as (keyof typeof SCALES)[]).flatMap((k) =>
  LETAK.map((l) => [k, l] as const),
);

describe("a legend beside or under a table is kept with its cells", () => {
  test.each(cases)("%s %s", (k, letak) => {
    const { r, sel } = baca(SCALES[k], letak);
    expect(r.indicators).toHaveLength(ROWS.length);
    // its rows are accounted for: no block of it listed as not understood
    expect(r.takTerbaca).toEqual([]);
    expect(r.legenda).toHaveLength(1);
    const l = r.legenda![0]!;
    expect(l.baris.map((b) => b.kata)).toEqual(SCALES[k].map((s) => s[s.length - 1]));
    expect(l.baris[0]!.sel).toEqual({ sheet: "Tabel 3.1", cell: sel });
  });
  test("two empty columns apart", () => {
    expect(baca(PERMENDAGRI, "kanan", 2).r.legenda).toHaveLength(1);
  });
});

describe("the legend is compared with the run's scale", () => {
  test.each(cases.filter(([k]) => k !== "LKJIP"))(
    "%s %s under LKjIP: a notice, Permendagri suggested",
    (k, l) => {
      const { r, sel } = baca(SCALES[k], l);
      const ts = legendaTemuan(r);
      expect(ts.map((t) => [t.kode, t.tingkat, t.sel[0]!.cell])).toEqual([
        ["LEGENDA_SKALA_BERBEDA", "info", sel],
      ]);
      expect(ts[0]!.pesan.id).toContain("pilih skala Permendagri 86/2017 di Pengaturan");
      expect(legendaTemuan(r, { skala: "permendagri86" })).toEqual([]);
    },
  );
  test.each(LETAK)("LKjIP %s: nothing under LKjIP, a notice under Permendagri 86/2017", (l) => {
    const { r } = baca(LKJIP, l);
    expect(legendaTemuan(r)).toEqual([]);
    expect(legendaTemuan(r, { skala: "permendagri86" }).map((t) => t.kode)).toEqual([
      "LEGENDA_SKALA_BERBEDA",
    ]);
  });
  test("a legend whose ranges cannot all be read is listed", () => {
    const odd: CellValue[][] = [["91 – 100 (A)", "Sangat Tinggi"], ...PERMENDAGRI.slice(1)];
    odd[1] = ["76 – 90 (3,0 – 3,5)", "Tinggi"];
    const { r } = baca(odd, "bawah-sela");
    const ts = legendaTemuan(r);
    expect(ts.map((t) => t.kode)).toEqual(["LEGENDA_SKALA_TIDAK_TERBACA"]);
    expect(ts[0]!.pesan.id).toContain("76 – 90 (3,0 – 3,5)");
  });
});

describe("the notice reaches the JSON report like any finding", () => {
  test.each(["id", "en"] as const)("report in %s", (bahasa) => {
    const { r, sel } = baca(PERMENDAGRI, "bawah-judul");
    const result = compute(r, Settings.parse({ tahun: 2024 }));
    const rep = buildReport({ berkas: "a.xlsx", read: r, result, tables: [], bahasa });
    const t = rep.temuan.find((x) => x.kode === "LEGENDA_SKALA_BERBEDA")!;
    expect([t.tingkat, t.sheet, t.sel]).toEqual(["info", "Tabel 3.1", sel]);
    expect(t.pesan).toContain(bahasa === "id" ? "pilih skala Permendagri" : "choose Permendagri");
  });
});

describe("a table's own ranges and words are no legend", () => {
  test("targets printed as ranges beside a Keterangan", () => {
    const sb = new SheetBuilder("Tabel 3.1");
    sb.row(["Capaian Kinerja Tahun 2024"]);
    sb.blank();
    sb.row(["No", "Indikator Kinerja", "Satuan", "Target", "Keterangan"]);
    sb.row([1, "Laju inflasi", "%", "1,5 - 3,5", "Rentang"]);
    sb.row([2, "Tingkat pengangguran terbuka", "%", "4 - 5", "Rentang sesuai RPJMD"]);
    sb.row([3, "Angka kemiskinan", "%", "8 - 9", "Rentang sesuai RKPD"]);
    sb.blank();
    sb.row(["", "Sumber: BPS, diolah"]);
    expect(readWorkbook(workbook(sb.build())).legenda).toEqual([]);
  });
});
