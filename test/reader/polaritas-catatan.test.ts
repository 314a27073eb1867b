/**
 * Polaritas from a table's footnote: "*) semakin kecil semakin baik", "lower is better", the turun formula,
 * about the indicators whose names carry its mark, that it names before ":" or "=", or that it names in
 * its words. Over marks × phrasings × placements (directly under, after "Sumber:", in a "Keterangan:"
 * cell, two footnotes), with the footnotes that must decide nothing (a data source, another indicator's
 * mark, no indicator named, both directions) and the ones that contradict a column or a bound (said).
 */
import { readWorkbook } from "../../src/reader";
import { arahCatatan, tandaNama } from "../../src/reader/polaritas-catatan";
import type { CellValue } from "../../src/engine/snapshot";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

/** Names the indicator's words leave naik (checked below): only the footnote can make them turun. */
const A = "Rata-rata skor hasil uji petik pelayanan";
const B = "Persentase dokumen perencanaan yang tepat waktu";
const C = "Indeks Kualitas Lingkungan Hidup (IKLH)";

interface Tabel {
  names: string[];
  foot: CellValue[][];
  header?: string[];
  /** extra cells per row after the name (a polaritas column, a bound target) */
  cells?: CellValue[][];
}

function read(t: Tabel) {
  const sb = new SheetBuilder("Pengukuran");
  sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
  sb.blank();
  sb.row(t.header ?? ["No", "Indikator Kinerja", "Target", "Realisasi"]);
  t.names.forEach((n, i) => sb.row([i + 1, n, ...(t.cells?.[i] ?? ["20", "18"])]));
  for (const f of t.foot)
    if (f.length === 0) sb.blank();
    else sb.row(f);
  const r = readWorkbook(workbook(sb.build()));
  const pol = (name: string) => r.indicators.find((i) => i.indikator === name)?.polaritas;
  return { r, pol };
}

describe("the control: without the footnote every name here reads naik", () => {
  it.each([A, B, C])("%s", (n) => {
    expect(read({ names: [n], foot: [] }).pol(n)).toBe("naik");
  });
});

const PHRASES = [
  "semakin kecil semakin baik",
  "makin turun makin baik",
  "Semakin rendah nilainya, semakin baik",
  "nilai yang lebih rendah lebih baik",
  "lower is better",
  "the smaller the better",
  "capaian berbanding terbalik dengan realisasi",
  "Capaian = (2 × Target − Realisasi) / Target × 100%",
  "capaian dihitung dengan rumus ((2 x T) - R) / T x 100",
  "C = T/R x 100%",
  "Capaian = (target : realisasi) x 100%",
  "indikator dengan polaritas negatif",
];
const MARKS: [string, string][] = [
  [" *)", "*)"],
  ["*", "*"],
  [" **)", "**)"],
  [" 1)", "1)"],
  [" a)", "a)"],
  ["¹", "¹"],
];

describe("a marked footnote decides the indicator carrying its mark", () => {
  it.each(MARKS.flatMap(([onName, mark]) => PHRASES.map((p) => [onName, mark, p] as const)))(
    "name%s, footnote %s %s",
    (onName, mark, phrase) => {
      const name = `${A}${onName}`;
      const { r, pol } = read({ names: [name, B], foot: [[`${mark} ${phrase}`]] });
      expect(pol(name)).toBe("turun");
      expect(pol(B)).toBe("naik");
      const said = r.temuan.filter((t) => t.kode === "POLARITAS_DITEBAK");
      expect(said).toHaveLength(1);
      expect(said[0]!.sel[1]).toEqual({ sheet: "Pengukuran", cell: "A6" });
    },
  );
});

describe("where the footnote stands", () => {
  const name = `${A} *)`;
  it.each([
    ["directly under", [["*) semakin kecil semakin baik"]]],
    ["after a blank row", [[], ["*) semakin kecil semakin baik"]]],
    ["after a source line", [["Sumber: BPS Kabupaten, 2024"], ["*) semakin kecil semakin baik"]]],
    ["under a Keterangan line", [["Keterangan:"], ["*) semakin kecil semakin baik"]]],
    ["in one Keterangan cell", [["Keterangan:\n*) semakin kecil semakin baik\n**) data sementara"]]],
    ["in one line after the source", [["Sumber: Dinas; *) semakin kecil semakin baik"]]],
    ["second of two footnotes", [["**) angka sementara"], ["*) makin rendah makin baik"]]],
    ["in the name's column", [["", "*) semakin kecil semakin baik"]]],
  ] as [string, CellValue[][]][])("%s", (_, foot) => {
    expect(read({ names: [name, B], foot }).pol(name)).toBe("turun");
  });

  it("a footnote under the next table is not this table's", () => {
    const sb = new SheetBuilder("S");
    sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
    sb.row(["No", "Indikator Kinerja", "Target", "Realisasi"]);
    sb.row([1, `${A} *)`, "20", "18"]);
    sb.blank();
    sb.row(["Tabel 3.2 Pengukuran Kinerja Tahun 2023"]);
    sb.row(["No", "Indikator Kinerja", "Target", "Realisasi"]);
    sb.row([1, `${B} *)`, "80", "85"]);
    sb.row(["*) semakin kecil semakin baik"]);
    const r = readWorkbook(workbook(sb.build()));
    const pol = (n: string) => r.indicators.find((i) => i.indikator === n)?.polaritas;
    expect(pol(`${A} *)`)).toBe("naik");
    expect(pol(`${B} *)`)).toBe("turun");
  });
});

