/**
 * A printed predikat column is checked against the scale its words belong to: the scale in force when
 * its words are that scale's, else the preset whose words they are (Permendagri 86/2017, LKjIP 4
 * kategori); a column whose words fit no known scale is reported once, not once per row.
 */
import { compute } from "../../src/engine/compute";
import type { Indicator, KodeTemuan, Temuan } from "../../src/engine/model";
import type { SettingsInput } from "../../src/engine/settings";
import { indicator, settings, sv } from "./helpers";

type Baris = [target: number, realisasi: number, predikat: string];

/** One table: rows 7.. of a sheet, predikat in column `kol`. */
function tabel(rows: Baris[], sheet = "Pengukuran", kol = "H"): Indicator[] {
  return rows.map(([t, r, p], i) =>
    indicator({
      indikator: `Indikator ${sheet} ${i + 1}`,
      source: { sheet, cell: `C${7 + i}` },
      tahun: {
        "2024": {
          target: sv(String(t), `E${7 + i}`, sheet),
          realisasi: sv(String(r).replace(".", ","), `F${7 + i}`, sheet),
          predikatTercetak: sv(p, `${kol}${7 + i}`, sheet),
        },
      },
    }),
  );
}

function run(indicators: Indicator[], s: SettingsInput = {}): Temuan[] {
  return compute({ indicators, anggaran: [], aggregates: [], temuan: [] }, settings({ tahun: 2024, ...s }))
    .temuan;
}
const codes = (ts: Temuan[]): KodeTemuan[] => ts.map((t) => t.kode);
const salah = (ts: Temuan[]): Temuan[] => ts.filter((t) => t.kode === "PREDIKAT_TIDAK_SESUAI");

/** capaian 96,5 · 78 · 70 · 58 · 40 on the Permendagri 86/2017 bands */
const PERMENDAGRI: Baris[] = [
  [100, 96.5, "Sangat Tinggi"],
  [100, 78, "Tinggi"],
  [100, 70, "Sedang"],
  [100, 58, "Rendah"],
  [100, 40, "Sangat Rendah"],
];

describe("the scale a printed predikat column speaks", () => {
  it.each([
    ["as printed", (w: string) => w],
    ["upper case", (w: string) => w.toUpperCase()],
    ["lower case, doubled spaces", (w: string) => w.toLowerCase().replace(" ", "  ")],
    ["with a trailing full stop", (w: string) => `${w}.`],
  ])("Permendagri 86 words (%s) under the default LKjIP scale: no galat, one note", (_, f) => {
    const ts = run(tabel(PERMENDAGRI.map(([t, r, p]) => [t, r, f(p)])));
    expect(salah(ts)).toEqual([]);
    expect(codes(ts)).toEqual(["PREDIKAT_SKALA_DITEBAK"]);
    expect(ts[0]?.tingkat).toBe("info");
    expect(ts[0]?.pesan.id).toContain("Permendagri 86/2017");
    expect(ts[0]?.pesan.id).toContain("100 %");
    expect(ts[0]?.sel).toEqual([{ sheet: "Pengukuran", cell: "H7" }]);
  });

  it("a wrong Permendagri word is checked against the Permendagri bands", () => {
    // 95 % is Sangat Tinggi (≥ 91); 75 % is Sedang (66 ≤ C < 76), not Tinggi
    const ts = run(
      tabel([
        [100, 95, "Tinggi"],
        [100, 75, "Tinggi"],
        [100, 80, "Tinggi"],
      ]),
    );
    const g = salah(ts);
    expect(g.map((t) => t.seharusnya)).toEqual(["Sangat Tinggi", "Sedang"]);
    expect(g[0]?.pesan.id).toContain("menurut skala Permendagri 86/2017");
    expect(g[0]?.pesan.id).not.toContain("bukan kategori");
  });

  it("LKjIP words under a chosen Permendagri scale are read as LKjIP", () => {
    const ts = run(
      tabel([
        [100, 120, "Sangat Baik"],
        [100, 90, "Baik"],
        [100, 60, "Cukup"],
      ]),
      { skala: "permendagri86" },
    );
    expect(salah(ts)).toEqual([]);
    expect(codes(ts)).toEqual(["PREDIKAT_SKALA_DITEBAK"]);
    expect(ts[0]?.pesan.en).toContain("LKjIP 4 kategori");
  });

  it("the scale in force is used, without a note, when the words are its own", () => {
    expect(run(tabel(PERMENDAGRI), { skala: "permendagri86" })).toEqual([]);
  });

  it("the user's own scale wins a tie: same words as LKjIP, its own bands", () => {
    const skala = {
      id: "dinas",
      nama: "Skala Dinas",
      bands: [
        { label: "Sangat Baik", from: 90, fromInclusive: true, to: null, toInclusive: false },
        { label: "Baik", from: 70, fromInclusive: true, to: 90, toInclusive: false },
        { label: "Cukup", from: 50, fromInclusive: true, to: 70, toInclusive: false },
        { label: "Kurang", from: 0, fromInclusive: true, to: 50, toInclusive: false },
      ],
    };
    // 95 is Sangat Baik on the user's scale (Baik on LKjIP): no finding; 72 is Baik on both
    const ts = run(
      tabel([
        [100, 95, "Sangat Baik"],
        [100, 72, "Baik"],
        [100, 60, "Baik"],
      ]),
      { skala },
    );
    expect(codes(ts)).toEqual(["PREDIKAT_TIDAK_SESUAI"]);
    expect(ts[0]?.seharusnya).toBe("Cukup");
    expect(ts[0]?.pesan.id).toContain("Skala Dinas");
  });
});