describe("a footnote naming its indicators", () => {
  it.each([
    ["IKLH dan rata-rata skor: semakin kecil semakin baik", [C, A]],
    ["IKLH: makin rendah makin baik", [C]],
    ["IKLH = (2 × target − realisasi)/target", [C]],
    ["Keterangan: Rata-rata skor hasil uji petik: lower is better", [A]],
    ["Untuk indikator Rata-rata skor hasil uji petik pelayanan, semakin kecil semakin baik", [A]],
    ["Nilai IKLH semakin rendah semakin baik", [C]],
    ["²) Capaian = Realisasi / Target × 100%; IKLH: (2 × Target − Realisasi) / Target × 100%", [C]],
    ["Sumber: DLH; rata-rata skor hasil uji petik dan IKLH: semakin kecil semakin baik", [A, C]],
  ])("%s", (text, turun) => {
    const { pol } = read({ names: [A, B, C], foot: [[text]] });
    for (const n of [A, B, C]) expect(pol(n)).toBe(turun.includes(n) ? "turun" : "naik");
  });
});

describe("footnotes that decide nothing", () => {
  it.each([
    ["a data source", `${A} *)`, [["*) data sementara per 31 Desember 2024"]]],
    ["another indicator's mark", `${A} *)`, [["**) semakin kecil semakin baik"]]],
    ["no indicator named", A, [["Semakin kecil semakin baik"]]],
    ["a source line", A, [["Sumber: BPS, semakin lengkap semakin baik datanya"]]],
    [
      "both directions (the formulas explained)",
      `${A} *)`,
      [["*) Capaian = R/T × 100% untuk indikator positif; (2T − R)/T × 100% untuk indikator negatif"]],
    ],
    [
      "past the next table's title",
      A,
      [[], ["Tabel 3.2 Rata-rata skor hasil uji petik pelayanan semakin kecil semakin baik"]],
    ],
  ] as [string, string, CellValue[][]][])("%s", (_, name, foot) => {
    const { r, pol } = read({ names: [name, B], foot });
    expect(pol(name)).toBe("naik");
    expect(r.temuan.filter((t) => t.kode.startsWith("POLARITAS"))).toEqual([]);
  });

  it("a mark on a header, not on a name", () => {
    const header = ["No", "Indikator Kinerja", "Target *)", "Realisasi"];
    const { r, pol } = read({ names: [A, B], header, foot: [["*) semakin kecil semakin baik"]] });
    expect([pol(A), pol(B)]).toEqual(["naik", "naik"]);
    expect(r.temuan.filter((t) => t.kode.startsWith("POLARITAS"))).toEqual([]);
  });

  it("two footnotes that disagree: neither decides, and that is said", () => {
    const name = `${A} *)`;
    const { r, pol } = read({
      names: [name],
      foot: [
        ["*) semakin kecil semakin baik"],
        ["Rata-rata skor hasil uji petik: semakin tinggi semakin baik"],
      ],
    });
    expect(pol(name)).toBe("naik");
    expect(r.temuan.map((t) => t.kode)).toContain("POLARITAS_CATATAN_BERBEDA");
  });
});

describe("a column and a bound rank first; a footnote saying otherwise is said", () => {
  it.each([
    [
      "polaritas column",
      ["No", "Indikator Kinerja", "Polaritas", "Target", "Realisasi"],
      ["Positif", "20", "18"],
    ],
    ["bound target", undefined, ["≥ 20", "18"]],
  ] as [string, string[] | undefined, CellValue[]][])("%s", (_, header, cells) => {
    const name = `${A} *)`;
    const { r, pol } = read({
      names: [name],
      header,
      cells: [cells],
      foot: [["*) semakin kecil semakin baik"]],
    });
    expect(pol(name)).toBe("naik");
    const said = r.temuan.filter((t) => t.kode === "POLARITAS_CATATAN_BERBEDA");
    expect(said).toHaveLength(1);
    expect(said[0]!.tingkat).toBe("peringatan");
    expect(said[0]!.pesan.en).toMatch(/footnote/);
  });

  it("a footnote agreeing with the column says nothing", () => {
    const name = `${A} *)`;
    const { r, pol } = read({
      names: [name],
      header: ["No", "Indikator Kinerja", "Polaritas", "Target", "Realisasi"],
      cells: [["Negatif", "20", "18"]],
      foot: [["*) semakin kecil semakin baik"]],
    });
    expect(pol(name)).toBe("turun");
    expect(r.temuan.filter((t) => t.kode.startsWith("POLARITAS"))).toEqual([]);
  });

  it("a footnote ranks before the name's words", () => {
    const name = "Angka kemiskinan *)";
    expect(read({ names: [name], foot: [] }).pol(name)).toBe("turun");
    const { r, pol } = read({ names: [name], foot: [["*) semakin tinggi semakin baik"]] });
    expect(pol(name)).toBe("naik");
    expect(r.temuan.find((t) => t.kode === "POLARITAS_DITEBAK")?.pesan.id).toMatch(/catatan di bawah/);
  });
});

describe("the pieces", () => {
  it.each([
    ["Nilai X *)", "*"],
    ["Nilai X**)", "**"],
    ["Nilai X 2)", "2"],
    ["Nilai X b)", "b"],
    ["Nilai X²", "2"],
    ["Nilai X (SPM 1)", undefined],
    ["Jumlah kasus (a)", "a"],
    ["Nilai X", undefined],
  ])("mark of %s", (name, mark) => {
    expect(tandaNama(name)).toBe(mark);
  });

  it.each([
    ["semakin besar semakin baik", "naik"],
    ["higher is better", "naik"],
    ["Capaian = Realisasi / Target x 100%", "naik"],
    ["data per triwulan IV", undefined],
    ["target turun dari tahun lalu", undefined],
  ])("direction of %s", (text, want) => {
    expect(arahCatatan(text)?.polaritas).toBe(want);
  });
});