describe("a printed predikat column whose words are odd, unknown or mixed", () => {
  it("one odd word in an LKjIP column stays a row galat on LKjIP", () => {
    const ts = run(
      tabel([
        [100, 100, "Baik"],
        [100, 110, "Sangat Baik"],
        [100, 100, "Sangat tinggi"],
        [100, 60, "Cukup"],
      ]),
    );
    expect(codes(ts)).toEqual(["PREDIKAT_TIDAK_SESUAI"]);
    expect(ts[0]?.pesan.id).toMatch(/bukan kategori skala ini/);
    expect(ts[0]?.seharusnya).toBe("Baik");
  });

  it("words of no known scale: one warning for the column, no row galat", () => {
    const ts = run(
      tabel([
        [100, 100, "Tercapai"],
        [100, 60, "Tidak Tercapai"],
        [100, 120, "Melampaui"],
        [100, 80, "Memuaskan"],
      ]),
    );
    expect(codes(ts)).toEqual(["PREDIKAT_SKALA_TIDAK_DIKENAL"]);
    expect(ts[0]?.tingkat).toBe("peringatan");
    expect(ts[0]?.pesan.id).toContain('"Tercapai"');
    expect(ts[0]?.pesan.en).toContain("fit no known scale");
  });

  it("each table's column has its own scale", () => {
    const a = tabel(PERMENDAGRI, "Tabel 3.1", "H");
    const b = tabel(
      [
        [100, 110, "Sangat Baik"],
        [100, 90, "Sangat Baik"],
      ],
      "Tabel 3.2",
      "G",
    );
    const ts = run([...a, ...b]);
    expect(codes(ts).sort()).toEqual(["PREDIKAT_SKALA_DITEBAK", "PREDIKAT_TIDAK_SESUAI"]);
    const g = salah(ts)[0];
    expect(g?.sel).toEqual([{ sheet: "Tabel 3.2", cell: "G8" }]);
    expect(g?.seharusnya).toBe("Baik");
  });

  it("letter grades and dashes in the column are not words of a scale", () => {
    const rows = tabel([...PERMENDAGRI, [100, 100, "-"]]);
    const grade = indicator({
      indikator: "Nilai SAKIP",
      tahun: {
        "2024": {
          target: sv("BB", "E20"),
          realisasi: sv("BB", "F20"),
          predikatTercetak: sv("BB", "H20", "Pengukuran"),
        },
      },
    });
    const ts = run([...rows, grade]);
    expect(codes(ts)).toEqual(["PREDIKAT_SKALA_DITEBAK"]);
    expect(ts[0]?.pesan.id).toContain("100 %");
  });
});
